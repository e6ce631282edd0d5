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
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/Me/Events('{event_id}')".format(
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
    client: AuthenticatedClient,
    body: EventPatch,
    if_match: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Update an event

     Updates the event: PATCH the event's URL with a JSON object of the properties to update
    (`PATCH https://outlook.office365.com/ews/odata/Me/Events(<event_id>)`). Only the properties in the
    payload change. The body holds at least one of the optional create parameters (an empty object:
    400 ErrorInvalidRequest); other known properties give 400 ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. The create rules apply to the result (End before Start, all-day not midnight to
    midnight: 400 ErrorInvalidRequest; invalid recurrence: 400 ErrorCalendarInvalidRecurrence; an
    occurrence
    longer than the shortest gap between two dates of the pattern: 400 ErrorOccurrenceTimeSpanTooBig).
    `ChangeKey`
    changes. If the event has attendees and the user is the organizer, the server sends a meeting update
    to
    every attendee (added attendees are invited, removed ones get a cancellation); the update carries
    the
    meeting's attachments as they are then (decision, as in v2.0: adding, changing or deleting an
    attachment
    sends nothing by itself; the next update, even of nothing else the attendees see, brings the copies
    the
    attachments as the organizer's event has them). The successful response (200) is the updated event.
    Needs
    `Calendar.Write`.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (EventPatch): Changes to an event: at least one of the optional create parameters (an
            empty object:
            400 ErrorInvalidRequest; OData annotations, which are accepted and ignored, do not count).
            Only what is in
            the payload changes. Read-only properties give 400 ErrorInvalidProperty, unknown ones 400
            RequestBodyRead.

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
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: str,
    *,
    client: AuthenticatedClient,
    body: EventPatch,
    if_match: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Update an event

     Updates the event: PATCH the event's URL with a JSON object of the properties to update
    (`PATCH https://outlook.office365.com/ews/odata/Me/Events(<event_id>)`). Only the properties in the
    payload change. The body holds at least one of the optional create parameters (an empty object:
    400 ErrorInvalidRequest); other known properties give 400 ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. The create rules apply to the result (End before Start, all-day not midnight to
    midnight: 400 ErrorInvalidRequest; invalid recurrence: 400 ErrorCalendarInvalidRecurrence; an
    occurrence
    longer than the shortest gap between two dates of the pattern: 400 ErrorOccurrenceTimeSpanTooBig).
    `ChangeKey`
    changes. If the event has attendees and the user is the organizer, the server sends a meeting update
    to
    every attendee (added attendees are invited, removed ones get a cancellation); the update carries
    the
    meeting's attachments as they are then (decision, as in v2.0: adding, changing or deleting an
    attachment
    sends nothing by itself; the next update, even of nothing else the attendees see, brings the copies
    the
    attachments as the organizer's event has them). The successful response (200) is the updated event.
    Needs
    `Calendar.Write`.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (EventPatch): Changes to an event: at least one of the optional create parameters (an
            empty object:
            400 ErrorInvalidRequest; OData annotations, which are accepted and ignored, do not count).
            Only what is in
            the payload changes. Read-only properties give 400 ErrorInvalidProperty, unknown ones 400
            RequestBodyRead.

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
    ).parsed


async def asyncio_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient,
    body: EventPatch,
    if_match: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Update an event

     Updates the event: PATCH the event's URL with a JSON object of the properties to update
    (`PATCH https://outlook.office365.com/ews/odata/Me/Events(<event_id>)`). Only the properties in the
    payload change. The body holds at least one of the optional create parameters (an empty object:
    400 ErrorInvalidRequest); other known properties give 400 ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. The create rules apply to the result (End before Start, all-day not midnight to
    midnight: 400 ErrorInvalidRequest; invalid recurrence: 400 ErrorCalendarInvalidRecurrence; an
    occurrence
    longer than the shortest gap between two dates of the pattern: 400 ErrorOccurrenceTimeSpanTooBig).
    `ChangeKey`
    changes. If the event has attendees and the user is the organizer, the server sends a meeting update
    to
    every attendee (added attendees are invited, removed ones get a cancellation); the update carries
    the
    meeting's attachments as they are then (decision, as in v2.0: adding, changing or deleting an
    attachment
    sends nothing by itself; the next update, even of nothing else the attendees see, brings the copies
    the
    attachments as the organizer's event has them). The successful response (200) is the updated event.
    Needs
    `Calendar.Write`.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (EventPatch): Changes to an event: at least one of the optional create parameters (an
            empty object:
            400 ErrorInvalidRequest; OData annotations, which are accepted and ignored, do not count).
            Only what is in
            the payload changes. Read-only properties give 400 ErrorInvalidProperty, unknown ones 400
            RequestBodyRead.

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
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    *,
    client: AuthenticatedClient,
    body: EventPatch,
    if_match: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Update an event

     Updates the event: PATCH the event's URL with a JSON object of the properties to update
    (`PATCH https://outlook.office365.com/ews/odata/Me/Events(<event_id>)`). Only the properties in the
    payload change. The body holds at least one of the optional create parameters (an empty object:
    400 ErrorInvalidRequest); other known properties give 400 ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. The create rules apply to the result (End before Start, all-day not midnight to
    midnight: 400 ErrorInvalidRequest; invalid recurrence: 400 ErrorCalendarInvalidRecurrence; an
    occurrence
    longer than the shortest gap between two dates of the pattern: 400 ErrorOccurrenceTimeSpanTooBig).
    `ChangeKey`
    changes. If the event has attendees and the user is the organizer, the server sends a meeting update
    to
    every attendee (added attendees are invited, removed ones get a cancellation); the update carries
    the
    meeting's attachments as they are then (decision, as in v2.0: adding, changing or deleting an
    attachment
    sends nothing by itself; the next update, even of nothing else the attendees see, brings the copies
    the
    attachments as the organizer's event has them). The successful response (200) is the updated event.
    Needs
    `Calendar.Write`.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (EventPatch): Changes to an event: at least one of the optional create parameters (an
            empty object:
            400 ErrorInvalidRequest; OData annotations, which are accepted and ignored, do not count).
            Only what is in
            the payload changes. Read-only properties give 400 ErrorInvalidProperty, unknown ones 400
            RequestBodyRead.

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
        )
    ).parsed
