"""Leave a live mailbox as the suite found it.

The rule checks delete what they create; the property-based runs cannot, so
around the whole session the suite notes which tasks, folders and groups exist
and deletes whatever is new at the end (tasks, task folders and groups, messages, mail folders,
contacts, contact folders, events, calendars, Focused Inbox overrides; calendar groups through the
2014 preview API, last).
"""

from __future__ import annotations

from .api import Api, key
from .target import PREVIEW_ROOT

COLLECTIONS = (
    ("me/tasks", "me/tasks('{}')"),
    ("me/taskfolders", "me/taskfolders('{}')"),
    ("me/taskgroups", "me/taskgroups('{}')"),
    ("me/messages", "me/messages('{}')"),
    ("me/mailfolders", "me/mailfolders('{}')"),  # top-level ones; deleting a folder deletes its child folders
    ("me/contacts", "me/contacts('{}')"),  # those of the default folder; the others go with their folders
    ("me/contactfolders", "me/contactfolders('{}')"),
    ("me/events", "me/events('{}')"),  # those of the default calendar; the others go with their calendars
    ("me/calendars", "me/calendars('{}')"),
    ("me/InferenceClassification/Overrides", "me/InferenceClassification/Overrides('{}')"),  # Focused Inbox
)
# Only the preview serves calendar groups; deleting one deletes its calendars.
PREVIEW_COLLECTIONS = (("Me/CalendarGroups", "Me/CalendarGroups('{}')"),)


def _ids(api: Api, path: str) -> set[str]:
    ids: set[str] = set()
    link: str | None = path
    for _ in range(1000):  # pages; a mailbox of more than 10^5 items is not a test mailbox
        if not link:
            break
        answer = api.get(link, params={"$select": "Id"} if link == path else None, prefer="odata.maxpagesize=100")
        answer.raise_for_status()
        body = answer.json()
        ids |= {item["Id"] for item in body["value"]}
        link = body.get("@odata.nextLink")
    return ids


def _sessions(api: Api) -> list[tuple[Api, tuple[tuple[str, str], ...]]]:
    return [(api, COLLECTIONS), (api.at(PREVIEW_ROOT), PREVIEW_COLLECTIONS)]


def snapshot(api: Api) -> dict[str, set[str]]:
    return {path: _ids(session, path) for session, collections in _sessions(api) for path, _ in collections}


def restore(api: Api, before: dict[str, set[str]]) -> None:
    for session, collections in _sessions(api):
        for path, item in collections:  # tasks first, groups last
            for new in _ids(session, path) - before[path]:
                session.delete(item.format(key(new)))
