from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_forward_body import CreateForwardBody
from ...models.message import Message
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    body: CreateForwardBody | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/messages('{message_id}')/createforward".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Message | ODataError | None:
    if response.status_code == 201:
        response_201 = Message.from_dict(response.json())

        return response_201

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
    body: CreateForwardBody | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Message | ODataError]:
    """Draft a forward

     Creates the draft of a forward in `Drafts` (201): `Subject` with `FW: ` before it, `ToRecipients` as
    given
    (may be empty: add them with `updateMessage`), the original's attachments, the `Comment` above the
    original
    as for `createReply`, the original's `ConversationId`. Scope `Mail.ReadWrite`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (CreateForwardBody | Unset): The parameters of `createforward` (the body may be left
            out; recipients can be added later).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Message | ODataError]
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
    body: CreateForwardBody | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Message | ODataError | None:
    """Draft a forward

     Creates the draft of a forward in `Drafts` (201): `Subject` with `FW: ` before it, `ToRecipients` as
    given
    (may be empty: add them with `updateMessage`), the original's attachments, the `Comment` above the
    original
    as for `createReply`, the original's `ConversationId`. Scope `Mail.ReadWrite`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (CreateForwardBody | Unset): The parameters of `createforward` (the body may be left
            out; recipients can be added later).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Message | ODataError
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
    body: CreateForwardBody | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Message | ODataError]:
    """Draft a forward

     Creates the draft of a forward in `Drafts` (201): `Subject` with `FW: ` before it, `ToRecipients` as
    given
    (may be empty: add them with `updateMessage`), the original's attachments, the `Comment` above the
    original
    as for `createReply`, the original's `ConversationId`. Scope `Mail.ReadWrite`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (CreateForwardBody | Unset): The parameters of `createforward` (the body may be left
            out; recipients can be added later).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Message | ODataError]
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
    body: CreateForwardBody | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Message | ODataError | None:
    """Draft a forward

     Creates the draft of a forward in `Drafts` (201): `Subject` with `FW: ` before it, `ToRecipients` as
    given
    (may be empty: add them with `updateMessage`), the original's attachments, the `Comment` above the
    original
    as for `createReply`, the original's `ConversationId`. Scope `Mail.ReadWrite`.

    Args:
        message_id (str):
        if_match (str | Unset):
        body (CreateForwardBody | Unset): The parameters of `createforward` (the body may be left
            out; recipients can be added later).

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
            body=body,
            if_match=if_match,
        )
    ).parsed
