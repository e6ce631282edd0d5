from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.user import User
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | User | None:
    if response.status_code == 200:
        response_200 = User.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ODataError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ODataError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ODataError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ODataError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ODataError | User]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[ODataError | User]:
    """Get the signed-in user

     The signed-in user as the CSDL's `User` entity: `Id` (`<object id>@<tenant id>`, the form every
    `@odata.id`
    names the mailbox by), `EmailAddress`, `DisplayName`, `Alias` (the Exchange alias: the address's
    local part)
    and `MailboxGuid`. Any valid delegated token may read it (no scope needed). With an app-only token
    there is
    no signed-in user: `400 ErrorInvalidUser` (use `getUser`). `@odata.id` is `…/Users('<oid>@<tid>')`,
    which
    answers like `/me`.

    Args:
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | User]
    """

    kwargs = _get_kwargs(
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> ODataError | User | None:
    """Get the signed-in user

     The signed-in user as the CSDL's `User` entity: `Id` (`<object id>@<tenant id>`, the form every
    `@odata.id`
    names the mailbox by), `EmailAddress`, `DisplayName`, `Alias` (the Exchange alias: the address's
    local part)
    and `MailboxGuid`. Any valid delegated token may read it (no scope needed). With an app-only token
    there is
    no signed-in user: `400 ErrorInvalidUser` (use `getUser`). `@odata.id` is `…/Users('<oid>@<tid>')`,
    which
    answers like `/me`.

    Args:
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | User
    """

    return sync_detailed(
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[ODataError | User]:
    """Get the signed-in user

     The signed-in user as the CSDL's `User` entity: `Id` (`<object id>@<tenant id>`, the form every
    `@odata.id`
    names the mailbox by), `EmailAddress`, `DisplayName`, `Alias` (the Exchange alias: the address's
    local part)
    and `MailboxGuid`. Any valid delegated token may read it (no scope needed). With an app-only token
    there is
    no signed-in user: `400 ErrorInvalidUser` (use `getUser`). `@odata.id` is `…/Users('<oid>@<tid>')`,
    which
    answers like `/me`.

    Args:
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | User]
    """

    kwargs = _get_kwargs(
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> ODataError | User | None:
    """Get the signed-in user

     The signed-in user as the CSDL's `User` entity: `Id` (`<object id>@<tenant id>`, the form every
    `@odata.id`
    names the mailbox by), `EmailAddress`, `DisplayName`, `Alias` (the Exchange alias: the address's
    local part)
    and `MailboxGuid`. Any valid delegated token may read it (no scope needed). With an app-only token
    there is
    no signed-in user: `400 ErrorInvalidUser` (use `getUser`). `@odata.id` is `…/Users('<oid>@<tid>')`,
    which
    answers like `/me`.

    Args:
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | User
    """

    return (
        await asyncio_detailed(
            client=client,
            select=select,
        )
    ).parsed
