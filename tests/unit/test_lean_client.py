"""The conformance suite's lean stand-in for werkzeug's test client sends what werkzeug would have sent."""

from __future__ import annotations

import asyncio
import copy

import pytest
from werkzeug import Client

from conformance.inprocess import InProcess

SEEN: list[dict] = []


async def echo(scope, receive, send) -> None:
    """Records the request it gets; answers with a body and headers of its own (no Content-Type on 204)."""
    message = await receive()
    SEEN.append({key: scope[key] for key in ("method", "raw_path", "path", "query_string", "headers", "server")})
    SEEN[-1]["body"] = message.get("body", b"")
    status = 204 if scope["raw_path"].endswith(b"/empty") else 200
    headers = [] if status == 204 else [(b"content-type", b"application/json"), (b"x-answer", b"1")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if status == 204 else b'{"ok":true}'})


REQUESTS = [
    {"method": "GET", "path": "/api/v2.0/me/tasks", "headers": {"Authorization": "Bearer x"}, "query_string": None},
    {"method": "GET", "path": "/api/v2.0/me/tasks('AAMk%2Fx%3D')", "headers": {}, "query_string": {"$top": 3}},
    {"method": "GET", "path": "/api/v2.0/me/tasks", "headers": {},
     "query_string": {"$filter": "Subject eq 'a b'", "$select": ["Id", "Subject"], "none": None, "e": ""}},
    {"method": "GET", "path": "/api/v2.0/me/tasks", "headers": {}, "query_string": "$top=1&%24skip=2"},
    {"method": "POST", "path": "/api/v2.0/me/tasks", "json": {"Subject": "é", "N": [1, None]},
     "headers": {"Authorization": "Bearer x", "Prefer": "odata.maxpagesize=5"}},
    {"method": "POST", "path": "/api/v2.0/me/tasks", "json": None, "data": b"null", "headers": {}},
    {"method": "PATCH", "path": "/api/v2.0/me/tasks('x')", "data": "{}", "headers": {"Content-Type": "text/plain"}},
    {"method": "DELETE", "path": "/api/v2.0/me/tasks('x')/empty", "headers": {"Host": "example.com", "If-Match": "*"}},
    {"method": "GET", "path": "/api/v2.0/me/tasks/ü", "headers": {"Content-Type": "application/json"}},
]  # fmt: skip


@pytest.mark.parametrize("request_", REQUESTS, ids=[f"{r['method']} {r['path']}" for r in REQUESTS])
def test_the_lean_client_sends_and_reads_what_werkzeug_does(request_: dict) -> None:
    call = InProcess(echo)
    SEEN.clear()
    lean = call.client.open(**copy.deepcopy(request_))
    expected = Client(call.wsgi).open(**copy.deepcopy(request_))
    assert len(SEEN) == 2
    assert SEEN[0] == SEEN[1]
    assert lean.status_code == expected.status_code
    assert list(lean.headers) == list(expected.headers)
    assert lean.content_type == expected.content_type
    assert lean.get_data() == expected.get_data()


def test_what_it_cannot_build_goes_to_werkzeug() -> None:
    call = InProcess(echo)
    SEEN.clear()
    call.client.open(method="POST", path="/form", data={"a": "1"}, headers={})  # a form: werkzeug encodes it
    assert SEEN[0]["body"] == b"a=1" and (b"content-type", b"application/x-www-form-urlencoded") in SEEN[0]["headers"]


def test_an_app_that_suspends_is_finished_on_an_event_loop() -> None:
    async def slow(scope, receive, send) -> None:
        await asyncio.sleep(0.01)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await asyncio.sleep(0)
        await send({"type": "http.response.body", "body": b"late"})

    assert InProcess(slow)("GET", "http", ("localhost", 80), b"/", b"", [], b"")[2] == b"late"


def test_what_a_request_schedules_on_the_loop_runs_before_the_call_returns() -> None:
    ran = []

    async def scheduling(scope, receive, send) -> None:
        asyncio.get_running_loop().call_soon(ran.append, "after the answer")
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    InProcess(scheduling)("GET", "http", ("localhost", 80), b"/", b"", [], b"")
    assert ran == ["after the answer"]
