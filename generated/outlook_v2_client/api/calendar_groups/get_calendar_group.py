from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_group import CalendarGroup
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    calendargroup_id: str,
    *,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/calendargroups('{calendargroup_id}')".format(
            calendargroup_id=quote(str(calendargroup_id), safe=""),
        ),
        "params": params,
    }

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
    select: str | Unset = UNSET,
) -> Response[CalendarGroup | ODataError]:
    """Get a calendar group

     Gets the calendar group.

    Args:
        calendargroup_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarGroup | ODataError]
    """

    kwargs = _get_kwargs(
        calendargroup_id=calendargroup_id,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> CalendarGroup | ODataError | None:
    """Get a calendar group

     Gets the calendar group.

    Args:
        calendargroup_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarGroup | ODataError
    """

    return sync_detailed(
        calendargroup_id=calendargroup_id,
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> Response[CalendarGroup | ODataError]:
    """Get a calendar group

     Gets the calendar group.

    Args:
        calendargroup_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarGroup | ODataError]
    """

    kwargs = _get_kwargs(
        calendargroup_id=calendargroup_id,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    calendargroup_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
) -> CalendarGroup | ODataError | None:
    """Get a calendar group

     Gets the calendar group.

    Args:
        calendargroup_id (str):
        select (str | Unset):

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
            select=select,
        )
    ).parsed
