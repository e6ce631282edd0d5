from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_folder import ContactFolder
from ...models.new_contact_folder import NewContactFolder
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    contact_folder_id: str,
    *,
    body: NewContactFolder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/contactfolders('{contact_folder_id}')/childfolders".format(
            contact_folder_id=quote(str(contact_folder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactFolder | ODataError | None:
    if response.status_code == 201:
        response_201 = ContactFolder.from_dict(response.json())

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
) -> Response[ContactFolder | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewContactFolder,
) -> Response[ContactFolder | ODataError]:
    """Create a child contact folder

     Creates a contact folder under the given one. Body and refusals as for `createContactFolder`.

    Args:
        contact_folder_id (str):
        body (NewContactFolder): A contact folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFolder | ODataError]
    """

    kwargs = _get_kwargs(
        contact_folder_id=contact_folder_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewContactFolder,
) -> ContactFolder | ODataError | None:
    """Create a child contact folder

     Creates a contact folder under the given one. Body and refusals as for `createContactFolder`.

    Args:
        contact_folder_id (str):
        body (NewContactFolder): A contact folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFolder | ODataError
    """

    return sync_detailed(
        contact_folder_id=contact_folder_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewContactFolder,
) -> Response[ContactFolder | ODataError]:
    """Create a child contact folder

     Creates a contact folder under the given one. Body and refusals as for `createContactFolder`.

    Args:
        contact_folder_id (str):
        body (NewContactFolder): A contact folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactFolder | ODataError]
    """

    kwargs = _get_kwargs(
        contact_folder_id=contact_folder_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewContactFolder,
) -> ContactFolder | ODataError | None:
    """Create a child contact folder

     Creates a contact folder under the given one. Body and refusals as for `createContactFolder`.

    Args:
        contact_folder_id (str):
        body (NewContactFolder): A contact folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactFolder | ODataError
    """

    return (
        await asyncio_detailed(
            contact_folder_id=contact_folder_id,
            client=client,
            body=body,
        )
    ).parsed
