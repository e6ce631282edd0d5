from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message import Message
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$select"] = select

    params["$expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/messages('{message_id}')".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Message | ODataError | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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
) -> Response[Message | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[Message | ODataError]:
    """Get a message

     Gets the message. With `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')` (and/or
    `MultiValueExtendedProperties(…)`) it comes with the matching extended property (an empty array when
    it has
    none by that `PropertyId`) and the `…@odata.context` of the expanded collection. `$expand` without
    such a
    `$filter` gives 400 ErrorInvalidUrlQuery: the API cannot return all extended properties of an item
    at once.
    With `$expand=Microsoft.OutlookServices.EventMessage/Event` a meeting message comes with its `Event`
    (see
    `MessageExpand`).

    Args:
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Message | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        select=select,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Message | ODataError | None:
    """Get a message

     Gets the message. With `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')` (and/or
    `MultiValueExtendedProperties(…)`) it comes with the matching extended property (an empty array when
    it has
    none by that `PropertyId`) and the `…@odata.context` of the expanded collection. `$expand` without
    such a
    `$filter` gives 400 ErrorInvalidUrlQuery: the API cannot return all extended properties of an item
    at once.
    With `$expand=Microsoft.OutlookServices.EventMessage/Event` a meeting message comes with its `Event`
    (see
    `MessageExpand`).

    Args:
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Message | ODataError
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        select=select,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[Message | ODataError]:
    """Get a message

     Gets the message. With `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')` (and/or
    `MultiValueExtendedProperties(…)`) it comes with the matching extended property (an empty array when
    it has
    none by that `PropertyId`) and the `…@odata.context` of the expanded collection. `$expand` without
    such a
    `$filter` gives 400 ErrorInvalidUrlQuery: the API cannot return all extended properties of an item
    at once.
    With `$expand=Microsoft.OutlookServices.EventMessage/Event` a meeting message comes with its `Event`
    (see
    `MessageExpand`).

    Args:
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Message | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        select=select,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Message | ODataError | None:
    """Get a message

     Gets the message. With `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')` (and/or
    `MultiValueExtendedProperties(…)`) it comes with the matching extended property (an empty array when
    it has
    none by that `PropertyId`) and the `…@odata.context` of the expanded collection. `$expand` without
    such a
    `$filter` gives 400 ErrorInvalidUrlQuery: the API cannot return all extended properties of an item
    at once.
    With `$expand=Microsoft.OutlookServices.EventMessage/Event` a meeting message comes with its `Event`
    (see
    `MessageExpand`).

    Args:
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Message | ODataError
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            select=select,
            expand=expand,
        )
    ).parsed
