from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attached_contact import AttachedContact
from ...models.attached_event import AttachedEvent
from ...models.attached_message import AttachedMessage
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    attachment_id: str,
    *,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/messages('{message_id}')/attachments('{attachment_id}')/item".format(
            message_id=quote(str(message_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachedContact | AttachedEvent | AttachedMessage | ODataError | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AttachedContact | AttachedEvent | AttachedMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_type_0 = AttachedMessage.from_dict(data)

                return componentsschemas_attached_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_type_1 = AttachedEvent.from_dict(data)

                return componentsschemas_attached_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attached_item_type_2 = AttachedContact.from_dict(data)

            return componentsschemas_attached_item_type_2

        response_200 = _parse_response_200(response.json())

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
) -> Response[AttachedContact | AttachedEvent | AttachedMessage | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> Response[AttachedContact | AttachedEvent | AttachedMessage | ODataError]:
    """Get the item of an item attachment of a message

     The message, event or contact of an item attachment, as
    `$expand=Microsoft.OutlookServices.ItemAttachment/Item`
    shows it; its `@odata.id` is this URL (the item is in no folder or calendar). A file or reference
    attachment has no item: 404 ErrorItemNotFound.

    Args:
        message_id (str):
        attachment_id (str):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachedContact | AttachedEvent | AttachedMessage | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        attachment_id=attachment_id,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> AttachedContact | AttachedEvent | AttachedMessage | ODataError | None:
    """Get the item of an item attachment of a message

     The message, event or contact of an item attachment, as
    `$expand=Microsoft.OutlookServices.ItemAttachment/Item`
    shows it; its `@odata.id` is this URL (the item is in no folder or calendar). A file or reference
    attachment has no item: 404 ErrorItemNotFound.

    Args:
        message_id (str):
        attachment_id (str):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachedContact | AttachedEvent | AttachedMessage | ODataError
    """

    return sync_detailed(
        message_id=message_id,
        attachment_id=attachment_id,
        client=client,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> Response[AttachedContact | AttachedEvent | AttachedMessage | ODataError]:
    """Get the item of an item attachment of a message

     The message, event or contact of an item attachment, as
    `$expand=Microsoft.OutlookServices.ItemAttachment/Item`
    shows it; its `@odata.id` is this URL (the item is in no folder or calendar). A file or reference
    attachment has no item: 404 ErrorItemNotFound.

    Args:
        message_id (str):
        attachment_id (str):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachedContact | AttachedEvent | AttachedMessage | ODataError]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        attachment_id=attachment_id,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> AttachedContact | AttachedEvent | AttachedMessage | ODataError | None:
    """Get the item of an item attachment of a message

     The message, event or contact of an item attachment, as
    `$expand=Microsoft.OutlookServices.ItemAttachment/Item`
    shows it; its `@odata.id` is this URL (the item is in no folder or calendar). A file or reference
    attachment has no item: 404 ErrorItemNotFound.

    Args:
        message_id (str):
        attachment_id (str):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachedContact | AttachedEvent | AttachedMessage | ODataError
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            attachment_id=attachment_id,
            client=client,
            prefer=prefer,
        )
    ).parsed
