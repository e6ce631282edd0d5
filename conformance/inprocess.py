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
  WSGI transport, for every request of a run, its checks' own probes included: the lean
  version of it in ``conformance/transport.py``;
- ``InProcess.client``: what that transport calls instead of werkzeug's test client when
  it is passed as the ``session``: the request werkzeug would have built (same raw path,
  query string, headers and body) handed to the app directly. werkzeug's environ, request
  and response objects cost more than the mock's own work (issue 8); what the lean client
  does not reproduce exactly (forms, files, cookies, a query in the path) goes to werkzeug.

The app's coroutine is driven directly (``coroutine.send``) rather than by an event loop:
it awaits nothing that suspends (its ``receive`` and ``send`` are immediate), and a loop's
``run_until_complete`` around each request cost more than the request. An app that does
suspend (latency planted by the control API) is finished on this thread's event loop.

The app itself is unchanged: the same scope (``raw_path`` included, which the
mock's routing reads) and the same messages as under a real server.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib.util
import json
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote, urlencode

import httpx

# schemathesis' WSGI transport tries `from flask import ...` around every request (to catch a Flask app's
# exceptions); without Flask installed each try searches sys.path again, which costs more than the request.
# A None entry makes the failing import immediate; importlib.util.find_spec("flask") stays None, as it was.
if "flask" not in sys.modules and importlib.util.find_spec("flask") is None:
    sys.modules["flask"] = None  # type: ignore[assignment]

_local = threading.local()  # one event loop per thread, reused by every request of that thread
# werkzeug's EnvironBuilder: a query given as a mapping is encoded so (werkzeug.urls._urlencode).
_QUERY_SAFE = "!$'()*,/:;?@"


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
        from .transport import install  # here: the module builds on this one

        install()  # schemathesis sends what goes to `wsgi` through conformance.transport's InProcessTransport

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

        _drive(self.app(scope, receive, send))
        assert started, "the app sent no response"
        return started["status"], list(started.get("headers", [])), b"" if method == "HEAD" else b"".join(chunks)

    @property
    def client(self) -> LeanClient:
        """The ``session`` for schemathesis' WSGI transport (see the module's docstring)."""
        lean = self.__dict__.get("_client")
        if lean is None:
            lean = self.__dict__["_client"] = LeanClient(self)
        return lean

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
        start_response(
            _status_line(status), [(name.decode("latin-1"), value.decode("latin-1")) for name, value in answer_headers]
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


def _status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} Unknown"


_DONE = object()


def _drive(coroutine: Any) -> None:
    """Run an app's coroutine to its end in this thread, without an event loop unless it suspends."""
    context = contextvars.copy_context()  # as a Task would: context changes stay with the request
    loop = _loop()
    asyncio.events._set_running_loop(loop)  # what the app asks of asyncio (a timer, a future) is of this loop
    try:
        waited = context.run(coroutine.send, None)
    except StopIteration:
        waited = _DONE
    finally:
        asyncio.events._set_running_loop(None)
    if waited is not _DONE:
        loop.run_until_complete(_finish(coroutine, context, waited))
    elif getattr(loop, "_ready", True):
        # What the request scheduled to run once it is answered (loop.call_soon: push notifications are built
        # so) runs now, as it did when run_until_complete ran each request: one pass of the loop.
        loop.call_soon(loop.stop)
        loop.run_forever()


async def _finish(coroutine: Any, context: contextvars.Context, waited: Any) -> None:
    """Step a coroutine that suspended on ``waited`` (a future, or None for a bare yield) to its end."""
    while True:
        if waited is None:
            await asyncio.sleep(0)
        else:
            waited._asyncio_future_blocking = False  # as a Task does with the future its coroutine yields
            await asyncio.wait([waited])  # done, not its outcome: the coroutine reads that itself
        try:
            waited = context.run(coroutine.send, None)
        except StopIteration:
            return


class LeanClient:
    """werkzeug's test ``Client`` as schemathesis' WSGI transport uses it (``open``, cookies), calling the app directly.

    A request is built as werkzeug's ``EnvironBuilder`` builds it and ``InProcess.wsgi`` reads it: the path as
    given (its UTF-8 bytes are the raw path), the query (a mapping encoded as werkzeug encodes it), ``Host:
    localhost``, the headers (repeated names joined by ", "), then Content-Type and Content-Length; a JSON body
    is ``json.dumps``'d. The answer is werkzeug's own ``TestResponse``. Anything else is sent through werkzeug itself.
    """

    _PLAIN_KEYS = frozenset({"method", "path", "headers", "query_string", "json", "data"})

    def __init__(self, call: InProcess) -> None:
        self.call = call
        self._werkzeug: Any = None
        self._cookies = 0  # cookies set through this client: werkzeug sends those requests

    def werkzeug(self) -> Any:
        if self._werkzeug is None:
            from werkzeug import Client

            self._werkzeug = Client(self.call.wsgi)
        return self._werkzeug

    def set_cookie(self, *args: Any, **kwargs: Any) -> None:
        self._cookies += 1
        self.werkzeug().set_cookie(*args, **kwargs)

    def delete_cookie(self, *args: Any, **kwargs: Any) -> None:
        self._cookies -= 1
        self.werkzeug().delete_cookie(*args, **kwargs)

    def open(self, **request: Any) -> Any:
        lean = self._request(request)
        if lean is None:
            return self.werkzeug().open(**request)
        from werkzeug.datastructures import Headers
        from werkzeug.test import TestResponse

        status, headers, content = self.call(*lean)
        answer = Headers([(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers])
        return TestResponse([content], _status_line(status), answer, request=None)

    def _request(self, request: dict[str, Any]) -> tuple | None:
        """The arguments of ``InProcess.__call__`` for ``request``, or None: werkzeug must build it."""
        path = request.get("path", "/")
        query = request.get("query_string")
        data, json_body = request.get("data"), request.get("json")
        if (
            self._cookies
            or not request.keys() <= self._PLAIN_KEYS
            or not isinstance(path, str)
            or "?" in path
            or not (data is None or isinstance(data, bytes | str))
            or (data is not None and json_body is not None)
        ):
            return None
        if query is None:
            query_bytes = b""
        elif isinstance(query, str):
            query_bytes = query.encode("utf-8")
        elif isinstance(query, Mapping):
            from werkzeug.datastructures import MultiDict, iter_multi_items

            items = [item for item in iter_multi_items(MultiDict(query)) if item[1] is not None]
            query_bytes = urlencode(items, safe=_QUERY_SAFE).encode("utf-8")
        else:
            return None
        content_type = None
        headers: dict[str, list[str]] = {"host": ["localhost"]}
        first: dict[str, bool] = {}
        for name, value in (request.get("headers") or {}).items():
            if not isinstance(name, str) or not isinstance(value, str) or "_" in name or _unusual(value):
                return None  # werkzeug's Headers and environ decide what such a header means
            key = name.lower()
            if key == "content-type":
                content_type = value if content_type is None else content_type
                continue
            if key == "content-length":
                return None
            key = key.replace("_", "-")
            if key == "host" and not first.get("host"):
                headers["host"] = []  # a Host header replaces werkzeug's
            first[key] = True
            headers.setdefault(key, []).append(value)
        if json_body is not None:
            data = json.dumps(json_body)
            content_type = content_type or "application/json"
        if content_type and content_type.split(";", 1)[0].strip().lower() in _FORMS:
            return None  # werkzeug encodes a form body (even an empty one)
        body = data.encode() if isinstance(data, str) else (data or b"")
        try:
            raw_headers = [(name.encode("latin-1"), ", ".join(v).encode("latin-1")) for name, v in headers.items()]
            content_type_bytes = content_type.encode("latin-1") if content_type else None
        except UnicodeEncodeError:
            return None
        if content_type_bytes:
            raw_headers.append((b"content-type", content_type_bytes))
        if body:
            raw_headers.append((b"content-length", str(len(body)).encode("latin-1")))
        method = request.get("method", "GET")
        return method, "http", ("localhost", 80), path.encode("utf-8"), query_bytes, raw_headers, body


_FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


def _unusual(value: str) -> bool:
    return "\n" in value or "\r" in value or not value.isascii()
