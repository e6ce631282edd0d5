from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.folder import Folder
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    *,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Me/Folders('{folder_id}')".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Folder | ODataError | None:
    if response.status_code == 200:
        response_200 = Folder.from_dict(response.json())

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
) -> Response[Folder | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Response[Folder | ODataError]:
    """Get a mail folder

     Gets the folder with the given id or well-known name (`Inbox`, `Drafts`, `SentItems`,
    `DeletedItems`,
    matched case-insensitively). Unknown folder: 404 ErrorFolderNotFound. Needs `Mail.Read` or
    `Mail.Write`.

    Args:
        folder_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Folder | ODataError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Folder | ODataError | None:
    """Get a mail folder

     Gets the folder with the given id or well-known name (`Inbox`, `Drafts`, `SentItems`,
    `DeletedItems`,
    matched case-insensitively). Unknown folder: 404 ErrorFolderNotFound. Needs `Mail.Read` or
    `Mail.Write`.

    Args:
        folder_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Folder | ODataError
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Response[Folder | ODataError]:
    """Get a mail folder

     Gets the folder with the given id or well-known name (`Inbox`, `Drafts`, `SentItems`,
    `DeletedItems`,
    matched case-insensitively). Unknown folder: 404 ErrorFolderNotFound. Needs `Mail.Read` or
    `Mail.Write`.

    Args:
        folder_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Folder | ODataError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Folder | ODataError | None:
    """Get a mail folder

     Gets the folder with the given id or well-known name (`Inbox`, `Drafts`, `SentItems`,
    `DeletedItems`,
    matched case-insensitively). Unknown folder: 404 ErrorFolderNotFound. Needs `Mail.Read` or
    `Mail.Write`.

    Args:
        folder_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Folder | ODataError
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            select=select,
        )
    ).parsed
