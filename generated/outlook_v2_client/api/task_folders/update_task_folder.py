from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.task_folder import TaskFolder
from ...models.task_folder_patch import TaskFolderPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    *,
    body: TaskFolderPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/taskfolders('{folder_id}')".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | TaskFolder | None:
    if response.status_code == 200:
        response_200 = TaskFolder.from_dict(response.json())

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
) -> Response[ODataError | TaskFolder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskFolderPatch,
    if_match: str | Unset = UNSET,
) -> Response[ODataError | TaskFolder]:
    """Update a task folder

     Changes writable properties of the task folder (`Name`, and extended properties). Renaming the
    default folder
    `Tasks` gives 400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty.
    `ChangeKey` changes
    with every update.

    `SingleValueExtendedProperties` and `MultiValueExtendedProperties` create the listed extended
    properties, or
    replace the value of those that exist (the `Name` and the `Id` format name two different
    properties); other
    extended properties are kept. The response does not include them (read them with `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue;
    a refused request changes nothing.

    Args:
        folder_id (str):
        if_match (str | Unset):
        body (TaskFolderPatch): Changes to a task folder: its `Name` and/or extended properties.
            The default folder `Tasks` cannot be
            renamed (400 ErrorInvalidRequest), but it can carry extended properties.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskFolder]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskFolderPatch,
    if_match: str | Unset = UNSET,
) -> ODataError | TaskFolder | None:
    """Update a task folder

     Changes writable properties of the task folder (`Name`, and extended properties). Renaming the
    default folder
    `Tasks` gives 400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty.
    `ChangeKey` changes
    with every update.

    `SingleValueExtendedProperties` and `MultiValueExtendedProperties` create the listed extended
    properties, or
    replace the value of those that exist (the `Name` and the `Id` format name two different
    properties); other
    extended properties are kept. The response does not include them (read them with `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue;
    a refused request changes nothing.

    Args:
        folder_id (str):
        if_match (str | Unset):
        body (TaskFolderPatch): Changes to a task folder: its `Name` and/or extended properties.
            The default folder `Tasks` cannot be
            renamed (400 ErrorInvalidRequest), but it can carry extended properties.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskFolder
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskFolderPatch,
    if_match: str | Unset = UNSET,
) -> Response[ODataError | TaskFolder]:
    """Update a task folder

     Changes writable properties of the task folder (`Name`, and extended properties). Renaming the
    default folder
    `Tasks` gives 400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty.
    `ChangeKey` changes
    with every update.

    `SingleValueExtendedProperties` and `MultiValueExtendedProperties` create the listed extended
    properties, or
    replace the value of those that exist (the `Name` and the `Id` format name two different
    properties); other
    extended properties are kept. The response does not include them (read them with `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue;
    a refused request changes nothing.

    Args:
        folder_id (str):
        if_match (str | Unset):
        body (TaskFolderPatch): Changes to a task folder: its `Name` and/or extended properties.
            The default folder `Tasks` cannot be
            renamed (400 ErrorInvalidRequest), but it can carry extended properties.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskFolder]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskFolderPatch,
    if_match: str | Unset = UNSET,
) -> ODataError | TaskFolder | None:
    """Update a task folder

     Changes writable properties of the task folder (`Name`, and extended properties). Renaming the
    default folder
    `Tasks` gives 400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty.
    `ChangeKey` changes
    with every update.

    `SingleValueExtendedProperties` and `MultiValueExtendedProperties` create the listed extended
    properties, or
    replace the value of those that exist (the `Name` and the `Id` format name two different
    properties); other
    extended properties are kept. The response does not include them (read them with `getTaskFolder` and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue;
    a refused request changes nothing.

    Args:
        folder_id (str):
        if_match (str | Unset):
        body (TaskFolderPatch): Changes to a task folder: its `Name` and/or extended properties.
            The default folder `Tasks` cannot be
            renamed (400 ErrorInvalidRequest), but it can carry extended properties.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskFolder
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
