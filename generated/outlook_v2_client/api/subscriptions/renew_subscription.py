from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_data_error import ODataError
from ...models.push_subscription import PushSubscription
from ...models.push_subscription_patch import PushSubscriptionPatch
from ...types import UNSET, Response, Unset


def _get_kwargs(
    subscription_id: str,
    *,
    body: PushSubscriptionPatch | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/subscriptions('{subscription_id}')".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ODataError | PushSubscription | None:
    if response.status_code == 200:
        response_200 = PushSubscription.from_dict(response.json())

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
) -> Response[ODataError | PushSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PushSubscriptionPatch | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ODataError | PushSubscription]:
    """Renew a subscription

     Sets a new `SubscriptionExpirationDateTime`, at most three days after this request (a later one
    gives exactly
    three days; one in the past `400 ErrorInvalidRequest`); without a body (or without the property) the
    subscription is extended by three days from now. Nothing else can be changed (`400 RequestBodyRead`,
    or
    `ErrorInvalidProperty` for `Id`). A subscription has no ChangeKey: `If-Match` matches only `*`.

    Args:
        subscription_id (str):
        if_match (str | Unset):
        body (PushSubscriptionPatch | Unset): A renewal; `{}` (or no body) extends the
            subscription by three days.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | PushSubscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PushSubscriptionPatch | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ODataError | PushSubscription | None:
    """Renew a subscription

     Sets a new `SubscriptionExpirationDateTime`, at most three days after this request (a later one
    gives exactly
    three days; one in the past `400 ErrorInvalidRequest`); without a body (or without the property) the
    subscription is extended by three days from now. Nothing else can be changed (`400 RequestBodyRead`,
    or
    `ErrorInvalidProperty` for `Id`). A subscription has no ChangeKey: `If-Match` matches only `*`.

    Args:
        subscription_id (str):
        if_match (str | Unset):
        body (PushSubscriptionPatch | Unset): A renewal; `{}` (or no body) extends the
            subscription by three days.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | PushSubscription
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PushSubscriptionPatch | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> Response[ODataError | PushSubscription]:
    """Renew a subscription

     Sets a new `SubscriptionExpirationDateTime`, at most three days after this request (a later one
    gives exactly
    three days; one in the past `400 ErrorInvalidRequest`); without a body (or without the property) the
    subscription is extended by three days from now. Nothing else can be changed (`400 RequestBodyRead`,
    or
    `ErrorInvalidProperty` for `Id`). A subscription has no ChangeKey: `If-Match` matches only `*`.

    Args:
        subscription_id (str):
        if_match (str | Unset):
        body (PushSubscriptionPatch | Unset): A renewal; `{}` (or no body) extends the
            subscription by three days.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ODataError | PushSubscription]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: PushSubscriptionPatch | Unset = UNSET,
    if_match: str | Unset = UNSET,
) -> ODataError | PushSubscription | None:
    """Renew a subscription

     Sets a new `SubscriptionExpirationDateTime`, at most three days after this request (a later one
    gives exactly
    three days; one in the past `400 ErrorInvalidRequest`); without a body (or without the property) the
    subscription is extended by three days from now. Nothing else can be changed (`400 RequestBodyRead`,
    or
    `ErrorInvalidProperty` for `Id`). A subscription has no ChangeKey: `If-Match` matches only `*`.

    Args:
        subscription_id (str):
        if_match (str | Unset):
        body (PushSubscriptionPatch | Unset): A renewal; `{}` (or no body) extends the
            subscription by three days.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ODataError | PushSubscription
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
