"""Size caps on request bodies (outlook_mock/wire/limits.py): one walk, every body, both dialects."""

from __future__ import annotations

import json

import pytest
from starlette.testclient import TestClient

from conformance.target import mock_target
from outlook_mock.errors import ErrorInvalidProperty, RequestBodyRead
from outlook_mock.wire.limits import LIMITS, check_sizes

API = "/api/v2.0"
PREVIEW = "/ews/odata"
NS = "Microsoft.Exchange.Services.OData.Model"
CONTENT_BYTES = LIMITS["contentbytes"].length


@pytest.fixture
def client() -> TestClient:
    return mock_target().http()


@pytest.mark.parametrize(
    ("body", "accepted"),
    [
        ({"Subject": "s" * 4096}, True),
        ({"Subject": "s" * 4097}, False),
        ({"Categories": ["c" * 255] * 250}, True),
        ({"Categories": ["c"] * 251}, False),
        ({"Categories": ["c" * 256]}, False),
        ({"Body": {"Content": "b" * (4 * 1024 * 1024)}}, True),
        ({"Body": {"Content": "b" * (4 * 1024 * 1024 + 1)}}, False),
        ({"Name": "n" * 256}, False),
        ({"Attendees": [{"EmailAddress": {"Address": "a@b.c"}}] * 501}, False),
        ({"Item": {"Subject": "s" * 4097}}, False),  # an item attachment's embedded item too
        ({"SingleValueExtendedProperties": [{"PropertyId": "p", "Value": "v" * 65537}]}, False),
        ({"MultiValueExtendedProperties": [{"PropertyId": "p", "Value": ["v" * 65537]}]}, False),
        ({"ContentBytes": "A" * CONTENT_BYTES}, True),
        ({"ContentBytes": "A" * (CONTENT_BYTES + 4)}, False),
    ],
)
def test_caps(body: dict, accepted: bool) -> None:
    if accepted:
        check_sizes(body)
    else:
        with pytest.raises(ErrorInvalidProperty):
            check_sizes(body)


def test_contentbytes_cap_is_the_base64_of_4_mib() -> None:
    import base64

    assert len(base64.b64encode(bytes(4 * 1024 * 1024))) == CONTENT_BYTES


def test_a_long_property_name_is_not_echoed_back() -> None:
    with pytest.raises(RequestBodyRead) as refused:
        check_sizes({"x" * 10_000: 1})
    assert "x" * 256 not in refused.value.message


def test_deep_nesting_does_not_overflow_the_stack() -> None:
    body: dict = {}
    for _ in range(900):
        body = {"a": [body]}
    check_sizes(body)


def test_over_the_cap_is_400_on_the_wire_and_stores_nothing(client: TestClient) -> None:
    answer = client.post(f"{API}/me/tasks", json={"Subject": "ok", "Categories": ["a"]})
    task = answer.json()
    url = f"{API}/me/tasks('{task['Id'].replace('/', '%2F')}')"
    refused = client.patch(url, json={"Subject": "x" * 5000})
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "ErrorInvalidProperty"
    assert "Subject" in refused.json()["error"]["message"] and "4096" in refused.json()["error"]["message"]
    assert client.get(url).json()["Subject"] == "ok"
    many = client.post(f"{API}/me/tasks", json={"Subject": "t", "Categories": ["c"] * 100_000})
    assert many.status_code == 400 and many.json()["error"]["code"] == "ErrorInvalidProperty"


def test_preview_bodies_are_capped_too(client: TestClient) -> None:
    event = {
        "@odata.type": f"#{NS}.Event",
        "Subject": "e",
        "Start": "2014-07-02T18:00:00Z",
        "End": "2014-07-02T19:00:00Z",
        "Attendees": [{"Name": "n" * 256, "Address": "a@b.c", "Type": "Required"}],
    }
    answer = client.post(f"{PREVIEW}/Me/Events", content=json.dumps(event))
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorInvalidProperty"
