"""Calling the in-process mock without a thread hop.

Starlette's ``TestClient`` and schemathesis' ASGI transport both run the app on an
event loop in another thread and hand every request over to it (anyio portals): a
per-request cost far above the mock's own work, and a ``TestClient`` used outside
``with`` even starts a new thread for each request. ``InProcess`` runs the ASGI app
on an event loop in the *calling* thread instead, and offers it in the two shapes
the suite needs:

- ``InProcess.transport()``: an ``httpx`` transport, for the rule checks' clients
  (``Target.http``), with what ``TestClient`` gives them: the same ASGI scope,
  server exceptions raised;
- ``InProcess.wsgi``: a WSGI callable, which makes schemathesis use its synchronous
  WSGI transport (werkzeug's test client), for every request of a run, its checks'
  own probes included.

The app itself is unchanged: the same scope (``raw_path`` included, which the
mock's routing reads) and the same messages as under a real server.
"""

from __future__ import annotations

import asyncio
import importlib.util
import sys
import threading
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

import httpx

# schemathesis' WSGI transport tries `from flask import ...` around every request (to catch a Flask app's
# exceptions); without Flask installed each try searches sys.path again, which costs more than the request.
# A None entry makes the failing import immediate; importlib.util.find_spec("flask") stays None, as it was.
if "flask" not in sys.modules and importlib.util.find_spec("flask") is None:
    sys.modules["flask"] = None  # type: ignore[assignment]

_local = threading.local()  # one event loop per thread, reused by every request of that thread


def _loop() -> asyncio.AbstractEventLoop:
    loop = getattr(_local, "loop", None)
    if loop is None or loop.is_closed():
        loop = _local.loop = asyncio.new_event_loop()
    return loop


class InProcess:
    """An ASGI app called synchronously in the calling thread."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.wsgi = self._wsgi  # one bound method: schemathesis keys some caches by the app's identity

    def __call__(
        self,
        method: str,
        scheme: str,
        server: tuple[str, int],
        raw_path: bytes,
        query: bytes,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        """One HTTP exchange: the status, headers and body the app answered.

        An exception the app raises (after Starlette's error middleware answered 500) propagates,
        as with ``TestClient(raise_server_exceptions=True)``."""
        scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "method": method,
            "scheme": scheme,
            "path": unquote(raw_path.decode("latin-1"), encoding="utf-8", errors="replace"),
            "raw_path": raw_path,
            "root_path": "",
            "query_string": query,
            "headers": headers,
            "client": ("testclient", 50000),
            "server": server,
            "extensions": {},
            "state": {},
        }
        received = False
        started: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def receive() -> dict[str, Any]:
            nonlocal received
            if received:
                return {"type": "http.disconnect"}
            received = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                assert not started, "the app started its response twice"
                started.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        _loop().run_until_complete(self.app(scope, receive, send))
        assert started, "the app sent no response"
        return started["status"], list(started.get("headers", [])), b"" if method == "HEAD" else b"".join(chunks)

    # -- as an httpx transport ------------------------------------------------------------------
    def transport(self) -> httpx.BaseTransport:
        return _HttpxTransport(self)

    # -- as a WSGI app -----------------------------------------------------------------------------
    def _wsgi(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        """The app as WSGI (what schemathesis' synchronous transport calls)."""
        headers = [
            (name[5:].replace("_", "-").lower().encode("latin-1"), value.encode("latin-1"))
            for name, value in environ.items()
            if name.startswith("HTTP_")
        ]
        for name in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            if environ.get(name):
                headers.append((name.replace("_", "-").lower().encode(), environ[name].encode("latin-1")))
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        # werkzeug's test client keeps the URI as sent (RAW_URI): the mock tells `%2F` in an id from `/`.
        raw_uri = environ.get("RAW_URI") or (environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", ""))
        raw_path = raw_uri.split("?", 1)[0].encode("latin-1")
        status, answer_headers, content = self(
            environ["REQUEST_METHOD"],
            environ["wsgi.url_scheme"],
            (environ.get("SERVER_NAME", "localhost"), int(environ.get("SERVER_PORT") or 80)),
            raw_path,
            environ.get("QUERY_STRING", "").encode("latin-1"),
            headers,
            body,
        )
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = "Unknown"
        start_response(
            f"{status} {reason}", [(name.decode("latin-1"), value.decode("latin-1")) for name, value in answer_headers]
        )
        return [content]


class _HttpxTransport(httpx.BaseTransport):
    def __init__(self, call: InProcess) -> None:
        self.call = call

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        port = url.port or {"http": 80, "https": 443}[url.scheme]
        headers = [] if "host" in request.headers else [(b"host", url.netloc)]
        headers += [(name.lower(), value) for name, value in request.headers.raw]
        status, answer_headers, content = self.call(
            request.method,
            url.scheme,
            (url.host, port),
            url.raw_path.split(b"?", 1)[0],
            url.query,
            headers,
            request.read(),
        )
        return httpx.Response(status, headers=answer_headers, stream=httpx.ByteStream(content), request=request)
