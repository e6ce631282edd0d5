"""A small session over the v2.0 API for the rule checks: JSON in, JSON out, and clean-up.

Everything a check creates is registered for deletion, so a run against a live
mailbox leaves it as it found it. ``Api(target, root=PREVIEW_ROOT)`` (or ``api.at(PREVIEW_ROOT)``,
the same session) speaks the 2014 preview Calendar API at ``/ews/odata`` instead.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from .target import API_ROOT, PREVIEW_ROOT, Target

PREVIEW_NS = "Microsoft.Exchange.Services.OData.Model"  # the 2014 preview's @odata.type namespace


def key(value: str) -> str:
    """An id inside an OData key segment: ``tasks('<key>')``."""
    return quote(value, safe="")


# One item, two spellings of its id (Exchange's RestId and EwsId): v2.0 writes ids in the URL-safe base64
# alphabet, the 2014 preview in the standard one. Checks that cross dialects translate with these.
def rest_id(ews_id: str) -> str:
    """The v2.0 (REST) spelling of a preview (EWS) id."""
    return ews_id.translate(str.maketrans("+/", "-_"))


def ews_id(rest_id: str) -> str:
    """The preview (EWS) spelling of a v2.0 (REST) id."""
    return rest_id.translate(str.maketrans("-_", "+/"))


class Api:
    def __init__(self, target: Target, user: int = 0, *, root: str = API_ROOT, token: str | None = None) -> None:
        self.target = target
        self.user = user
        self.root = root  # relative paths are resolved under it: API_ROOT (v2.0) or PREVIEW_ROOT
        self.http = target.http(token or target.tokens[user])
        # What close() undoes, last first: a URL (relative ones under the root) to DELETE, or a callable.
        self._undo: list[str | Callable[[], object]] = []

    def at(self, root: str) -> Api:
        """This very session (user, token, client, clean-up list) speaking the dialect at ``root``.

        Close the original only: it cleans up after both."""
        view = copy.copy(self)
        view.root = root
        return view

    def url(self, path: str, root: str | None = None) -> str:
        """The absolute URL of ``path`` under ``root`` (default: this session's root)."""
        if path.startswith("http"):
            return path
        return f"{self.target.origin}{root or self.root}/{path.lstrip('/')}"

    def later(self, undo: Callable[[], object]) -> None:
        """Run ``undo`` on close (with the deletions, last registered first)."""
        self._undo.append(undo)

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
        url = path if path.startswith("http") else f"{self.root}/{path.lstrip('/')}"
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
        self._undo.append(self.url(undo.format(id=key(created["Id"]))))
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

    # -- the 2014 preview (/ews/odata), whatever this session's root ---------------------
    def preview_group(self, name: str = "conformance group") -> dict:
        body = {"@odata.type": f"#{PREVIEW_NS}.CalendarGroup", "Name": name}
        return self.create(
            self.url("Me/CalendarGroups", PREVIEW_ROOT), body, self.url("Me/CalendarGroups('{id}')", PREVIEW_ROOT)
        )

    def preview_calendar(self, name: str = "conformance calendar", group: str | None = None) -> dict:
        path = "Me/Calendars" if group is None else f"Me/CalendarGroups('{key(group)}')/Calendars"
        body = {"@odata.type": f"#{PREVIEW_NS}.Calendar", "Name": name}
        return self.create(self.url(path, PREVIEW_ROOT), body, self.url("Me/Calendars('{id}')", PREVIEW_ROOT))

    def preview_event(self, body: dict | None = None, calendar: str | None = None) -> dict:
        path = "Me/Events" if calendar is None else f"Me/Calendars('{key(calendar)}')/Events"
        event = {
            "@odata.type": f"#{PREVIEW_NS}.Event",
            "Subject": "conformance event",
            "Start": "2014-07-02T18:00:00Z",
            "End": "2014-07-02T19:00:00Z",
            **(body or {}),
        }
        return self.create(self.url(path, PREVIEW_ROOT), event, self.url("Me/Events('{id}')", PREVIEW_ROOT))

    def close(self) -> None:
        while self._undo:
            step = self._undo.pop()
            if callable(step):
                step()
            else:
                self.delete(step)  # a 404 is fine: the check deleted it already
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
