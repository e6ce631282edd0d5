from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_attachment import FileAttachment
from ...models.get_event_attachment_expand import (
    GetEventAttachmentExpand,
)
from ...models.item_attachment import ItemAttachment
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
    attachment_id: str,
    *,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$select"] = select

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["$expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Me/Events('{event_id}')/Attachments('{attachment_id}')".format(
            event_id=quote(str(event_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileAttachment | ItemAttachment | ODataError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FileAttachment | ItemAttachment:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attachment_type_0 = FileAttachment.from_dict(data)

                return componentsschemas_attachment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attachment_type_1 = ItemAttachment.from_dict(data)

            return componentsschemas_attachment_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[FileAttachment | ItemAttachment | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ODataError]:
    """Get an attachment of an event

     Gets the attachment: a `FileAttachment` (with `ContentBytes`) or an `ItemAttachment` (with its
    `Item` -
    the attached message or event, with its `@odata.type` - only with `$expand=Item`). Unknown event or
    attachment: 404 ErrorItemNotFound. Needs `Calendar.Read` or `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
        select=select,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ODataError | None:
    """Get an attachment of an event

     Gets the attachment: a `FileAttachment` (with `ContentBytes`) or an `ItemAttachment` (with its
    `Item` -
    the attached message or event, with its `@odata.type` - only with `$expand=Item`). Unknown event or
    attachment: 404 ErrorItemNotFound. Needs `Calendar.Read` or `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ODataError
    """

    return sync_detailed(
        event_id=event_id,
        attachment_id=attachment_id,
        client=client,
        select=select,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ODataError]:
    """Get an attachment of an event

     Gets the attachment: a `FileAttachment` (with `ContentBytes`) or an `ItemAttachment` (with its
    `Item` -
    the attached message or event, with its `@odata.type` - only with `$expand=Item`). Unknown event or
    attachment: 404 ErrorItemNotFound. Needs `Calendar.Read` or `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
        select=select,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ODataError | None:
    """Get an attachment of an event

     Gets the attachment: a `FileAttachment` (with `ContentBytes`) or an `ItemAttachment` (with its
    `Item` -
    the attached message or event, with its `@odata.type` - only with `$expand=Item`). Unknown event or
    attachment: 404 ErrorItemNotFound. Needs `Calendar.Read` or `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ODataError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            attachment_id=attachment_id,
            client=client,
            select=select,
            expand=expand,
        )
    ).parsed
