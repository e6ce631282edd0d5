"""Leave live mailboxes as the suite found them: remove exactly what the run made, nothing else.

A live run creates items (the rule checks, schemathesis' fuzzing and stateful runs) and its actions make more: sent
copies, meeting requests and answers and their calendar copies in the other user's mailbox, moved items (under new
Ids), Deleted Items entries of deleted events, copies of cancelled meetings. None of that is listed per check; it is
derived, so checks added later stay clean without code here:

- the :class:`Ledger` watches every response to one of the run's writes (every client of the target, and every
  schemathesis call, see readback.py) and notes the Ids, ConversationIds and iCalUIds of what came back and the
  subjects the run wrote;
- :func:`inventory` lists both users' mailboxes through the API (every mail folder, calendar, contact folder,
  task folder and group, calendar group, and the items in each) before the run and after it;
- at the end, of the entries that are new, those the ledger links to the run are deleted: same Id, same
  ConversationId or iCalUId, or, for what the server filed itself (Inbox, Sent Items, Deleted Items, Drafts, the
  calendars), the subject the run wrote (reply and meeting prefixes such as ``RE:`` or ``Canceled:`` aside). Deleting
  makes more (a deleted event lands in Deleted Items, a cancelled meeting notifies its attendees), so this repeats
  until nothing linked is left (a few rounds).

What another client made meanwhile has none of those links and stays; what the run made but could not delete is
listed at the end of the run (report.py).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from .api import Api, key, rest_id
from .target import PREVIEW_ROOT, Target

WRITES = frozenset({"POST", "PATCH", "PUT"})
# The entity sets the inventory lists (with their items' attachments); anything else a write made (a push
# subscription, an entity a later version serves) is deleted at the end through the @odata.id it was answered with.
LISTED = frozenset(
    {"tasks", "messages", "events", "contacts", "taskfolders", "mailfolders", "childfolders", "contactfolders",
     "calendars", "taskgroups", "calendargroups", "attachments", "calendar", "instances"}
)  # fmt: skip
_LAST_SET = re.compile(r"/([A-Za-z]+)(?:\('[^']*'\)|/[^/]+)?$")
# The folders the server files into by itself: a new item there is the run's when its subject is one the run wrote.
FILED_BY_THE_SERVER = ("Inbox", "SentItems", "DeletedItems", "Drafts")
_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|accepted|tentative|declined|canceled|cancelled|updated)\s*:)+\s*", re.I)
ROUNDS = 5


def _norm(id_: object) -> str:
    """One spelling for both dialects' ids (the preview's EWS ids as v2.0's REST ids)."""
    return rest_id(id_) if isinstance(id_, str) else ""


def _bare(subject: str) -> str:
    return _PREFIX.sub("", subject).strip()


@dataclass
class Ledger:
    """What the run made, as far as its writes' requests and responses tell."""

    active: bool = False  # only in live mode: the in-process mock's tenants are thrown away
    ids: set[str] = field(default_factory=set)
    conversations: set[str] = field(default_factory=set)
    icals: set[str] = field(default_factory=set)
    subjects: set[str] = field(default_factory=set)
    others: dict[str, str] = field(default_factory=dict)  # @odata.id of an entity the inventory does not list -> token
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def note(self, method: str, status: int, sent: Any, answered: Any, credential: str = "") -> None:
        if not self.active or method.upper() not in WRITES:
            return
        with self._lock:
            for entity in _entities(sent):
                subject = entity.get("Subject")
                if isinstance(subject, str):
                    self.subjects.add(_bare(subject))
            if not 200 <= status < 300:
                return
            for entity in _entities(answered):
                if isinstance(entity.get("Id"), str):
                    self.ids.add(_norm(entity["Id"]))
                if isinstance(entity.get("ConversationId"), str):
                    self.conversations.add(entity["ConversationId"])
                if isinstance(entity.get("iCalUId"), str):
                    self.icals.add(entity["iCalUId"])
                if isinstance(entity.get("Subject"), str):
                    self.subjects.add(_bare(entity["Subject"]))
                edit = entity.get("@odata.id")
                if status == 201 and isinstance(edit, str) and entity is answered:
                    entity_set = _LAST_SET.search(edit.split("?")[0])
                    if entity_set and entity_set.group(1).lower() not in LISTED:
                        self.others[edit] = credential

    def observe(self, response: httpx.Response) -> None:
        """An httpx response hook (target.py installs it on every client of a target)."""
        request = response.request
        if not self.active or request.method not in WRITES:
            return
        response.read()
        credential = request.headers.get("Authorization", "")
        self.note(request.method, response.status_code, _json(request.content), _json(response.content), credential)

    def observe_case(self, response: Any, case: Any) -> None:
        """The same for a schemathesis call (readback.py calls it for every response it checks)."""
        if not self.active or case.method.upper() not in WRITES:
            return
        body = case.body if isinstance(case.body, dict | list) else None
        try:
            answered = response.json()
        except Exception:  # noqa: BLE001 - no JSON body: nothing to note
            answered = None
        credential = (getattr(response, "request", None) and response.request.headers.get("Authorization")) or ""
        self.note(case.method, response.status_code, body, answered, str(credential))

    def owns(self, entry: Entry, filed: set[str]) -> bool:
        """``entry`` (new since the run began) was made by the run, or by the server because of the run."""
        if entry.id in self.ids or (entry.conversation and entry.conversation in self.conversations):
            return True
        if entry.ical and entry.ical in self.icals:
            return True
        served = entry.container in filed or entry.kind == "event"
        return served and entry.kind in ("message", "event") and _bare(entry.label) in self.subjects


