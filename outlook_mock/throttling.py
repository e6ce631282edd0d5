"""Throttling and chaos, per tenant, as the real service behaved: off unless a tenant asks for them.

Throttling (the facts: ``reference/notes/throttling-and-concurrency.md``). From 2017 Outlook REST limited each
app **per mailbox**: 10,000 requests in 10 minutes and 4 concurrent requests; a throttled request got
``429`` with ``Retry-After`` (seconds) and, captured from a real v2.0 answer::

    Retry-After: 1
    RateLimit-Exceeded: MailboxConcurrency
    RateLimit-Scope: Mailbox
    {"error": {"code": "ApplicationThrottled", "message": "Application is over its MailboxConcurrency limit."}}

and, under the request limit, ``Rate-Limit-Limit``/``Rate-Limit-Remaining``/``Rate-Limit-Reset`` on every answer.
The mock keeps the same shape for each of its limits: ``mailboxRequests`` per app and mailbox in a sliding window
(``RateLimit-Exceeded: MailboxRequests``, scope ``Mailbox``), ``appRequests`` per app over every mailbox of the
tenant (``AppRequests``, scope ``Application``: the mock's addition, for clients that spread over mailboxes), and
``mailboxConcurrency`` (``MailboxConcurrency``, scope ``Mailbox``). ``Retry-After`` is the whole seconds until the
window has room again (at least 1), or ``retryAfterSeconds`` when given. A refused request does not count.
The "app" is an app-only token's client id, or the ``client_id`` a delegated token was asked with (its
``appid``); delegated tokens asked without one count as one app together.

Chaos: with probability ``resetRate`` the connection is reset (no answer; in-process the call raises
``ConnectionResetError``), with ``unavailableRate`` the answer is ``503 ErrorServerBusy`` with ``Retry-After``,
and with ``latencyRate`` the answer comes after ``latencyMinMs``..``latencyMaxMs``. The draws come from a
``random.Random(seed)``: one seed, one sequence of decisions for the same sequence of requests.

A tenant without throttling and chaos has ``traffic`` None and its requests pay nothing for this module.
"""

from __future__ import annotations

import asyncio
import collections
import math
import random
import socket
import struct
import threading
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .errors import ErrorServerBusy
from .faults import broken
from .wire.http import error_response, json_response

__all__ = ["Chaos", "ConnectionReset", "OUTLOOK_LIMITS", "SettingsError", "Throttling", "Traffic"]


class SettingsError(ValueError):
    """Throttling or chaos settings that can't be used; the message names the field."""


def _number(name: str, value: Any, *, integer: bool, low: float, high: float | None = None) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not isinstance(value, int)):
        raise SettingsError(f"{name}: expected {'an integer' if integer else 'a number'}, got {value!r}")
    if value < low or (high is not None and value > high):
        bound = f"between {low:g} and {high:g}" if high is not None else f"at least {low:g}"
        raise SettingsError(f"{name}: expected a value {bound}, got {value!r}")
    return value


def _from_mapping(cls: type, data: Mapping[str, Any], where: str) -> Any:
    if not isinstance(data, Mapping):
        raise SettingsError(f"{where}: expected a mapping")
    names = {_camel(f.name): f for f in fields(cls)}
    unknown = set(data) - set(names)
    if unknown:
        allowed = ", ".join(sorted(names))
        raise SettingsError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))} (allowed: {allowed})")
    return cls(**{names[k].name: v for k, v in data.items() if v is not None})


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


@dataclass(frozen=True)
class Throttling:
    mailbox_requests: int | None = None  # requests per app and mailbox in a window (None: no limit)
    app_requests: int | None = None  # requests per app over all the tenant's mailboxes in a window
    window_seconds: float = 600.0
    mailbox_concurrency: int | None = None  # requests in flight per app and mailbox
    retry_after_seconds: int | None = None  # fixed Retry-After (None: until the window has room)

    def __post_init__(self) -> None:
        for name in ("mailbox_requests", "app_requests", "mailbox_concurrency"):
            if getattr(self, name) is not None:
                _number(_camel(name), getattr(self, name), integer=True, low=1)
        _number("windowSeconds", self.window_seconds, integer=False, low=0.001, high=86400)
        if self.retry_after_seconds is not None:
            _number("retryAfterSeconds", self.retry_after_seconds, integer=True, low=0, high=86400)

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str, where: str = "throttling") -> Throttling:
        """From the tenant file's/control API's ``throttling`` mapping, or the name of a profile (``outlook``)."""
        if isinstance(data, str):
            if data.lower() not in PROFILES:
                raise SettingsError(f"{where}: unknown profile {data!r} (known: {', '.join(PROFILES)})")
            return PROFILES[data.lower()]
        if isinstance(data, Mapping) and "profile" in data:  # a profile, some of its values changed
            rest = {k: v for k, v in data.items() if k != "profile"}
            base = cls.from_json(str(data["profile"]), where)
            return _from_mapping(cls, {**base.to_json(), **rest}, where)
        return _from_mapping(cls, data, where)

    def to_json(self) -> dict[str, Any]:
        return {_camel(k): v for k, v in asdict(self).items()}


