"""What every Python driver shares: the mock's address and tokens, a recorder of steps, and our own HTTP read-back.

Drivers run in the client environment (``.interop/venv``), which has ``requests`` (every client depends on it)
but not this project, so this module uses nothing else. ``run.py`` starts the mock and passes
``INTEROP_BASE_URL`` (the server root), ``INTEROP_TOKEN`` (admin@contoso.com) and ``INTEROP_TOKEN_2``
(alex@contoso.com, the attendee) in the environment; every step prints one JSON line on stdout.

A step is one client call plus its read-back. Its result is ``ok`` when both work; when either fails it is
``client-bug`` if the step names the client's own bug (it would fail against the real service too: the
reason is printed), ``not-served-yet`` if it names surface issue 11 adds, ``out-of-scope`` if it calls what
the kit does not claim to serve (another API version), ``blocked`` if an earlier step it
depends on failed, and otherwise ``mock-fault``.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback
import uuid
from urllib.parse import quote

import requests

BASE_URL = os.environ.get("INTEROP_BASE_URL", "http://127.0.0.1:18600").rstrip("/")
API = BASE_URL + "/api/v2.0"
TOKEN = os.environ.get("INTEROP_TOKEN", "")
TOKEN_2 = os.environ.get("INTEROP_TOKEN_2", "")
ADMIN, ALEX = "admin@contoso.com", "alex@contoso.com"


class Blocked(Exception):
    """An earlier step this one needs did not produce what it needs."""


class ClientBug:
    """The client's own bug, recognised by the failure it causes (an exception type or a text in the error),
    so that a different failure of the same step is still reported as the mock's."""

    def __init__(self, reason: str, *, shows: type[BaseException] | str):
        self.reason = reason
        self.shows = shows

    def recognises(self, exc: BaseException) -> bool:
        if isinstance(self.shows, str):
            return self.shows in str(exc)
        return isinstance(exc, self.shows)


class NotServed:
    def __init__(self, surface: str):
        self.surface = surface


class OutOfScope:
    """A call to something the kit does not claim to serve (another API version)."""

    def __init__(self, reason: str):
        self.reason = reason


def unique(prefix: str) -> str:
    """A subject/name no other run or driver uses, so read-backs find exactly what this step made."""
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def need(value, what: str):
    if value is None:
        raise Blocked(f"needs {what}")
    return value


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".replace("\n", " ")
    return text[:300]


class Recorder:
    """Runs steps, classifies them and prints one JSON line per step."""

    def __init__(self, client: str, after_each=None):
        self.client = client
        self.after_each = after_each or (lambda: None)

    def step(self, call: str, fn, *, expect=None):
        """Run ``fn`` (client call + read-back); returns what it returns, or None when it failed.

        ``expect`` is a ClientBug, NotServed or OutOfScope, or a list of them: the first that fits the failure
        classifies it (a ClientBug fits only the failure it shows)."""
        try:
            return self._step(call, fn, expect)
        finally:
            self.after_each()

    def _step(self, call: str, fn, expect):
        started = time.perf_counter()
        try:
            value = fn()
        except Blocked as exc:
            self._emit(call, "blocked", str(exc), started)
            return None
        except Exception as exc:  # noqa: BLE001 - any failure of a client is a result to report
            if os.environ.get("INTEROP_DEBUG"):
                traceback.print_exc(file=sys.stderr)
            expects = expect if isinstance(expect, list) else [expect]
            expect = next((e for e in expects if not isinstance(e, ClientBug) or e.recognises(exc)), None)
            if isinstance(expect, ClientBug):
                self._emit(call, "client-bug", f"{expect.reason} [{_short(exc)}]", started)
            elif isinstance(expect, NotServed):
                self._emit(call, "not-served-yet", f"{expect.surface} [{_short(exc)}]", started)
            elif isinstance(expect, OutOfScope):
                self._emit(call, "out-of-scope", f"{expect.reason} [{_short(exc)}]", started)
            else:
                self._emit(call, "mock-fault", _short(exc), started)
            return None
        note = ""
        for e in expect if isinstance(expect, list) else [expect]:
            if isinstance(e, ClientBug):
                note = f"expected client bug did not show: {e.reason}"
        self._emit(call, "ok", note, started)
        return value if value is not None else True

    def _emit(self, call: str, result: str, detail: str, started: float) -> None:
        line = {
            "client": self.client,
            "call": call,
            "result": result,
            "detail": detail,
            "ms": round((time.perf_counter() - started) * 1000),
        }
        print(json.dumps(line), flush=True)


class ReadBack:
    """Our own HTTP calls to the mock, by the documented ``/me`` paths with percent-encoded ids."""

    def __init__(self, token: str = TOKEN):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    @staticmethod
    def path(*parts: str) -> str:
        """``("me/tasks", id)`` -> ``/me/tasks/<id percent-encoded>``: collection names as given, ids encoded."""
        out = []
        for i, part in enumerate(parts):
            out.append(part if i % 2 == 0 else quote(part, safe=""))
        return "/" + "/".join(out)

    def get(self, *parts: str, params=None, headers=None, expect: int = 200):
        response = self.session.get(API + self.path(*parts), params=params, headers=headers, timeout=30)
        if response.status_code != expect:
            raise AssertionError(f"read-back GET {self.path(*parts)} -> {response.status_code} {response.text[:200]}")
        return response.json() if response.content and expect == 200 else None

    def gone(self, *parts: str) -> None:
        self.get(*parts, expect=404)

    def post(self, *parts: str, body: dict, expect: int = 201):
        response = self.session.post(API + self.path(*parts), json=body, timeout=30)
        if response.status_code != expect:
            raise AssertionError(f"setup POST {self.path(*parts)} -> {response.status_code} {response.text[:200]}")
        return response.json() if response.content else None

    def delete(self, *parts: str) -> None:
        self.session.delete(API + self.path(*parts), timeout=30)

    def find(self, collection: str, field: str, value: str, token: str | None = None) -> list[dict]:
        """Items of a collection whose ``field`` equals ``value`` (by ``$filter``)."""
        session = self.session if token is None else ReadBack(token).session
        escaped = value.replace("'", "''")
        response = session.get(f"{API}/{collection}", params={"$filter": f"{field} eq '{escaped}'"}, timeout=30)
        if response.status_code != 200:
            raise AssertionError(f"read-back GET /{collection}?$filter -> {response.status_code} {response.text[:200]}")
        return response.json()["value"]


def check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def equal(actual, expected, what: str) -> None:
    if actual != expected:
        raise AssertionError(f"{what}: {actual!r}, expected {expected!r}")
