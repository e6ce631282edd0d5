from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_group import CalendarGroup
from ...models.new_calendar_group import NewCalendarGroup
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    *,
    body: NewCalendarGroup,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/calendargroups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarGroup | ODataError | None:
    if response.status_code == 201:
        response_201 = CalendarGroup.from_dict(response.json())

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
) -> Response[CalendarGroup | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewCalendarGroup,
) -> Response[CalendarGroup | ODataError]:
    """Create a calendar group

     Creates a calendar group. `Name` is its only writable property and is required (only blanks: 400
    ErrorInvalidRequest; `ClassId`, `ChangeKey`, `Id`: 400 ErrorInvalidProperty). The group shows in the
    2014
    preview as well.

    Args:
        body (NewCalendarGroup): A calendar group to create: `Name` only. Unknown properties give
            400 RequestBodyRead, read-only ones
            (`Id`, `ChangeKey`, `ClassId`, `Calendars`) 400 ErrorInvalidProperty. OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarGroup | ODataError]
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
    client: AuthenticatedClient | Client,
    body: NewCalendarGroup,
) -> CalendarGroup | ODataError | None:
    """Create a calendar group

     Creates a calendar group. `Name` is its only writable property and is required (only blanks: 400
    ErrorInvalidRequest; `ClassId`, `ChangeKey`, `Id`: 400 ErrorInvalidProperty). The group shows in the
    2014
    preview as well.

    Args:
        body (NewCalendarGroup): A calendar group to create: `Name` only. Unknown properties give
            400 RequestBodyRead, read-only ones
            (`Id`, `ChangeKey`, `ClassId`, `Calendars`) 400 ErrorInvalidProperty. OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarGroup | ODataError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewCalendarGroup,
) -> Response[CalendarGroup | ODataError]:
    """Create a calendar group

     Creates a calendar group. `Name` is its only writable property and is required (only blanks: 400
    ErrorInvalidRequest; `ClassId`, `ChangeKey`, `Id`: 400 ErrorInvalidProperty). The group shows in the
    2014
    preview as well.

    Args:
        body (NewCalendarGroup): A calendar group to create: `Name` only. Unknown properties give
            400 RequestBodyRead, read-only ones
            (`Id`, `ChangeKey`, `ClassId`, `Calendars`) 400 ErrorInvalidProperty. OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarGroup | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewCalendarGroup,
) -> CalendarGroup | ODataError | None:
    """Create a calendar group

     Creates a calendar group. `Name` is its only writable property and is required (only blanks: 400
    ErrorInvalidRequest; `ClassId`, `ChangeKey`, `Id`: 400 ErrorInvalidProperty). The group shows in the
    2014
    preview as well.

    Args:
        body (NewCalendarGroup): A calendar group to create: `Name` only. Unknown properties give
            400 RequestBodyRead, read-only ones
            (`Id`, `ChangeKey`, `ClassId`, `Calendars`) 400 ErrorInvalidProperty. OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarGroup | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
