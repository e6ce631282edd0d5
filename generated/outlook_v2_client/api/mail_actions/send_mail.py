from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.send_mail_body import SendMailBody
from ...types import Response


def _get_kwargs(
    *,
    body: SendMailBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/sendmail",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ODataError | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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
) -> Response[Any | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMailBody,
) -> Response[Any | ODataError]:
    """Send a new message at once

     Sends the message of the body (`Message`: any writable message property; at least one recipient in
    `ToRecipients`, `CcRecipients` or `BccRecipients`, each with an `Address`, else 400
    ErrorInvalidRecipients;
    `Attachments` as for `createTaskAttachment`). `SaveToSentItems` (default `true`; `"true"`/`"false"`
    strings
    accepted, as the reference's own example sends one) keeps a copy in `SentItems`.

    Delivery within the tenant: every recipient (To, Cc and Bcc) who is a user of the tenant, found by
    address
    case-insensitively, gets one copy in their `Inbox`, even if named twice: unread, `IsDraft` false,
    `ReceivedDateTime` set, `From`/`Sender` the sender, the same `ConversationId` and
    `InternetMessageId` as the
    sent copy, `InferenceClassification` from the recipient's overrides (else `Focused`), and no
    `BccRecipients` (a Bcc recipient's copy shows only their own address there). Categories, Flag and
    extended
    properties are the sender's and do not travel. Recipients outside the tenant are recorded on the
    sent copy
    only. Scope `Mail.Send`.

    Args:
        body (SendMailBody): The parameters of `sendMail`: the message to send and whether to keep
            a copy in `SentItems`. Unknown
            parameters give 400 RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendMailBody,
) -> Any | ODataError | None:
    """Send a new message at once

     Sends the message of the body (`Message`: any writable message property; at least one recipient in
    `ToRecipients`, `CcRecipients` or `BccRecipients`, each with an `Address`, else 400
    ErrorInvalidRecipients;
    `Attachments` as for `createTaskAttachment`). `SaveToSentItems` (default `true`; `"true"`/`"false"`
    strings
    accepted, as the reference's own example sends one) keeps a copy in `SentItems`.

    Delivery within the tenant: every recipient (To, Cc and Bcc) who is a user of the tenant, found by
    address
    case-insensitively, gets one copy in their `Inbox`, even if named twice: unread, `IsDraft` false,
    `ReceivedDateTime` set, `From`/`Sender` the sender, the same `ConversationId` and
    `InternetMessageId` as the
    sent copy, `InferenceClassification` from the recipient's overrides (else `Focused`), and no
    `BccRecipients` (a Bcc recipient's copy shows only their own address there). Categories, Flag and
    extended
    properties are the sender's and do not travel. Recipients outside the tenant are recorded on the
    sent copy
    only. Scope `Mail.Send`.

    Args:
        body (SendMailBody): The parameters of `sendMail`: the message to send and whether to keep
            a copy in `SentItems`. Unknown
            parameters give 400 RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ODataError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendMailBody,
) -> Response[Any | ODataError]:
    """Send a new message at once

     Sends the message of the body (`Message`: any writable message property; at least one recipient in
    `ToRecipients`, `CcRecipients` or `BccRecipients`, each with an `Address`, else 400
    ErrorInvalidRecipients;
    `Attachments` as for `createTaskAttachment`). `SaveToSentItems` (default `true`; `"true"`/`"false"`
    strings
    accepted, as the reference's own example sends one) keeps a copy in `SentItems`.

    Delivery within the tenant: every recipient (To, Cc and Bcc) who is a user of the tenant, found by
    address
    case-insensitively, gets one copy in their `Inbox`, even if named twice: unread, `IsDraft` false,
    `ReceivedDateTime` set, `From`/`Sender` the sender, the same `ConversationId` and
    `InternetMessageId` as the
    sent copy, `InferenceClassification` from the recipient's overrides (else `Focused`), and no
    `BccRecipients` (a Bcc recipient's copy shows only their own address there). Categories, Flag and
    extended
    properties are the sender's and do not travel. Recipients outside the tenant are recorded on the
    sent copy
    only. Scope `Mail.Send`.

    Args:
        body (SendMailBody): The parameters of `sendMail`: the message to send and whether to keep
            a copy in `SentItems`. Unknown
            parameters give 400 RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendMailBody,
) -> Any | ODataError | None:
    """Send a new message at once

     Sends the message of the body (`Message`: any writable message property; at least one recipient in
    `ToRecipients`, `CcRecipients` or `BccRecipients`, each with an `Address`, else 400
    ErrorInvalidRecipients;
    `Attachments` as for `createTaskAttachment`). `SaveToSentItems` (default `true`; `"true"`/`"false"`
    strings
    accepted, as the reference's own example sends one) keeps a copy in `SentItems`.

    Delivery within the tenant: every recipient (To, Cc and Bcc) who is a user of the tenant, found by
    address
    case-insensitively, gets one copy in their `Inbox`, even if named twice: unread, `IsDraft` false,
    `ReceivedDateTime` set, `From`/`Sender` the sender, the same `ConversationId` and
    `InternetMessageId` as the
    sent copy, `InferenceClassification` from the recipient's overrides (else `Focused`), and no
    `BccRecipients` (a Bcc recipient's copy shows only their own address there). Categories, Flag and
    extended
    properties are the sender's and do not travel. Recipients outside the tenant are recorded on the
    sent copy
    only. Scope `Mail.Send`.

    Args:
        body (SendMailBody): The parameters of `sendMail`: the message to send and whether to keep
            a copy in `SentItems`. Unknown
            parameters give 400 RequestBodyRead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
