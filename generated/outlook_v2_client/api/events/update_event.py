from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...models.event_patch import EventPatch
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
    *,
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/events('{event_id}')".format(
            event_id=quote(str(event_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Event | ODataError | None:
    if response.status_code == 200:
        response_200 = Event.from_dict(response.json())

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
) -> Response[Event | ODataError]:
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
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Update an event

     Changes writable properties of the event; `ChangeKey` and `@odata.etag` change with every update.
    Extended
    properties are created or replaced as on `updateMessage` (the seed's
    `PATCH https://outlook.office.com/api/v2.0/me/events('{event_id}')`); the response does not include
    them.
    Start/End/IsAllDay are checked together with the stored values (End before Start, all-day not at
    midnight:
    400 ErrorInvalidRequest; unknown zone: 400 TimeZoneNotSupportedException), and so are
    Start/End/Recurrence:
    a recurring event whose one occurrence (End - Start, on the wall clock of the start zone) lasts
    longer than
    the shortest gap between two dates of its pattern (the occurrences would overlap; e.g. more than a
    day for
    a Daily pattern of Interval 1, more than 28 days for a monthly one) gives 400
    ErrorOccurrenceTimeSpanTooBig
    (as long as the gap is allowed: a daily all-day event). Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A refused request changes nothing. As a meeting's
    organizer, every change is sent to the attendees as an update (their copies follow; a new time asks
    them to
    answer again; added attendees are invited, removed ones get a cancellation). The update carries the
    meeting's attachments as they are then (those added by `createEventAttachment` or by `Attachments`
    in this
    body, which are added before it is sent; deleted ones leave the copies too); a change of nothing the
    attendees see (only Categories or a reminder) sends no update, unless the attachments changed since
    the last
    one (the reference: "if the user is the organizer, the server sends a meeting update to all
    attendees").
    The Id of an occurrence (from `getCalendarView` or `listEventInstances`) changes that occurrence
    only: it
    becomes an `Exception` of its series, kept under the same Id (a `Recurrence` on it: 400
    ErrorInvalidRequest);
    attendees get no update for one occurrence. A new Start may not take the occurrence to or past the
    day of
    an adjacent occurrence: it must start after the day of the previous occurrence and before the day of
    the
    next one (days on the wall clock of the series' start zone; an exception counts at its own Start,
    removed
    occurrences do not count), otherwise 400 ErrorOccurrenceCrossingBoundary and nothing changes
    (Exchange's
    code for an occurrence that "crosses or overlaps an adjacent occurrence"; decision: like Outlook,
    two
    occurrences of one series never share a day).

    Args:
        event_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (EventPatch): Changes to an event. Unknown properties give 400 RequestBodyRead, read-
            only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored. `Attachments` are added to the
            event's attachments
            as on create (decision, from a real v2.0 client: O365-Python uploads an event's new
            attachments in its
            PATCH and nowhere else); the attachments it already has stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        if_match=if_match,
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
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Update an event

     Changes writable properties of the event; `ChangeKey` and `@odata.etag` change with every update.
    Extended
    properties are created or replaced as on `updateMessage` (the seed's
    `PATCH https://outlook.office.com/api/v2.0/me/events('{event_id}')`); the response does not include
    them.
    Start/End/IsAllDay are checked together with the stored values (End before Start, all-day not at
    midnight:
    400 ErrorInvalidRequest; unknown zone: 400 TimeZoneNotSupportedException), and so are
    Start/End/Recurrence:
    a recurring event whose one occurrence (End - Start, on the wall clock of the start zone) lasts
    longer than
    the shortest gap between two dates of its pattern (the occurrences would overlap; e.g. more than a
    day for
    a Daily pattern of Interval 1, more than 28 days for a monthly one) gives 400
    ErrorOccurrenceTimeSpanTooBig
    (as long as the gap is allowed: a daily all-day event). Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A refused request changes nothing. As a meeting's
    organizer, every change is sent to the attendees as an update (their copies follow; a new time asks
    them to
    answer again; added attendees are invited, removed ones get a cancellation). The update carries the
    meeting's attachments as they are then (those added by `createEventAttachment` or by `Attachments`
    in this
    body, which are added before it is sent; deleted ones leave the copies too); a change of nothing the
    attendees see (only Categories or a reminder) sends no update, unless the attachments changed since
    the last
    one (the reference: "if the user is the organizer, the server sends a meeting update to all
    attendees").
    The Id of an occurrence (from `getCalendarView` or `listEventInstances`) changes that occurrence
    only: it
    becomes an `Exception` of its series, kept under the same Id (a `Recurrence` on it: 400
    ErrorInvalidRequest);
    attendees get no update for one occurrence. A new Start may not take the occurrence to or past the
    day of
    an adjacent occurrence: it must start after the day of the previous occurrence and before the day of
    the
    next one (days on the wall clock of the series' start zone; an exception counts at its own Start,
    removed
    occurrences do not count), otherwise 400 ErrorOccurrenceCrossingBoundary and nothing changes
    (Exchange's
    code for an occurrence that "crosses or overlaps an adjacent occurrence"; decision: like Outlook,
    two
    occurrences of one series never share a day).

    Args:
        event_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (EventPatch): Changes to an event. Unknown properties give 400 RequestBodyRead, read-
            only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored. `Attachments` are added to the
            event's attachments
            as on create (decision, from a real v2.0 client: O365-Python uploads an event's new
            attachments in its
            PATCH and nowhere else); the attachments it already has stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | ODataError
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        body=body,
        if_match=if_match,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Update an event

     Changes writable properties of the event; `ChangeKey` and `@odata.etag` change with every update.
    Extended
    properties are created or replaced as on `updateMessage` (the seed's
    `PATCH https://outlook.office.com/api/v2.0/me/events('{event_id}')`); the response does not include
    them.
    Start/End/IsAllDay are checked together with the stored values (End before Start, all-day not at
    midnight:
    400 ErrorInvalidRequest; unknown zone: 400 TimeZoneNotSupportedException), and so are
    Start/End/Recurrence:
    a recurring event whose one occurrence (End - Start, on the wall clock of the start zone) lasts
    longer than
    the shortest gap between two dates of its pattern (the occurrences would overlap; e.g. more than a
    day for
    a Daily pattern of Interval 1, more than 28 days for a monthly one) gives 400
    ErrorOccurrenceTimeSpanTooBig
    (as long as the gap is allowed: a daily all-day event). Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A refused request changes nothing. As a meeting's
    organizer, every change is sent to the attendees as an update (their copies follow; a new time asks
    them to
    answer again; added attendees are invited, removed ones get a cancellation). The update carries the
    meeting's attachments as they are then (those added by `createEventAttachment` or by `Attachments`
    in this
    body, which are added before it is sent; deleted ones leave the copies too); a change of nothing the
    attendees see (only Categories or a reminder) sends no update, unless the attachments changed since
    the last
    one (the reference: "if the user is the organizer, the server sends a meeting update to all
    attendees").
    The Id of an occurrence (from `getCalendarView` or `listEventInstances`) changes that occurrence
    only: it
    becomes an `Exception` of its series, kept under the same Id (a `Recurrence` on it: 400
    ErrorInvalidRequest);
    attendees get no update for one occurrence. A new Start may not take the occurrence to or past the
    day of
    an adjacent occurrence: it must start after the day of the previous occurrence and before the day of
    the
    next one (days on the wall clock of the series' start zone; an exception counts at its own Start,
    removed
    occurrences do not count), otherwise 400 ErrorOccurrenceCrossingBoundary and nothing changes
    (Exchange's
    code for an occurrence that "crosses or overlaps an adjacent occurrence"; decision: like Outlook,
    two
    occurrences of one series never share a day).

    Args:
        event_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (EventPatch): Changes to an event. Unknown properties give 400 RequestBodyRead, read-
            only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored. `Attachments` are added to the
            event's attachments
            as on create (decision, from a real v2.0 client: O365-Python uploads an event's new
            attachments in its
            PATCH and nowhere else); the attachments it already has stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        if_match=if_match,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Update an event

     Changes writable properties of the event; `ChangeKey` and `@odata.etag` change with every update.
    Extended
    properties are created or replaced as on `updateMessage` (the seed's
    `PATCH https://outlook.office.com/api/v2.0/me/events('{event_id}')`); the response does not include
    them.
    Start/End/IsAllDay are checked together with the stored values (End before Start, all-day not at
    midnight:
    400 ErrorInvalidRequest; unknown zone: 400 TimeZoneNotSupportedException), and so are
    Start/End/Recurrence:
    a recurring event whose one occurrence (End - Start, on the wall clock of the start zone) lasts
    longer than
    the shortest gap between two dates of its pattern (the occurrences would overlap; e.g. more than a
    day for
    a Daily pattern of Interval 1, more than 28 days for a monthly one) gives 400
    ErrorOccurrenceTimeSpanTooBig
    (as long as the gap is allowed: a daily all-day event). Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A refused request changes nothing. As a meeting's
    organizer, every change is sent to the attendees as an update (their copies follow; a new time asks
    them to
    answer again; added attendees are invited, removed ones get a cancellation). The update carries the
    meeting's attachments as they are then (those added by `createEventAttachment` or by `Attachments`
    in this
    body, which are added before it is sent; deleted ones leave the copies too); a change of nothing the
    attendees see (only Categories or a reminder) sends no update, unless the attachments changed since
    the last
    one (the reference: "if the user is the organizer, the server sends a meeting update to all
    attendees").
    The Id of an occurrence (from `getCalendarView` or `listEventInstances`) changes that occurrence
    only: it
    becomes an `Exception` of its series, kept under the same Id (a `Recurrence` on it: 400
    ErrorInvalidRequest);
    attendees get no update for one occurrence. A new Start may not take the occurrence to or past the
    day of
    an adjacent occurrence: it must start after the day of the previous occurrence and before the day of
    the
    next one (days on the wall clock of the series' start zone; an exception counts at its own Start,
    removed
    occurrences do not count), otherwise 400 ErrorOccurrenceCrossingBoundary and nothing changes
    (Exchange's
    code for an occurrence that "crosses or overlaps an adjacent occurrence"; decision: like Outlook,
    two
    occurrences of one series never share a day).

    Args:
        event_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (EventPatch): Changes to an event. Unknown properties give 400 RequestBodyRead, read-
            only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored. `Attachments` are added to the
            event's attachments
            as on create (decision, from a real v2.0 client: O365-Python uploads an event's new
            attachments in its
            PATCH and nowhere else); the attachments it already has stay.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | ODataError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            body=body,
            if_match=if_match,
            prefer=prefer,
        )
    ).parsed