# The real service's limits (2017 on): 10,000 requests in 10 minutes and 4 concurrent requests, per app and mailbox.
OUTLOOK_LIMITS = Throttling(mailbox_requests=10_000, window_seconds=600.0, mailbox_concurrency=4)
PROFILES = {"outlook": OUTLOOK_LIMITS}


@dataclass(frozen=True)
class Chaos:
    seed: int | None = None  # None: a different sequence at every start
    latency_rate: float = 0.0
    latency_min_ms: int = 0
    latency_max_ms: int = 0
    unavailable_rate: float = 0.0  # 503 ErrorServerBusy
    reset_rate: float = 0.0  # connection reset, no answer
    retry_after_seconds: int = 1  # the 503's Retry-After

    def __post_init__(self) -> None:
        for name in ("latency_rate", "unavailable_rate", "reset_rate"):
            _number(_camel(name), getattr(self, name), integer=False, low=0.0, high=1.0)
        if self.unavailable_rate + self.reset_rate > 1.0:
            raise SettingsError("unavailableRate + resetRate: expected at most 1")
        _number("latencyMinMs", self.latency_min_ms, integer=True, low=0, high=600_000)
        _number("latencyMaxMs", self.latency_max_ms, integer=True, low=self.latency_min_ms, high=600_000)
        _number("retryAfterSeconds", self.retry_after_seconds, integer=True, low=0, high=86400)
        if self.seed is not None:
            _number("seed", self.seed, integer=True, low=-(2**63), high=2**63)

    @classmethod
    def from_json(cls, data: Mapping[str, Any], where: str = "chaos") -> Chaos:
        return _from_mapping(cls, data, where)

    def to_json(self) -> dict[str, Any]:
        return {_camel(k): v for k, v in asdict(self).items()}

    @property
    def active(self) -> bool:
        return bool(self.latency_rate or self.unavailable_rate or self.reset_rate)


class _Window:
    """Request times of one key in a sliding window (at most ``limit`` kept: O(1) per request)."""

    __slots__ = ("times",)

    def __init__(self, limit: int) -> None:
        self.times: collections.deque[float] = collections.deque(maxlen=limit)

    def wait(self, now: float, window: float, limit: int) -> float:
        """0 if a request may go now, else the seconds until the window has room."""
        times = self.times
        while times and times[0] <= now - window and not broken("throttling_window_never_slides"):
            times.popleft()
        return 0.0 if len(times) < limit else times[0] + window - now


