from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact import Contact
from ...models.contact_patch import ContactPatch
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contact_folder_id: str,
    contact_id: str,
    *,
    body: ContactPatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/contactfolders('{contact_folder_id}')/contacts('{contact_id}')".format(
            contact_folder_id=quote(str(contact_folder_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Contact | ODataError | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(response.json())

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
) -> Response[Contact | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_folder_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactPatch,
    if_match: str | Unset = UNSET,
) -> Response[Contact | ODataError]:
    """Update a contact of a contact folder

     As `updateContact`, through the contact's folder (another folder's contact is a 404).

    Args:
        contact_folder_id (str):
        contact_id (str):
        if_match (str | Unset):
        body (ContactPatch): Changes to a contact. Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ODataError]
    """

    kwargs = _get_kwargs(
        contact_folder_id=contact_folder_id,
        contact_id=contact_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_folder_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactPatch,
    if_match: str | Unset = UNSET,
) -> Contact | ODataError | None:
    """Update a contact of a contact folder

     As `updateContact`, through the contact's folder (another folder's contact is a 404).

    Args:
        contact_folder_id (str):
        contact_id (str):
        if_match (str | Unset):
        body (ContactPatch): Changes to a contact. Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ODataError
    """

    return sync_detailed(
        contact_folder_id=contact_folder_id,
        contact_id=contact_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    contact_folder_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactPatch,
    if_match: str | Unset = UNSET,
) -> Response[Contact | ODataError]:
    """Update a contact of a contact folder

     As `updateContact`, through the contact's folder (another folder's contact is a 404).

    Args:
        contact_folder_id (str):
        contact_id (str):
        if_match (str | Unset):
        body (ContactPatch): Changes to a contact. Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Contact | ODataError]
    """

    kwargs = _get_kwargs(
        contact_folder_id=contact_folder_id,
        contact_id=contact_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_folder_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactPatch,
    if_match: str | Unset = UNSET,
) -> Contact | ODataError | None:
    """Update a contact of a contact folder

     As `updateContact`, through the contact's folder (another folder's contact is a 404).

    Args:
        contact_folder_id (str):
        contact_id (str):
        if_match (str | Unset):
        body (ContactPatch): Changes to a contact. Unknown properties give 400 RequestBodyRead,
            read-only ones 400 ErrorInvalidProperty.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Contact | ODataError
    """

    return (
        await asyncio_detailed(
            contact_folder_id=contact_folder_id,
            contact_id=contact_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
