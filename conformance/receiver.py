"""A webhook receiver for the push-notification checks: a tiny HTTP server in the test process.

It answers the validation request (``POST …?validationtoken=…``) as a listener should (200,
``text/plain``, the token) unless told otherwise, records every notification POST (body and
headers), and answers them with the statuses it is scripted to give (default 202), so a check can
make it fail and watch the server retry.

Where it listens: ``OUTLOOK_NOTIFY_BIND`` (``host:port``, default ``127.0.0.1:0``, a free port);
the URL the server under test is given: ``OUTLOOK_NOTIFY_URL`` (default ``http://<bind>/notify``),
for a live server that reaches this machine by another name. Checks skip when the server cannot
reach it (a validation request that never arrives).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["Receiver", "Received"]


@dataclass
class Received:
    path: str
    query: dict[str, str]  # lower-case names
    headers: dict[str, str]  # lower-case names
    body: Any  # JSON, or the raw text
    at: float = field(default_factory=time.monotonic)

    @property
    def validation_token(self) -> str | None:
        return self.query.get("validationtoken")


class Receiver:
    def __init__(self, bind: str | None = None, url: str | None = None) -> None:
        bind = bind or os.environ.get("OUTLOOK_NOTIFY_BIND", "127.0.0.1:0")
        host, _, port = bind.rpartition(":")
        self.validations: list[Received] = []
        self.notifications: list[Received] = []
        self.validation_answer: Callable[[str], tuple[int, str, str]] = lambda token: (200, "text/plain", token)
        self.statuses: list[int] = []  # the answers to the next notification POSTs, in order; then 202
        self._changed = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                parts = urlsplit(self.path)
                query = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = raw.decode("utf-8", "replace")
                got = Received(parts.path, query, {k.lower(): v for k, v in self.headers.items()}, body)
                if got.validation_token is not None:
                    status, media, text = receiver.validation_answer(got.validation_token)
                    receiver._record(receiver.validations, got)
                else:
                    with receiver._changed:
                        status = receiver.statuses.pop(0) if receiver.statuses else 202
                    media, text = "text/plain", ""
                    receiver._record(receiver.notifications, got)
                data = text.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", media)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((host or "127.0.0.1", int(port or 0)), Handler)
        self._server.daemon_threads = True
        # A short poll: ``close`` (``shutdown``) waits for the serving loop to look at its flag, every poll
        # (http.server's default, 0.5 s, was half a second of waiting per receiver, per check).
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="notify-receiver", daemon=True
        )
        self._thread.start()
        bound_host, bound_port = self._server.server_address[:2]
        self.url = url or os.environ.get("OUTLOOK_NOTIFY_URL") or f"http://{bound_host}:{bound_port}/notify"

    def _record(self, into: list[Received], got: Received) -> None:
        with self._changed:
            into.append(got)
            self._changed.notify_all()

    def wait(self, condition: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Wait until ``condition()`` holds (checked whenever something arrives); False on timeout."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._changed.wait(left)
            return True

    def values(self) -> list[dict]:
        """Every notification received so far (the members of each POST's ``value``), in arrival order."""
        with self._changed:
            posts = list(self.notifications)
        return [n for post in posts if isinstance(post.body, dict) for n in post.body.get("value", [])]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Receiver:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