class Traffic:
    """One tenant's throttling and chaos (``tenant.traffic``): the settings and their counters."""

    def __init__(self, throttling: Throttling | None = None, chaos: Chaos | None = None) -> None:
        self.throttling = throttling
        self.chaos = chaos if chaos is not None and chaos.active else None
        self._random = random.Random(chaos.seed if chaos is not None else None)
        self._lock = threading.Lock()  # the in-process helpers call the app from several threads
        self._mailbox: dict[tuple[str, str], _Window] = {}
        self._app: dict[str, _Window] = {}
        self._in_flight: collections.Counter[tuple[str, str]] = collections.Counter()

    @property
    def active(self) -> bool:
        return self.throttling is not None or self.chaos is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "throttling": self.throttling.to_json() if self.throttling else None,
            "chaos": self.chaos.to_json() if self.chaos else None,
        }

    def ticket(self) -> Ticket:
        return Ticket(self)

    async def admit(self, app: str, mailbox: str) -> Response | None:
        """None: serve the request (then call :meth:`release`), else the answer instead (429, 503, a reset).

        Throttling decides first; chaos then strikes an admitted request, whose injected latency is spent in
        flight (so it counts against the concurrency limit, as a slow answer of the service did).
        """
        limits = self.throttling
        if limits is not None:
            refused = self._throttle(limits, app, mailbox)
            if refused is not None:
                return refused
        chaos = self.chaos
        if chaos is None:
            return None
        with self._lock:
            draw, delay = self._random.random(), self._random.random()
            pause = self._random.uniform(chaos.latency_min_ms, chaos.latency_max_ms) / 1000
        answer: Response | None = None
        if draw < chaos.reset_rate:
            answer = ConnectionReset()
        elif draw < chaos.reset_rate + chaos.unavailable_rate:
            answer = error_response(ErrorServerBusy("The server cannot service this request right now."))
            answer.raw_headers.append((b"retry-after", str(chaos.retry_after_seconds).encode()))
        elif delay < chaos.latency_rate and pause > 0:
            await asyncio.sleep(pause)
        if answer is not None:
            self.release(app, mailbox, None)
        return answer

    def _throttle(self, limits: Throttling, app: str, mailbox: str) -> Response | None:
        key = (app, mailbox)
        now = time.monotonic()
        with self._lock:
            if limits.mailbox_concurrency is not None and self._in_flight[key] >= limits.mailbox_concurrency:
                return _throttled("MailboxConcurrency", "Mailbox", limits.retry_after_seconds or 1)
            mailbox_window = app_window = None
            if limits.mailbox_requests is not None:
                mailbox_window = self._mailbox.get(key) or self._mailbox.setdefault(
                    key, _Window(limits.mailbox_requests)
                )
                wait = mailbox_window.wait(now, limits.window_seconds, limits.mailbox_requests)
                if wait:
                    return _throttled("MailboxRequests", "Mailbox", _retry_after(limits, wait))
            if limits.app_requests is not None:
                app_window = self._app.get(app) or self._app.setdefault(app, _Window(limits.app_requests))
                wait = app_window.wait(now, limits.window_seconds, limits.app_requests)
                if wait:
                    return _throttled("AppRequests", "Application", _retry_after(limits, wait))
            if mailbox_window is not None:
                mailbox_window.times.append(now)
            if app_window is not None:
                app_window.times.append(now)
            self._in_flight[key] += 1
        return None

    def release(self, app: str, mailbox: str, response: Response | None) -> None:
        """The request of ``admit`` is answered: it is no longer in flight; the answer gets its Rate-Limit-*."""
        limits = self.throttling
        if limits is None:
            return
        key = (app, mailbox)
        with self._lock:
            self._in_flight[key] -= 1
            if not self._in_flight[key]:
                del self._in_flight[key]
            window = self._mailbox.get(key)
            if limits.mailbox_requests is not None and window is not None:
                remaining = max(0, limits.mailbox_requests - len(window.times))
                reset = (window.times[0] if window.times else time.monotonic()) + limits.window_seconds
        if response is not None and limits.mailbox_requests is not None and window is not None:
            when = time.time() + (reset - time.monotonic())
            response.raw_headers += [
                (b"rate-limit-limit", str(limits.mailbox_requests).encode()),
                (b"rate-limit-remaining", str(remaining).encode()),
                (b"rate-limit-reset", _iso(when).encode()),
            ]


class Ticket:
    """One request's passage: admitted (or not) for an app and mailbox, released once answered."""

    __slots__ = ("key", "traffic")

    def __init__(self, traffic: Traffic) -> None:
        self.traffic = traffic
        self.key: tuple[str, str] | None = None

    async def admit(self, app: str, mailbox: Any) -> Response | None:
        mailbox_key = getattr(mailbox, "email", "")  # the mailbox's owner (a store User), or none ($metadata)
        refused = await self.traffic.admit(app, mailbox_key)
        if refused is None:
            self.key = (app, mailbox_key)
        return refused

    def release(self, response: Response | None) -> None:
        if self.key is not None:
            self.traffic.release(*self.key, response)
            self.key = None


def _retry_after(limits: Throttling, wait: float) -> int:
    return limits.retry_after_seconds if limits.retry_after_seconds is not None else max(1, math.ceil(wait))


def _iso(when: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(when)) + f".{int(when % 1 * 1000):03d}Z"


def _throttled(limit: str, scope: str, retry_after: int) -> Response:
    headers = {"Retry-After": str(retry_after), "RateLimit-Exceeded": limit, "RateLimit-Scope": scope}
    if broken("throttled_without_retry_after"):
        del headers["Retry-After"]
    return json_response(
        {"error": {"code": "ApplicationThrottled", "message": f"Application is over its {limit} limit."}}, 429, headers
    )


class ConnectionReset(Response):
    """Not an answer: the connection is reset (TCP RST) before a byte of the response is sent.

    Served by uvicorn, the ASGI ``send`` belongs to the request's cycle, which holds the connection's transport:
    it is aborted with ``SO_LINGER`` 0 so the client sees a reset, not a clean close. Without a transport (an
    in-process ASGI call) the call raises ``ConnectionResetError`` instead.
    """

    def __init__(self) -> None:
        self.status_code = 0
        self.background = None
        self.body = b""
        self.raw_headers = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        if transport is None:
            raise ConnectionResetError("outlook-mock chaos: the connection was reset")
        sock = transport.get_extra_info("socket")
        if sock is not None:
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            except (OSError, AttributeError):
                pass  # a plain close then
        transport.abort()
        for _ in range(3):  # let the server see the connection lost, so it answers nothing (and logs nothing)
            await asyncio.sleep(0)
