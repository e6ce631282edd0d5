from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar import Calendar
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    event_id: str,
    *,
    select: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Me/Events('{event_id}')/Calendar".format(
            event_id=quote(str(event_id), safe=""),
        ),
        "params": params,
    }

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
    event_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Response[Calendar | ODataError]:
    """Get the calendar of an event

     Gets the calendar that holds the event (the event's `Calendar` navigation property, the target of
    its
    `Calendar@odata.navigationLink`). Unknown event: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        select=select,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Calendar | ODataError | None:
    """Get the calendar of an event

     Gets the calendar that holds the event (the event's `Calendar` navigation property, the target of
    its
    `Calendar@odata.navigationLink`). Unknown event: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return sync_detailed(
        event_id=event_id,
        client=client,
        select=select,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Response[Calendar | ODataError]:
    """Get the calendar of an event

     Gets the calendar that holds the event (the event's `Calendar` navigation property, the target of
    its
    `Calendar@odata.navigationLink`). Unknown event: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Calendar | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        select=select,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    *,
    client: AuthenticatedClient,
    select: str | Unset = UNSET,
) -> Calendar | ODataError | None:
    """Get the calendar of an event

     Gets the calendar that holds the event (the event's `Calendar` navigation property, the target of
    its
    `Calendar@odata.navigationLink`). Unknown event: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        select (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Calendar | ODataError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            client=client,
            select=select,
        )
    ).parsed
