from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailbox_settings import MailboxSettings
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/mailboxsettings",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailboxSettings | ODataError | None:
    if response.status_code == 200:
        response_200 = MailboxSettings.from_dict(response.json())

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
) -> Response[MailboxSettings | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> Response[MailboxSettings | ODataError]:
    """Get all mailbox settings

     The signed-in user's mailbox settings: `AutomaticRepliesSetting`, `TimeZone` and `Language` (the
    reference's
    "Get all mailbox settings", documented for beta; the real service answered v2.0 alike, and clients
    call it
    there, so `/api/v2.0` and `/api/beta` both serve it). `Prefer: outlook.timezone` sets the zone of
    `ScheduledStartDateTime`/`ScheduledEndDateTime` (UTC otherwise). A new mailbox has `TimeZone` `UTC`,
    `Language` `en-US` and automatic replies `Disabled` (ExternalAudience `All`, a schedule from the
    next full
    hour, one day long, empty messages). Scope: `MailboxSettings.Read` or `MailboxSettings.ReadWrite`
    (the
    reference names only `mailboxsettings.readwrite`; the read scope is accepted for reads, as the
    service did).

    Args:
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxSettings | ODataError]
    """

    kwargs = _get_kwargs(
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> MailboxSettings | ODataError | None:
    """Get all mailbox settings

     The signed-in user's mailbox settings: `AutomaticRepliesSetting`, `TimeZone` and `Language` (the
    reference's
    "Get all mailbox settings", documented for beta; the real service answered v2.0 alike, and clients
    call it
    there, so `/api/v2.0` and `/api/beta` both serve it). `Prefer: outlook.timezone` sets the zone of
    `ScheduledStartDateTime`/`ScheduledEndDateTime` (UTC otherwise). A new mailbox has `TimeZone` `UTC`,
    `Language` `en-US` and automatic replies `Disabled` (ExternalAudience `All`, a schedule from the
    next full
    hour, one day long, empty messages). Scope: `MailboxSettings.Read` or `MailboxSettings.ReadWrite`
    (the
    reference names only `mailboxsettings.readwrite`; the read scope is accepted for reads, as the
    service did).

    Args:
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxSettings | ODataError
    """

    return sync_detailed(
        client=client,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> Response[MailboxSettings | ODataError]:
    """Get all mailbox settings

     The signed-in user's mailbox settings: `AutomaticRepliesSetting`, `TimeZone` and `Language` (the
    reference's
    "Get all mailbox settings", documented for beta; the real service answered v2.0 alike, and clients
    call it
    there, so `/api/v2.0` and `/api/beta` both serve it). `Prefer: outlook.timezone` sets the zone of
    `ScheduledStartDateTime`/`ScheduledEndDateTime` (UTC otherwise). A new mailbox has `TimeZone` `UTC`,
    `Language` `en-US` and automatic replies `Disabled` (ExternalAudience `All`, a schedule from the
    next full
    hour, one day long, empty messages). Scope: `MailboxSettings.Read` or `MailboxSettings.ReadWrite`
    (the
    reference names only `mailboxsettings.readwrite`; the read scope is accepted for reads, as the
    service did).

    Args:
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxSettings | ODataError]
    """

    kwargs = _get_kwargs(
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    prefer: str | Unset = UNSET,
) -> MailboxSettings | ODataError | None:
    """Get all mailbox settings

     The signed-in user's mailbox settings: `AutomaticRepliesSetting`, `TimeZone` and `Language` (the
    reference's
    "Get all mailbox settings", documented for beta; the real service answered v2.0 alike, and clients
    call it
    there, so `/api/v2.0` and `/api/beta` both serve it). `Prefer: outlook.timezone` sets the zone of
    `ScheduledStartDateTime`/`ScheduledEndDateTime` (UTC otherwise). A new mailbox has `TimeZone` `UTC`,
    `Language` `en-US` and automatic replies `Disabled` (ExternalAudience `All`, a schedule from the
    next full
    hour, one day long, empty messages). Scope: `MailboxSettings.Read` or `MailboxSettings.ReadWrite`
    (the
    reference names only `mailboxsettings.readwrite`; the read scope is accepted for reads, as the
    service did).

    Args:
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxSettings | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            prefer=prefer,
        )
    ).parsed
