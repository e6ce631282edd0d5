"""Seed data: fill mailboxes by replaying each entry through the mock's own v2.0 API, as its owner.

Replaying (in-process, no socket) rather than writing into the store means every rule the API applies
applies to seed data too: bad seed data is refused with the very status and OData error the API would
answer, and what is stored is exactly what a client creating it would have got. An example is
``examples/seed.yaml``::

    mailboxes:
      megan@contoso.com:                    # a user of the tenant
        tasks: [{Subject: Pay the rent}]    # items of the default folder/calendar: POST /me/tasks, ...
        taskFolders:                        # containers: POST /me/taskfolders, then their items
          - Name: Groceries
            tasks: [{Subject: Milk}]
        mailFolders:
          - Id: Inbox                       # "Id": an existing folder (well-known name or id), not created
            messages: [{Subject: Hello, Body: {ContentType: Text, Content: Hi}}]
            folders: [{DisplayName: Receipts}]   # child folders (mail and contact folders)
        contactFolders: [...]  # contacts, folders
        calendars: [...]       # events
        messages: [...]        # POST /me/messages (Drafts)
        contacts: [...]
        events: [...]          # the default calendar's events

Each entry is the request body, in the v2.0 wire format, minus the seed's own keys (``Id`` on a
container, and its item lists). An entry with ``Id`` and other properties PATCHes the existing one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from .tenant_file import TenantFileError, read_document

__all__ = ["SeedError", "seed_app"]


class SeedError(TenantFileError):
    """Seed data the API refused (``status`` and ``error``: its answer) or that isn't shaped as seed data."""

    def __init__(self, message: str, status: int | None = None, error: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = dict(error or {})


@dataclass(frozen=True)
class _Container:
    collection: str  # where it is created and addressed (by id)
    items: tuple[str, str]  # (seed key, collection segment under the container)
    nests: bool  # has child folders (seed key "folders", segment "childfolders")


_CONTAINERS = {
    "taskFolders": _Container("me/taskfolders", ("tasks", "tasks"), nests=False),
    "mailFolders": _Container("me/mailfolders", ("messages", "messages"), nests=True),
    "contactFolders": _Container("me/contactfolders", ("contacts", "contacts"), nests=True),
    "calendars": _Container("me/calendars", ("events", "events"), nests=False),
}
# Items without a container: the API's own default place (default folder/calendar; Drafts for messages).
_ITEMS = {"tasks": "me/tasks", "messages": "me/messages", "contacts": "me/contacts", "events": "me/events"}
_API = "/api/v2.0/"


def seed_app(app: Any, source: str | os.PathLike[str] | Mapping[str, Any]) -> int:
    """Replay the seed file (or its parsed content) ``source`` into ``app``'s tenant; the count of entries.

    Stops at the first entry the API refuses, raising :class:`SeedError` with the API's status and error.
    """
    from .inprocess import InProcessTransport, key, password_token

    name, document = read_document(source)
    if not isinstance(document, Mapping) or set(document) != {"mailboxes"}:
        raise SeedError(f"{name}: expected a mapping with one field, 'mailboxes'")
    mailboxes = document["mailboxes"]
    if not isinstance(mailboxes, Mapping):
        raise SeedError(f"{name}: mailboxes: expected a mapping of user address to mailbox content")
    tenant = app.state.tenant
    transport = InProcessTransport(app)
    try:
        with httpx.Client(transport=transport, base_url="https://outlook.office.com") as http:
            replay = _Replay(http, key)
            for address, content in mailboxes.items():
                where = f"{name}: mailboxes.{address}"
                user = tenant.find_user(str(address))
                if user is None:
                    raise SeedError(f"{where}: no such user in the tenant ({', '.join(tenant.users)})")
                if not isinstance(content, Mapping):
                    raise SeedError(f"{where}: expected a mapping of {', '.join([*_CONTAINERS, *_ITEMS])}")
                http.headers["Authorization"] = f"Bearer {password_token(http, user.email, user.password)}"
                replay.mailbox(where, content)
            return replay.count
    finally:
        transport.close()


class _Replay:
    def __init__(self, http: httpx.Client, key: Any) -> None:
        self.http = http
        self.key = key
        self.count = 0

    def mailbox(self, where: str, content: Mapping[str, Any]) -> None:
        for kind, entries in content.items():
            if kind in _CONTAINERS:
                container = _CONTAINERS[kind]
                for index, entry in enumerate(self._list(f"{where}.{kind}", entries)):
                    self.container(f"{where}.{kind}[{index}]", container, container.collection, entry)
            elif kind in _ITEMS:
                for index, entry in enumerate(self._list(f"{where}.{kind}", entries)):
                    self.send(f"{where}.{kind}[{index}]", "POST", _ITEMS[kind], entry)
            else:
                raise SeedError(f"{where}: unknown kind {kind!r} (known: {', '.join([*_CONTAINERS, *_ITEMS])})")

    def container(self, where: str, container: _Container, create_at: str, entry: Any) -> None:
        if not isinstance(entry, Mapping):
            raise SeedError(f"{where}: expected a mapping (the container's properties and its items)")
        items_key, items_segment = container.items
        own = {items_key, "folders"} if container.nests else {items_key}
        body = {k: v for k, v in entry.items() if k not in own and k != "Id"}
        if "Id" in entry:  # an existing container, by id or well-known name
            path = f"{container.collection}('{self.key(str(entry['Id']))}')"
            folder = self.send(where, "PATCH" if body else "GET", path, body or None)
        else:
            folder = self.send(where, "POST", create_at, body)
        path = f"{container.collection}('{self.key(folder['Id'])}')"
        for index, item in enumerate(self._list(f"{where}.{items_key}", entry.get(items_key, []))):
            self.send(f"{where}.{items_key}[{index}]", "POST", f"{path}/{items_segment}", item)
        if container.nests:
            for index, child in enumerate(self._list(f"{where}.folders", entry.get("folders", []))):
                self.container(f"{where}.folders[{index}]", container, f"{path}/childfolders", child)

    def send(self, where: str, method: str, path: str, body: Any) -> dict[str, Any]:
        if body is not None and not isinstance(body, Mapping):
            raise SeedError(f"{where}: expected a mapping (the request body)")
        answer = self.http.request(method, _API + path, json=body)
        if answer.status_code >= 400:
            try:
                error = answer.json()["error"]
                code, message = error["code"], error["message"]
            except (ValueError, KeyError, TypeError):
                error, code, message = {}, "", answer.text
            raise SeedError(
                f"{where}: the API refused it ({method} /api/v2.0/{path}): {answer.status_code} {code}: {message}",
                answer.status_code,
                error,
            )
        if method != "GET":
            self.count += 1
        return answer.json()

    @staticmethod
    def _list(where: str, value: Any) -> list[Any]:
        if not isinstance(value, list):
            raise SeedError(f"{where}: expected a list")
        return value
