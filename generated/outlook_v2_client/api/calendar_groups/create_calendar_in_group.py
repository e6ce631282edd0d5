from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar import Calendar
from ...models.new_calendar import NewCalendar
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    calendargroup_id: str,
    *,
    body: NewCalendar,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/calendargroups('{calendargroup_id}')/calendars".format(
            calendargroup_id=quote(str(calendargroup_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Calendar | ODataError | None:
    if response.status_code == 201:
        response_201 = Calendar.from_dict(response.json())

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
) -> Response[Calendar | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewCalendar,
) -> Response[Calendar | ODataError]:
    """Create a calendar in a calendar group

     As `createCalendar`, in this group (`/me/calendars` creates in the default group).

    Args:
        calendargroup_id (str):
        body (NewCalendar): A calendar to create: `Name`, optionally `Color` and extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        calendargroup_id=calendargroup_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewCalendar,
) -> Calendar | ODataError | None:
    """Create a calendar in a calendar group

     As `createCalendar`, in this group (`/me/calendars` creates in the default group).

    Args:
        calendargroup_id (str):
        body (NewCalendar): A calendar to create: `Name`, optionally `Color` and extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return sync_detailed(
        calendargroup_id=calendargroup_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewCalendar,
) -> Response[Calendar | ODataError]:
    """Create a calendar in a calendar group

     As `createCalendar`, in this group (`/me/calendars` creates in the default group).

    Args:
        calendargroup_id (str):
        body (NewCalendar): A calendar to create: `Name`, optionally `Color` and extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        calendargroup_id=calendargroup_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewCalendar,
) -> Calendar | ODataError | None:
    """Create a calendar in a calendar group

     As `createCalendar`, in this group (`/me/calendars` creates in the default group).

    Args:
        calendargroup_id (str):
        body (NewCalendar): A calendar to create: `Name`, optionally `Color` and extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return (
        await asyncio_detailed(
            calendargroup_id=calendargroup_id,
            client=client,
            body=body,
        )
    ).parsed
