from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_collection import EventCollection
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/me/calendar/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventCollection | ODataError | None:
    if response.status_code == 200:
        response_200 = EventCollection.from_dict(response.json())

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
) -> Response[EventCollection | ODataError]:
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
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[EventCollection | ODataError]:
    """Get the events of the default calendar

     Same as `listEvents`. Supports `$filter` over the filterable properties (also
    `SingleValueExtendedProperties/Any(…)`), `$orderby`,
    `$select`, `$top`, `$skip` and paging, and `$expand=Attachments` (see `ItemExpand`); Start/End in
    UTC or the
    `Prefer: outlook.timezone` zone.

    Args:
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
        Response[EventCollection | ODataError]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> EventCollection | ODataError | None:
    """Get the events of the default calendar

     Same as `listEvents`. Supports `$filter` over the filterable properties (also
    `SingleValueExtendedProperties/Any(…)`), `$orderby`,
    `$select`, `$top`, `$skip` and paging, and `$expand=Attachments` (see `ItemExpand`); Start/End in
    UTC or the
    `Prefer: outlook.timezone` zone.

    Args:
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
        EventCollection | ODataError
    """

    return sync_detailed(
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
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[EventCollection | ODataError]:
    """Get the events of the default calendar

     Same as `listEvents`. Supports `$filter` over the filterable properties (also
    `SingleValueExtendedProperties/Any(…)`), `$orderby`,
    `$select`, `$top`, `$skip` and paging, and `$expand=Attachments` (see `ItemExpand`); Start/End in
    UTC or the
    `Prefer: outlook.timezone` zone.

    Args:
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
        Response[EventCollection | ODataError]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> EventCollection | ODataError | None:
    """Get the events of the default calendar

     Same as `listEvents`. Supports `$filter` over the filterable properties (also
    `SingleValueExtendedProperties/Any(…)`), `$orderby`,
    `$select`, `$top`, `$skip` and paging, and `$expand=Attachments` (see `ItemExpand`); Start/End in
    UTC or the
    `Prefer: outlook.timezone` zone.

    Args:
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
        EventCollection | ODataError
    """

    return (
        await asyncio_detailed(
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
