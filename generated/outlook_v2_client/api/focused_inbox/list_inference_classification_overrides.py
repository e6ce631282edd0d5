from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inference_classification_override_collection import (
    InferenceClassificationOverrideCollection,
)
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(prefer, Unset):
        headers["Prefer"] = prefer

    params: dict[str, Any] = {}

    params["$top"] = top

    params["$skip"] = skip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/InferenceClassification/Overrides",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceClassificationOverrideCollection | ODataError | None:
    if response.status_code == 200:
        response_200 = InferenceClassificationOverrideCollection.from_dict(
            response.json()
        )

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
) -> Response[InferenceClassificationOverrideCollection | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[InferenceClassificationOverrideCollection | ODataError]:
    """Get the Focused Inbox overrides

     The mailbox's overrides, one per sender address (an empty collection when there is none), paged like
    every
    collection; `$filter`/`$orderby` on `ClassifyAs`. Scope `Mail.Read`.

    Args:
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverrideCollection | ODataError]
    """

    kwargs = _get_kwargs(
        top=top,
        skip=skip,
        prefer=prefer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> InferenceClassificationOverrideCollection | ODataError | None:
    """Get the Focused Inbox overrides

     The mailbox's overrides, one per sender address (an empty collection when there is none), paged like
    every
    collection; `$filter`/`$orderby` on `ClassifyAs`. Scope `Mail.Read`.

    Args:
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceClassificationOverrideCollection | ODataError
    """

    return sync_detailed(
        client=client,
        top=top,
        skip=skip,
        prefer=prefer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> Response[InferenceClassificationOverrideCollection | ODataError]:
    """Get the Focused Inbox overrides

     The mailbox's overrides, one per sender address (an empty collection when there is none), paged like
    every
    collection; `$filter`/`$orderby` on `ClassifyAs`. Scope `Mail.Read`.

    Args:
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverrideCollection | ODataError]
    """

    kwargs = _get_kwargs(
        top=top,
        skip=skip,
        prefer=prefer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    top: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    prefer: str | Unset = UNSET,
) -> InferenceClassificationOverrideCollection | ODataError | None:
    """Get the Focused Inbox overrides

     The mailbox's overrides, one per sender address (an empty collection when there is none), paged like
    every
    collection; `$filter`/`$orderby` on `ClassifyAs`. Scope `Mail.Read`.

    Args:
        top (int | Unset):
        skip (int | Unset):
        prefer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceClassificationOverrideCollection | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            top=top,
            skip=skip,
            prefer=prefer,
        )
    ).parsed
