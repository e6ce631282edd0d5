from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inference_classification_override import InferenceClassificationOverride
from ...models.inference_classification_override_patch import (
    InferenceClassificationOverridePatch,
)
from ...models.o_data_error import ODataError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    override_id: str,
    *,
    body: InferenceClassificationOverridePatch,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/me/InferenceClassification/Overrides('{override_id}')".format(
            override_id=quote(str(override_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InferenceClassificationOverride | ODataError | None:
    if response.status_code == 200:
        response_200 = InferenceClassificationOverride.from_dict(response.json())

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
) -> Response[InferenceClassificationOverride | ODataError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    override_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceClassificationOverridePatch,
    if_match: str | Unset = UNSET,
) -> Response[InferenceClassificationOverride | ODataError]:
    """Change an override's classification

     Changes `ClassifyAs` only. `SenderEmailAddress` cannot be changed this way (400
    ErrorInvalidProperty): create
    the override again to change the `Name`, delete it and create one for a new address. Overrides have
    no
    ChangeKey: only `If-Match: *` matches. Scope `Mail.ReadWrite`.

    Args:
        override_id (str):
        if_match (str | Unset):
        body (InferenceClassificationOverridePatch): Changes to an override; only `ClassifyAs` can
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverride | ODataError]
    """

    kwargs = _get_kwargs(
        override_id=override_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    override_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceClassificationOverridePatch,
    if_match: str | Unset = UNSET,
) -> InferenceClassificationOverride | ODataError | None:
    """Change an override's classification

     Changes `ClassifyAs` only. `SenderEmailAddress` cannot be changed this way (400
    ErrorInvalidProperty): create
    the override again to change the `Name`, delete it and create one for a new address. Overrides have
    no
    ChangeKey: only `If-Match: *` matches. Scope `Mail.ReadWrite`.

    Args:
        override_id (str):
        if_match (str | Unset):
        body (InferenceClassificationOverridePatch): Changes to an override; only `ClassifyAs` can
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceClassificationOverride | ODataError
    """

    return sync_detailed(
        override_id=override_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    override_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceClassificationOverridePatch,
    if_match: str | Unset = UNSET,
) -> Response[InferenceClassificationOverride | ODataError]:
    """Change an override's classification

     Changes `ClassifyAs` only. `SenderEmailAddress` cannot be changed this way (400
    ErrorInvalidProperty): create
    the override again to change the `Name`, delete it and create one for a new address. Overrides have
    no
    ChangeKey: only `If-Match: *` matches. Scope `Mail.ReadWrite`.

    Args:
        override_id (str):
        if_match (str | Unset):
        body (InferenceClassificationOverridePatch): Changes to an override; only `ClassifyAs` can
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverride | ODataError]
    """

    kwargs = _get_kwargs(
        override_id=override_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    override_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InferenceClassificationOverridePatch,
    if_match: str | Unset = UNSET,
) -> InferenceClassificationOverride | ODataError | None:
    """Change an override's classification

     Changes `ClassifyAs` only. `SenderEmailAddress` cannot be changed this way (400
    ErrorInvalidProperty): create
    the override again to change the `Name`, delete it and create one for a new address. Overrides have
    no
    ChangeKey: only `If-Match: *` matches. Scope `Mail.ReadWrite`.

    Args:
        override_id (str):
        if_match (str | Unset):
        body (InferenceClassificationOverridePatch): Changes to an override; only `ClassifyAs` can
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceClassificationOverride | ODataError
    """

    return (
        await asyncio_detailed(
            override_id=override_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
