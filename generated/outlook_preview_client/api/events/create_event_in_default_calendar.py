from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...models.new_event import NewEvent
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    *,
    body: NewEvent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Me/Calendar/Events",
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
    client: AuthenticatedClient,
    body: NewEvent,
) -> Response[Event | ODataError]:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). The body must carry `@odata.type`
    `#Microsoft.Exchange.Services.OData.Model.Event` (missing or another type: 400 RequestBodyRead); all
    other
    parameters of the page's table 2 are optional. Missing Start: the next full half hour (UTC); missing
    End:
    Start + 30 minutes. End before Start, or an all-day event whose Start/End are not midnights (UTC) at
    least
    a day apart: 400 ErrorInvalidRequest; an invalid recurrence: 400 ErrorCalendarInvalidRecurrence. Any
    other
    known property (read-only) gives 400 ErrorInvalidProperty, an unknown one 400 RequestBodyRead. With
    attendees, meeting requests are sent to them. 201 with the new event. Needs `Calendar.Write`.

    Args:
        body (NewEvent): An event to create (the page's table 2): `@odata.type` is required, every
            other parameter optional.
            Missing or another `@odata.type`: 400 RequestBodyRead. Missing Start: the next full half
            hour (UTC);
            missing End: Start + 30 minutes. End before Start, or an all-day event not from midnight
            to midnight (UTC,
            at least a day): 400 ErrorInvalidRequest. Read-only properties give 400
            ErrorInvalidProperty, unknown ones
            400 RequestBodyRead. Other OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NewEvent,
) -> Event | ODataError | None:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). The body must carry `@odata.type`
    `#Microsoft.Exchange.Services.OData.Model.Event` (missing or another type: 400 RequestBodyRead); all
    other
    parameters of the page's table 2 are optional. Missing Start: the next full half hour (UTC); missing
    End:
    Start + 30 minutes. End before Start, or an all-day event whose Start/End are not midnights (UTC) at
    least
    a day apart: 400 ErrorInvalidRequest; an invalid recurrence: 400 ErrorCalendarInvalidRecurrence. Any
    other
    known property (read-only) gives 400 ErrorInvalidProperty, an unknown one 400 RequestBodyRead. With
    attendees, meeting requests are sent to them. 201 with the new event. Needs `Calendar.Write`.

    Args:
        body (NewEvent): An event to create (the page's table 2): `@odata.type` is required, every
            other parameter optional.
            Missing or another `@odata.type`: 400 RequestBodyRead. Missing Start: the next full half
            hour (UTC);
            missing End: Start + 30 minutes. End before Start, or an all-day event not from midnight
            to midnight (UTC,
            at least a day): 400 ErrorInvalidRequest. Read-only properties give 400
            ErrorInvalidProperty, unknown ones
            400 RequestBodyRead. Other OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | ODataError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewEvent,
) -> Response[Event | ODataError]:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). The body must carry `@odata.type`
    `#Microsoft.Exchange.Services.OData.Model.Event` (missing or another type: 400 RequestBodyRead); all
    other
    parameters of the page's table 2 are optional. Missing Start: the next full half hour (UTC); missing
    End:
    Start + 30 minutes. End before Start, or an all-day event whose Start/End are not midnights (UTC) at
    least
    a day apart: 400 ErrorInvalidRequest; an invalid recurrence: 400 ErrorCalendarInvalidRecurrence. Any
    other
    known property (read-only) gives 400 ErrorInvalidProperty, an unknown one 400 RequestBodyRead. With
    attendees, meeting requests are sent to them. 201 with the new event. Needs `Calendar.Write`.

    Args:
        body (NewEvent): An event to create (the page's table 2): `@odata.type` is required, every
            other parameter optional.
            Missing or another `@odata.type`: 400 RequestBodyRead. Missing Start: the next full half
            hour (UTC);
            missing End: Start + 30 minutes. End before Start, or an all-day event not from midnight
            to midnight (UTC,
            at least a day): 400 ErrorInvalidRequest. Read-only properties give 400
            ErrorInvalidProperty, unknown ones
            400 RequestBodyRead. Other OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewEvent,
) -> Event | ODataError | None:
    """Create an event in the default calendar

     Creates an event in the default calendar (same as `createEvent`). The body must carry `@odata.type`
    `#Microsoft.Exchange.Services.OData.Model.Event` (missing or another type: 400 RequestBodyRead); all
    other
    parameters of the page's table 2 are optional. Missing Start: the next full half hour (UTC); missing
    End:
    Start + 30 minutes. End before Start, or an all-day event whose Start/End are not midnights (UTC) at
    least
    a day apart: 400 ErrorInvalidRequest; an invalid recurrence: 400 ErrorCalendarInvalidRecurrence. Any
    other
    known property (read-only) gives 400 ErrorInvalidProperty, an unknown one 400 RequestBodyRead. With
    attendees, meeting requests are sent to them. 201 with the new event. Needs `Calendar.Write`.

    Args:
        body (NewEvent): An event to create (the page's table 2): `@odata.type` is required, every
            other parameter optional.
            Missing or another `@odata.type`: 400 RequestBodyRead. Missing Start: the next full half
            hour (UTC);
            missing End: Start + 30 minutes. End before Start, or an all-day event not from midnight
            to midnight (UTC,
            at least a day): 400 ErrorInvalidRequest. Read-only properties give 400
            ErrorInvalidProperty, unknown ones
            400 RequestBodyRead. Other OData annotations (`@…` keys) are accepted and ignored.

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
        )
    ).parsed
