from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mail_folder_collection import MailFolderCollection
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["$select"] = select

    params["$filter"] = filter_

    params["$orderby"] = orderby

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/mailfolders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailFolderCollection | ODataError | None:
    if response.status_code == 200:
        response_200 = MailFolderCollection.from_dict(response.json())

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
) -> Response[MailFolderCollection | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[MailFolderCollection | ODataError]:
    """Get the top-level mail folders

     Gets the top-level mail folders of the mailbox: the well-known folders `Inbox`, `Drafts`, `Sent
    Items` and
    `Deleted Items` and the folders created with `createMailFolder`. Child folders are listed by
    `listChildFolders`.
    Supports `$filter` (also `SingleValueExtendedProperties/Any(…)`), `$orderby`, `$select`, `$top`,
    `$skip` and
    server-driven paging.

    **Initial hierarchy sync request** (the reference's "Synchronize the folder hierarchy", documented
    for beta
    and served the same in v2.0). With `Prefer: odata.track-changes` the response is the first page of a
    flat
    list of every mail folder of the mailbox, child folders included (each with its `ParentFolderId`),
    with
    `Preference-Applied: odata.track-changes` and an `@odata.deltaLink`; continue with
    `syncMailFolders`.
    Only the top of the hierarchy syncs: `listChildFolders` ignores the preference (a plain list, no
    `Preference-Applied`). As the reference says, `$filter`, `$orderby`, `$search` and `$top` are
    ignored in a
    hierarchy sync (not refused). A new, renamed or deleted folder is a change; changed item counts are
    not.

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailFolderCollection | ODataError]
    """

    kwargs = _get_kwargs(
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> MailFolderCollection | ODataError | None:
    """Get the top-level mail folders

     Gets the top-level mail folders of the mailbox: the well-known folders `Inbox`, `Drafts`, `Sent
    Items` and
    `Deleted Items` and the folders created with `createMailFolder`. Child folders are listed by
    `listChildFolders`.
    Supports `$filter` (also `SingleValueExtendedProperties/Any(…)`), `$orderby`, `$select`, `$top`,
    `$skip` and
    server-driven paging.

    **Initial hierarchy sync request** (the reference's "Synchronize the folder hierarchy", documented
    for beta
    and served the same in v2.0). With `Prefer: odata.track-changes` the response is the first page of a
    flat
    list of every mail folder of the mailbox, child folders included (each with its `ParentFolderId`),
    with
    `Preference-Applied: odata.track-changes` and an `@odata.deltaLink`; continue with
    `syncMailFolders`.
    Only the top of the hierarchy syncs: `listChildFolders` ignores the preference (a plain list, no
    `Preference-Applied`). As the reference says, `$filter`, `$orderby`, `$search` and `$top` are
    ignored in a
    hierarchy sync (not refused). A new, renamed or deleted folder is a change; changed item counts are
    not.

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailFolderCollection | ODataError
    """

    return sync_detailed(
        client=client,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[MailFolderCollection | ODataError]:
    """Get the top-level mail folders

     Gets the top-level mail folders of the mailbox: the well-known folders `Inbox`, `Drafts`, `Sent
    Items` and
    `Deleted Items` and the folders created with `createMailFolder`. Child folders are listed by
    `listChildFolders`.
    Supports `$filter` (also `SingleValueExtendedProperties/Any(…)`), `$orderby`, `$select`, `$top`,
    `$skip` and
    server-driven paging.

    **Initial hierarchy sync request** (the reference's "Synchronize the folder hierarchy", documented
    for beta
    and served the same in v2.0). With `Prefer: odata.track-changes` the response is the first page of a
    flat
    list of every mail folder of the mailbox, child folders included (each with its `ParentFolderId`),
    with
    `Preference-Applied: odata.track-changes` and an `@odata.deltaLink`; continue with
    `syncMailFolders`.
    Only the top of the hierarchy syncs: `listChildFolders` ignores the preference (a plain list, no
    `Preference-Applied`). As the reference says, `$filter`, `$orderby`, `$search` and `$top` are
    ignored in a
    hierarchy sync (not refused). A new, renamed or deleted folder is a change; changed item counts are
    not.

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailFolderCollection | ODataError]
    """

    kwargs = _get_kwargs(
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> MailFolderCollection | ODataError | None:
    """Get the top-level mail folders

     Gets the top-level mail folders of the mailbox: the well-known folders `Inbox`, `Drafts`, `Sent
    Items` and
    `Deleted Items` and the folders created with `createMailFolder`. Child folders are listed by
    `listChildFolders`.
    Supports `$filter` (also `SingleValueExtendedProperties/Any(…)`), `$orderby`, `$select`, `$top`,
    `$skip` and
    server-driven paging.

    **Initial hierarchy sync request** (the reference's "Synchronize the folder hierarchy", documented
    for beta
    and served the same in v2.0). With `Prefer: odata.track-changes` the response is the first page of a
    flat
    list of every mail folder of the mailbox, child folders included (each with its `ParentFolderId`),
    with
    `Preference-Applied: odata.track-changes` and an `@odata.deltaLink`; continue with
    `syncMailFolders`.
    Only the top of the hierarchy syncs: `listChildFolders` ignores the preference (a plain list, no
    `Preference-Applied`). As the reference says, `$filter`, `$orderby`, `$search` and `$top` are
    ignored in a
    hierarchy sync (not refused). A new, renamed or deleted folder is a change; changed item counts are
    not.

    Args:
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailFolderCollection | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            select=select,
            filter_=filter_,
            orderby=orderby,
            top=top,
            skip=skip,
            prefer=prefer,
        )
    ).parsed
