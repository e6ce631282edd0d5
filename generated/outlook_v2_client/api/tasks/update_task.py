from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.task import Task
from ...models.task_patch import TaskPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_id: str,
    *,
    body: TaskPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/tasks('{task_id}')".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
) -> Response[ODataError | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | Task]:
    """Update a task

     Changes writable properties of the task; properties not in the body are left unchanged.

    `StartDateTime`/`DueDateTime`: the time part is ignored and midnight in the given zone is assumed;
    `StartDateTime` after `DueDateTime` gives 400 ErrorInvalidRequest; setting only `StartDateTime` on a
    task
    without due date sets `DueDateTime` to the same value; `DueDateTime: null` also clears
    `StartDateTime`.
    `CompletedDateTime` can be set by PATCH only together with `Status: Completed` (in the same PATCH,
    or when
    the task is already completed), else 400 ErrorInvalidRequest; it is usually set by `completeTask`.
    Read-only properties (`Id`, `ChangeKey`, `CreatedDateTime`, `LastModifiedDateTime`,
    `HasAttachments`,
    `ParentFolderId`, `Owner`, `AssignedTo`) give 400 ErrorInvalidProperty; unknown properties 400
    RequestBodyRead.
    `ChangeKey` and `@odata.etag` change with every update. The response expresses date-related
    properties in
    UTC unless `Prefer: outlook.timezone` names another zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties`: this
    creates the
    listed extended properties, or replaces the value of those that exist (the `PropertyId` format is
    part of the
    identity: the `Name` and the `Id` format name two different properties); other extended properties
    are
    kept. The response does not include them (read them with `getTask` and `$expand`). A malformed
    `PropertyId`
    gives 400 ErrorInvalidProperty, a wrong type or attribute 400 ErrorInvalidExtendedProperty, a value
    that does
    not fit its type 400 ErrorInvalidExtendedPropertyValue; a refused request changes nothing.

    Args:
        task_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (TaskPatch): Changes to a task: any writable properties (all optional; absent ones
            are left unchanged). `null` clears
            `StartDateTime`, `DueDateTime` (and with it StartDateTime), `ReminderDateTime`,
            `CompletedDateTime` and
            `Recurrence`. StartDateTime after DueDateTime gives 400 ErrorInvalidRequest;
            `CompletedDateTime` requires
            `Status: Completed` in the same PATCH or already on the task (else 400
            ErrorInvalidRequest). Read-only
            properties give 400 ErrorInvalidProperty, unknown properties 400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create or replace the
            listed extended
            properties (others are kept; they are not returned in the response).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        if_match=if_match,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | Task | None:
    """Update a task

     Changes writable properties of the task; properties not in the body are left unchanged.

    `StartDateTime`/`DueDateTime`: the time part is ignored and midnight in the given zone is assumed;
    `StartDateTime` after `DueDateTime` gives 400 ErrorInvalidRequest; setting only `StartDateTime` on a
    task
    without due date sets `DueDateTime` to the same value; `DueDateTime: null` also clears
    `StartDateTime`.
    `CompletedDateTime` can be set by PATCH only together with `Status: Completed` (in the same PATCH,
    or when
    the task is already completed), else 400 ErrorInvalidRequest; it is usually set by `completeTask`.
    Read-only properties (`Id`, `ChangeKey`, `CreatedDateTime`, `LastModifiedDateTime`,
    `HasAttachments`,
    `ParentFolderId`, `Owner`, `AssignedTo`) give 400 ErrorInvalidProperty; unknown properties 400
    RequestBodyRead.
    `ChangeKey` and `@odata.etag` change with every update. The response expresses date-related
    properties in
    UTC unless `Prefer: outlook.timezone` names another zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties`: this
    creates the
    listed extended properties, or replaces the value of those that exist (the `PropertyId` format is
    part of the
    identity: the `Name` and the `Id` format name two different properties); other extended properties
    are
    kept. The response does not include them (read them with `getTask` and `$expand`). A malformed
    `PropertyId`
    gives 400 ErrorInvalidProperty, a wrong type or attribute 400 ErrorInvalidExtendedProperty, a value
    that does
    not fit its type 400 ErrorInvalidExtendedPropertyValue; a refused request changes nothing.

    Args:
        task_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (TaskPatch): Changes to a task: any writable properties (all optional; absent ones
            are left unchanged). `null` clears
            `StartDateTime`, `DueDateTime` (and with it StartDateTime), `ReminderDateTime`,
            `CompletedDateTime` and
            `Recurrence`. StartDateTime after DueDateTime gives 400 ErrorInvalidRequest;
            `CompletedDateTime` requires
            `Status: Completed` in the same PATCH or already on the task (else 400
            ErrorInvalidRequest). Read-only
            properties give 400 ErrorInvalidProperty, unknown properties 400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create or replace the
            listed extended
            properties (others are kept; they are not returned in the response).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | Task
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
        if_match=if_match,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | Task]:
    """Update a task

     Changes writable properties of the task; properties not in the body are left unchanged.

    `StartDateTime`/`DueDateTime`: the time part is ignored and midnight in the given zone is assumed;
    `StartDateTime` after `DueDateTime` gives 400 ErrorInvalidRequest; setting only `StartDateTime` on a
    task
    without due date sets `DueDateTime` to the same value; `DueDateTime: null` also clears
    `StartDateTime`.
    `CompletedDateTime` can be set by PATCH only together with `Status: Completed` (in the same PATCH,
    or when
    the task is already completed), else 400 ErrorInvalidRequest; it is usually set by `completeTask`.
    Read-only properties (`Id`, `ChangeKey`, `CreatedDateTime`, `LastModifiedDateTime`,
    `HasAttachments`,
    `ParentFolderId`, `Owner`, `AssignedTo`) give 400 ErrorInvalidProperty; unknown properties 400
    RequestBodyRead.
    `ChangeKey` and `@odata.etag` change with every update. The response expresses date-related
    properties in
    UTC unless `Prefer: outlook.timezone` names another zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties`: this
    creates the
    listed extended properties, or replaces the value of those that exist (the `PropertyId` format is
    part of the
    identity: the `Name` and the `Id` format name two different properties); other extended properties
    are
    kept. The response does not include them (read them with `getTask` and `$expand`). A malformed
    `PropertyId`
    gives 400 ErrorInvalidProperty, a wrong type or attribute 400 ErrorInvalidExtendedProperty, a value
    that does
    not fit its type 400 ErrorInvalidExtendedPropertyValue; a refused request changes nothing.

    Args:
        task_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (TaskPatch): Changes to a task: any writable properties (all optional; absent ones
            are left unchanged). `null` clears
            `StartDateTime`, `DueDateTime` (and with it StartDateTime), `ReminderDateTime`,
            `CompletedDateTime` and
            `Recurrence`. StartDateTime after DueDateTime gives 400 ErrorInvalidRequest;
            `CompletedDateTime` requires
            `Status: Completed` in the same PATCH or already on the task (else 400
            ErrorInvalidRequest). Read-only
            properties give 400 ErrorInvalidProperty, unknown properties 400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create or replace the
            listed extended
            properties (others are kept; they are not returned in the response).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
        if_match=if_match,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TaskPatch,
    if_match: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ODataError | Task | None:
    """Update a task

     Changes writable properties of the task; properties not in the body are left unchanged.

    `StartDateTime`/`DueDateTime`: the time part is ignored and midnight in the given zone is assumed;
    `StartDateTime` after `DueDateTime` gives 400 ErrorInvalidRequest; setting only `StartDateTime` on a
    task
    without due date sets `DueDateTime` to the same value; `DueDateTime: null` also clears
    `StartDateTime`.
    `CompletedDateTime` can be set by PATCH only together with `Status: Completed` (in the same PATCH,
    or when
    the task is already completed), else 400 ErrorInvalidRequest; it is usually set by `completeTask`.
    Read-only properties (`Id`, `ChangeKey`, `CreatedDateTime`, `LastModifiedDateTime`,
    `HasAttachments`,
    `ParentFolderId`, `Owner`, `AssignedTo`) give 400 ErrorInvalidProperty; unknown properties 400
    RequestBodyRead.
    `ChangeKey` and `@odata.etag` change with every update. The response expresses date-related
    properties in
    UTC unless `Prefer: outlook.timezone` names another zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties`: this
    creates the
    listed extended properties, or replaces the value of those that exist (the `PropertyId` format is
    part of the
    identity: the `Name` and the `Id` format name two different properties); other extended properties
    are
    kept. The response does not include them (read them with `getTask` and `$expand`). A malformed
    `PropertyId`
    gives 400 ErrorInvalidProperty, a wrong type or attribute 400 ErrorInvalidExtendedProperty, a value
    that does
    not fit its type 400 ErrorInvalidExtendedPropertyValue; a refused request changes nothing.

    Args:
        task_id (str):
        if_match (str | Unset):
        prefer (str | Unset):
        body (TaskPatch): Changes to a task: any writable properties (all optional; absent ones
            are left unchanged). `null` clears
            `StartDateTime`, `DueDateTime` (and with it StartDateTime), `ReminderDateTime`,
            `CompletedDateTime` and
            `Recurrence`. StartDateTime after DueDateTime gives 400 ErrorInvalidRequest;
            `CompletedDateTime` requires
            `Status: Completed` in the same PATCH or already on the task (else 400
            ErrorInvalidRequest). Read-only
            properties give 400 ErrorInvalidProperty, unknown properties 400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create or replace the
            listed extended
            properties (others are kept; they are not returned in the response).
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | Task
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
            if_match=if_match,
            prefer=prefer,
        )
    ).parsed
