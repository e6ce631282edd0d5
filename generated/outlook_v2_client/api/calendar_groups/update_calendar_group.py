from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_group import CalendarGroup
from ...models.calendar_group_patch import CalendarGroupPatch
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    calendargroup_id: str,
    *,
    body: CalendarGroupPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/calendargroups('{calendargroup_id}')".format(
            calendargroup_id=quote(str(calendargroup_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CalendarGroup | ODataError | None:
    if response.status_code == 200:
        response_200 = CalendarGroup.from_dict(response.json())

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
) -> Response[CalendarGroup | ODataError]:
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
    body: CalendarGroupPatch,
    if_match: str | Unset = UNSET,
) -> Response[CalendarGroup | ODataError]:
    """Rename a calendar group

     Changes the group's `Name` (its only writable property) and its ChangeKey. The default group `My
    Calendars`
    cannot be renamed (400 ErrorInvalidRequest); an empty body changes nothing but the ChangeKey.

    Args:
        calendargroup_id (str):
        if_match (str | Unset):
        body (CalendarGroupPatch): Changes to a calendar group (`Name` only). OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarGroup | ODataError]
    """

    kwargs = _get_kwargs(
        calendargroup_id=calendargroup_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CalendarGroupPatch,
    if_match: str | Unset = UNSET,
) -> CalendarGroup | ODataError | None:
    """Rename a calendar group

     Changes the group's `Name` (its only writable property) and its ChangeKey. The default group `My
    Calendars`
    cannot be renamed (400 ErrorInvalidRequest); an empty body changes nothing but the ChangeKey.

    Args:
        calendargroup_id (str):
        if_match (str | Unset):
        body (CalendarGroupPatch): Changes to a calendar group (`Name` only). OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarGroup | ODataError
    """

    return sync_detailed(
        calendargroup_id=calendargroup_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CalendarGroupPatch,
    if_match: str | Unset = UNSET,
) -> Response[CalendarGroup | ODataError]:
    """Rename a calendar group

     Changes the group's `Name` (its only writable property) and its ChangeKey. The default group `My
    Calendars`
    cannot be renamed (400 ErrorInvalidRequest); an empty body changes nothing but the ChangeKey.

    Args:
        calendargroup_id (str):
        if_match (str | Unset):
        body (CalendarGroupPatch): Changes to a calendar group (`Name` only). OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarGroup | ODataError]
    """

    kwargs = _get_kwargs(
        calendargroup_id=calendargroup_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CalendarGroupPatch,
    if_match: str | Unset = UNSET,
) -> CalendarGroup | ODataError | None:
    """Rename a calendar group

     Changes the group's `Name` (its only writable property) and its ChangeKey. The default group `My
    Calendars`
    cannot be renamed (400 ErrorInvalidRequest); an empty body changes nothing but the ChangeKey.

    Args:
        calendargroup_id (str):
        if_match (str | Unset):
        body (CalendarGroupPatch): Changes to a calendar group (`Name` only). OData annotations
            are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarGroup | ODataError
    """

    return (
        await asyncio_detailed(
            calendargroup_id=calendargroup_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
