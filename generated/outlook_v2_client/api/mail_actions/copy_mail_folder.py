from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.destination_body import DestinationBody
from ...models.mail_folder import MailFolder
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    mail_folder_id: str,
    *,
    body: DestinationBody,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/mailfolders('{mail_folder_id}')/copy".format(
            mail_folder_id=quote(str(mail_folder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailFolder | ODataError | None:
    if response.status_code == 201:
        response_201 = MailFolder.from_dict(response.json())

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
) -> Response[MailFolder | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DestinationBody,
    if_match: str | Unset = UNSET,
) -> Response[MailFolder | ODataError]:
    """Copy a mail folder under another folder

     Copies the folder under the folder `DestinationId` names and returns the copy (201): a new folder
    (new
    `Id`) with the same `DisplayName` and copies of the original's child folders and messages, so the
    same
    `ChildFolderCount`, `TotalItemCount` and `UnreadItemCount`. Well-known folders can be copied (the
    copy is
    an ordinary folder); a folder cannot be copied into itself or a folder below it (400
    ErrorMoveCopyFailed).
    Scope `Mail.ReadWrite`.

    Args:
        mail_folder_id (str):
        if_match (str | Unset):
        body (DestinationBody): The parameter of `move` and `copy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailFolder | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DestinationBody,
    if_match: str | Unset = UNSET,
) -> MailFolder | ODataError | None:
    """Copy a mail folder under another folder

     Copies the folder under the folder `DestinationId` names and returns the copy (201): a new folder
    (new
    `Id`) with the same `DisplayName` and copies of the original's child folders and messages, so the
    same
    `ChildFolderCount`, `TotalItemCount` and `UnreadItemCount`. Well-known folders can be copied (the
    copy is
    an ordinary folder); a folder cannot be copied into itself or a folder below it (400
    ErrorMoveCopyFailed).
    Scope `Mail.ReadWrite`.

    Args:
        mail_folder_id (str):
        if_match (str | Unset):
        body (DestinationBody): The parameter of `move` and `copy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailFolder | ODataError
    """

    return sync_detailed(
        mail_folder_id=mail_folder_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DestinationBody,
    if_match: str | Unset = UNSET,
) -> Response[MailFolder | ODataError]:
    """Copy a mail folder under another folder

     Copies the folder under the folder `DestinationId` names and returns the copy (201): a new folder
    (new
    `Id`) with the same `DisplayName` and copies of the original's child folders and messages, so the
    same
    `ChildFolderCount`, `TotalItemCount` and `UnreadItemCount`. Well-known folders can be copied (the
    copy is
    an ordinary folder); a folder cannot be copied into itself or a folder below it (400
    ErrorMoveCopyFailed).
    Scope `Mail.ReadWrite`.

    Args:
        mail_folder_id (str):
        if_match (str | Unset):
        body (DestinationBody): The parameter of `move` and `copy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailFolder | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DestinationBody,
    if_match: str | Unset = UNSET,
) -> MailFolder | ODataError | None:
    """Copy a mail folder under another folder

     Copies the folder under the folder `DestinationId` names and returns the copy (201): a new folder
    (new
    `Id`) with the same `DisplayName` and copies of the original's child folders and messages, so the
    same
    `ChildFolderCount`, `TotalItemCount` and `UnreadItemCount`. Well-known folders can be copied (the
    copy is
    an ordinary folder); a folder cannot be copied into itself or a folder below it (400
    ErrorMoveCopyFailed).
    Scope `Mail.ReadWrite`.

    Args:
        mail_folder_id (str):
        if_match (str | Unset):
        body (DestinationBody): The parameter of `move` and `copy`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailFolder | ODataError
    """

    return (
        await asyncio_detailed(
            mail_folder_id=mail_folder_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
