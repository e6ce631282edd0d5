"""Issue 10's done-when, swept over a populated mailbox: every v2.0 id is REST-format, every @odata.id answers GET."""

from __future__ import annotations

import re
from collections.abc import Iterator

from starlette.testclient import TestClient

from conformance.checks.attachments import FILE, ITEM
from conformance.target import mock_target

REST_ID = re.compile(r"^[A-Za-z0-9_-]+=*$")
ID_NAMES = {"Id", "ParentFolderId", "ConversationId", "CalendarId", "EventId", "SeriesMasterId"}


def _walk(value: object) -> Iterator[tuple[str, object]]:
    if isinstance(value, dict):
        for name, member in value.items():
            yield name, member
            yield from _walk(member)
    elif isinstance(value, list):
        for member in value:
            yield from _walk(member)


def _populate(api: TestClient, other: TestClient) -> None:
    folder = api.post("/api/v2.0/me/taskfolders", json={"Name": "sweep"}).json()
    task = api.post(f"/api/v2.0/me/taskfolders/{folder['Id']}/tasks", json={"Subject": "sweep"}).json()
    for attachment in (FILE, ITEM):
        assert api.post(f"/api/v2.0/me/tasks/{task['Id']}/attachments", json=attachment).status_code == 201
    api.post("/api/v2.0/me/taskgroups", json={"Name": "sweep"})
    mail = api.post("/api/v2.0/me/mailfolders", json={"DisplayName": "sweep"}).json()
    api.post(f"/api/v2.0/me/mailfolders/{mail['Id']}/childfolders", json={"DisplayName": "child"})
    api.post(f"/api/v2.0/me/mailfolders/{mail['Id']}/messages", json={"Subject": "sweep"})
    api.post("/api/v2.0/me/contactfolders", json={"DisplayName": "sweep"})
    api.post("/api/v2.0/me/contacts", json={"GivenName": "Sweep"})
    calendar = api.post("/api/v2.0/me/calendars", json={"Name": "sweep"}).json()
    times = {
        "Start": {"DateTime": "2015-11-26T09:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": "2015-11-26T10:00:00", "TimeZone": "UTC"},
    }
    api.post(f"/api/v2.0/me/calendars/{calendar['Id']}/events", json={"Subject": "sweep", **times})
    alex = other.get("/api/v2.0/me").json()["EmailAddress"]
    meeting = {"Subject": "meeting", **times, "Attendees": [{"EmailAddress": {"Address": alex}, "Type": "Required"}]}
    assert api.post("/api/v2.0/me/events", json=meeting).status_code == 201


def _pages(client: TestClient, path: str) -> list[dict]:
    answer = client.get(path, headers={"Prefer": "odata.maxpagesize=1000"})
    assert answer.status_code == 200, (path, answer.text)
    return answer.json()["value"]


def test_every_v2_id_is_rest_format_and_every_odata_id_answers_get() -> None:
    target = mock_target()
    api, other = target.http(), target.http(target.tokens[1])
    _populate(api, other)
    for client in (api, other):
        answers = [client.get("/api/v2.0/me").json()]
        for path in ("me/tasks", "me/taskfolders", "me/taskgroups", "me/contactfolders", "me/contacts", "me/calendars"):
            answers += _pages(client, f"/api/v2.0/{path}")
        for folder in _pages(client, "/api/v2.0/me/mailfolders"):
            answers += _pages(client, f"/api/v2.0/me/mailfolders/{folder['Id']}/messages")
            answers += _pages(client, f"/api/v2.0/me/mailfolders/{folder['Id']}/childfolders")
        for calendar in _pages(client, "/api/v2.0/me/calendars"):
            answers += _pages(client, f"/api/v2.0/me/calendars/{calendar['Id']}/events")
        for task in _pages(client, "/api/v2.0/me/tasks"):
            for attachment in _pages(client, f"/api/v2.0/me/tasks/{task['Id']}/attachments"):
                answers.append(client.get(attachment["@odata.id"], params={"$expand": "Item"}).json())
        links, ids = set(), set()
        for name, value in _walk(answers):
            if name == "@odata.id":
                links.add(value)
            elif name in ID_NAMES and isinstance(value, str) and value.startswith("AAMk"):
                ids.add(value)
        assert len(ids) > 5 and len(links) > 5, (len(ids), len(links))
        assert [i for i in ids if not REST_ID.fullmatch(i)] == []
        for link in links:
            assert client.get(link).status_code == 200, link
