from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_collection import MessageCollection
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    mail_folder_id: str,
    *,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
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

    params["$expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/mailfolders('{mail_folder_id}')/messages".format(
            mail_folder_id=quote(str(mail_folder_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageCollection | ODataError | None:
    if response.status_code == 200:
        response_200 = MessageCollection.from_dict(response.json())

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
) -> Response[MessageCollection | ODataError]:
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
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[MessageCollection | ODataError]:
    """Get the messages of a mail folder

     Gets the messages in the mail folder, with the same query options as `listMessages` (also the
    `SingleValueExtendedProperties/Any(…)` filter).

    **Initial sync request** (the reference's "Synchronize messages", documented for beta and served the
    same in
    v2.0, as the real service did: clients call it there). With `Prefer: odata.track-changes` this is
    the first
    request of a sync round of the folder's messages: `Preference-Applied: odata.track-changes`, the
    first page
    (`Prefer: odata.maxpagesize=<n>`, default 10) and always an `@odata.deltaLink`; the round continues
    with
    `syncMessagesInFolder`. `$select` is honoured; `$top` and `$expand` are accepted and change nothing
    (the page
    size is `odata.maxpagesize`'s). As the reference says, the only `$filter` is `ReceivedDateTime ge
    {value}` or
    `ReceivedDateTime gt {value}` (a DateTimeOffset): it holds for the whole round (the links carry it;
    a token
    used without it, or with another, is 400 ErrorInvalidSyncStateData); the only `$orderby` is
    `ReceivedDateTime desc`, accepted (changes come in the order they happened). Another `$filter` or
    `$orderby`, `$search` or `$skip` is 400 ErrorInvalidUrlQuery ("The '$filter' parameter value is not
    supported for 'Messages' resource; only a value of 'ReceivedDateTime ge value' is supported", the
    service's words).
    Moves count: a message moved out of the folder is reported deleted in its sync, and shows (under its
    new
    Id) in the destination folder's sync.

    Args:
        mail_folder_id (str):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageCollection | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        expand=expand,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> MessageCollection | ODataError | None:
    """Get the messages of a mail folder

     Gets the messages in the mail folder, with the same query options as `listMessages` (also the
    `SingleValueExtendedProperties/Any(…)` filter).

    **Initial sync request** (the reference's "Synchronize messages", documented for beta and served the
    same in
    v2.0, as the real service did: clients call it there). With `Prefer: odata.track-changes` this is
    the first
    request of a sync round of the folder's messages: `Preference-Applied: odata.track-changes`, the
    first page
    (`Prefer: odata.maxpagesize=<n>`, default 10) and always an `@odata.deltaLink`; the round continues
    with
    `syncMessagesInFolder`. `$select` is honoured; `$top` and `$expand` are accepted and change nothing
    (the page
    size is `odata.maxpagesize`'s). As the reference says, the only `$filter` is `ReceivedDateTime ge
    {value}` or
    `ReceivedDateTime gt {value}` (a DateTimeOffset): it holds for the whole round (the links carry it;
    a token
    used without it, or with another, is 400 ErrorInvalidSyncStateData); the only `$orderby` is
    `ReceivedDateTime desc`, accepted (changes come in the order they happened). Another `$filter` or
    `$orderby`, `$search` or `$skip` is 400 ErrorInvalidUrlQuery ("The '$filter' parameter value is not
    supported for 'Messages' resource; only a value of 'ReceivedDateTime ge value' is supported", the
    service's words).
    Moves count: a message moved out of the folder is reported deleted in its sync, and shows (under its
    new
    Id) in the destination folder's sync.

    Args:
        mail_folder_id (str):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageCollection | ODataError
    """

    return sync_detailed(
        mail_folder_id=mail_folder_id,
        client=client,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        expand=expand,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[MessageCollection | ODataError]:
    """Get the messages of a mail folder

     Gets the messages in the mail folder, with the same query options as `listMessages` (also the
    `SingleValueExtendedProperties/Any(…)` filter).

    **Initial sync request** (the reference's "Synchronize messages", documented for beta and served the
    same in
    v2.0, as the real service did: clients call it there). With `Prefer: odata.track-changes` this is
    the first
    request of a sync round of the folder's messages: `Preference-Applied: odata.track-changes`, the
    first page
    (`Prefer: odata.maxpagesize=<n>`, default 10) and always an `@odata.deltaLink`; the round continues
    with
    `syncMessagesInFolder`. `$select` is honoured; `$top` and `$expand` are accepted and change nothing
    (the page
    size is `odata.maxpagesize`'s). As the reference says, the only `$filter` is `ReceivedDateTime ge
    {value}` or
    `ReceivedDateTime gt {value}` (a DateTimeOffset): it holds for the whole round (the links carry it;
    a token
    used without it, or with another, is 400 ErrorInvalidSyncStateData); the only `$orderby` is
    `ReceivedDateTime desc`, accepted (changes come in the order they happened). Another `$filter` or
    `$orderby`, `$search` or `$skip` is 400 ErrorInvalidUrlQuery ("The '$filter' parameter value is not
    supported for 'Messages' resource; only a value of 'ReceivedDateTime ge value' is supported", the
    service's words).
    Moves count: a message moved out of the folder is reported deleted in its sync, and shows (under its
    new
    Id) in the destination folder's sync.

    Args:
        mail_folder_id (str):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageCollection | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        expand=expand,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> MessageCollection | ODataError | None:
    """Get the messages of a mail folder

     Gets the messages in the mail folder, with the same query options as `listMessages` (also the
    `SingleValueExtendedProperties/Any(…)` filter).

    **Initial sync request** (the reference's "Synchronize messages", documented for beta and served the
    same in
    v2.0, as the real service did: clients call it there). With `Prefer: odata.track-changes` this is
    the first
    request of a sync round of the folder's messages: `Preference-Applied: odata.track-changes`, the
    first page
    (`Prefer: odata.maxpagesize=<n>`, default 10) and always an `@odata.deltaLink`; the round continues
    with
    `syncMessagesInFolder`. `$select` is honoured; `$top` and `$expand` are accepted and change nothing
    (the page
    size is `odata.maxpagesize`'s). As the reference says, the only `$filter` is `ReceivedDateTime ge
    {value}` or
    `ReceivedDateTime gt {value}` (a DateTimeOffset): it holds for the whole round (the links carry it;
    a token
    used without it, or with another, is 400 ErrorInvalidSyncStateData); the only `$orderby` is
    `ReceivedDateTime desc`, accepted (changes come in the order they happened). Another `$filter` or
    `$orderby`, `$search` or `$skip` is 400 ErrorInvalidUrlQuery ("The '$filter' parameter value is not
    supported for 'Messages' resource; only a value of 'ReceivedDateTime ge value' is supported", the
    service's words).
    Moves count: a message moved out of the folder is reported deleted in its sync, and shows (under its
    new
    Id) in the destination folder's sync.

    Args:
        mail_folder_id (str):
        select (str | Unset):
        filter_ (str | Unset):
        orderby (str | Unset):
        top (int | Unset):
        skip (int | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageCollection | ODataError
    """

    return (
        await asyncio_detailed(
            mail_folder_id=mail_folder_id,
            client=client,
            select=select,
            filter_=filter_,
            orderby=orderby,
            top=top,
            skip=skip,
            expand=expand,
            prefer=prefer,
        )
    ).parsed
