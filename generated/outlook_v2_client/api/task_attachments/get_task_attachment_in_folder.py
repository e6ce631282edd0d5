from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_attachment import FileAttachment
from ...models.get_task_attachment_in_folder_expand import (
    GetTaskAttachmentInFolderExpand,
)
from ...models.item_attachment import ItemAttachment
from ...models.o_data_error import ODataError
from ...models.reference_attachment import ReferenceAttachment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    task_id: str,
    attachment_id: str,
    *,
    select: str | Unset = UNSET,
    expand: GetTaskAttachmentInFolderExpand | Unset = UNSET,
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
        "url": "/me/taskfolders('{folder_id}')/tasks('{task_id}')/attachments('{attachment_id}')".format(
            folder_id=quote(str(folder_id), safe=""),
            task_id=quote(str(task_id), safe=""),
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
    folder_id: str,
    task_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetTaskAttachmentInFolderExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
    """Get an attachment of a task of a task folder

     As `getTaskAttachment`, through the task's folder (another folder's task is a 404).

    Args:
        folder_id (str):
        task_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetTaskAttachmentInFolderExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        task_id=task_id,
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
    folder_id: str,
    task_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetTaskAttachmentInFolderExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    """Get an attachment of a task of a task folder

     As `getTaskAttachment`, through the task's folder (another folder's task is a 404).

    Args:
        folder_id (str):
        task_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetTaskAttachmentInFolderExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ReferenceAttachment | ODataError
    """

    return sync_detailed(
        folder_id=folder_id,
        task_id=task_id,
        attachment_id=attachment_id,
        client=client,
        select=select,
        expand=expand,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    task_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetTaskAttachmentInFolderExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]:
    """Get an attachment of a task of a task folder

     As `getTaskAttachment`, through the task's folder (another folder's task is a 404).

    Args:
        folder_id (str):
        task_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetTaskAttachmentInFolderExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileAttachment | ItemAttachment | ReferenceAttachment | ODataError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        task_id=task_id,
        attachment_id=attachment_id,
        select=select,
        expand=expand,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    task_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: GetTaskAttachmentInFolderExpand | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> FileAttachment | ItemAttachment | ReferenceAttachment | ODataError | None:
    """Get an attachment of a task of a task folder

     As `getTaskAttachment`, through the task's folder (another folder's task is a 404).

    Args:
        folder_id (str):
        task_id (str):
        attachment_id (str):
        select (str | Unset):
        expand (GetTaskAttachmentInFolderExpand | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileAttachment | ItemAttachment | ReferenceAttachment | ODataError
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            task_id=task_id,
            attachment_id=attachment_id,
            client=client,
            select=select,
            expand=expand,
            prefer=prefer,
        )
    ).parsed
