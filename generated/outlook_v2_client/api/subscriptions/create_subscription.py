from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.new_push_subscription import NewPushSubscription
from ...models.o_data_error import ODataError
from ...models.push_subscription import PushSubscription
from ...types import Response


def _get_kwargs(
    *,
    body: NewPushSubscription,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | PushSubscription | None:
    if response.status_code == 201:
        response_201 = PushSubscription.from_dict(response.json())

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
) -> Response[ODataError | PushSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewPushSubscription,
) -> Response[ODataError | PushSubscription]:
    """Subscribe to changes of a collection

     Creates a push subscription after the validation request to its `NotificationURL` succeeded (see
    "Push
    notifications" above): `201` with the subscription (`Id` to match future notifications, `ChangeType`
    with
    `Missed` added, `SubscriptionExpirationDateTime` at most three days on), or `400
    ErrorInvalidParameter` when
    the listener did not echo the validation token within 5 seconds. A `Resource` that is no watchable
    collection of this mailbox, a `ChangeType` naming none of `Created`, `Updated`, `Deleted`, a
    `ClientState`
    over 255 characters or an expiry in the past give `400 ErrorInvalidRequest`; a folder, calendar or
    contact
    folder in the Resource that does not exist `404`. Needs the read scope of the Resource's kind (403
    otherwise).
    The service then POSTs notifications to the listener: see this operation's `callbacks`.

    Args:
        body (NewPushSubscription): A subscription to create (the reference's `PushSubscription`,
            its writable properties). `ChangeType`: one or
            more of `Created`, `Updated`, `Deleted` (and `Missed`, which is always added), comma
            separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | PushSubscription]
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
    body: NewPushSubscription,
) -> ODataError | PushSubscription | None:
    """Subscribe to changes of a collection

     Creates a push subscription after the validation request to its `NotificationURL` succeeded (see
    "Push
    notifications" above): `201` with the subscription (`Id` to match future notifications, `ChangeType`
    with
    `Missed` added, `SubscriptionExpirationDateTime` at most three days on), or `400
    ErrorInvalidParameter` when
    the listener did not echo the validation token within 5 seconds. A `Resource` that is no watchable
    collection of this mailbox, a `ChangeType` naming none of `Created`, `Updated`, `Deleted`, a
    `ClientState`
    over 255 characters or an expiry in the past give `400 ErrorInvalidRequest`; a folder, calendar or
    contact
    folder in the Resource that does not exist `404`. Needs the read scope of the Resource's kind (403
    otherwise).
    The service then POSTs notifications to the listener: see this operation's `callbacks`.

    Args:
        body (NewPushSubscription): A subscription to create (the reference's `PushSubscription`,
            its writable properties). `ChangeType`: one or
            more of `Created`, `Updated`, `Deleted` (and `Missed`, which is always added), comma
            separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | PushSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewPushSubscription,
) -> Response[ODataError | PushSubscription]:
    """Subscribe to changes of a collection

     Creates a push subscription after the validation request to its `NotificationURL` succeeded (see
    "Push
    notifications" above): `201` with the subscription (`Id` to match future notifications, `ChangeType`
    with
    `Missed` added, `SubscriptionExpirationDateTime` at most three days on), or `400
    ErrorInvalidParameter` when
    the listener did not echo the validation token within 5 seconds. A `Resource` that is no watchable
    collection of this mailbox, a `ChangeType` naming none of `Created`, `Updated`, `Deleted`, a
    `ClientState`
    over 255 characters or an expiry in the past give `400 ErrorInvalidRequest`; a folder, calendar or
    contact
    folder in the Resource that does not exist `404`. Needs the read scope of the Resource's kind (403
    otherwise).
    The service then POSTs notifications to the listener: see this operation's `callbacks`.

    Args:
        body (NewPushSubscription): A subscription to create (the reference's `PushSubscription`,
            its writable properties). `ChangeType`: one or
            more of `Created`, `Updated`, `Deleted` (and `Missed`, which is always added), comma
            separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | PushSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewPushSubscription,
) -> ODataError | PushSubscription | None:
    """Subscribe to changes of a collection

     Creates a push subscription after the validation request to its `NotificationURL` succeeded (see
    "Push
    notifications" above): `201` with the subscription (`Id` to match future notifications, `ChangeType`
    with
    `Missed` added, `SubscriptionExpirationDateTime` at most three days on), or `400
    ErrorInvalidParameter` when
    the listener did not echo the validation token within 5 seconds. A `Resource` that is no watchable
    collection of this mailbox, a `ChangeType` naming none of `Created`, `Updated`, `Deleted`, a
    `ClientState`
    over 255 characters or an expiry in the past give `400 ErrorInvalidRequest`; a folder, calendar or
    contact
    folder in the Resource that does not exist `404`. Needs the read scope of the Resource's kind (403
    otherwise).
    The service then POSTs notifications to the listener: see this operation's `callbacks`.

    Args:
        body (NewPushSubscription): A subscription to create (the reference's `PushSubscription`,
            its writable properties). `ChangeType`: one or
            more of `Created`, `Updated`, `Deleted` (and `Missed`, which is always added), comma
            separated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | PushSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
