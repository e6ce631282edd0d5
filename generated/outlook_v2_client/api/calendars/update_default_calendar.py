from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar import Calendar
from ...models.calendar_patch import CalendarPatch
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/calendar",
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
    *,
    client: AuthenticatedClient | Client,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Response[Calendar | ODataError]:
    """Update the default calendar

     As `updateCalendar`, for the default calendar, except that it cannot be renamed: a `Name` other than
    its
    current one gives 400 ErrorInvalidRequest (as the well-known mail folders and the default task
    folder).

    Args:
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar (`Name`, `Color` and/or extended properties).
            OData annotations are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Calendar | ODataError | None:
    """Update the default calendar

     As `updateCalendar`, for the default calendar, except that it cannot be renamed: a `Name` other than
    its
    current one gives 400 ErrorInvalidRequest (as the well-known mail folders and the default task
    folder).

    Args:
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar (`Name`, `Color` and/or extended properties).
            OData annotations are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Response[Calendar | ODataError]:
    """Update the default calendar

     As `updateCalendar`, for the default calendar, except that it cannot be renamed: a `Name` other than
    its
    current one gives 400 ErrorInvalidRequest (as the well-known mail folders and the default task
    folder).

    Args:
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar (`Name`, `Color` and/or extended properties).
            OData annotations are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CalendarPatch,
    if_match: str | Unset = UNSET,
) -> Calendar | ODataError | None:
    """Update the default calendar

     As `updateCalendar`, for the default calendar, except that it cannot be renamed: a `Name` other than
    its
    current one gives 400 ErrorInvalidRequest (as the well-known mail folders and the default task
    folder).

    Args:
        if_match (str | Unset):
        body (CalendarPatch): Changes to a calendar (`Name`, `Color` and/or extended properties).
            OData annotations are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
