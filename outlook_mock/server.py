"""Serving the mock on a socket: uvicorn with connection hygiene, every refusal as OData JSON.

uvicorn answers what it refuses itself (a malformed request, a connection over the cap) in plain
text, holds a connection that drips its headers forever, and buffers a URL or header of any size.
The protocols below are uvicorn's own (httptools or h11) with four additions:

- a request head (request line and headers) must arrive within ``HEAD_SECONDS`` (408) and stay
  under ``MAX_HEAD_BYTES`` (431); with httptools, a URL over ``MAX_URL_BYTES`` is refused as it
  streams (414; with h11 the application refuses it once the head is in); a body that stops
  arriving for ``BODY_IDLE_SECONDS`` is answered 408 and its request ends;
- at most ``max_connections`` connections: the next one gets a 503 ``ErrorServerBusy`` and is
  closed (uvicorn's ``limit_concurrency`` would refuse every request, on every connection, once the
  count is reached, in plain text);
- what uvicorn refused with its plain-text 400 gets an OData error body;
- SIGTERM: in-flight requests get ``GRACE_SECONDS``, and the process ends within ``EXIT_SECONDS`` even
  if a request keeps the event loop busy (a watchdog thread ends it).

The body size limit is the application's (``wire/http.py``): it holds in-process too.
"""

from __future__ import annotations

import os
import threading
from http import HTTPStatus
from typing import Any

import orjson
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from .errors import (
    ErrorInvalidRequest,
    ErrorServerBusy,
    OutlookError,
    RequestHeaderFieldsTooLarge,
    RequestTimeout,
    UriTooLong,
)
from .memory import freeze_survivors
from .wire.http import BODY_IDLE_SECONDS, JSON_TYPE, MAX_URL_BYTES

__all__ = ["LOOPS", "HTTP_IMPLEMENTATIONS", "MockServer", "tune_gc", "uvicorn_options"]

MAX_HEAD_BYTES = 64 * 1024
HEAD_SECONDS = 10.0
KEEP_ALIVE_SECONDS = 5
MAX_CONNECTIONS = 1000
GRACE_SECONDS = 0.5
EXIT_SECONDS = 0.9

LOOPS = ("uvloop", "asyncio", "auto")
HTTP_IMPLEMENTATIONS = ("httptools", "h11", "auto")


class _Refused(Exception):
    """Raised from a parser callback to stop parsing; ``send_400_response`` then answers ``refusal``."""


def _odata_bytes(error: OutlookError) -> bytes:
    body = orjson.dumps({"error": {"code": error.code, "message": error.message}})
    phrase = HTTPStatus(error.status).phrase
    head = (
        f"HTTP/1.1 {error.status} {phrase}\r\ncontent-type: {JSON_TYPE}\r\n"
        f"content-length: {len(body)}\r\nodata-version: 4.0\r\nconnection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body


class _Guarded:
    """Mixed into uvicorn's HTTP protocols (``super()`` is HttpToolsProtocol or H11Protocol)."""

    max_connections = MAX_CONNECTIONS
    head_seconds = HEAD_SECONDS
    body_idle_seconds = BODY_IDLE_SECONDS
    refusal: OutlookError | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)  # type: ignore[misc]
        self._timer = None
        if len(self.connections) > self.max_connections:  # type: ignore[attr-defined]
            self.refuse(ErrorServerBusy("Too many connections to the server; retry later."))
            return
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)  # type: ignore[misc]

    def data_received(self, data: bytes) -> None:
        super().data_received(data)  # type: ignore[misc]
        if self._timer is None:
            return
        cycle = self.cycle  # type: ignore[attr-defined]
        if cycle is self._waiting_since:  # still reading a request head
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD_BYTES:
                self.refuse(RequestHeaderFieldsTooLarge(f"The request head is larger than {MAX_HEAD_BYTES:,} bytes."))
        elif cycle.more_body and not cycle.response_complete:  # the body is arriving: the timer watches it
            self._progress = self.loop.time()  # type: ignore[attr-defined]
        else:
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # type: ignore[misc]
        if not self.transport.is_closing():  # type: ignore[attr-defined]
            self._arm()

    def send_400_response(self, msg: str) -> None:
        self.refuse(self.refusal or ErrorInvalidRequest(f"{msg} The request line or a header is malformed."))

    def refuse(self, error: OutlookError) -> None:
        self._disarm()
        transport = self.transport  # type: ignore[attr-defined]
        if not transport.is_closing():
            transport.write(_odata_bytes(error))
            transport.close()

    # -- deadlines: a request head within HEAD_SECONDS, no pause of BODY_IDLE_SECONDS in a body --------
    # One timer per connection, armed when a request is awaited and kept while its body streams in,
    # so a request whose body came with its head costs no timer of its own.
    def _arm(self) -> None:
        self._disarm()
        self._head_bytes = 0
        self._waiting_since = self.cycle  # type: ignore[attr-defined]
        self._timer = self.loop.call_later(self.head_seconds, self._late)  # type: ignore[attr-defined]

    def _disarm(self) -> None:
        if getattr(self, "_timer", None) is not None:
            self._timer.cancel()
            self._timer = None

    def _late(self) -> None:
        self._timer = None
        cycle = self.cycle  # type: ignore[attr-defined]
        if cycle is self._waiting_since:
            if cycle is None or cycle.response_complete:  # (else: a pipelined request is being served)
                if self._head_bytes:
                    self.refuse(
                        RequestTimeout(f"The request head did not arrive within {self.head_seconds:g} seconds.")
                    )
                elif not self.transport.is_closing():  # type: ignore[attr-defined]
                    self.transport.close()  # type: ignore[attr-defined]
            return
        if not cycle.more_body or cycle.response_complete:
            return
        idle = self.loop.time() - getattr(self, "_progress", 0.0)  # type: ignore[attr-defined]
        if idle < self.body_idle_seconds:
            self._timer = self.loop.call_later(self.body_idle_seconds - idle, self._late)  # type: ignore[attr-defined]
            return
        # The application waits in receive(): tell it the client is gone, and tell the client why.
        cycle.disconnected = True
        cycle.message_event.set()
        self.refuse(RequestTimeout(f"The request body paused for more than {self.body_idle_seconds:g} seconds."))


