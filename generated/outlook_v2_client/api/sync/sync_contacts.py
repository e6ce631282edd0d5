from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_delta_page import ContactDeltaPage
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["$deltatoken"] = deltatoken

    params["$skiptoken"] = skiptoken

    params["$select"] = select

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/contacts/",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactDeltaPage | ODataError | None:
    if response.status_code == 200:
        response_200 = ContactDeltaPage.from_dict(response.json())

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
) -> Response[ContactDeltaPage | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ContactDeltaPage | ODataError]:
    """Sync the contacts of the default contact folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `listContacts` with `Prefer: odata.track-changes`. Follow the previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.
    The reference's example: `GET
    https://outlook.office.com/api/v2.0/Me/Contacts/?%24deltatoken=169ca50467d34d9fb8adb664961b9836`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=100`.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactDeltaPage | ODataError]
    """

    kwargs = _get_kwargs(
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ContactDeltaPage | ODataError | None:
    """Sync the contacts of the default contact folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `listContacts` with `Prefer: odata.track-changes`. Follow the previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.
    The reference's example: `GET
    https://outlook.office.com/api/v2.0/Me/Contacts/?%24deltatoken=169ca50467d34d9fb8adb664961b9836`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=100`.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactDeltaPage | ODataError
    """

    return sync_detailed(
        client=client,
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[ContactDeltaPage | ODataError]:
    """Sync the contacts of the default contact folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `listContacts` with `Prefer: odata.track-changes`. Follow the previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.
    The reference's example: `GET
    https://outlook.office.com/api/v2.0/Me/Contacts/?%24deltatoken=169ca50467d34d9fb8adb664961b9836`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=100`.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactDeltaPage | ODataError]
    """

    kwargs = _get_kwargs(
        deltatoken=deltatoken,
        skiptoken=skiptoken,
        select=select,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    deltatoken: str | Unset = UNSET,
    skiptoken: str | Unset = UNSET,
    select: str | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> ContactDeltaPage | ODataError | None:
    """Sync the contacts of the default contact folder ($deltatoken / $skiptoken request)

     Second and later requests of a sync round (the trailing slash is part of the URL, as in Microsoft's
    pages); the first request is `listContacts` with `Prefer: odata.track-changes`. Follow the previous
    response's `@odata.deltaLink` (send `Prefer: odata.track-changes` with it) or `@odata.nextLink` (a
    `$skiptoken` request needs no `odata.track-changes`) as they are. The response lists the members
    created or
    changed since the token (and those not yet delivered by the initial response) and, as
    `DeletedEntity` entries (`"reason": "deleted"`, the v2.0 format of the reference's calendar view
    example,
    not Microsoft Graph's `@removed`), those deleted or moved out since; only members a client could
    have
    received are reported deleted. `@odata.nextLink` while more remain in the round, `@odata.deltaLink`
    (keep
    it for the next round) on its last page; `Prefer: odata.maxpagesize=<n>` bounds a page. A token this
    server
    did not issue for this collection (malformed, tampered with, another collection or user) is 400
    ErrorInvalidSyncStateData; a `$deltatoken` without `Prefer: odata.track-changes` is 400
    ErrorInvalidUrlQuery.
    A page costs O(page), whatever the size of the collection.
    The reference's example: `GET
    https://outlook.office.com/api/v2.0/Me/Contacts/?%24deltatoken=169ca50467d34d9fb8adb664961b9836`
    with `Prefer: odata.track-changes` and `Prefer: odata.maxpagesize=100`.

    Args:
        deltatoken (str | Unset):
        skiptoken (str | Unset):
        select (str | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactDeltaPage | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            deltatoken=deltatoken,
            skiptoken=skiptoken,
            select=select,
            prefer=prefer,
        )
    ).parsed