def _json(content: bytes | None) -> Any:
    if not content:
        return None
    try:
        import json

        return json.loads(content)
    except ValueError:
        return None


def _entities(body: Any) -> Iterator[dict]:
    """The entities of a request or response body: itself, a collection's values, a sendmail's Message."""
    if isinstance(body, list):
        for value in body:
            yield from _entities(value)
    elif isinstance(body, dict):
        yield body
        for name in ("value", "Message"):
            if isinstance(body.get(name), dict | list):
                yield from _entities(body[name])


LEDGER = Ledger()  # one run per process


# -- the mailboxes, through the API -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    user: int
    kind: str  # "message", "event", "contact", "task", or a container kind ("mail folder", "calendar", ...)
    id: str  # REST spelling
    container: str  # the parent folder, calendar or group ("" at the top)
    label: str  # Subject, DisplayName or Name
    conversation: str = ""
    ical: str = ""
    delete: str = ""  # the URL that deletes it
    counts: tuple = ()  # a mail folder's (TotalItemCount, UnreadItemCount, ChildFolderCount)

    def describe(self) -> str:
        return f"user {self.user + 1}: {self.kind} {self.label!r} ({self.id})"


ITEM_KINDS = ("message", "event", "contact", "task")
# Deletion order: items, then containers from the innermost kinds out (a folder's children go with it).
_ORDER = {k: i for i, k in enumerate((*ITEM_KINDS, "task folder", "mail folder", "contact folder", "calendar"))}


def _pages(api: Api, path: str) -> Iterator[dict]:
    link: str | None = path
    for _ in range(1000):  # pages; a mailbox of more than 10^5 items is not a test mailbox
        if not link:
            return
        answer = api.get(link, prefer="odata.maxpagesize=100")
        if answer.status_code != 200:
            return  # a collection this server does not serve
        body = answer.json()
        yield from body.get("value", [])
        link = body.get("@odata.nextLink")


def _folders(api: Api, top: str, children: str) -> Iterator[dict]:
    """Every folder of a tree, breadth first (``children`` formats a folder's child-folder collection)."""
    queue = list(_pages(api, top))
    seen: set[str] = set()
    while queue and len(seen) < 10_000:
        folder = queue.pop(0)
        if folder["Id"] in seen:
            continue
        seen.add(folder["Id"])
        yield folder
        queue += _pages(api, children.format(key(folder["Id"])))


def _mailbox(api: Api, user: int) -> Iterator[Entry]:
    url = api.url
    for folder in _folders(api, "me/mailfolders", "me/mailfolders('{}')/childfolders"):
        counts = tuple(folder.get(n) for n in ("TotalItemCount", "UnreadItemCount", "ChildFolderCount"))
        fid = _norm(folder["Id"])
        yield Entry(user, "mail folder", fid, _norm(folder.get("ParentFolderId")), folder.get("DisplayName", ""),
                    delete=url(f"me/mailfolders('{key(folder['Id'])}')"), counts=counts)  # fmt: skip
        for m in _pages(api, f"me/mailfolders('{key(folder['Id'])}')/messages"):
            yield Entry(user, "message", _norm(m["Id"]), fid, m.get("Subject") or "", m.get("ConversationId") or "",
                        delete=url(f"me/messages('{key(m['Id'])}')"))  # fmt: skip
    for calendar in _pages(api, "me/calendars"):
        cid = _norm(calendar["Id"])
        yield Entry(user, "calendar", cid, "", calendar.get("Name", ""),
                    delete=url(f"me/calendars('{key(calendar['Id'])}')"))  # fmt: skip
        for e in _pages(api, f"me/calendars('{key(calendar['Id'])}')/events"):
            yield Entry(user, "event", _norm(e["Id"]), cid, e.get("Subject") or "", ical=e.get("iCalUId") or "",
                        delete=url(f"me/events('{key(e['Id'])}')"))  # fmt: skip
    default_contacts = ""
    for c in _pages(api, "me/contacts"):
        default_contacts = _norm(c.get("ParentFolderId"))
        yield Entry(user, "contact", _norm(c["Id"]), default_contacts, c.get("DisplayName") or c.get("GivenName") or "",
                    delete=url(f"me/contacts('{key(c['Id'])}')"))  # fmt: skip
    for folder in _folders(api, "me/contactfolders", "me/contactfolders('{}')/childfolders"):
        fid = _norm(folder["Id"])
        yield Entry(user, "contact folder", fid, _norm(folder.get("ParentFolderId")), folder.get("DisplayName", ""),
                    delete=url(f"me/contactfolders('{key(folder['Id'])}')"))  # fmt: skip
        if fid == default_contacts:
            continue
        for c in _pages(api, f"me/contactfolders('{key(folder['Id'])}')/contacts"):
            yield Entry(user, "contact", _norm(c["Id"]), fid, c.get("DisplayName") or c.get("GivenName") or "",
                        delete=url(f"me/contacts('{key(c['Id'])}')"))  # fmt: skip
    for group in _pages(api, "me/taskgroups"):
        yield Entry(user, "task group", _norm(group["Id"]), "", group.get("Name", ""),
                    delete=url(f"me/taskgroups('{key(group['Id'])}')"))  # fmt: skip
    for folder in _pages(api, "me/taskfolders"):
        fid = _norm(folder["Id"])
        yield Entry(user, "task folder", fid, _norm(folder.get("ParentGroupKey")), folder.get("Name", ""),
                    delete=url(f"me/taskfolders('{key(folder['Id'])}')"))  # fmt: skip
        for t in _pages(api, f"me/taskfolders('{key(folder['Id'])}')/tasks"):
            yield Entry(user, "task", _norm(t["Id"]), fid, t.get("Subject") or "",
                        delete=url(f"me/tasks('{key(t['Id'])}')"))  # fmt: skip
    preview = api.at(PREVIEW_ROOT)
    for group in _pages(preview, "Me/CalendarGroups"):
        yield Entry(user, "calendar group", _norm(group["Id"]), "", group.get("Name", ""),
                    delete=preview.url(f"Me/CalendarGroups('{key(group['Id'])}')"))  # fmt: skip


