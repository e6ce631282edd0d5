"""Bodies both ways: orjson reads and writes exactly what the standard library did, and the size limits."""

from __future__ import annotations

import asyncio
import json

import pytest
from starlette.testclient import TestClient

from conformance.target import mock_target
from outlook_mock.errors import RequestBodyRead, RequestEntityTooLarge
from outlook_mock.wire.http import MAX_URL_BYTES, ODataResponse, _parse_json, read_body


@pytest.mark.parametrize(
    "body",
    [
        b'{"n": 123456789012345678901234567890}',  # past 64 bits: orjson would read a float
        b'{"n": -9223372036854775809, "m": 18446744073709551616}',
        '{"Subject": "é"}'.encode("utf-16"),  # the standard library reads UTF-16 (with its BOM)
        b'\xef\xbb\xbf{"Subject": "t"}',  # and a UTF-8 BOM
        b'{"Subject": "\\ud83d\\ude00", "x": 1.5e300, "y": [true, false, null]}',
        b'{"a": 1, "a": 2}',
    ],
)
def test_bodies_read_as_the_standard_library_reads_them(body: bytes) -> None:
    expected = json.loads(body)
    assert _parse_json(body) == expected
    assert [type(v) for v in _parse_json(body).values()] == [type(v) for v in expected.values()]


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, b"[" * 1000 + b"]" * 1000, b'{"S": "\\ud800"}', b'{"S": NaN}', b"[1e400]"],
)
def test_what_json_does_not_allow_is_refused(body: bytes) -> None:
    if body == b"[1e400]":  # an infinite number: the standard library reads it, as before
        assert _parse_json(body) == [float("inf")]
        return
    with pytest.raises(RequestBodyRead):
        _parse_json(body)


def test_answers_encode_what_orjson_cannot() -> None:
    assert json.loads(ODataResponse({"n": 2**70}).body) == {"n": 2**70}


def _receive_nothing():
    async def receive():
        raise AssertionError("the body was read")

    return receive


def test_a_declared_body_over_the_limit_is_refused_unread() -> None:
    scope = {"headers": [(b"content-length", b"1001")]}
    with pytest.raises(RequestEntityTooLarge):
        asyncio.run(read_body(scope, _receive_nothing(), limit=1000))
    assert asyncio.run(read_body({"headers": []}, _receive_nothing())) == b""


def test_a_streamed_body_is_refused_once_past_the_limit() -> None:
    sent = []

    async def receive():
        sent.append(400)
        return {"type": "http.request", "body": b"x" * 400, "more_body": True}

    with pytest.raises(RequestEntityTooLarge):
        asyncio.run(read_body({"headers": [(b"transfer-encoding", b"chunked")]}, receive, limit=1000))
    assert sum(sent) == 1200  # nothing read past the chunk that crossed the limit


def test_a_long_url_is_414_in_process_too() -> None:
    client: TestClient = mock_target().http()
    answer = client.get("/api/v2.0/me/tasks", params={"$filter": "a" * MAX_URL_BYTES})
    assert answer.status_code == 414 and answer.json()["error"]["code"] == "ErrorInvalidUrl"
    answer = client.post("/api/v2.0/me/tasks", content=b"x" * 10, headers={"Content-Length": str(60 * 2**20)})
    assert answer.status_code in (400, 413)  # the in-process client may itself refuse a lying Content-Length
