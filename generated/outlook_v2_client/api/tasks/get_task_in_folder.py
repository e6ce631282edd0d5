from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    task_id: str,
    *,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["$select"] = select

    params["$expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/taskfolders('{folder_id}')/tasks('{task_id}')".format(
            folder_id=quote(str(folder_id), safe=""),
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

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
) -> Response[ODataError | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | Task]:
    """Get a task of a task folder

     As `getTask`, through the task's folder; a task of another folder is `404 ErrorItemNotFound`.

    Args:
        folder_id (str):
        task_id (str):
        select (str | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | Task]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        task_id=task_id,
        select=select,
        expand=expand,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | Task | None:
    """Get a task of a task folder

     As `getTask`, through the task's folder; a task of another folder is `404 ErrorItemNotFound`.

    Args:
        folder_id (str):
        task_id (str):
        select (str | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | Task
    """

    return sync_detailed(
        folder_id=folder_id,
        task_id=task_id,
        client=client,
        select=select,
        expand=expand,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | Task]:
    """Get a task of a task folder

     As `getTask`, through the task's folder; a task of another folder is `404 ErrorItemNotFound`.

    Args:
        folder_id (str):
        task_id (str):
        select (str | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | Task]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        task_id=task_id,
        select=select,
        expand=expand,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | Task | None:
    """Get a task of a task folder

     As `getTask`, through the task's folder; a task of another folder is `404 ErrorItemNotFound`.

    Args:
        folder_id (str):
        task_id (str):
        select (str | Unset):
        expand (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | Task
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            task_id=task_id,
            client=client,
            select=select,
            expand=expand,
            prefer=prefer,
        )
    ).parsed
