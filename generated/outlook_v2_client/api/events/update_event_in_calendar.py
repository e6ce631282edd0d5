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
    calendar_id: str,
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
        "url": "/me/calendars('{calendar_id}')/events('{event_id}')".format(
            calendar_id=quote(str(calendar_id), safe=""),
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
    calendar_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Update an event of a calendar

     As `updateEvent`, through the event's calendar (another calendar's event is a 404).

    Args:
        calendar_id (str):
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
        calendar_id=calendar_id,
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
    calendar_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Update an event of a calendar

     As `updateEvent`, through the event's calendar (another calendar's event is a 404).

    Args:
        calendar_id (str):
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
        calendar_id=calendar_id,
        event_id=event_id,
        client=client,
        body=body,
        if_match=if_match,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    calendar_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[Event | ODataError]:
    """Update an event of a calendar

     As `updateEvent`, through the event's calendar (another calendar's event is a 404).

    Args:
        calendar_id (str):
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
        calendar_id=calendar_id,
        event_id=event_id,
        body=body,
        if_match=if_match,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EventPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Event | ODataError | None:
    """Update an event of a calendar

     As `updateEvent`, through the event's calendar (another calendar's event is a 404).

    Args:
        calendar_id (str):
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
            calendar_id=calendar_id,
            event_id=event_id,
            client=client,
            body=body,
            if_match=if_match,
            prefer=prefer,
        )
    ).parsed
