"""A small session over the v2.0 API for the rule checks: JSON in, JSON out, and clean-up.

Everything a check creates is registered for deletion, so a run against a live
mailbox leaves it as it found it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from .target import API_ROOT, Target


def key(value: str) -> str:
    """An id inside an OData key segment: ``tasks('<key>')``."""
    return quote(value, safe="")


class Api:
    def __init__(self, target: Target, user: int = 0) -> None:
        self.target = target
        self.http = target.http(target.tokens[user])
        self._undo: list[str] = []

    # -- plumbing --------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        prefer: str | list[str] | None = None,
        params: dict | None = None,
        headers: dict | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        merged = dict(headers or {})
        prefer = [prefer] if isinstance(prefer, str) else prefer
        if prefer:
            merged["Prefer"] = ", ".join(prefer)
        url = path if path.startswith("http") else f"{API_ROOT}/{path.lstrip('/')}"
        return self.http.request(method, url, json=json, params=params, headers=merged, content=content)

    def get(self, path: str, **kw: Any) -> httpx.Response:
        return self.request("GET", path, **kw)

    def post(self, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return self.request("POST", path, json=json, **kw)

    def patch(self, path: str, json: Any = None, **kw: Any) -> httpx.Response:
        return self.request("PATCH", path, json=json, **kw)

    def delete(self, path: str, **kw: Any) -> httpx.Response:
        return self.request("DELETE", path, **kw)

    # -- things a check needs, cleaned up afterwards ------------------------------
    def create(self, path: str, body: dict, undo: str, prefer: str | None = None) -> dict:
        answer = self.post(path, body, prefer=prefer)
        assert answer.status_code == 201, f"POST {path}: {answer.status_code} {answer.text}"
        created = answer.json()
        self._undo.append(undo.format(id=key(created["Id"])))
        return created

    def task(self, body: dict | None = None, folder: str | None = None, prefer: str | None = None) -> dict:
        path = "me/tasks" if folder is None else f"me/taskfolders('{key(folder)}')/tasks"
        return self.create(path, {"Subject": "conformance task", **(body or {})}, "me/tasks('{id}')", prefer)

    def folder(self, name: str = "conformance folder", group: str | None = None) -> dict:
        path = "me/taskfolders" if group is None else f"me/taskgroups('{key(group)}')/taskfolders"
        return self.create(path, {"Name": name}, "me/taskfolders('{id}')")

    def group(self, name: str = "conformance group") -> dict:
        return self.create("me/taskgroups", {"Name": name}, "me/taskgroups('{id}')")

    def message(self, body: dict | None = None, folder: str | None = None) -> dict:
        path = "me/messages" if folder is None else f"me/mailfolders('{key(folder)}')/messages"
        return self.create(path, {"Subject": "conformance message", **(body or {})}, "me/messages('{id}')")

    def mail_folder(self, name: str = "conformance mail folder", parent: str | None = None, **extra: object) -> dict:
        path = "me/mailfolders" if parent is None else f"me/mailfolders('{key(parent)}')/childfolders"
        return self.create(path, {"DisplayName": name, **extra}, "me/mailfolders('{id}')")

    def contact(self, body: dict | None = None, folder: str | None = None) -> dict:
        path = "me/contacts" if folder is None else f"me/contactfolders('{key(folder)}')/contacts"
        return self.create(path, {"GivenName": "Conformance", **(body or {})}, "me/contacts('{id}')")

    def contact_folder(self, name: str = "conformance contacts", parent: str | None = None, **extra: object) -> dict:
        path = "me/contactfolders" if parent is None else f"me/contactfolders('{key(parent)}')/childfolders"
        return self.create(path, {"DisplayName": name, **extra}, "me/contactfolders('{id}')")

    def calendar(self, name: str = "conformance calendar", **extra: object) -> dict:
        return self.create("me/calendars", {"Name": name, **extra}, "me/calendars('{id}')")

    def event(self, body: dict | None = None, calendar: str | None = None, prefer: str | None = None) -> dict:
        path = "me/events" if calendar is None else f"me/calendars('{key(calendar)}')/events"
        times = {
            "Start": {"DateTime": "2015-11-26T09:00:00", "TimeZone": "UTC"},
            "End": {"DateTime": "2015-11-26T10:00:00", "TimeZone": "UTC"},
        }
        return self.create(path, {"Subject": "conformance event", **times, **(body or {})}, "me/events('{id}')", prefer)

    def close(self) -> None:
        while self._undo:
            self.delete(self._undo.pop())  # a 404 is fine: the check deleted it already
        self.http.close()

    def __enter__(self) -> Api:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def expect_error(answer: httpx.Response, status: int, code: str | None = None) -> dict:
    """Assert an OData error answer: the status, the ``{"error": {"code", "message"}}`` body, the code."""
    assert answer.status_code == status, f"expected {status}, got {answer.status_code}: {answer.text}"
    error = answer.json().get("error")
    assert isinstance(error, dict) and isinstance(error.get("code"), str) and isinstance(error.get("message"), str), (
        f"not an OData error body: {answer.text}"
    )
    if code is not None:
        assert error["code"] == code, f"expected error code {code}, got {error['code']}"
    return error


def ok(answer: httpx.Response, status: int = 200) -> Any:
    assert answer.status_code == status, f"expected {status}, got {answer.status_code}: {answer.text}"
    return answer.json() if answer.content else None