def _well_known(api: Api) -> set[str]:
    ids = set()
    for name in FILED_BY_THE_SERVER:
        answer = api.get(f"me/mailfolders('{name}')")
        if answer.status_code == 200:
            ids.add(_norm(answer.json()["Id"]))
    return ids


def _sessions(target: Target) -> list[Api]:
    return [Api(target, user) for user in range(len(target.tokens))]


def inventory(target: Target) -> dict[tuple[int, str], Entry]:
    """Everything in every mailbox the target's tokens reach: (user, id) -> entry."""
    entries: dict[tuple[int, str], Entry] = {}
    for api in _sessions(target):
        with api:
            for entry in _mailbox(api, api.user):
                entries[(entry.user, entry.id)] = entry
    return entries


@dataclass
class Outcome:
    removed: int = 0
    not_removed: list[Entry] = field(default_factory=list)  # made by the run, still there
    foreign: list[Entry] = field(default_factory=list)  # new, but not the run's: left alone
    others: list[str] = field(default_factory=list)  # entities outside the inventory that could not be deleted

    def lines(self) -> list[str]:
        return [f"could not remove {e.describe()}" for e in self.not_removed] + self.others


def restore(target: Target, before: dict[tuple[int, str], Entry], ledger: Ledger = LEDGER) -> Outcome:
    """Delete what the run made (new since ``before`` and linked to the run), in rounds, and say what is left."""
    outcome = Outcome()
    sessions = _sessions(target)
    try:
        filed = set().union(*(_well_known(api) for api in sessions))
        failed: set[tuple[int, str]] = set()
        for _ in range(ROUNDS):
            new = [e for k, e in inventory(target).items() if k not in before]
            ours = sorted((e for e in new if ledger.owns(e, filed)), key=lambda e: _ORDER.get(e.kind, 99))
            todo = [e for e in ours if (e.user, e.id) not in failed]
            if not todo:
                break
            for entry in todo:
                answer = sessions[entry.user].http.delete(entry.delete)
                if answer.status_code not in (200, 202, 204, 404):
                    failed.add((entry.user, entry.id))
                else:
                    outcome.removed += 1
                    if entry.kind in ITEM_KINDS:  # what deleting it makes (a Deleted Items entry) is the run's too
                        ledger.subjects.add(_bare(entry.label))
        for edit, credential in list(ledger.others.items()):  # what the inventory does not list: by its @odata.id
            session = next((a for a in sessions if credential == f"Bearer {target.tokens[a.user]}"), sessions[0])
            answer = session.http.delete(edit)
            if answer.status_code in (200, 202, 204):
                outcome.removed += 1
            elif answer.status_code not in (404, 410):
                outcome.others.append(f"could not remove {edit} (DELETE: {answer.status_code})")
        new = [e for k, e in inventory(target).items() if k not in before]
        outcome.not_removed = [e for e in new if ledger.owns(e, filed)]
        outcome.foreign = [e for e in new if not ledger.owns(e, filed)]
    finally:
        for api in sessions:
            api.close()
    return outcome


def state(target: Target) -> dict[tuple[int, str], tuple]:
    """What a live run must leave unchanged, for comparing mailboxes before and after (tests): every folder and
    item with its kind, container, label and (mail folders) counts."""
    return {k: (e.kind, e.container, e.label, e.counts) for k, e in inventory(target).items()}
