from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inference_classification_override import InferenceClassificationOverride
from ...models.new_inference_classification_override import (
    NewInferenceClassificationOverride,
)
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    *,
    body: NewInferenceClassificationOverride,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/me/InferenceClassification/Overrides",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceClassificationOverride | ODataError | None:
    if response.status_code == 201:
        response_201 = InferenceClassificationOverride.from_dict(response.json())

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
) -> Response[InferenceClassificationOverride | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewInferenceClassificationOverride,
) -> Response[InferenceClassificationOverride | ODataError]:
    """Create (or update) the override of a sender

     Mail delivered to the Inbox from `SenderEmailAddress.Address` (its `From`, matched case-
    insensitively) is
    classified `ClassifyAs` from now on; messages already delivered keep their classification. If the
    address
    has an override already, that one is updated (`ClassifyAs` and `Name`) and returned, still with 201
    (the
    reference's response is "the new or updated override"). At most 1000 overrides per mailbox (400
    ErrorInvalidRequest past that); an empty Address is 400 ErrorInvalidRequest. Scope `Mail.ReadWrite`.

    Args:
        body (NewInferenceClassificationOverride): An override to create (or, for an address that
            has one, to update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverride | ODataError]
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
    body: NewInferenceClassificationOverride,
) -> InferenceClassificationOverride | ODataError | None:
    """Create (or update) the override of a sender

     Mail delivered to the Inbox from `SenderEmailAddress.Address` (its `From`, matched case-
    insensitively) is
    classified `ClassifyAs` from now on; messages already delivered keep their classification. If the
    address
    has an override already, that one is updated (`ClassifyAs` and `Name`) and returned, still with 201
    (the
    reference's response is "the new or updated override"). At most 1000 overrides per mailbox (400
    ErrorInvalidRequest past that); an empty Address is 400 ErrorInvalidRequest. Scope `Mail.ReadWrite`.

    Args:
        body (NewInferenceClassificationOverride): An override to create (or, for an address that
            has one, to update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceClassificationOverride | ODataError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewInferenceClassificationOverride,
) -> Response[InferenceClassificationOverride | ODataError]:
    """Create (or update) the override of a sender

     Mail delivered to the Inbox from `SenderEmailAddress.Address` (its `From`, matched case-
    insensitively) is
    classified `ClassifyAs` from now on; messages already delivered keep their classification. If the
    address
    has an override already, that one is updated (`ClassifyAs` and `Name`) and returned, still with 201
    (the
    reference's response is "the new or updated override"). At most 1000 overrides per mailbox (400
    ErrorInvalidRequest past that); an empty Address is 400 ErrorInvalidRequest. Scope `Mail.ReadWrite`.

    Args:
        body (NewInferenceClassificationOverride): An override to create (or, for an address that
            has one, to update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverride | ODataError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewInferenceClassificationOverride,
) -> InferenceClassificationOverride | ODataError | None:
    """Create (or update) the override of a sender

     Mail delivered to the Inbox from `SenderEmailAddress.Address` (its `From`, matched case-
    insensitively) is
    classified `ClassifyAs` from now on; messages already delivered keep their classification. If the
    address
    has an override already, that one is updated (`ClassifyAs` and `Name`) and returned, still with 201
    (the
    reference's response is "the new or updated override"). At most 1000 overrides per mailbox (400
    ErrorInvalidRequest past that); an empty Address is 400 ErrorInvalidRequest. Scope `Mail.ReadWrite`.

    Args:
        body (NewInferenceClassificationOverride): An override to create (or, for an address that
            has one, to update).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceClassificationOverride | ODataError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
