from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.task_collection import TaskCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
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
        "url": "/me/taskfolders('{folder_id}')/tasks".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | TaskCollection | None:
    if response.status_code == 200:
        response_200 = TaskCollection.from_dict(response.json())

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
) -> Response[ODataError | TaskCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | TaskCollection]:
    """Get the tasks of a task folder (also the initial sync request)

     Gets the tasks of the given task folder (`folder_id` may be the well-known name `Tasks`).

    **Initial sync request.** With `Prefer: odata.track-changes` this is the first request of a sync
    round
    for the folder: the response carries the `Preference-Applied: odata.track-changes` header
    (confirming the
    folder supports sync), the first page of tasks (`Prefer: odata.maxpagesize=<n>` sets its size) and
    always an `@odata.deltaLink` (never an `@odata.nextLink`), whose `$deltatoken` starts the next
    request
    (`syncTasksInFolder`); tasks not yet delivered come with the following sync pages.
    `$filter`, `$orderby`, `$search` and `$top` cannot be combined with `Prefer: odata.track-changes`
    (400 ErrorInvalidUrlQuery); use `$select` to keep sync responses small.

    Without `odata.track-changes` this is a normal paged list (`@odata.nextLink` with `$skip`).
    Date-related properties are in UTC unless `Prefer: outlook.timezone` names another zone.

    Args:
        folder_id (str):
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
        Response[ODataError | TaskCollection]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
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
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | TaskCollection | None:
    """Get the tasks of a task folder (also the initial sync request)

     Gets the tasks of the given task folder (`folder_id` may be the well-known name `Tasks`).

    **Initial sync request.** With `Prefer: odata.track-changes` this is the first request of a sync
    round
    for the folder: the response carries the `Preference-Applied: odata.track-changes` header
    (confirming the
    folder supports sync), the first page of tasks (`Prefer: odata.maxpagesize=<n>` sets its size) and
    always an `@odata.deltaLink` (never an `@odata.nextLink`), whose `$deltatoken` starts the next
    request
    (`syncTasksInFolder`); tasks not yet delivered come with the following sync pages.
    `$filter`, `$orderby`, `$search` and `$top` cannot be combined with `Prefer: odata.track-changes`
    (400 ErrorInvalidUrlQuery); use `$select` to keep sync responses small.

    Without `odata.track-changes` this is a normal paged list (`@odata.nextLink` with `$skip`).
    Date-related properties are in UTC unless `Prefer: outlook.timezone` names another zone.

    Args:
        folder_id (str):
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
        ODataError | TaskCollection
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        select=select,
        filter_=filter_,
        orderby=orderby,
        top=top,
        skip=skip,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | TaskCollection]:
    """Get the tasks of a task folder (also the initial sync request)

     Gets the tasks of the given task folder (`folder_id` may be the well-known name `Tasks`).

    **Initial sync request.** With `Prefer: odata.track-changes` this is the first request of a sync
    round
    for the folder: the response carries the `Preference-Applied: odata.track-changes` header
    (confirming the
    folder supports sync), the first page of tasks (`Prefer: odata.maxpagesize=<n>` sets its size) and
    always an `@odata.deltaLink` (never an `@odata.nextLink`), whose `$deltatoken` starts the next
    request
    (`syncTasksInFolder`); tasks not yet delivered come with the following sync pages.
    `$filter`, `$orderby`, `$search` and `$top` cannot be combined with `Prefer: odata.track-changes`
    (400 ErrorInvalidUrlQuery); use `$select` to keep sync responses small.

    Without `odata.track-changes` this is a normal paged list (`@odata.nextLink` with `$skip`).
    Date-related properties are in UTC unless `Prefer: outlook.timezone` names another zone.

    Args:
        folder_id (str):
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
        Response[ODataError | TaskCollection]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
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
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    orderby: str | Unset = UNSET,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | TaskCollection | None:
    """Get the tasks of a task folder (also the initial sync request)

     Gets the tasks of the given task folder (`folder_id` may be the well-known name `Tasks`).

    **Initial sync request.** With `Prefer: odata.track-changes` this is the first request of a sync
    round
    for the folder: the response carries the `Preference-Applied: odata.track-changes` header
    (confirming the
    folder supports sync), the first page of tasks (`Prefer: odata.maxpagesize=<n>` sets its size) and
    always an `@odata.deltaLink` (never an `@odata.nextLink`), whose `$deltatoken` starts the next
    request
    (`syncTasksInFolder`); tasks not yet delivered come with the following sync pages.
    `$filter`, `$orderby`, `$search` and `$top` cannot be combined with `Prefer: odata.track-changes`
    (400 ErrorInvalidUrlQuery); use `$select` to keep sync responses small.

    Without `odata.track-changes` this is a normal paged list (`@odata.nextLink` with `$skip`).
    Date-related properties are in UTC unless `Prefer: outlook.timezone` names another zone.

    Args:
        folder_id (str):
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
        ODataError | TaskCollection
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            select=select,
            filter_=filter_,
            orderby=orderby,
            top=top,
            skip=skip,
            prefer=prefer,
        )
    ).parsed
