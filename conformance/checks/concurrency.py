"""Optimistic concurrency: ``If-Match`` on every write, over several kinds and both dialects.

A write whose ``If-Match`` names a ChangeKey the item no longer has is refused with 412
``ErrorIrresolvableConflict`` and changes nothing; the current tag (``W/"<ChangeKey>"`` as issued, or
``"<ChangeKey>"``) and ``*`` are accepted; without ``If-Match`` the last writer wins. Attachments are
versioned with their item (its ChangeKey); mail folders, which have no ChangeKey, match only ``*``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..api import PREVIEW_NS, Api, ews_id, expect_error, key, ok, rest_id
from ..target import PREVIEW_ROOT
from . import rule

CONFLICT = "ErrorIrresolvableConflict"
FILE = {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "a.txt", "ContentBytes": "AA=="}


def etag(entity: dict) -> str:
    """The tag a client holds: ``@odata.etag`` where the dialect sends one, else W/"ChangeKey"."""
    return entity.get("@odata.etag") or f'W/"{entity["ChangeKey"]}"'


@dataclass(frozen=True)
class Kind:
    """One kind of item in one dialect: how to make one, and two PATCH bodies that change ``field``."""

    name: str
    make: Callable[[Api], dict]
    url: Callable[[Api, dict], str]  # absolute URL of the item
    field: str
    first: Any
    second: Any

    def body(self, value: Any) -> dict:
        return {self.field: value}


def _v2(collection: str) -> Callable[[Api, dict], str]:
    return lambda api, item: api.url(f"me/{collection}('{key(item['Id'])}')")


def _preview(collection: str) -> Callable[[Api, dict], str]:
    return lambda api, item: api.url(f"Me/{collection}('{key(item['Id'])}')", PREVIEW_ROOT)


KINDS = (
    Kind("v2.0 task", lambda api: api.task(), _v2("tasks"), "Subject", "one", "two"),
    Kind("v2.0 message", lambda api: api.message(), _v2("messages"), "Subject", "one", "two"),
    Kind("v2.0 contact", lambda api: api.contact(), _v2("contacts"), "GivenName", "One", "Two"),
    Kind("v2.0 event", lambda api: api.event(), _v2("events"), "Subject", "one", "two"),
    Kind("v2.0 task folder", lambda api: api.folder(), _v2("taskfolders"), "Name", "one", "two"),
    Kind("v2.0 calendar", lambda api: api.calendar(), _v2("calendars"), "Name", "one", "two"),
    Kind("preview event", lambda api: api.preview_event(), _preview("Events"), "Subject", "one", "two"),
    Kind("preview calendar group", lambda api: api.preview_group(), _preview("CalendarGroups"), "Name", "one", "two"),
)


def _patch_body(api: Api, kind: Kind, value: Any) -> dict:
    body = kind.body(value)
    if kind.name.startswith("preview"):  # a preview PATCH carries the entity's type, as its creates do
        body["@odata.type"] = f"#{PREVIEW_NS}.{'Event' if 'event' in kind.name else 'CalendarGroup'}"
    return body


def _refused(answer, what: str) -> None:
    assert answer.status_code == 412, (
        f"{what} with a stale If-Match: expected 412, got {answer.status_code}: {answer.text}"
    )
    expect_error(answer, 412, CONFLICT)


@rule("concurrency.stale_if_match_is_412_and_changes_nothing", "ignore_if_match")
def stale_if_match(api: Api) -> None:
    """A write whose If-Match names an old ChangeKey is a 412 ErrorIrresolvableConflict and changes nothing."""
    for kind in KINDS:
        item = kind.make(api)
        url = kind.url(api, item)
        stale = etag(item)
        current = ok(api.patch(url, _patch_body(api, kind, kind.first)))  # someone else writes first
        _refused(api.patch(url, _patch_body(api, kind, kind.second), headers={"If-Match": stale}), f"{kind.name} PATCH")
        _refused(api.delete(url, headers={"If-Match": stale}), f"{kind.name} DELETE")
        now = ok(api.get(url))
        assert now[kind.field] == kind.first and now["ChangeKey"] == current["ChangeKey"], (
            f"{kind.name}: a refused write changed the item: {now}"
        )
    # Actions, and attachments (versioned with their item).
    task = api.task()
    task_url = api.url(f"me/tasks('{key(task['Id'])}')")
    ok(api.patch(task_url, {"Subject": "moved on"}))
    _refused(api.post(f"{task_url}/complete", headers={"If-Match": etag(task)}), "task complete")
    _refused(api.post(f"{task_url}/attachments", FILE, headers={"If-Match": etag(task)}), "adding an attachment")
    now = ok(api.get(task_url))
    assert now["Status"] != "Completed" and now["HasAttachments"] is False, f"a refused action changed the task: {now}"
    attachment = ok(api.post(f"{task_url}/attachments", FILE), 201)
    _refused(
        api.delete(f"{task_url}/attachments('{key(attachment['Id'])}')", headers={"If-Match": etag(now)}),
        "deleting an attachment",
    )
    assert ok(api.get(task_url))["HasAttachments"] is True
    message = api.message()
    message_url = api.url(f"Me/Messages('{key(ews_id(message['Id']))}')", PREVIEW_ROOT)
    ok(api.patch(api.url(f"me/messages('{key(message['Id'])}')"), {"Subject": "moved on"}))
    moved = api.post(f"{message_url}/Move", {"DestinationId": "Inbox"}, headers={"If-Match": etag(message)})
    _refused(moved, "preview message Move")
    assert rest_id(ok(api.get(message_url))["ParentFolderId"]) == message["ParentFolderId"], (
        "a refused Move moved the message"
    )


@rule("concurrency.current_if_match_is_accepted", "if_match_strong_comparison")
def current_if_match(api: Api) -> None:
    """A write whose If-Match names the current ChangeKey (W/"ck" as issued, or "ck") is carried out."""
    for kind in KINDS:
        item = kind.make(api)
        url = kind.url(api, item)
        first = ok(api.patch(url, _patch_body(api, kind, kind.first), headers={"If-Match": etag(item)}))
        assert first[kind.field] == kind.first
        strong = f'"{first["ChangeKey"]}"'
        second = ok(api.patch(url, _patch_body(api, kind, kind.second), headers={"If-Match": strong}))
        assert second[kind.field] == kind.second
        assert ok(api.get(url))[kind.field] == kind.second
    task = api.task()
    task_url = api.url(f"me/tasks('{key(task['Id'])}')")
    attachment = ok(api.post(f"{task_url}/attachments", FILE, headers={"If-Match": etag(task)}), 201)
    now = ok(api.get(task_url))
    answer = api.delete(f"{task_url}/attachments('{key(attachment['Id'])}')", headers={"If-Match": etag(now)})
    assert answer.status_code == 204, f"deleting an attachment with its task's current tag: {answer.text}"
    done = ok(api.post(f"{task_url}/complete", headers={"If-Match": etag(ok(api.get(task_url)))}))
    assert done["value"][0]["Status"] == "Completed"
    answer = api.delete(task_url, headers={"If-Match": etag(ok(api.get(task_url)))})
    assert answer.status_code == 204, f"DELETE with the current tag: {answer.status_code} {answer.text}"


@rule("concurrency.star_if_match_matches_any_item", "if_match_star_unsupported")
def star_if_match(api: Api) -> None:
    """If-Match: * matches any existing item, also one without a ChangeKey (a mail folder)."""
    for kind in KINDS:
        item = kind.make(api)
        url = kind.url(api, item)
        ok(api.patch(url, _patch_body(api, kind, kind.first)))
        changed = ok(api.patch(url, _patch_body(api, kind, kind.second), headers={"If-Match": "*"}))
        assert changed[kind.field] == kind.second
    folder = api.mail_folder()
    url = api.url(f"me/mailfolders('{key(folder['Id'])}')")
    assert ok(api.patch(url, {"DisplayName": "renamed"}, headers={"If-Match": "*"}))["DisplayName"] == "renamed"
    answer = api.delete(url, headers={"If-Match": "*"})
    assert answer.status_code == 204, f"DELETE with If-Match: *: {answer.status_code} {answer.text}"


@rule("concurrency.no_if_match_last_writer_wins", "if_match_required")
def no_if_match(api: Api) -> None:
    """Without If-Match every write is carried out: two clients writing from the same version, the last wins."""
    for kind in KINDS:
        item = kind.make(api)
        url = kind.url(api, item)
        ok(api.patch(url, _patch_body(api, kind, kind.first)))
        ok(api.patch(url, _patch_body(api, kind, kind.second)))
        assert ok(api.get(url))[kind.field] == kind.second, f"{kind.name}: the last write did not win"
    task = api.task()
    task_url = api.url(f"me/tasks('{key(task['Id'])}')")
    ok(api.patch(task_url, {"Subject": "changed"}))
    assert ok(api.post(f"{task_url}/complete"))["value"][0]["Status"] == "Completed"
    assert api.delete(task_url).status_code == 204
