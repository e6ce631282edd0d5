from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_collection import AttachmentCollection
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
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
        "url": "/me/events('{event_id}')/attachments".format(
            event_id=quote(str(event_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentCollection | ODataError | None:
    if response.status_code == 200:
        response_200 = AttachmentCollection.from_dict(response.json())

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
) -> Response[AttachmentCollection | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[AttachmentCollection | ODataError]:
    """Get the attachments of an event

     Gets the item's attachments: `FileAttachment`, `ItemAttachment` and `ReferenceAttachment` entries,
    told
    apart by `@odata.type`, exactly as a task's (one attachment model for every kind of item: the same
    kinds, members, rules and size caps). `Item` of an item attachment is not returned here. Paged like
    every
    collection. (Reference attachments on events and messages: the reference documents them for beta
    only;
    decision: v2.0 takes them too, as on tasks.)

    Args:
        event_id (str):
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
        Response[AttachmentCollection | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
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
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> AttachmentCollection | ODataError | None:
    """Get the attachments of an event

     Gets the item's attachments: `FileAttachment`, `ItemAttachment` and `ReferenceAttachment` entries,
    told
    apart by `@odata.type`, exactly as a task's (one attachment model for every kind of item: the same
    kinds, members, rules and size caps). `Item` of an item attachment is not returned here. Paged like
    every
    collection. (Reference attachments on events and messages: the reference documents them for beta
    only;
    decision: v2.0 takes them too, as on tasks.)

    Args:
        event_id (str):
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
        AttachmentCollection | ODataError
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[AttachmentCollection | ODataError]:
    """Get the attachments of an event

     Gets the item's attachments: `FileAttachment`, `ItemAttachment` and `ReferenceAttachment` entries,
    told
    apart by `@odata.type`, exactly as a task's (one attachment model for every kind of item: the same
    kinds, members, rules and size caps). `Item` of an item attachment is not returned here. Paged like
    every
    collection. (Reference attachments on events and messages: the reference documents them for beta
    only;
    decision: v2.0 takes them too, as on tasks.)

    Args:
        event_id (str):
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
        Response[AttachmentCollection | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
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
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> AttachmentCollection | ODataError | None:
    """Get the attachments of an event

     Gets the item's attachments: `FileAttachment`, `ItemAttachment` and `ReferenceAttachment` entries,
    told
    apart by `@odata.type`, exactly as a task's (one attachment model for every kind of item: the same
    kinds, members, rules and size caps). `Item` of an item attachment is not returned here. Paged like
    every
    collection. (Reference attachments on events and messages: the reference documents them for beta
    only;
    decision: v2.0 takes them too, as on tasks.)

    Args:
        event_id (str):
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
        AttachmentCollection | ODataError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            select=select,
            filter_=filter_,
            orderby=orderby,
            top=top,
            skip=skip,
            prefer=prefer,
        )
    ).parsed
