from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.task_delta_page import TaskDeltaPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    *,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["$deltatoken"] = deltatoken

    params["$skiptoken"] = skiptoken

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/taskfolders('{folder_id}')/tasks/".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | TaskDeltaPage | None:
    if response.status_code == 200:
        response_200 = TaskDeltaPage.from_dict(response.json())

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
) -> Response[ODataError | TaskDeltaPage]:
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
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | TaskDeltaPage]:
    """Sync the tasks of a task folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the tasks of one task folder (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTasksInFolder` with
    `Prefer: odata.track-changes`. To sync a whole folder hierarchy, sync each task folder.

    * `GET …/tasks/?$deltatoken={delta_token}`: the second request of a round, or the first request of a
    later
      round. Send `Prefer: odata.track-changes` with it.
    * `GET …/tasks/?$skiptoken={skip_token}`: third and later requests of a round (no `odata.track-
    changes` needed).

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink` (simplest: follow those absolute links as they are). The response lists the tasks
    created or changed since the token was issued (and those not yet delivered by the initial response),
    each in full (subject to `$select`), and deleted tasks as `DeletedEntity` entries
    (`"reason": "deleted"`). It carries `@odata.nextLink` (with a `$skiptoken`) while more changes
    remain in
    this round and `@odata.deltaLink` (with a new `$deltatoken`) on the last page: keep that token for
    the
    next round. `Prefer: odata.maxpagesize=<n>` limits the entries per page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token that this server did not issue for this folder (malformed,
    tampered with, or from another folder or user) gives 400 ErrorInvalidSyncStateData.
    `Preference-Applied: odata.track-changes` is only returned on the initial request.

    Args:
        folder_id (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskDeltaPage]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
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
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | TaskDeltaPage | None:
    """Sync the tasks of a task folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the tasks of one task folder (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTasksInFolder` with
    `Prefer: odata.track-changes`. To sync a whole folder hierarchy, sync each task folder.

    * `GET …/tasks/?$deltatoken={delta_token}`: the second request of a round, or the first request of a
    later
      round. Send `Prefer: odata.track-changes` with it.
    * `GET …/tasks/?$skiptoken={skip_token}`: third and later requests of a round (no `odata.track-
    changes` needed).

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink` (simplest: follow those absolute links as they are). The response lists the tasks
    created or changed since the token was issued (and those not yet delivered by the initial response),
    each in full (subject to `$select`), and deleted tasks as `DeletedEntity` entries
    (`"reason": "deleted"`). It carries `@odata.nextLink` (with a `$skiptoken`) while more changes
    remain in
    this round and `@odata.deltaLink` (with a new `$deltatoken`) on the last page: keep that token for
    the
    next round. `Prefer: odata.maxpagesize=<n>` limits the entries per page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token that this server did not issue for this folder (malformed,
    tampered with, or from another folder or user) gives 400 ErrorInvalidSyncStateData.
    `Preference-Applied: odata.track-changes` is only returned on the initial request.

    Args:
        folder_id (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskDeltaPage
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | TaskDeltaPage]:
    """Sync the tasks of a task folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the tasks of one task folder (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTasksInFolder` with
    `Prefer: odata.track-changes`. To sync a whole folder hierarchy, sync each task folder.

    * `GET …/tasks/?$deltatoken={delta_token}`: the second request of a round, or the first request of a
    later
      round. Send `Prefer: odata.track-changes` with it.
    * `GET …/tasks/?$skiptoken={skip_token}`: third and later requests of a round (no `odata.track-
    changes` needed).

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink` (simplest: follow those absolute links as they are). The response lists the tasks
    created or changed since the token was issued (and those not yet delivered by the initial response),
    each in full (subject to `$select`), and deleted tasks as `DeletedEntity` entries
    (`"reason": "deleted"`). It carries `@odata.nextLink` (with a `$skiptoken`) while more changes
    remain in
    this round and `@odata.deltaLink` (with a new `$deltatoken`) on the last page: keep that token for
    the
    next round. `Prefer: odata.maxpagesize=<n>` limits the entries per page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token that this server did not issue for this folder (malformed,
    tampered with, or from another folder or user) gives 400 ErrorInvalidSyncStateData.
    `Preference-Applied: odata.track-changes` is only returned on the initial request.

    Args:
        folder_id (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskDeltaPage]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | TaskDeltaPage | None:
    """Sync the tasks of a task folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the tasks of one task folder (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTasksInFolder` with
    `Prefer: odata.track-changes`. To sync a whole folder hierarchy, sync each task folder.

    * `GET …/tasks/?$deltatoken={delta_token}`: the second request of a round, or the first request of a
    later
      round. Send `Prefer: odata.track-changes` with it.
    * `GET …/tasks/?$skiptoken={skip_token}`: third and later requests of a round (no `odata.track-
    changes` needed).

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink` (simplest: follow those absolute links as they are). The response lists the tasks
    created or changed since the token was issued (and those not yet delivered by the initial response),
    each in full (subject to `$select`), and deleted tasks as `DeletedEntity` entries
    (`"reason": "deleted"`). It carries `@odata.nextLink` (with a `$skiptoken`) while more changes
    remain in
    this round and `@odata.deltaLink` (with a new `$deltatoken`) on the last page: keep that token for
    the
    next round. `Prefer: odata.maxpagesize=<n>` limits the entries per page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token that this server did not issue for this folder (malformed,
    tampered with, or from another folder or user) gives 400 ErrorInvalidSyncStateData.
    `Preference-Applied: odata.track-changes` is only returned on the initial request.

    Args:
        folder_id (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskDeltaPage
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            deltatoken=deltatoken,
            skiptoken=skiptoken,
            select=select,
            prefer=prefer,
        )
    ).parsed
