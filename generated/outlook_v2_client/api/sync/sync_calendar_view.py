from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_view_delta_page import CalendarViewDeltaPage
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date_time: str,
    end_date_time: str,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["startDateTime"] = start_date_time

    params["endDateTime"] = end_date_time

    params["$deltatoken"] = deltatoken

    params["$skiptoken"] = skiptoken

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/calendarview/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarViewDeltaPage | ODataError | None:
    if response.status_code == 200:
        response_200 = CalendarViewDeltaPage.from_dict(response.json())

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
) -> Response[CalendarViewDeltaPage | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date_time: str,
    end_date_time: str,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[CalendarViewDeltaPage | ODataError]:
    """Sync the calendar view of the default calendar ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `getCalendarView` with `Prefer: odata.track-changes`. Follow the
    previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.

    Calendar view: the window (startDateTime, endDateTime, required as in `getCalendarView`) must be the
    round's (the links carry it); a token used with another window is 400 ErrorInvalidSyncStateData. A
    changed
    single event that no longer overlaps the window is reported deleted (`CalendarView('<id>')`); the
    server
    keeps no per-client state, so a changed event outside the window that the client never had may also
    come as
    deleted: a client deletes what it has. A deleted series master means: delete its occurrences and
    exceptions
    (the reference); a changed series comes whole again (master, exceptions, abbreviated occurrences)
    with
    the dates deleted from it as deleted occurrences. `$select` and the other query options are 400
    ErrorInvalidUrlQuery. A page reads the calendar's changes since its token (O(page) plus the changes
    outside
    the window it passes over). The reference's second request: `GET https://outlook.office.com/api/v2.0
    /me/calendarview?startdatetime=2015-01-01T00:00:00Z&enddatetime=2015-04-10T00:00:00Z&$deltatoken=…`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=1`.

    Args:
        start_date_time (str):
        end_date_time (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarViewDeltaPage | ODataError]
    """

    kwargs = _get_kwargs(
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date_time: str,
    end_date_time: str,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> CalendarViewDeltaPage | ODataError | None:
    """Sync the calendar view of the default calendar ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `getCalendarView` with `Prefer: odata.track-changes`. Follow the
    previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.

    Calendar view: the window (startDateTime, endDateTime, required as in `getCalendarView`) must be the
    round's (the links carry it); a token used with another window is 400 ErrorInvalidSyncStateData. A
    changed
    single event that no longer overlaps the window is reported deleted (`CalendarView('<id>')`); the
    server
    keeps no per-client state, so a changed event outside the window that the client never had may also
    come as
    deleted: a client deletes what it has. A deleted series master means: delete its occurrences and
    exceptions
    (the reference); a changed series comes whole again (master, exceptions, abbreviated occurrences)
    with
    the dates deleted from it as deleted occurrences. `$select` and the other query options are 400
    ErrorInvalidUrlQuery. A page reads the calendar's changes since its token (O(page) plus the changes
    outside
    the window it passes over). The reference's second request: `GET https://outlook.office.com/api/v2.0
    /me/calendarview?startdatetime=2015-01-01T00:00:00Z&enddatetime=2015-04-10T00:00:00Z&$deltatoken=…`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=1`.

    Args:
        start_date_time (str):
        end_date_time (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarViewDeltaPage | ODataError
    """

    return sync_detailed(
        client=client,
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date_time: str,
    end_date_time: str,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[CalendarViewDeltaPage | ODataError]:
    """Sync the calendar view of the default calendar ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `getCalendarView` with `Prefer: odata.track-changes`. Follow the
    previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.

    Calendar view: the window (startDateTime, endDateTime, required as in `getCalendarView`) must be the
    round's (the links carry it); a token used with another window is 400 ErrorInvalidSyncStateData. A
    changed
    single event that no longer overlaps the window is reported deleted (`CalendarView('<id>')`); the
    server
    keeps no per-client state, so a changed event outside the window that the client never had may also
    come as
    deleted: a client deletes what it has. A deleted series master means: delete its occurrences and
    exceptions
    (the reference); a changed series comes whole again (master, exceptions, abbreviated occurrences)
    with
    the dates deleted from it as deleted occurrences. `$select` and the other query options are 400
    ErrorInvalidUrlQuery. A page reads the calendar's changes since its token (O(page) plus the changes
    outside
    the window it passes over). The reference's second request: `GET https://outlook.office.com/api/v2.0
    /me/calendarview?startdatetime=2015-01-01T00:00:00Z&enddatetime=2015-04-10T00:00:00Z&$deltatoken=…`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=1`.

    Args:
        start_date_time (str):
        end_date_time (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarViewDeltaPage | ODataError]
    """

    kwargs = _get_kwargs(
        start_date_time=start_date_time,
        end_date_time=end_date_time,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date_time: str,
    end_date_time: str,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> CalendarViewDeltaPage | ODataError | None:
    """Sync the calendar view of the default calendar ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `getCalendarView` with `Prefer: odata.track-changes`. Follow the
    previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.

    Calendar view: the window (startDateTime, endDateTime, required as in `getCalendarView`) must be the
    round's (the links carry it); a token used with another window is 400 ErrorInvalidSyncStateData. A
    changed
    single event that no longer overlaps the window is reported deleted (`CalendarView('<id>')`); the
    server
    keeps no per-client state, so a changed event outside the window that the client never had may also
    come as
    deleted: a client deletes what it has. A deleted series master means: delete its occurrences and
    exceptions
    (the reference); a changed series comes whole again (master, exceptions, abbreviated occurrences)
    with
    the dates deleted from it as deleted occurrences. `$select` and the other query options are 400
    ErrorInvalidUrlQuery. A page reads the calendar's changes since its token (O(page) plus the changes
    outside
    the window it passes over). The reference's second request: `GET https://outlook.office.com/api/v2.0
    /me/calendarview?startdatetime=2015-01-01T00:00:00Z&enddatetime=2015-04-10T00:00:00Z&$deltatoken=…`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=1`.

    Args:
        start_date_time (str):
        end_date_time (str):
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarViewDeltaPage | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date_time=start_date_time,
            end_date_time=end_date_time,
            deltatoken=deltatoken,
            skiptoken=skiptoken,
            prefer=prefer,
        )
    ).parsed
