from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.task_folder_delta_page import TaskFolderDeltaPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/me/taskfolders/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | TaskFolderDeltaPage | None:
    if response.status_code == 200:
        response_200 = TaskFolderDeltaPage.from_dict(response.json())

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
) -> Response[ODataError | TaskFolderDeltaPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | TaskFolderDeltaPage]:
    """Sync the task folders of the mailbox ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the task folders of the mailbox (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTaskFolders` with
    `Prefer: odata.track-changes`.

    * `GET /me/taskfolders/?$deltatoken={delta_token}`: the second request of a round, or the first
    request of a
      later round. Send `Prefer: odata.track-changes` with it.
    * `GET /me/taskfolders/?$skiptoken={skip_token}`: third and later requests of a round.

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink`. The response lists task folders created or changed since the token was issued
    (and those
    not yet delivered), in full (subject to `$select`), and deleted folders as `DeletedEntity` entries.
    It carries
    `@odata.nextLink` (with a `$skiptoken`) while more changes remain and `@odata.deltaLink` (with a new
    `$deltatoken`) on the last page of the round. `Prefer: odata.maxpagesize=<n>` limits the entries per
    page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token this server did not issue for this collection gives
    400 ErrorInvalidSyncStateData.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskFolderDeltaPage]
    """

    kwargs = _get_kwargs(
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
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | TaskFolderDeltaPage | None:
    """Sync the task folders of the mailbox ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the task folders of the mailbox (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTaskFolders` with
    `Prefer: odata.track-changes`.

    * `GET /me/taskfolders/?$deltatoken={delta_token}`: the second request of a round, or the first
    request of a
      later round. Send `Prefer: odata.track-changes` with it.
    * `GET /me/taskfolders/?$skiptoken={skip_token}`: third and later requests of a round.

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink`. The response lists task folders created or changed since the token was issued
    (and those
    not yet delivered), in full (subject to `$select`), and deleted folders as `DeletedEntity` entries.
    It carries
    `@odata.nextLink` (with a `$skiptoken`) while more changes remain and `@odata.deltaLink` (with a new
    `$deltatoken`) on the last page of the round. `Prefer: odata.maxpagesize=<n>` limits the entries per
    page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token this server did not issue for this collection gives
    400 ErrorInvalidSyncStateData.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskFolderDeltaPage
    """

    return sync_detailed(
        client=client,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | TaskFolderDeltaPage]:
    """Sync the task folders of the mailbox ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the task folders of the mailbox (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTaskFolders` with
    `Prefer: odata.track-changes`.

    * `GET /me/taskfolders/?$deltatoken={delta_token}`: the second request of a round, or the first
    request of a
      later round. Send `Prefer: odata.track-changes` with it.
    * `GET /me/taskfolders/?$skiptoken={skip_token}`: third and later requests of a round.

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink`. The response lists task folders created or changed since the token was issued
    (and those
    not yet delivered), in full (subject to `$select`), and deleted folders as `DeletedEntity` entries.
    It carries
    `@odata.nextLink` (with a `$skiptoken`) while more changes remain and `@odata.deltaLink` (with a new
    `$deltatoken`) on the last page of the round. `Prefer: odata.maxpagesize=<n>` limits the entries per
    page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token this server did not issue for this collection gives
    400 ErrorInvalidSyncStateData.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskFolderDeltaPage]
    """

    kwargs = _get_kwargs(
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | TaskFolderDeltaPage | None:
    """Sync the task folders of the mailbox ($deltatoken / $skiptoken request)

     Second and later requests of a sync round for the task folders of the mailbox (the trailing slash is
    part
    of the URL, as in Microsoft's page). The first request of a round is `listTaskFolders` with
    `Prefer: odata.track-changes`.

    * `GET /me/taskfolders/?$deltatoken={delta_token}`: the second request of a round, or the first
    request of a
      later round. Send `Prefer: odata.track-changes` with it.
    * `GET /me/taskfolders/?$skiptoken={skip_token}`: third and later requests of a round.

    Send one of the two tokens, exactly as found in the previous response's `@odata.deltaLink` /
    `@odata.nextLink`. The response lists task folders created or changed since the token was issued
    (and those
    not yet delivered), in full (subject to `$select`), and deleted folders as `DeletedEntity` entries.
    It carries
    `@odata.nextLink` (with a `$skiptoken`) while more changes remain and `@odata.deltaLink` (with a new
    `$deltatoken`) on the last page of the round. `Prefer: odata.maxpagesize=<n>` limits the entries per
    page.

    Only `$deltatoken`, `$skiptoken` and `$select` are accepted: `$filter`, `$orderby`, `$search` or
    `$top`
    give 400 ErrorInvalidUrlQuery. A token this server did not issue for this collection gives
    400 ErrorInvalidSyncStateData.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskFolderDeltaPage
    """

    return (
        await asyncio_detailed(
            client=client,
            deltatoken=deltatoken,
            skiptoken=skiptoken,
            select=select,
            prefer=prefer,
        )
    ).parsed
