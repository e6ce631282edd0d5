from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_response import MeetingResponse
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
    *,
    body: MeetingResponse | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/events('{event_id}')/accept".format(
            event_id=quote(str(event_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ODataError | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
) -> Response[Any | ODataError]:
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
    body: MeetingResponse | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | ODataError]:
    """Accept a meeting

     Answers a meeting the user was invited to (their copy of it, the event a meeting request's `EventId`
    names), through the same meeting machinery as the 2014 preview's `Accept`/`Tentative`/`Decline`:
    the copy's `ResponseStatus` becomes the answer (ShowAs Busy, Tentative for tentativelyaccept); with
    `SendResponse` true (the default; the reference's example sends the string `"true"`, which is
    accepted,
    as is `"false"`) a response message (`EventMessage`, `MeetingMessageType` MeetingAccepted,
    MeetingTenativelyAccepted or MeetingDeclined, `Comment` as its body, subject `Accepted: …`) goes to
    the
    organizer's Inbox, a copy stays in Sent Items, and the organizer's event shows the attendee's
    `Status`.
    With `SendResponse` false nothing is sent or kept and the organizer's event shows no answer. An
    organizer who asked for no responses (`ResponseRequested` false) gets none. A declined meeting
    leaves the
    attendee's calendar (it is filed in Deleted Items), as the real service did.

    On one occurrence of a series (an id from `getCalendarView`/`listEventInstances`), only that
    occurrence
    is answered: it becomes an `Exception` of the attendee's series carrying the answer (declined: that
    date
    leaves their calendar); the organizer gets the response message, and their series keeps the
    attendee's
    answer to the whole series (decision: the reference is silent on answers to one occurrence).

    The organizer cannot answer their own meeting (400 ErrorCalendarIsOrganizerForAccept, …ForDecline,
    …ForTentative), nor can anyone answer a cancelled one (400 ErrorCalendarIsCancelledFor…). 202
    Accepted,
    no body.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of `accept`, `tentativelyaccept` and `decline`
            (the CSDL's action parameters): an optional
            `Comment` (the response message's body) and `SendResponse` (default true; a boolean, or
            the strings
            `"true"`/`"false"` as the reference's own example sends it). Unknown properties give 400
            RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
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
    client: AuthenticatedClient | Client,
    body: MeetingResponse | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | ODataError | None:
    """Accept a meeting

     Answers a meeting the user was invited to (their copy of it, the event a meeting request's `EventId`
    names), through the same meeting machinery as the 2014 preview's `Accept`/`Tentative`/`Decline`:
    the copy's `ResponseStatus` becomes the answer (ShowAs Busy, Tentative for tentativelyaccept); with
    `SendResponse` true (the default; the reference's example sends the string `"true"`, which is
    accepted,
    as is `"false"`) a response message (`EventMessage`, `MeetingMessageType` MeetingAccepted,
    MeetingTenativelyAccepted or MeetingDeclined, `Comment` as its body, subject `Accepted: …`) goes to
    the
    organizer's Inbox, a copy stays in Sent Items, and the organizer's event shows the attendee's
    `Status`.
    With `SendResponse` false nothing is sent or kept and the organizer's event shows no answer. An
    organizer who asked for no responses (`ResponseRequested` false) gets none. A declined meeting
    leaves the
    attendee's calendar (it is filed in Deleted Items), as the real service did.

    On one occurrence of a series (an id from `getCalendarView`/`listEventInstances`), only that
    occurrence
    is answered: it becomes an `Exception` of the attendee's series carrying the answer (declined: that
    date
    leaves their calendar); the organizer gets the response message, and their series keeps the
    attendee's
    answer to the whole series (decision: the reference is silent on answers to one occurrence).

    The organizer cannot answer their own meeting (400 ErrorCalendarIsOrganizerForAccept, …ForDecline,
    …ForTentative), nor can anyone answer a cancelled one (400 ErrorCalendarIsCancelledFor…). 202
    Accepted,
    no body.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of `accept`, `tentativelyaccept` and `decline`
            (the CSDL's action parameters): an optional
            `Comment` (the response message's body) and `SendResponse` (default true; a boolean, or
            the strings
            `"true"`/`"false"` as the reference's own example sends it). Unknown properties give 400
            RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ODataError
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
    client: AuthenticatedClient | Client,
    body: MeetingResponse | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | ODataError]:
    """Accept a meeting

     Answers a meeting the user was invited to (their copy of it, the event a meeting request's `EventId`
    names), through the same meeting machinery as the 2014 preview's `Accept`/`Tentative`/`Decline`:
    the copy's `ResponseStatus` becomes the answer (ShowAs Busy, Tentative for tentativelyaccept); with
    `SendResponse` true (the default; the reference's example sends the string `"true"`, which is
    accepted,
    as is `"false"`) a response message (`EventMessage`, `MeetingMessageType` MeetingAccepted,
    MeetingTenativelyAccepted or MeetingDeclined, `Comment` as its body, subject `Accepted: …`) goes to
    the
    organizer's Inbox, a copy stays in Sent Items, and the organizer's event shows the attendee's
    `Status`.
    With `SendResponse` false nothing is sent or kept and the organizer's event shows no answer. An
    organizer who asked for no responses (`ResponseRequested` false) gets none. A declined meeting
    leaves the
    attendee's calendar (it is filed in Deleted Items), as the real service did.

    On one occurrence of a series (an id from `getCalendarView`/`listEventInstances`), only that
    occurrence
    is answered: it becomes an `Exception` of the attendee's series carrying the answer (declined: that
    date
    leaves their calendar); the organizer gets the response message, and their series keeps the
    attendee's
    answer to the whole series (decision: the reference is silent on answers to one occurrence).

    The organizer cannot answer their own meeting (400 ErrorCalendarIsOrganizerForAccept, …ForDecline,
    …ForTentative), nor can anyone answer a cancelled one (400 ErrorCalendarIsCancelledFor…). 202
    Accepted,
    no body.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of `accept`, `tentativelyaccept` and `decline`
            (the CSDL's action parameters): an optional
            `Comment` (the response message's body) and `SendResponse` (default true; a boolean, or
            the strings
            `"true"`/`"false"` as the reference's own example sends it). Unknown properties give 400
            RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
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
    client: AuthenticatedClient | Client,
    body: MeetingResponse | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | ODataError | None:
    """Accept a meeting

     Answers a meeting the user was invited to (their copy of it, the event a meeting request's `EventId`
    names), through the same meeting machinery as the 2014 preview's `Accept`/`Tentative`/`Decline`:
    the copy's `ResponseStatus` becomes the answer (ShowAs Busy, Tentative for tentativelyaccept); with
    `SendResponse` true (the default; the reference's example sends the string `"true"`, which is
    accepted,
    as is `"false"`) a response message (`EventMessage`, `MeetingMessageType` MeetingAccepted,
    MeetingTenativelyAccepted or MeetingDeclined, `Comment` as its body, subject `Accepted: …`) goes to
    the
    organizer's Inbox, a copy stays in Sent Items, and the organizer's event shows the attendee's
    `Status`.
    With `SendResponse` false nothing is sent or kept and the organizer's event shows no answer. An
    organizer who asked for no responses (`ResponseRequested` false) gets none. A declined meeting
    leaves the
    attendee's calendar (it is filed in Deleted Items), as the real service did.

    On one occurrence of a series (an id from `getCalendarView`/`listEventInstances`), only that
    occurrence
    is answered: it becomes an `Exception` of the attendee's series carrying the answer (declined: that
    date
    leaves their calendar); the organizer gets the response message, and their series keeps the
    attendee's
    answer to the whole series (decision: the reference is silent on answers to one occurrence).

    The organizer cannot answer their own meeting (400 ErrorCalendarIsOrganizerForAccept, …ForDecline,
    …ForTentative), nor can anyone answer a cancelled one (400 ErrorCalendarIsCancelledFor…). 202
    Accepted,
    no body.

    Args:
        event_id (str):
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of `accept`, `tentativelyaccept` and `decline`
            (the CSDL's action parameters): an optional
            `Comment` (the response message's body) and `SendResponse` (default true; a boolean, or
            the strings
            `"true"`/`"false"` as the reference's own example sends it). Unknown properties give 400
            RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ODataError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
