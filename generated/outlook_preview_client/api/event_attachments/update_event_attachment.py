from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_patch import AttachmentPatch
from ...models.file_attachment import FileAttachment
from ...models.item_attachment import ItemAttachment
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
    attachment_id: str,
    *,
    body: AttachmentPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/Me/Events('{event_id}')/Attachments('{attachment_id}')".format(
            event_id=quote(str(event_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: AttachmentPatch,
    if_match: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ODataError]:
    """Update an attachment of an event

     Changes the attachment's writable properties: `Name`, `ContentType`, `IsInline`, and for a file
    attachment
    `ContentId`, `ContentLocation` and `ContentBytes`. Other known properties (`Id`, `Size`,
    `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only property on an item attachment) give
    400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead, a body without any change
    400 ErrorInvalidRequest. 200 with the attachment. Unknown event or attachment: 404
    ErrorItemNotFound.
    Needs `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        if_match (str | Unset):
        body (AttachmentPatch): Changes to an attachment, at least one of: `Name`, `ContentType`,
            `IsInline`, and for a file attachment
            `ContentId`, `ContentLocation` and `ContentBytes` (no change at all: 400
            ErrorInvalidRequest). Other known
            properties (`Id`, `Size`, `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only one
            on an item
            attachment) give 400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead. OData
            annotations (`@…` keys)
            are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
        body=body,
        if_match=if_match,
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
    body: AttachmentPatch,
    if_match: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ODataError | None:
    """Update an attachment of an event

     Changes the attachment's writable properties: `Name`, `ContentType`, `IsInline`, and for a file
    attachment
    `ContentId`, `ContentLocation` and `ContentBytes`. Other known properties (`Id`, `Size`,
    `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only property on an item attachment) give
    400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead, a body without any change
    400 ErrorInvalidRequest. 200 with the attachment. Unknown event or attachment: 404
    ErrorItemNotFound.
    Needs `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        if_match (str | Unset):
        body (AttachmentPatch): Changes to an attachment, at least one of: `Name`, `ContentType`,
            `IsInline`, and for a file attachment
            `ContentId`, `ContentLocation` and `ContentBytes` (no change at all: 400
            ErrorInvalidRequest). Other known
            properties (`Id`, `Size`, `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only one
            on an item
            attachment) give 400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead. OData
            annotations (`@…` keys)
            are accepted and ignored.

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
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    body: AttachmentPatch,
    if_match: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ODataError]:
    """Update an attachment of an event

     Changes the attachment's writable properties: `Name`, `ContentType`, `IsInline`, and for a file
    attachment
    `ContentId`, `ContentLocation` and `ContentBytes`. Other known properties (`Id`, `Size`,
    `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only property on an item attachment) give
    400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead, a body without any change
    400 ErrorInvalidRequest. 200 with the attachment. Unknown event or attachment: 404
    ErrorItemNotFound.
    Needs `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        if_match (str | Unset):
        body (AttachmentPatch): Changes to an attachment, at least one of: `Name`, `ContentType`,
            `IsInline`, and for a file attachment
            `ContentId`, `ContentLocation` and `ContentBytes` (no change at all: 400
            ErrorInvalidRequest). Other known
            properties (`Id`, `Size`, `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only one
            on an item
            attachment) give 400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead. OData
            annotations (`@…` keys)
            are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
    body: AttachmentPatch,
    if_match: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ODataError | None:
    """Update an attachment of an event

     Changes the attachment's writable properties: `Name`, `ContentType`, `IsInline`, and for a file
    attachment
    `ContentId`, `ContentLocation` and `ContentBytes`. Other known properties (`Id`, `Size`,
    `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only property on an item attachment) give
    400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead, a body without any change
    400 ErrorInvalidRequest. 200 with the attachment. Unknown event or attachment: 404
    ErrorItemNotFound.
    Needs `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):
        if_match (str | Unset):
        body (AttachmentPatch): Changes to an attachment, at least one of: `Name`, `ContentType`,
            `IsInline`, and for a file attachment
            `ContentId`, `ContentLocation` and `ContentBytes` (no change at all: 400
            ErrorInvalidRequest). Other known
            properties (`Id`, `Size`, `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only one
            on an item
            attachment) give 400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead. OData
            annotations (`@…` keys)
            are accepted and ignored.

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
            body=body,
            if_match=if_match,
        )
    ).parsed
