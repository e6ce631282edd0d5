from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...models.new_event import NewEvent
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    calendar_id: str,
    *,
    body: NewEvent,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Me/Calendars('{calendar_id}')/Events".format(
            calendar_id=quote(str(calendar_id), safe=""),
        ),
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
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: NewEvent,
) -> Response[Event | ODataError]:
    """Create an event in a calendar

     Creates an event in the given calendar: POST the JSON representation of an Event entity to the
    `Events`
    property of the Calendar entity
    (`POST https://outlook.office365.com/ews/odata/Me/Calendars(<calendar_id>)/Events`). Body rules and
    defaults as for `createEvent`. Unknown calendar: 404 ErrorFolderNotFound. 201 with the new event.
    Needs
    `Calendar.Write`.

    Args:
        calendar_id (str):
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
        calendar_id=calendar_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: NewEvent,
) -> Event | ODataError | None:
    """Create an event in a calendar

     Creates an event in the given calendar: POST the JSON representation of an Event entity to the
    `Events`
    property of the Calendar entity
    (`POST https://outlook.office365.com/ews/odata/Me/Calendars(<calendar_id>)/Events`). Body rules and
    defaults as for `createEvent`. Unknown calendar: 404 ErrorFolderNotFound. 201 with the new event.
    Needs
    `Calendar.Write`.

    Args:
        calendar_id (str):
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
        calendar_id=calendar_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: NewEvent,
) -> Response[Event | ODataError]:
    """Create an event in a calendar

     Creates an event in the given calendar: POST the JSON representation of an Event entity to the
    `Events`
    property of the Calendar entity
    (`POST https://outlook.office365.com/ews/odata/Me/Calendars(<calendar_id>)/Events`). Body rules and
    defaults as for `createEvent`. Unknown calendar: 404 ErrorFolderNotFound. 201 with the new event.
    Needs
    `Calendar.Write`.

    Args:
        calendar_id (str):
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
        calendar_id=calendar_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: NewEvent,
) -> Event | ODataError | None:
    """Create an event in a calendar

     Creates an event in the given calendar: POST the JSON representation of an Event entity to the
    `Events`
    property of the Calendar entity
    (`POST https://outlook.office365.com/ews/odata/Me/Calendars(<calendar_id>)/Events`). Body rules and
    defaults as for `createEvent`. Unknown calendar: 404 ErrorFolderNotFound. 201 with the new event.
    Needs
    `Calendar.Write`.

    Args:
        calendar_id (str):
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
            calendar_id=calendar_id,
            client=client,
            body=body,
        )
    ).parsed
