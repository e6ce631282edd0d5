from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...models.new_event import NewEvent
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NewEvent,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/calendar/events",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Event | ODataError | None:
    if response.status_code == 201:
        response_201 = Event.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: NewEvent,
    prefer: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). Start and End are required on
    create (`DateTimeTimeZoneInput`: Windows or IANA zone; unknown zone:
    400 TimeZoneNotSupportedException); End before Start gives 400 ErrorInvalidRequest, as does an all-
    day event whose
    Start/End are not midnights at least a day apart. Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or
    attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.
    The response does not include extended properties. With attendees the event is a meeting: each
    attendee who
    is a user of the tenant gets a meeting request (a message of class `IPM.Schedule.Meeting.Request` in
    their
    Inbox) and a copy of the event in their default calendar (ShowAs Tentative, `IsOrganizer` false,
    same
    `iCalUId`); the organizer keeps the request in Sent Items; external attendees are recorded only. The
    meeting flows are the 2014 preview's (see `spec/outlook-preview-2014.yaml`): an event created here
    is the
    same event there.

    Args:
        prefer (str | Unset):
        body (NewEvent): An event to create: `Start` and `End` are required, everything else
            optional. Unknown properties give
            400 RequestBodyRead, read-only ones (`Id`, `ChangeKey`, `iCalUId`, `IsOrganizer`,
            `SeriesMasterId`, …)
            400 ErrorInvalidProperty. OData annotations (`@…` keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NewEvent,
    prefer: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). Start and End are required on
    create (`DateTimeTimeZoneInput`: Windows or IANA zone; unknown zone:
    400 TimeZoneNotSupportedException); End before Start gives 400 ErrorInvalidRequest, as does an all-
    day event whose
    Start/End are not midnights at least a day apart. Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or
    attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.
    The response does not include extended properties. With attendees the event is a meeting: each
    attendee who
    is a user of the tenant gets a meeting request (a message of class `IPM.Schedule.Meeting.Request` in
    their
    Inbox) and a copy of the event in their default calendar (ShowAs Tentative, `IsOrganizer` false,
    same
    `iCalUId`); the organizer keeps the request in Sent Items; external attendees are recorded only. The
    meeting flows are the 2014 preview's (see `spec/outlook-preview-2014.yaml`): an event created here
    is the
    same event there.

    Args:
        prefer (str | Unset):
        body (NewEvent): An event to create: `Start` and `End` are required, everything else
            optional. Unknown properties give
            400 RequestBodyRead, read-only ones (`Id`, `ChangeKey`, `iCalUId`, `IsOrganizer`,
            `SeriesMasterId`, …)
            400 ErrorInvalidProperty. OData annotations (`@…` keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | ODataError
    """

    return sync_detailed(
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewEvent,
    prefer: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). Start and End are required on
    create (`DateTimeTimeZoneInput`: Windows or IANA zone; unknown zone:
    400 TimeZoneNotSupportedException); End before Start gives 400 ErrorInvalidRequest, as does an all-
    day event whose
    Start/End are not midnights at least a day apart. Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or
    attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.
    The response does not include extended properties. With attendees the event is a meeting: each
    attendee who
    is a user of the tenant gets a meeting request (a message of class `IPM.Schedule.Meeting.Request` in
    their
    Inbox) and a copy of the event in their default calendar (ShowAs Tentative, `IsOrganizer` false,
    same
    `iCalUId`); the organizer keeps the request in Sent Items; external attendees are recorded only. The
    meeting flows are the 2014 preview's (see `spec/outlook-preview-2014.yaml`): an event created here
    is the
    same event there.

    Args:
        prefer (str | Unset):
        body (NewEvent): An event to create: `Start` and `End` are required, everything else
            optional. Unknown properties give
            400 RequestBodyRead, read-only ones (`Id`, `ChangeKey`, `iCalUId`, `IsOrganizer`,
            `SeriesMasterId`, …)
            400 ErrorInvalidProperty. OData annotations (`@…` keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewEvent,
    prefer: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). Start and End are required on
    create (`DateTimeTimeZoneInput`: Windows or IANA zone; unknown zone:
    400 TimeZoneNotSupportedException); End before Start gives 400 ErrorInvalidRequest, as does an all-
    day event whose
    Start/End are not midnights at least a day apart. Read-only properties give 400
    ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or
    attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.
    The response does not include extended properties. With attendees the event is a meeting: each
    attendee who
    is a user of the tenant gets a meeting request (a message of class `IPM.Schedule.Meeting.Request` in
    their
    Inbox) and a copy of the event in their default calendar (ShowAs Tentative, `IsOrganizer` false,
    same
    `iCalUId`); the organizer keeps the request in Sent Items; external attendees are recorded only. The
    meeting flows are the 2014 preview's (see `spec/outlook-preview-2014.yaml`): an event created here
    is the
    same event there.

    Args:
        prefer (str | Unset):
        body (NewEvent): An event to create: `Start` and `End` are required, everything else
            optional. Unknown properties give
            400 RequestBodyRead, read-only ones (`Id`, `ChangeKey`, `iCalUId`, `IsOrganizer`,
            `SeriesMasterId`, …)
            400 ErrorInvalidProperty. OData annotations (`@…` keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
