from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mail_folder import MailFolder
from ...models.new_mail_folder import NewMailFolder
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    mail_folder_id: str,
    *,
    body: NewMailFolder,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/mailfolders('{mail_folder_id}')/childfolders".format(
            mail_folder_id=quote(str(mail_folder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailFolder | ODataError | None:
    if response.status_code == 201:
        response_201 = MailFolder.from_dict(response.json())

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
) -> Response[MailFolder | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewMailFolder,
) -> Response[MailFolder | ODataError]:
    """Create a child folder

     Creates a mail folder under the given one (its `ChildFolderCount` goes up by one). Body and refusals
    as for
    `createMailFolder`.

    Args:
        mail_folder_id (str):
        body (NewMailFolder): A mail folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailFolder | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewMailFolder,
) -> MailFolder | ODataError | None:
    """Create a child folder

     Creates a mail folder under the given one (its `ChildFolderCount` goes up by one). Body and refusals
    as for
    `createMailFolder`.

    Args:
        mail_folder_id (str):
        body (NewMailFolder): A mail folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailFolder | ODataError
    """

    return sync_detailed(
        mail_folder_id=mail_folder_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewMailFolder,
) -> Response[MailFolder | ODataError]:
    """Create a child folder

     Creates a mail folder under the given one (its `ChildFolderCount` goes up by one). Body and refusals
    as for
    `createMailFolder`.

    Args:
        mail_folder_id (str):
        body (NewMailFolder): A mail folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailFolder | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mail_folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: NewMailFolder,
) -> MailFolder | ODataError | None:
    """Create a child folder

     Creates a mail folder under the given one (its `ChildFolderCount` goes up by one). Body and refusals
    as for
    `createMailFolder`.

    Args:
        mail_folder_id (str):
        body (NewMailFolder): A mail folder to create: `DisplayName`, optionally extended
            properties. Unknown properties give
            400 RequestBodyRead, read-only ones 400 ErrorInvalidProperty. OData annotations (`@…`
            keys) are accepted and
            ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailFolder | ODataError
    """

    return (
        await asyncio_detailed(
            mail_folder_id=mail_folder_id,
            client=client,
            body=body,
        )
    ).parsed
