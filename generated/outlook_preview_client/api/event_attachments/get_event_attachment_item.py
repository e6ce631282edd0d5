from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attached_event import AttachedEvent
from ...models.attached_message import AttachedMessage
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    event_id: str,
    attachment_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/Me/Events('{event_id}')/Attachments('{attachment_id}')/Item".format(
            event_id=quote(str(event_id), safe=""),
            attachment_id=quote(str(attachment_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachedEvent | AttachedMessage | ODataError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AttachedEvent | AttachedMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_type_0 = AttachedMessage.from_dict(data)

                return componentsschemas_attached_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attached_item_type_1 = AttachedEvent.from_dict(data)

            return componentsschemas_attached_item_type_1

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
) -> Response[AttachedEvent | AttachedMessage | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AttachedEvent | AttachedMessage | ODataError]:
    """Get the item of an item attachment

     The message or event of an item attachment (as `$expand=Item` shows it). The item lives in the
    attachment
    only, so its `@odata.id` and `@odata.editLink` are this URL (read-only), not a URL of the mailbox's
    events or
    messages. A file attachment has no item: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachedEvent | AttachedMessage | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
) -> AttachedEvent | AttachedMessage | ODataError | None:
    """Get the item of an item attachment

     The message or event of an item attachment (as `$expand=Item` shows it). The item lives in the
    attachment
    only, so its `@odata.id` and `@odata.editLink` are this URL (read-only), not a URL of the mailbox's
    events or
    messages. A file attachment has no item: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachedEvent | AttachedMessage | ODataError
    """

    return sync_detailed(
        event_id=event_id,
        attachment_id=attachment_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AttachedEvent | AttachedMessage | ODataError]:
    """Get the item of an item attachment

     The message or event of an item attachment (as `$expand=Item` shows it). The item lives in the
    attachment
    only, so its `@odata.id` and `@odata.editLink` are this URL (read-only), not a URL of the mailbox's
    events or
    messages. A file attachment has no item: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachedEvent | AttachedMessage | ODataError]
    """

    kwargs = _get_kwargs(
        event_id=event_id,
        attachment_id=attachment_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    event_id: str,
    attachment_id: str,
    *,
    client: AuthenticatedClient,
) -> AttachedEvent | AttachedMessage | ODataError | None:
    """Get the item of an item attachment

     The message or event of an item attachment (as `$expand=Item` shows it). The item lives in the
    attachment
    only, so its `@odata.id` and `@odata.editLink` are this URL (read-only), not a URL of the mailbox's
    events or
    messages. A file attachment has no item: 404 ErrorItemNotFound. Needs `Calendar.Read` or
    `Calendar.Write`.

    Args:
        event_id (str):
        attachment_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachedEvent | AttachedMessage | ODataError
    """

    return (
        await asyncio_detailed(
            event_id=event_id,
            attachment_id=attachment_id,
            client=client,
        )
    ).parsed
