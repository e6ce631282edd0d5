from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.inference_classification_override import InferenceClassificationOverride
from ...models.o_data_error import ODataError
from ...types import Response


def _get_kwargs(
    override_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/me/InferenceClassification/Overrides('{override_id}')".format(
            override_id=quote(str(override_id), safe=""),
        ),
    }

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
) -> Response[InferenceClassificationOverride | ODataError]:
    """Get an override

     The override (its `@odata.id` is this URL, so it answers GET, PATCH and DELETE; the reference's
    sample
    spells it `InferenceClassificationOverrides('{id}')`, an entity set it documents no operation on).
    Scope `Mail.Read`.

    Args:
        override_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverride | ODataError]
    """

    kwargs = _get_kwargs(
        override_id=override_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    override_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> InferenceClassificationOverride | ODataError | None:
    """Get an override

     The override (its `@odata.id` is this URL, so it answers GET, PATCH and DELETE; the reference's
    sample
    spells it `InferenceClassificationOverrides('{id}')`, an entity set it documents no operation on).
    Scope `Mail.Read`.

    Args:
        override_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InferenceClassificationOverride | ODataError
    """

    return sync_detailed(
        override_id=override_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    override_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[InferenceClassificationOverride | ODataError]:
    """Get an override

     The override (its `@odata.id` is this URL, so it answers GET, PATCH and DELETE; the reference's
    sample
    spells it `InferenceClassificationOverrides('{id}')`, an entity set it documents no operation on).
    Scope `Mail.Read`.

    Args:
        override_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InferenceClassificationOverride | ODataError]
    """

    kwargs = _get_kwargs(
        override_id=override_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    override_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> InferenceClassificationOverride | ODataError | None:
    """Get an override

     The override (its `@odata.id` is this URL, so it answers GET, PATCH and DELETE; the reference's
    sample
    spells it `InferenceClassificationOverrides('{id}')`, an entity set it documents no operation on).
    Scope `Mail.Read`.

    Args:
        override_id (str):

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
        )
    ).parsed
