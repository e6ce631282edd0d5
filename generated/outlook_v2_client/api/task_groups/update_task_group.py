from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.task_group import TaskGroup
from ...models.task_group_patch import TaskGroupPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    body: TaskGroupPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/taskgroups('{group_id}')".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | TaskGroup | None:
    if response.status_code == 200:
        response_200 = TaskGroup.from_dict(response.json())

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
) -> Response[ODataError | TaskGroup]:
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
    body: TaskGroupPatch,
    if_match: str | Unset = UNSET,
) -> Response[ODataError | TaskGroup]:
    """Update a task group

     Changes writable properties of the task group (only `Name`). Renaming the default group `My Tasks`
    gives
    400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty. `ChangeKey` changes
    with every update.

    Args:
        group_id (str):
        if_match (str | Unset):
        body (TaskGroupPatch): Changes to a task group. The default group `My Tasks` cannot be
            renamed (400 ErrorInvalidRequest).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskGroup]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskGroupPatch,
    if_match: str | Unset = UNSET,
) -> ODataError | TaskGroup | None:
    """Update a task group

     Changes writable properties of the task group (only `Name`). Renaming the default group `My Tasks`
    gives
    400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty. `ChangeKey` changes
    with every update.

    Args:
        group_id (str):
        if_match (str | Unset):
        body (TaskGroupPatch): Changes to a task group. The default group `My Tasks` cannot be
            renamed (400 ErrorInvalidRequest).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskGroup
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskGroupPatch,
    if_match: str | Unset = UNSET,
) -> Response[ODataError | TaskGroup]:
    """Update a task group

     Changes writable properties of the task group (only `Name`). Renaming the default group `My Tasks`
    gives
    400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty. `ChangeKey` changes
    with every update.

    Args:
        group_id (str):
        if_match (str | Unset):
        body (TaskGroupPatch): Changes to a task group. The default group `My Tasks` cannot be
            renamed (400 ErrorInvalidRequest).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | TaskGroup]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskGroupPatch,
    if_match: str | Unset = UNSET,
) -> ODataError | TaskGroup | None:
    """Update a task group

     Changes writable properties of the task group (only `Name`). Renaming the default group `My Tasks`
    gives
    400 ErrorInvalidRequest; read-only properties give 400 ErrorInvalidProperty. `ChangeKey` changes
    with every update.

    Args:
        group_id (str):
        if_match (str | Unset):
        body (TaskGroupPatch): Changes to a task group. The default group `My Tasks` cannot be
            renamed (400 ErrorInvalidRequest).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | TaskGroup
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
