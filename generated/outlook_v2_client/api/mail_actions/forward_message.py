from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forward_body import ForwardBody
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    body: ForwardBody,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/messages('{message_id}')/forward".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ODataError | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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

    if response.status_code == 412:
        response_412 = ODataError.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = ODataError.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ODataError.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ODataError]:
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
    body: ForwardBody,
    if_match: str | Unset = UNSET,
) -> Response[Any | ODataError]:
    """Forward at once

     Sends the forward `createForward` would draft to `ToRecipients` (required) and keeps it in
    `SentItems`,
    delivered as for `sendMail`. Scope `Mail.Send`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (ForwardBody): The parameters of `forward`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForwardBody,
    if_match: str | Unset = UNSET,
) -> Any | ODataError | None:
    """Forward at once

     Sends the forward `createForward` would draft to `ToRecipients` (required) and keeps it in
    `SentItems`,
    delivered as for `sendMail`. Scope `Mail.Send`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (ForwardBody): The parameters of `forward`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ODataError
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForwardBody,
    if_match: str | Unset = UNSET,
) -> Response[Any | ODataError]:
    """Forward at once

     Sends the forward `createForward` would draft to `ToRecipients` (required) and keeps it in
    `SentItems`,
    delivered as for `sendMail`. Scope `Mail.Send`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (ForwardBody): The parameters of `forward`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ForwardBody,
    if_match: str | Unset = UNSET,
) -> Any | ODataError | None:
    """Forward at once

     Sends the forward `createForward` would draft to `ToRecipients` (required) and keeps it in
    `SentItems`,
    delivered as for `sendMail`. Scope `Mail.Send`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (ForwardBody): The parameters of `forward`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ODataError
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
