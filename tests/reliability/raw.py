"""Requests written byte by byte on a socket: what an HTTP client library would refuse to send."""

from __future__ import annotations

import http.client
import json
import select
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass
class RawAnswer:
    status: int | None  # None: the connection closed (or the bound ran out) without an answer
    headers: dict[str, str]
    body: bytes
    sent: int  # body bytes the server let us send
    seconds: float

    def odata_error(self) -> dict | None:
        try:
            error = json.loads(self.body).get("error")
        except (ValueError, AttributeError):
            return None
        ok = isinstance(error, dict) and isinstance(error.get("code"), str) and isinstance(error.get("message"), str)
        return error if ok else None

    def __str__(self) -> str:
        return f"{self.status} after {self.seconds:.2f} s, {self.sent} body bytes sent: {self.body[:200]!r}"


def exchange(port: int, head: bytes, body: Iterable[bytes] = (), timeout: float = 10.0) -> RawAnswer:
    """Send ``head`` then the body chunks (stopping as soon as the server answers or hangs up); read the answer.

    ``timeout`` bounds the whole exchange: a server still silent then gives ``status=None``."""
    began = time.monotonic()
    deadline = began + timeout
    sent = 0
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        try:
            sock.sendall(head)
            for chunk in body:
                readable, _, _ = select.select([sock], [], [], 0)
                if readable or time.monotonic() > deadline:
                    break  # an early answer (or a hang-up): stop sending
                sock.sendall(chunk)
                sent += len(chunk)
        except OSError:
            pass  # the server hung up while we were sending: read what it said
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([sock], [], [], remaining)[0]:
            return RawAnswer(None, {}, b"", sent, time.monotonic() - began)
        sock.settimeout(max(0.1, deadline - time.monotonic()))
        answer = http.client.HTTPResponse(sock)
        try:
            answer.begin()
            data = answer.read()
        except (OSError, http.client.HTTPException):
            return RawAnswer(None, {}, b"", sent, time.monotonic() - began)
        return RawAnswer(answer.status, dict(answer.getheaders()), data, sent, time.monotonic() - began)


def request_head(method: str, target: str, token: str | None, headers: dict[str, str] | None = None) -> bytes:
    lines = [f"{method} {target} HTTP/1.1", "Host: 127.0.0.1", "Connection: close"]
    if token:
        lines.append(f"Authorization: Bearer {token}")
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
