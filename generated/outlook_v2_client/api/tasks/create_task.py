from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.new_task import NewTask
from ...models.o_data_error import ODataError
from ...models.task import Task
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NewTask,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/tasks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | Task | None:
    if response.status_code == 201:
        response_201 = Task.from_dict(response.json())

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
) -> Response[ODataError | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewTask,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | Task]:
    """Create a task in the default task folder

     Creates a task in the default task folder (`Tasks`) of the default task group (`My Tasks`).
    To create it in a specific folder use `createTaskInFolder`.

    `StartDateTime` and `DueDateTime` are optional; the time part is ignored and midnight in the given
    zone is
    assumed; setting `StartDateTime` requires `DueDateTime` on the same or a later date (400
    ErrorInvalidRequest);
    if only `StartDateTime` is set, `DueDateTime` is set to the same value; `DueDateTime: null` also
    clears
    `StartDateTime`. By default the response expresses date-related properties in UTC; with
    `Prefer: outlook.timezone="<zone>"` in that zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with `getTask`
    and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        prefer (str | Unset):
        body (NewTask): A task to create: any writable properties (all optional).
            `StartDateTime`/`DueDateTime`: the time part is
            ignored (midnight in the given zone); StartDateTime needs DueDateTime on the same or a
            later date (else
            400 ErrorInvalidRequest); if only StartDateTime is set, DueDateTime gets the same value;
            DueDateTime null also
            makes StartDateTime null. `CompletedDateTime` requires `Status: Completed` in the same
            body (else 400
            ErrorInvalidRequest). `AssignedTo`, `Owner` and the other read-only properties are not
            writable
            (400 ErrorInvalidProperty); unknown properties give 400 RequestBodyRead; wrong value types
            400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create extended
            properties with the task
            (not returned in the response). OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: NewTask,
    prefer: str | Unset = UNSET,
) -> ODataError | Task | None:
    """Create a task in the default task folder

     Creates a task in the default task folder (`Tasks`) of the default task group (`My Tasks`).
    To create it in a specific folder use `createTaskInFolder`.

    `StartDateTime` and `DueDateTime` are optional; the time part is ignored and midnight in the given
    zone is
    assumed; setting `StartDateTime` requires `DueDateTime` on the same or a later date (400
    ErrorInvalidRequest);
    if only `StartDateTime` is set, `DueDateTime` is set to the same value; `DueDateTime: null` also
    clears
    `StartDateTime`. By default the response expresses date-related properties in UTC; with
    `Prefer: outlook.timezone="<zone>"` in that zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with `getTask`
    and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        prefer (str | Unset):
        body (NewTask): A task to create: any writable properties (all optional).
            `StartDateTime`/`DueDateTime`: the time part is
            ignored (midnight in the given zone); StartDateTime needs DueDateTime on the same or a
            later date (else
            400 ErrorInvalidRequest); if only StartDateTime is set, DueDateTime gets the same value;
            DueDateTime null also
            makes StartDateTime null. `CompletedDateTime` requires `Status: Completed` in the same
            body (else 400
            ErrorInvalidRequest). `AssignedTo`, `Owner` and the other read-only properties are not
            writable
            (400 ErrorInvalidProperty); unknown properties give 400 RequestBodyRead; wrong value types
            400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create extended
            properties with the task
            (not returned in the response). OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | Task
    """

    return sync_detailed(
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewTask,
    prefer: str | Unset = UNSET,
) -> Response[ODataError | Task]:
    """Create a task in the default task folder

     Creates a task in the default task folder (`Tasks`) of the default task group (`My Tasks`).
    To create it in a specific folder use `createTaskInFolder`.

    `StartDateTime` and `DueDateTime` are optional; the time part is ignored and midnight in the given
    zone is
    assumed; setting `StartDateTime` requires `DueDateTime` on the same or a later date (400
    ErrorInvalidRequest);
    if only `StartDateTime` is set, `DueDateTime` is set to the same value; `DueDateTime: null` also
    clears
    `StartDateTime`. By default the response expresses date-related properties in UTC; with
    `Prefer: outlook.timezone="<zone>"` in that zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with `getTask`
    and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        prefer (str | Unset):
        body (NewTask): A task to create: any writable properties (all optional).
            `StartDateTime`/`DueDateTime`: the time part is
            ignored (midnight in the given zone); StartDateTime needs DueDateTime on the same or a
            later date (else
            400 ErrorInvalidRequest); if only StartDateTime is set, DueDateTime gets the same value;
            DueDateTime null also
            makes StartDateTime null. `CompletedDateTime` requires `Status: Completed` in the same
            body (else 400
            ErrorInvalidRequest). `AssignedTo`, `Owner` and the other read-only properties are not
            writable
            (400 ErrorInvalidProperty); unknown properties give 400 RequestBodyRead; wrong value types
            400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create extended
            properties with the task
            (not returned in the response). OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | Task]
    """

    kwargs = _get_kwargs(
        body=body,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewTask,
    prefer: str | Unset = UNSET,
) -> ODataError | Task | None:
    """Create a task in the default task folder

     Creates a task in the default task folder (`Tasks`) of the default task group (`My Tasks`).
    To create it in a specific folder use `createTaskInFolder`.

    `StartDateTime` and `DueDateTime` are optional; the time part is ignored and midnight in the given
    zone is
    assumed; setting `StartDateTime` requires `DueDateTime` on the same or a later date (400
    ErrorInvalidRequest);
    if only `StartDateTime` is set, `DueDateTime` is set to the same value; `DueDateTime: null` also
    clears
    `StartDateTime`. By default the response expresses date-related properties in UTC; with
    `Prefer: outlook.timezone="<zone>"` in that zone.

    The body may also carry `SingleValueExtendedProperties` and `MultiValueExtendedProperties` (see
    `SingleValueExtendedPropertyInput`); the response does not include them (read them with `getTask`
    and
    `$expand`). A malformed `PropertyId` gives 400 ErrorInvalidProperty, a wrong type or attribute
    400 ErrorInvalidExtendedProperty, a value that does not fit its type 400
    ErrorInvalidExtendedPropertyValue.

    Args:
        prefer (str | Unset):
        body (NewTask): A task to create: any writable properties (all optional).
            `StartDateTime`/`DueDateTime`: the time part is
            ignored (midnight in the given zone); StartDateTime needs DueDateTime on the same or a
            later date (else
            400 ErrorInvalidRequest); if only StartDateTime is set, DueDateTime gets the same value;
            DueDateTime null also
            makes StartDateTime null. `CompletedDateTime` requires `Status: Completed` in the same
            body (else 400
            ErrorInvalidRequest). `AssignedTo`, `Owner` and the other read-only properties are not
            writable
            (400 ErrorInvalidProperty); unknown properties give 400 RequestBodyRead; wrong value types
            400 RequestBodyRead.
            `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create extended
            properties with the task
            (not returned in the response). OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
