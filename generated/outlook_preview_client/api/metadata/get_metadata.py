from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/$metadata",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | str | None:
    if response.status_code == 200:
        response_200 = response.text
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
) -> Response[ODataError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ODataError | str]:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the data model served at
    this
    base URL (namespace `Microsoft.Exchange.Services.OData.Model`: User with Folders, Messages,
    Calendars,
    Calendar, CalendarGroups and Events; Folder, Item, Message, Attachment, FileAttachment,
    ItemAttachment,
    Calendar, CalendarGroup, Event, their enumerations and complex types; the actions Move on Message
    and
    Accept, Decline, Tentative and TentativelyAccept on Event). Open the base URL with `/$metadata`
    appended.
    Needs a bearer token of any scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ODataError | str | None:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the data model served at
    this
    base URL (namespace `Microsoft.Exchange.Services.OData.Model`: User with Folders, Messages,
    Calendars,
    Calendar, CalendarGroups and Events; Folder, Item, Message, Attachment, FileAttachment,
    ItemAttachment,
    Calendar, CalendarGroup, Event, their enumerations and complex types; the actions Move on Message
    and
    Accept, Decline, Tentative and TentativelyAccept on Event). Open the base URL with `/$metadata`
    appended.
    Needs a bearer token of any scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ODataError | str]:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the data model served at
    this
    base URL (namespace `Microsoft.Exchange.Services.OData.Model`: User with Folders, Messages,
    Calendars,
    Calendar, CalendarGroups and Events; Folder, Item, Message, Attachment, FileAttachment,
    ItemAttachment,
    Calendar, CalendarGroup, Event, their enumerations and complex types; the actions Move on Message
    and
    Accept, Decline, Tentative and TentativelyAccept on Event). Open the base URL with `/$metadata`
    appended.
    Needs a bearer token of any scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ODataError | str | None:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the data model served at
    this
    base URL (namespace `Microsoft.Exchange.Services.OData.Model`: User with Folders, Messages,
    Calendars,
    Calendar, CalendarGroups and Events; Folder, Item, Message, Attachment, FileAttachment,
    ItemAttachment,
    Calendar, CalendarGroup, Event, their enumerations and complex types; the actions Move on Message
    and
    Accept, Decline, Tentative and TentativelyAccept on Event). Open the base URL with `/$metadata`
    appended.
    Needs a bearer token of any scope.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
