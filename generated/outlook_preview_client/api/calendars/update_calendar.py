from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar import Calendar
from ...models.calendar_patch import CalendarPatch
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    calendar_id: str,
    *,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/Me/Calendars('{calendar_id}')".format(
            calendar_id=quote(str(calendar_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Calendar | ODataError | None:
    if response.status_code == 200:
        response_200 = Calendar.from_dict(response.json())

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
) -> Response[Calendar | ODataError]:
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
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Response[Calendar | ODataError]:
    """Rename a calendar

     Updates the calendar: PATCH a JSON payload with the properties to update. `Name` is the only
    writable
    property of a Calendar: any other known property gives 400 ErrorInvalidProperty, an unknown one
    400 RequestBodyRead, an empty body or an empty (or blank) Name 400 ErrorInvalidRequest. The default
    calendar is distinguished and cannot be renamed (400 ErrorInvalidRequest). `ChangeKey` changes. The
    successful response (200) is the updated calendar. Needs `Calendar.Write`.

    Args:
        calendar_id (str):
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar: `Name`, its only writable property (an empty
            body: 400 ErrorInvalidRequest; another
            known property: 400 ErrorInvalidProperty; an unknown one: 400 RequestBodyRead). OData
            annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Calendar | ODataError | None:
    """Rename a calendar

     Updates the calendar: PATCH a JSON payload with the properties to update. `Name` is the only
    writable
    property of a Calendar: any other known property gives 400 ErrorInvalidProperty, an unknown one
    400 RequestBodyRead, an empty body or an empty (or blank) Name 400 ErrorInvalidRequest. The default
    calendar is distinguished and cannot be renamed (400 ErrorInvalidRequest). `ChangeKey` changes. The
    successful response (200) is the updated calendar. Needs `Calendar.Write`.

    Args:
        calendar_id (str):
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar: `Name`, its only writable property (an empty
            body: 400 ErrorInvalidRequest; another
            known property: 400 ErrorInvalidProperty; an unknown one: 400 RequestBodyRead). OData
            annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return sync_detailed(
        calendar_id=calendar_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Response[Calendar | ODataError]:
    """Rename a calendar

     Updates the calendar: PATCH a JSON payload with the properties to update. `Name` is the only
    writable
    property of a Calendar: any other known property gives 400 ErrorInvalidProperty, an unknown one
    400 RequestBodyRead, an empty body or an empty (or blank) Name 400 ErrorInvalidRequest. The default
    calendar is distinguished and cannot be renamed (400 ErrorInvalidRequest). `ChangeKey` changes. The
    successful response (200) is the updated calendar. Needs `Calendar.Write`.

    Args:
        calendar_id (str):
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar: `Name`, its only writable property (an empty
            body: 400 ErrorInvalidRequest; another
            known property: 400 ErrorInvalidProperty; an unknown one: 400 RequestBodyRead). OData
            annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        calendar_id=calendar_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendar_id: str,
    *,
    client: AuthenticatedClient,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Calendar | ODataError | None:
    """Rename a calendar

     Updates the calendar: PATCH a JSON payload with the properties to update. `Name` is the only
    writable
    property of a Calendar: any other known property gives 400 ErrorInvalidProperty, an unknown one
    400 RequestBodyRead, an empty body or an empty (or blank) Name 400 ErrorInvalidRequest. The default
    calendar is distinguished and cannot be renamed (400 ErrorInvalidRequest). `ChangeKey` changes. The
    successful response (200) is the updated calendar. Needs `Calendar.Write`.

    Args:
        calendar_id (str):
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar: `Name`, its only writable property (an empty
            body: 400 ErrorInvalidRequest; another
            known property: 400 ErrorInvalidProperty; an unknown one: 400 RequestBodyRead). OData
            annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return (
        await asyncio_detailed(
            calendar_id=calendar_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
