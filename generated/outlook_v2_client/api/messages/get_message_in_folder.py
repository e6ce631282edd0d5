from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message import Message
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    mail_folder_id: str,
    message_id: str,
    *,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["$select"] = select

    params["$expand"] = expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/mailfolders('{mail_folder_id}')/messages('{message_id}')".format(
            mail_folder_id=quote(str(mail_folder_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Message | ODataError | None:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

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
) -> Response[Message | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mail_folder_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[Message | ODataError]:
    """Get a message of a mail folder

     As `getMessage`, through the message's folder; a message of another folder is `404
    ErrorItemNotFound`.

    Args:
        mail_folder_id (str):
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Message | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        message_id=message_id,
        select=select,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mail_folder_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Message | ODataError | None:
    """Get a message of a mail folder

     As `getMessage`, through the message's folder; a message of another folder is `404
    ErrorItemNotFound`.

    Args:
        mail_folder_id (str):
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Message | ODataError
    """

    return sync_detailed(
        mail_folder_id=mail_folder_id,
        message_id=message_id,
        client=client,
        select=select,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    mail_folder_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Response[Message | ODataError]:
    """Get a message of a mail folder

     As `getMessage`, through the message's folder; a message of another folder is `404
    ErrorItemNotFound`.

    Args:
        mail_folder_id (str):
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Message | ODataError]
    """

    kwargs = _get_kwargs(
        mail_folder_id=mail_folder_id,
        message_id=message_id,
        select=select,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mail_folder_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    select: str | Unset = UNSET,
    expand: str | Unset = UNSET,
) -> Message | ODataError | None:
    """Get a message of a mail folder

     As `getMessage`, through the message's folder; a message of another folder is `404
    ErrorItemNotFound`.

    Args:
        mail_folder_id (str):
        message_id (str):
        select (str | Unset):
        expand (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Message | ODataError
    """

    return (
        await asyncio_detailed(
            mail_folder_id=mail_folder_id,
            message_id=message_id,
            client=client,
            select=select,
            expand=expand,
        )
    ).parsed
