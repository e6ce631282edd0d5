from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.new_task_folder import NewTaskFolder
from ...models.o_data_error import ODataError
from ...models.task_folder import TaskFolder
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: NewTaskFolder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/taskgroups('{group_id}')/taskfolders".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | TaskFolder | None:
    if response.status_code == 201:
        response_201 = TaskFolder.from_dict(response.json())

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
) -> Response[ODataError | TaskFolder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewTaskFolder,
) -> Response[ODataError | TaskFolder]:
    """Create a task folder in a task group

     Creates a task folder in the given task group. `Name` is required.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with
    `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        group_id (str):
        body (NewTaskFolder): A task folder to create: `Name`, optionally extended properties.
            Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty. OData annotations (`@…` keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskFolder]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewTaskFolder,
) -> ODataError | TaskFolder | None:
    """Create a task folder in a task group

     Creates a task folder in the given task group. `Name` is required.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with
    `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        group_id (str):
        body (NewTaskFolder): A task folder to create: `Name`, optionally extended properties.
            Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty. OData annotations (`@…` keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskFolder
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewTaskFolder,
) -> Response[ODataError | TaskFolder]:
    """Create a task folder in a task group

     Creates a task folder in the given task group. `Name` is required.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with
    `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        group_id (str):
        body (NewTaskFolder): A task folder to create: `Name`, optionally extended properties.
            Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty. OData annotations (`@…` keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskFolder]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewTaskFolder,
) -> ODataError | TaskFolder | None:
    """Create a task folder in a task group

     Creates a task folder in the given task group. `Name` is required.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with
    `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        group_id (str):
        body (NewTaskFolder): A task folder to create: `Name`, optionally extended properties.
            Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty. OData annotations (`@…` keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskFolder
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
