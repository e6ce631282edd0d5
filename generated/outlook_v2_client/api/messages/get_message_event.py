from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event import Event
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/messages('{message_id}')/Microsoft.OutlookServices.EventMessage/Event".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

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
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Event | ODataError]:
    """Get the event of a meeting message

     The `Event` navigation property of an EventMessage: the event the meeting message is about, in this
    mailbox's calendar (for an attendee their copy of the meeting, for the organizer the meeting
    itself).
    404 ErrorItemNotFound for a message that is no meeting message or whose event has left the calendar
    (a
    declined or deleted meeting). The same event comes with `getMessage` and
    `$expand=Microsoft.OutlookServices.EventMessage/Event`.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Event | ODataError | None:
    """Get the event of a meeting message

     The `Event` navigation property of an EventMessage: the event the meeting message is about, in this
    mailbox's calendar (for an attendee their copy of the meeting, for the organizer the meeting
    itself).
    404 ErrorItemNotFound for a message that is no meeting message or whose event has left the calendar
    (a
    declined or deleted meeting). The same event comes with `getMessage` and
    `$expand=Microsoft.OutlookServices.EventMessage/Event`.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | ODataError
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Event | ODataError]:
    """Get the event of a meeting message

     The `Event` navigation property of an EventMessage: the event the meeting message is about, in this
    mailbox's calendar (for an attendee their copy of the meeting, for the organizer the meeting
    itself).
    404 ErrorItemNotFound for a message that is no meeting message or whose event has left the calendar
    (a
    declined or deleted meeting). The same event comes with `getMessage` and
    `$expand=Microsoft.OutlookServices.EventMessage/Event`.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Event | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Event | ODataError | None:
    """Get the event of a meeting message

     The `Event` navigation property of an EventMessage: the event the meeting message is about, in this
    mailbox's calendar (for an attendee their copy of the meeting, for the organizer the meeting
    itself).
    404 ErrorItemNotFound for a message that is no meeting message or whose event has left the calendar
    (a
    declined or deleted meeting). The same event comes with `getMessage` and
    `$expand=Microsoft.OutlookServices.EventMessage/Event`.

    Args:
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Event | ODataError
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
        )
    ).parsed
