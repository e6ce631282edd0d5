"""In-process CPU µs per request of the mock (GET task by id, POST task) against the bench's bare Starlette app.

``python benchmarks/http/inprocess.py [requests per round] [rounds] [tasks]``: both apps are called alternately
in one process on uvloop (no sockets, no load generator), so the figures hold on a shared machine; the least round
is shown. What serving adds (uvicorn, syscalls) is the same for both apps. With ``tasks``, the POSTs then go on
until their mailbox holds that many, and the rounds are measured again at that size: whether a POST costs more
as the mailbox grows, with the collector's time and longest pause over the growth (gc as ``serve`` sets it).
Numbers only: nothing fails on a figure.
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

import uvloop

sys.path.insert(0, str(Path(__file__).parent))
import server  # noqa: E402  (the bench's apps: the mock seeded as served, the bare app)

from outlook_mock.auth import ALL_SCOPES, issue_token  # noqa: E402
from outlook_mock.server import tune_gc  # noqa: E402

NEW_TASK = json.dumps(
    {"Subject": "bench", "StartDateTime": {"DateTime": "2016-05-03T09:00:00", "TimeZone": "Eastern Standard Time"}}
).encode()


def _scope(method: str, path: str, token: str, body: bytes = b"") -> dict:
    raw, _, query = path.partition("?")
    headers = [(b"host", b"127.0.0.1:18900"), (b"user-agent", b"wrk"), (b"authorization", f"Bearer {token}".encode())]
    if body:
        headers += [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")]
    return {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
            "server": ("127.0.0.1", 18900), "client": ("127.0.0.1", 5555), "scheme": "http", "method": method,
            "root_path": "", "path": raw, "raw_path": raw.encode(), "query_string": query.encode(),
            "headers": headers, "state": {}}  # fmt: skip


async def _call(app, scope: dict, body: bytes) -> tuple[int, bytes]:
    out: list = []

    async def receive() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict) -> None:
        out.append(message.get("status", message.get("body")))

    await app(dict(scope, headers=list(scope["headers"])), receive, send)
    return out[0], out[1]


async def main(requests: int, rounds: int, grow_to: int = 0) -> None:
    app = server.mock_app(1000)
    tenant = app.tenant
    admin, alex = tenant.find_user("admin@contoso.com"), tenant.find_user("alex@contoso.com")
    token, poster = issue_token(tenant, admin, ALL_SCOPES), issue_token(tenant, alex, ALL_SCOPES)
    _, page = await _call(app, _scope("GET", "/api/v2.0/me/tasks?$top=1&$skip=500", token), b"")
    path = f"/api/v2.0/me/tasks('{quote(json.loads(page)['value'][0]['Id'], safe='')}')"
    _, body = await _call(app, _scope("GET", path, token), b"")
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as f:
        f.write(body)
    cases = {
        "bare": (server.bare_app(f.name), _scope("GET", path, token), b""),
        "GET": (app, _scope("GET", path, token), b""),
        "POST": (app, _scope("POST", "/api/v2.0/me/tasks", poster, NEW_TASK), NEW_TASK),
    }  # POSTs go to the other mailbox: the GET's stays at its size
    for name, (target, scope, payload) in cases.items():
        status, _ = await _call(target, scope, payload)
        assert status in (200, 201), (name, status)
    tune_gc()
    await _rounds(cases, requests, rounds, f"POSTs' mailbox from {len(alex.mailbox.tasks.tasks):,} tasks on")
    if grow_to:
        post_app, post_scope, post_body = cases["POST"]
        collections: list[float] = []
        started: list[float] = []

        def timed(phase: str, info: dict) -> None:
            if phase == "start":
                started.append(time.process_time())
            else:
                collections.append(time.process_time() - started.pop())

        gc.callbacks.append(timed)
        grown, start = 0, time.process_time()
        while len(alex.mailbox.tasks.tasks) < grow_to:
            await _call(post_app, post_scope, post_body)
            grown += 1
        spent = time.process_time() - start
        gc.callbacks.remove(timed)
        print(
            f"{grown:,} POSTs to grow it: {spent / grown * 1e6:.1f} µs each, of which garbage collection "
            f"{sum(collections) / grown * 1e6:.2f} µs ({len(collections):,} collections, the longest "
            f"{max(collections, default=0) * 1e3:.1f} ms)"
        )
        await _rounds(cases, requests, rounds, f"POSTs' mailbox from {len(alex.mailbox.tasks.tasks):,} tasks on")


async def _rounds(cases: dict, requests: int, rounds: int, title: str) -> None:
    results: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, (target, scope, payload) in cases.items():
            start = time.process_time()
            for _ in range(requests):
                await _call(target, scope, payload)
            results[name].append((time.process_time() - start) / requests * 1e6)
    bare = min(results["bare"])
    print(title)
    for name, values in results.items():
        least = min(values)
        print(f"{name:5s} {least:6.1f} µs per request (least of {rounds} rounds); minus bare: {least - bare:.1f} µs")


if __name__ == "__main__":
    uvloop.run(main(*(int(a) for a in sys.argv[1:4])) if len(sys.argv) > 2 else main(1000, 15))