class GuardedHttpTools(_Guarded, HttpToolsProtocol):
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._header_bytes = 0

    def on_url(self, url: bytes) -> None:
        super().on_url(url)
        if len(self.url) > MAX_URL_BYTES:
            self.refusal = UriTooLong(f"The request URL is longer than the limit of {MAX_URL_BYTES:,} bytes.")
            raise _Refused

    def on_header(self, name: bytes, value: bytes) -> None:
        super().on_header(name, value)
        self._header_bytes += len(name) + len(value) + 4
        if self._header_bytes > MAX_HEAD_BYTES:
            self.refusal = RequestHeaderFieldsTooLarge(f"The request head is larger than {MAX_HEAD_BYTES:,} bytes.")
            raise _Refused


class GuardedH11(_Guarded, H11Protocol):
    def data_received(self, data: bytes) -> None:
        # h11 bounds only a head that is still incomplete: one arriving whole in a chunk is measured here.
        if self._timer is not None and self.cycle is self._waiting_since:
            end = data.find(b"\r\n\r\n")
            if self._head_bytes + (len(data) if end < 0 else end + 4) > MAX_HEAD_BYTES:
                self.refuse(RequestHeaderFieldsTooLarge(f"The request head is larger than {MAX_HEAD_BYTES:,} bytes."))
                return
        super().data_received(data)


def _protocol(http: str, **limits: float) -> type:
    if http == "auto":
        try:
            import httptools  # noqa: F401
        except ImportError:
            http = "h11"
        else:
            http = "httptools"
    base = GuardedHttpTools if http == "httptools" else GuardedH11
    return type(base.__name__, (base,), limits)


def uvicorn_options(
    *,
    loop: str = "auto",
    http: str = "auto",
    access_log: bool = False,
    log_level: str = "info",
    max_connections: int = MAX_CONNECTIONS,
    head_seconds: float = HEAD_SECONDS,
    body_idle_seconds: float = BODY_IDLE_SECONDS,
) -> dict[str, Any]:
    """The ``uvicorn.Config`` options ``outlook-mock serve`` runs with (the HTTP bench serves its bare app so too)."""
    return {
        "loop": loop,
        "http": _protocol(
            http, max_connections=max_connections, head_seconds=head_seconds, body_idle_seconds=body_idle_seconds
        ),
        "access_log": access_log,
        "log_level": log_level,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "timeout_graceful_shutdown": GRACE_SECONDS,
        "h11_max_incomplete_event_size": MAX_HEAD_BYTES,
        "server_header": False,
    }


def tune_gc() -> None:
    """Garbage collection for a process that holds a tenant's mailboxes (``serve`` calls it before serving):
    the collector's work stays with young objects (``memory.freeze_survivors``: what exists before serving, a
    seeded tenant included, and what survives a middle-generation collection are frozen, never scanned again),
    so a stored item costs two scans over its life and no collection's pause grows with the mailbox."""
    freeze_survivors()


class MockServer(uvicorn.Server):
    """uvicorn's server, ended by a watchdog if a graceful shutdown is not done within ``EXIT_SECONDS``."""

    def handle_exit(self, sig: int, frame: Any) -> None:
        super().handle_exit(sig, frame)
        if not getattr(self, "_watchdog", None):
            # A handler that keeps the event loop busy (a costly query) would otherwise delay the exit.
            self._watchdog = threading.Timer(EXIT_SECONDS, os._exit, args=(128 + int(sig),))
            self._watchdog.daemon = True
            self._watchdog.start()
