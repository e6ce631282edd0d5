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
from ...models.reference_attachment import ReferenceAttachment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
    attachment_id: str,
    *,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["$select"] = select

    json_expand: str | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["$expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/events('{event_id}')/attachments('{attachment_id}')".format(
            event_id=quote(str(event_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> FileAttachment | ItemAttachment | ReferenceAttachment:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attachment_type_0 = FileAttachment.from_dict(data)

                return componentsschemas_attachment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attachment_type_1 = ItemAttachment.from_dict(data)

                return componentsschemas_attachment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attachment_type_2 = ReferenceAttachment.from_dict(data)

            return componentsschemas_attachment_type_2

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
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
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
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
    """Get an attachment of an event

     Gets the attachment, as `getTaskAttachment` does: a `FileAttachment` (with `ContentBytes`), an
    `ItemAttachment` (its `Item` only with `$expand=Microsoft.OutlookServices.ItemAttachment/Item`,
    whose
    `@odata.id` is the attachment's `…/Item` URL) or a `ReferenceAttachment`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
        select=select,
        expand=expand,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    """Get an attachment of an event

     Gets the attachment, as `getTaskAttachment` does: a `FileAttachment` (with `ContentBytes`), an
    `ItemAttachment` (its `Item` only with `$expand=Microsoft.OutlookServices.ItemAttachment/Item`,
    whose
    `@odata.id` is the attachment's `…/Item` URL) or a `ReferenceAttachment`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ReferenceAttachment | ODataError
    """

    return sync_detailed(
        event_id=event_id,
        attachment_id=attachment_id,
        client=client,
        select=select,
        expand=expand,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
    """Get an attachment of an event

     Gets the attachment, as `getTaskAttachment` does: a `FileAttachment` (with `ContentBytes`), an
    `ItemAttachment` (its `Item` only with `$expand=Microsoft.OutlookServices.ItemAttachment/Item`,
    whose
    `@odata.id` is the attachment's `…/Item` URL) or a `ReferenceAttachment`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
        select=select,
        expand=expand,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetEventAttachmentExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    """Get an attachment of an event

     Gets the attachment, as `getTaskAttachment` does: a `FileAttachment` (with `ContentBytes`), an
    `ItemAttachment` (its `Item` only with `$expand=Microsoft.OutlookServices.ItemAttachment/Item`,
    whose
    `@odata.id` is the attachment's `…/Item` URL) or a `ReferenceAttachment`.

    Args:
        event_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetEventAttachmentExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ReferenceAttachment | ODataError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            attachment_id=attachment_id,
            client=client,
            select=select,
            expand=expand,
            prefer=prefer,
        )
    ).parsed
