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
    client: AuthenticatedClient | Client,
) -> Response[ODataError | str]:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the entity model served
    here
    (namespace `Microsoft.OutlookServices`: tasks, task folders and task groups with the `Complete`
    action,
    attachments (of tasks, messages and events), mail folders and messages, contact folders and
    contacts,
    calendar groups, calendars and events with the `Accept`, `Decline` and `TentativelyAccept` actions,
    and the
    extended-property types `SingleValueLegacyExtendedProperty` / `MultiValueLegacyExtendedProperty`).
    Needs a bearer token of any scope. On the beta endpoint it describes the same model.

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
    client: AuthenticatedClient | Client,
) -> ODataError | str | None:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the entity model served
    here
    (namespace `Microsoft.OutlookServices`: tasks, task folders and task groups with the `Complete`
    action,
    attachments (of tasks, messages and events), mail folders and messages, contact folders and
    contacts,
    calendar groups, calendars and events with the `Accept`, `Decline` and `TentativelyAccept` actions,
    and the
    extended-property types `SingleValueLegacyExtendedProperty` / `MultiValueLegacyExtendedProperty`).
    Needs a bearer token of any scope. On the beta endpoint it describes the same model.

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
    client: AuthenticatedClient | Client,
) -> Response[ODataError | str]:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the entity model served
    here
    (namespace `Microsoft.OutlookServices`: tasks, task folders and task groups with the `Complete`
    action,
    attachments (of tasks, messages and events), mail folders and messages, contact folders and
    contacts,
    calendar groups, calendars and events with the `Accept`, `Decline` and `TentativelyAccept` actions,
    and the
    extended-property types `SingleValueLegacyExtendedProperty` / `MultiValueLegacyExtendedProperty`).
    Needs a bearer token of any scope. On the beta endpoint it describes the same model.

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
    client: AuthenticatedClient | Client,
) -> ODataError | str | None:
    """Get the metadata document

     Returns the metadata document: the EDMX/CSDL (OData 4.0) representation of the entity model served
    here
    (namespace `Microsoft.OutlookServices`: tasks, task folders and task groups with the `Complete`
    action,
    attachments (of tasks, messages and events), mail folders and messages, contact folders and
    contacts,
    calendar groups, calendars and events with the `Accept`, `Decline` and `TentativelyAccept` actions,
    and the
    extended-property types `SingleValueLegacyExtendedProperty` / `MultiValueLegacyExtendedProperty`).
    Needs a bearer token of any scope. On the beta endpoint it describes the same model.

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
