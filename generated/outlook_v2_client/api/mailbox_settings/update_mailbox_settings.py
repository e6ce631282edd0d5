from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailbox_settings import MailboxSettings
from ...models.mailbox_settings_update import MailboxSettingsUpdate
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MailboxSettingsUpdate,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/mailboxsettings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: MailboxSettingsUpdate,
    prefer: str | Unset = UNSET,
) -> Response[MailboxSettings | ODataError]:
    """Update mailbox settings (automatic replies, time zone, language)

     Changes the settings the body names and keeps the others; inside `AutomaticRepliesSetting` too, only
    the
    members given change (the reference's example changes `Status` and the schedule and keeps the
    messages).
    Mailbox settings cannot be created or deleted. The answer is the whole settings, as
    `getMailboxSettings`.
    Refusals, each a 400 with nothing changed: a `TimeZone` that is neither a Windows nor an IANA zone
    name
    (TimeZoneNotSupportedException, the code of every unknown zone); a schedule whose
    `ScheduledEndDateTime` is not after its `ScheduledStartDateTime` (ErrorInvalidRequest; checked
    whatever the
    Status, since the schedule is kept); a `Language.Locale` the mailbox does not offer
    (ErrorInvalidRequest;
    matched case-insensitively; `Language.DisplayName` follows the locale and a written one is ignored,
    alone it
    is ErrorInvalidProperty); an unknown `Status`/`ExternalAudience` value or property
    (RequestBodyRead).
    OData annotations (such as the `@odata.context` of the reference's request) are ignored. The reply
    messages
    are capped at 4,096 characters, as every string without a larger cap. Scope
    `MailboxSettings.ReadWrite`.

    Args:
        prefer (str | Unset):
        body (MailboxSettingsUpdate): The settings to change; a member left out keeps its value.
            `Language.DisplayName` follows `Language.Locale`.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxSettings | ODataError]
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
    body: MailboxSettingsUpdate,
    prefer: str | Unset = UNSET,
) -> MailboxSettings | ODataError | None:
    """Update mailbox settings (automatic replies, time zone, language)

     Changes the settings the body names and keeps the others; inside `AutomaticRepliesSetting` too, only
    the
    members given change (the reference's example changes `Status` and the schedule and keeps the
    messages).
    Mailbox settings cannot be created or deleted. The answer is the whole settings, as
    `getMailboxSettings`.
    Refusals, each a 400 with nothing changed: a `TimeZone` that is neither a Windows nor an IANA zone
    name
    (TimeZoneNotSupportedException, the code of every unknown zone); a schedule whose
    `ScheduledEndDateTime` is not after its `ScheduledStartDateTime` (ErrorInvalidRequest; checked
    whatever the
    Status, since the schedule is kept); a `Language.Locale` the mailbox does not offer
    (ErrorInvalidRequest;
    matched case-insensitively; `Language.DisplayName` follows the locale and a written one is ignored,
    alone it
    is ErrorInvalidProperty); an unknown `Status`/`ExternalAudience` value or property
    (RequestBodyRead).
    OData annotations (such as the `@odata.context` of the reference's request) are ignored. The reply
    messages
    are capped at 4,096 characters, as every string without a larger cap. Scope
    `MailboxSettings.ReadWrite`.

    Args:
        prefer (str | Unset):
        body (MailboxSettingsUpdate): The settings to change; a member left out keeps its value.
            `Language.DisplayName` follows `Language.Locale`.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxSettings | ODataError
    """

    return sync_detailed(
        client=client,
        body=body,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MailboxSettingsUpdate,
    prefer: str | Unset = UNSET,
) -> Response[MailboxSettings | ODataError]:
    """Update mailbox settings (automatic replies, time zone, language)

     Changes the settings the body names and keeps the others; inside `AutomaticRepliesSetting` too, only
    the
    members given change (the reference's example changes `Status` and the schedule and keeps the
    messages).
    Mailbox settings cannot be created or deleted. The answer is the whole settings, as
    `getMailboxSettings`.
    Refusals, each a 400 with nothing changed: a `TimeZone` that is neither a Windows nor an IANA zone
    name
    (TimeZoneNotSupportedException, the code of every unknown zone); a schedule whose
    `ScheduledEndDateTime` is not after its `ScheduledStartDateTime` (ErrorInvalidRequest; checked
    whatever the
    Status, since the schedule is kept); a `Language.Locale` the mailbox does not offer
    (ErrorInvalidRequest;
    matched case-insensitively; `Language.DisplayName` follows the locale and a written one is ignored,
    alone it
    is ErrorInvalidProperty); an unknown `Status`/`ExternalAudience` value or property
    (RequestBodyRead).
    OData annotations (such as the `@odata.context` of the reference's request) are ignored. The reply
    messages
    are capped at 4,096 characters, as every string without a larger cap. Scope
    `MailboxSettings.ReadWrite`.

    Args:
        prefer (str | Unset):
        body (MailboxSettingsUpdate): The settings to change; a member left out keeps its value.
            `Language.DisplayName` follows `Language.Locale`.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxSettings | ODataError]
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
    body: MailboxSettingsUpdate,
    prefer: str | Unset = UNSET,
) -> MailboxSettings | ODataError | None:
    """Update mailbox settings (automatic replies, time zone, language)

     Changes the settings the body names and keeps the others; inside `AutomaticRepliesSetting` too, only
    the
    members given change (the reference's example changes `Status` and the schedule and keeps the
    messages).
    Mailbox settings cannot be created or deleted. The answer is the whole settings, as
    `getMailboxSettings`.
    Refusals, each a 400 with nothing changed: a `TimeZone` that is neither a Windows nor an IANA zone
    name
    (TimeZoneNotSupportedException, the code of every unknown zone); a schedule whose
    `ScheduledEndDateTime` is not after its `ScheduledStartDateTime` (ErrorInvalidRequest; checked
    whatever the
    Status, since the schedule is kept); a `Language.Locale` the mailbox does not offer
    (ErrorInvalidRequest;
    matched case-insensitively; `Language.DisplayName` follows the locale and a written one is ignored,
    alone it
    is ErrorInvalidProperty); an unknown `Status`/`ExternalAudience` value or property
    (RequestBodyRead).
    OData annotations (such as the `@odata.context` of the reference's request) are ignored. The reply
    messages
    are capped at 4,096 characters, as every string without a larger cap. Scope
    `MailboxSettings.ReadWrite`.

    Args:
        prefer (str | Unset):
        body (MailboxSettingsUpdate): The settings to change; a member left out keeps its value.
            `Language.DisplayName` follows `Language.Locale`.
            OData annotations (`@…` keys) are accepted and ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxSettings | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            prefer=prefer,
        )
    ).parsed
