from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.meeting_response import MeetingResponse
from ...models.message_disposition import MessageDisposition
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
    *,
    body: MeetingResponse | Unset = UNSET,
    message_disposition: MessageDisposition | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    params: dict[str, Any] = {}

    json_message_disposition: str | Unset = UNSET
    if not isinstance(message_disposition, Unset):
        json_message_disposition = message_disposition

    params["MessageDisposition"] = json_message_disposition

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/Me/Events('{event_id}')/Decline".format(
            event_id=quote(str(event_id), safe=""),
        ),
        "params": params,
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
    client: AuthenticatedClient,
    body: MeetingResponse | Unset = UNSET,
    message_disposition: MessageDisposition | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | ODataError]:
    """Decline a meeting request

     Declines the meeting whose event this is
    (`POST https://outlook.office365.com/ews/odata/Me/Events(<event_id>)/Decline?MessageDisposition=<mes
    sage_disposition>`).
    Body, `MessageDisposition` and answer (202, no body) as for `acceptEvent`. The user's event moves to
    Deleted Items; unless the disposition is `SaveOnly` a response Message (`ClassName`
    `IPM.Schedule.Meeting.Resp.Neg`, `MeetingMessageType` `MeetingDeclined`, Subject `Declined: …`, Body
    = the
    Comment) is delivered to the organizer's Inbox and the organizer's event shows the attendee's
    `Status`
    `Declined` (nothing is delivered if the organizer asked for no responses). The organizer declining
    their
    own meeting gets 400 ErrorCalendarIsOrganizerForDecline; declining a cancelled meeting
    400 ErrorCalendarIsCancelledForDecline. Needs BOTH `Mail.Write` and `Calendar.Write`.

    Args:
        event_id (str):
        message_disposition (MessageDisposition | Unset): What becomes of a meeting response
            message (the server's default, when the option is absent, is `SendAndSaveCopy`).
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of Accept, Decline, Tentative and
            TentativelyAccept: empty, or a `Comment` to include in the
            response sent to the organizer (it becomes the response message's body). An unknown
            property gives
            400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        message_disposition=message_disposition,
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
    body: MeetingResponse | Unset = UNSET,
    message_disposition: MessageDisposition | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | ODataError | None:
    """Decline a meeting request

     Declines the meeting whose event this is
    (`POST https://outlook.office365.com/ews/odata/Me/Events(<event_id>)/Decline?MessageDisposition=<mes
    sage_disposition>`).
    Body, `MessageDisposition` and answer (202, no body) as for `acceptEvent`. The user's event moves to
    Deleted Items; unless the disposition is `SaveOnly` a response Message (`ClassName`
    `IPM.Schedule.Meeting.Resp.Neg`, `MeetingMessageType` `MeetingDeclined`, Subject `Declined: …`, Body
    = the
    Comment) is delivered to the organizer's Inbox and the organizer's event shows the attendee's
    `Status`
    `Declined` (nothing is delivered if the organizer asked for no responses). The organizer declining
    their
    own meeting gets 400 ErrorCalendarIsOrganizerForDecline; declining a cancelled meeting
    400 ErrorCalendarIsCancelledForDecline. Needs BOTH `Mail.Write` and `Calendar.Write`.

    Args:
        event_id (str):
        message_disposition (MessageDisposition | Unset): What becomes of a meeting response
            message (the server's default, when the option is absent, is `SendAndSaveCopy`).
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of Accept, Decline, Tentative and
            TentativelyAccept: empty, or a `Comment` to include in the
            response sent to the organizer (it becomes the response message's body). An unknown
            property gives
            400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.

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
        message_disposition=message_disposition,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingResponse | Unset = UNSET,
    message_disposition: MessageDisposition | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[Any | ODataError]:
    """Decline a meeting request

     Declines the meeting whose event this is
    (`POST https://outlook.office365.com/ews/odata/Me/Events(<event_id>)/Decline?MessageDisposition=<mes
    sage_disposition>`).
    Body, `MessageDisposition` and answer (202, no body) as for `acceptEvent`. The user's event moves to
    Deleted Items; unless the disposition is `SaveOnly` a response Message (`ClassName`
    `IPM.Schedule.Meeting.Resp.Neg`, `MeetingMessageType` `MeetingDeclined`, Subject `Declined: …`, Body
    = the
    Comment) is delivered to the organizer's Inbox and the organizer's event shows the attendee's
    `Status`
    `Declined` (nothing is delivered if the organizer asked for no responses). The organizer declining
    their
    own meeting gets 400 ErrorCalendarIsOrganizerForDecline; declining a cancelled meeting
    400 ErrorCalendarIsCancelledForDecline. Needs BOTH `Mail.Write` and `Calendar.Write`.

    Args:
        event_id (str):
        message_disposition (MessageDisposition | Unset): What becomes of a meeting response
            message (the server's default, when the option is absent, is `SendAndSaveCopy`).
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of Accept, Decline, Tentative and
            TentativelyAccept: empty, or a `Comment` to include in the
            response sent to the organizer (it becomes the response message's body). An unknown
            property gives
            400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        body=body,
        message_disposition=message_disposition,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    *,
    client: AuthenticatedClient,
    body: MeetingResponse | Unset = UNSET,
    message_disposition: MessageDisposition | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Any | ODataError | None:
    """Decline a meeting request

     Declines the meeting whose event this is
    (`POST https://outlook.office365.com/ews/odata/Me/Events(<event_id>)/Decline?MessageDisposition=<mes
    sage_disposition>`).
    Body, `MessageDisposition` and answer (202, no body) as for `acceptEvent`. The user's event moves to
    Deleted Items; unless the disposition is `SaveOnly` a response Message (`ClassName`
    `IPM.Schedule.Meeting.Resp.Neg`, `MeetingMessageType` `MeetingDeclined`, Subject `Declined: …`, Body
    = the
    Comment) is delivered to the organizer's Inbox and the organizer's event shows the attendee's
    `Status`
    `Declined` (nothing is delivered if the organizer asked for no responses). The organizer declining
    their
    own meeting gets 400 ErrorCalendarIsOrganizerForDecline; declining a cancelled meeting
    400 ErrorCalendarIsCancelledForDecline. Needs BOTH `Mail.Write` and `Calendar.Write`.

    Args:
        event_id (str):
        message_disposition (MessageDisposition | Unset): What becomes of a meeting response
            message (the server's default, when the option is absent, is `SendAndSaveCopy`).
        if_match (str | Unset):
        body (MeetingResponse | Unset): The body of Accept, Decline, Tentative and
            TentativelyAccept: empty, or a `Comment` to include in the
            response sent to the organizer (it becomes the response message's body). An unknown
            property gives
            400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.

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
            message_disposition=message_disposition,
            if_match=if_match,
        )
    ).parsed
