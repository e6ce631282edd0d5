from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_attachment import FileAttachment
from ...models.item_attachment import ItemAttachment
from ...models.new_file_attachment import NewFileAttachment
from ...models.new_item_attachment import NewItemAttachment
from ...models.new_reference_attachment import NewReferenceAttachment
from ...models.o_data_error import ODataError
from ...models.reference_attachment import ReferenceAttachment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    body: NewFileAttachment | NewItemAttachment | NewReferenceAttachment,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/messages('{message_id}')/attachments".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    if isinstance(body, NewFileAttachment) or isinstance(body, NewItemAttachment):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    if response.status_code == 201:

        def _parse_response_201(
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

        response_201 = _parse_response_201(response.json())

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
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
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
    body: NewFileAttachment | NewItemAttachment | NewReferenceAttachment,
    if_match: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
    """Add an attachment to a message

     Adds a file (`#Microsoft.OutlookServices.FileAttachment`: `Name` and base64 `ContentBytes`
    required), an
    item - message, event or contact - (`#Microsoft.OutlookServices.ItemAttachment`: `Name` and `Item`
    required; the item is checked as its own create would check it) or a link
    (`#Microsoft.OutlookServices.ReferenceAttachment`: `Name` and `SourceUrl` required) to the item, as
    `createTaskAttachment` does for a task. `HasAttachments` becomes true; the item gets a new
    ChangeKey.
    Attachments may also come with the item when it is created (`Attachments` of `createEvent` /
    `createMessage`). An occurrence of a series shares its master's attachments (decision: one
    occurrence
    cannot have attachments of its own).

    Args:
        message_id (str):
        if_match (str | Unset):
        body (NewFileAttachment | NewItemAttachment | NewReferenceAttachment): An attachment to
            add, selected by `@odata.type` (required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]
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
    body: NewFileAttachment | NewItemAttachment | NewReferenceAttachment,
    if_match: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    """Add an attachment to a message

     Adds a file (`#Microsoft.OutlookServices.FileAttachment`: `Name` and base64 `ContentBytes`
    required), an
    item - message, event or contact - (`#Microsoft.OutlookServices.ItemAttachment`: `Name` and `Item`
    required; the item is checked as its own create would check it) or a link
    (`#Microsoft.OutlookServices.ReferenceAttachment`: `Name` and `SourceUrl` required) to the item, as
    `createTaskAttachment` does for a task. `HasAttachments` becomes true; the item gets a new
    ChangeKey.
    Attachments may also come with the item when it is created (`Attachments` of `createEvent` /
    `createMessage`). An occurrence of a series shares its master's attachments (decision: one
    occurrence
    cannot have attachments of its own).

    Args:
        message_id (str):
        if_match (str | Unset):
        body (NewFileAttachment | NewItemAttachment | NewReferenceAttachment): An attachment to
            add, selected by `@odata.type` (required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ReferenceAttachment | ODataError
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
    body: NewFileAttachment | NewItemAttachment | NewReferenceAttachment,
    if_match: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
    """Add an attachment to a message

     Adds a file (`#Microsoft.OutlookServices.FileAttachment`: `Name` and base64 `ContentBytes`
    required), an
    item - message, event or contact - (`#Microsoft.OutlookServices.ItemAttachment`: `Name` and `Item`
    required; the item is checked as its own create would check it) or a link
    (`#Microsoft.OutlookServices.ReferenceAttachment`: `Name` and `SourceUrl` required) to the item, as
    `createTaskAttachment` does for a task. `HasAttachments` becomes true; the item gets a new
    ChangeKey.
    Attachments may also come with the item when it is created (`Attachments` of `createEvent` /
    `createMessage`). An occurrence of a series shares its master's attachments (decision: one
    occurrence
    cannot have attachments of its own).

    Args:
        message_id (str):
        if_match (str | Unset):
        body (NewFileAttachment | NewItemAttachment | NewReferenceAttachment): An attachment to
            add, selected by `@odata.type` (required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]
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
    body: NewFileAttachment | NewItemAttachment | NewReferenceAttachment,
    if_match: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    """Add an attachment to a message

     Adds a file (`#Microsoft.OutlookServices.FileAttachment`: `Name` and base64 `ContentBytes`
    required), an
    item - message, event or contact - (`#Microsoft.OutlookServices.ItemAttachment`: `Name` and `Item`
    required; the item is checked as its own create would check it) or a link
    (`#Microsoft.OutlookServices.ReferenceAttachment`: `Name` and `SourceUrl` required) to the item, as
    `createTaskAttachment` does for a task. `HasAttachments` becomes true; the item gets a new
    ChangeKey.
    Attachments may also come with the item when it is created (`Attachments` of `createEvent` /
    `createMessage`). An occurrence of a series shares its master's attachments (decision: one
    occurrence
    cannot have attachments of its own).

    Args:
        message_id (str):
        if_match (str | Unset):
        body (NewFileAttachment | NewItemAttachment | NewReferenceAttachment): An attachment to
            add, selected by `@odata.type` (required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ReferenceAttachment | ODataError
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
