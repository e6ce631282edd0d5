"""``If-Match`` on every write, for every route of a dialect, from one table (optimistic concurrency).

A write (PATCH, DELETE, or a POST action such as ``complete``, ``Accept``, ``Move``) that carries
``If-Match`` is carried out only if the tag names the *current* ChangeKey of the item it writes;
otherwise 412 ``ErrorIrresolvableConflict`` and nothing changes. Without ``If-Match`` the last writer
wins. Which item a route writes is read off its template, so a route added to a URL map gets the
check without any code of its own:

- a PATCH/DELETE/action writes the last entity its path names: ``me/tasks({task_id})/complete`` ->
  the task; ``me/calendar`` (the default calendar) -> that calendar;
- a POST to a collection that can also be read (``me/tasks``, ``…/events``) *creates* an item: there is
  nothing to match yet, so ``If-Match`` is not evaluated;
- attachments have no ChangeKey in Exchange: they are versioned with their item (every attachment
  write gives the item a new ChangeKey), so an attachment write (add, PATCH, DELETE) is matched against
  the *item's* ChangeKey, the ``@odata.etag`` a client holds;
- mail folders and contact folders have no ChangeKey (Exchange exposes none): no tag can name their
  version, so only ``*`` matches them.

Tags are compared as the service compared them: by the ChangeKey they carry (weak comparison,
RFC 9110 §8.8.3.2). The service only ever issued weak tags (``W/"<ChangeKey>"``) and accepted them
back, so ``W/"…"`` and the strong spelling ``"…"`` of the same ChangeKey both match; a list of tags
matches if one does; ``*`` matches any existing item; anything else (a bare, unquoted ChangeKey, an
empty value) is no tag and never matches. The target must exist: a missing item is a 404 (or 400 for
a malformed id) as without ``If-Match``.

The check and the write run in one synchronous step (``run``), so no other request can slip between
them on the event loop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import dataclass
from typing import Any

from ..errors import ErrorIrresolvableConflict
from ..faults import broken
from .routing import Route

__all__ = ["Preconditions", "VERSIONS", "WriteTarget"]

CONFLICT_MESSAGE = (
    "The send or update operation could not be performed because the change key passed in the request "
    "does not match the current change key for the item."
)

# How the mailbox names the current ChangeKey of an entity, by the (lower-case) entity-set segment that
# addresses it; the key is None for a singleton (``me/calendar``).
ChangeKeyOf = Callable[[Any, "str | None"], str]
NO_CHANGE_KEY = "no ChangeKey"  # the kind has none: only `*` matches
PART_OF_ITEM = "part of its item"  # versioned with the item above it

VERSIONS: Mapping[str, ChangeKeyOf | str] = {
    "tasks": lambda mailbox, key: mailbox.tasks.get_task(key).change_key,
    "taskfolders": lambda mailbox, key: mailbox.tasks.get_folder(key).change_key,
    "taskgroups": lambda mailbox, key: mailbox.tasks.get_group(key).change_key,
    "messages": lambda mailbox, key: mailbox.mail.get_message(key).change_key,
    "contacts": lambda mailbox, key: mailbox.contacts.get_contact(key).change_key,
    "events": lambda mailbox, key: mailbox.calendar.get_event(key).change_key,
    "calendars": lambda mailbox, key: mailbox.calendar.get_calendar(key).change_key,
    "calendar": lambda mailbox, key: mailbox.calendar.get_calendar(None).change_key,
    "calendargroups": lambda mailbox, key: mailbox.calendar.get_group(key).change_key,
    "mailfolders": NO_CHANGE_KEY,
    "contactfolders": NO_CHANGE_KEY,
    "childfolders": NO_CHANGE_KEY,
    "folders": NO_CHANGE_KEY,  # the preview's mail folders
    "overrides": NO_CHANGE_KEY,  # Focused Inbox overrides (InferenceClassificationOverride has none)
    "attachments": PART_OF_ITEM,
    "subscriptions": NO_CHANGE_KEY,  # a push subscription has no ChangeKey
}
SINGLETONS = frozenset({"calendar"})  # entity sets addressed without a key


@dataclass(frozen=True)
class WriteTarget:
    """The entity a write route changes: its entity set and the route parameter holding its key."""

    entity_set: str
    param: str | None  # None: a singleton


def write_target(route: Route, readable: Set[str] = frozenset()) -> WriteTarget | None:
    """The entity whose ChangeKey ``If-Match`` is matched against on ``route``; None: not evaluated.

    ``readable``: the lower-case templates that also have a GET route, which tells a collection (a POST
    creates in it) from an action (a POST acts on the entity above it).
    """
    if route.method == "GET":
        return None
    pattern = route.pattern
    last, last_param = pattern[-1]
    if route.method == "POST" and last_param is None and route.template.lower() in readable:
        if VERSIONS.get(last) != PART_OF_ITEM:
            return None  # a create: nothing exists to match yet
        pattern = pattern[:-1]  # adding an attachment writes the item
    for name, param in reversed(pattern):
        if param is None and name not in SINGLETONS:
            continue  # an action's name (complete, Accept, Move), or a path step
        if VERSIONS.get(name) == PART_OF_ITEM:
            continue  # an attachment: its item's ChangeKey
        if name not in VERSIONS:
            raise ValueError(
                f"{route.method} {route.template} writes a '{name}' entity: say in preconditions.VERSIONS how to "
                "find its ChangeKey (or that it has none)"
            )
        return WriteTarget(name, param)
    return None  # writes nothing that exists yet (e.g. an action on the mailbox itself)


class Preconditions:
    """The ``If-Match`` rule over one dialect's routes."""

    def __init__(self, routes: Iterable[Route]) -> None:
        routes = list(routes)
        readable = {r.template.lower() for r in routes if r.method == "GET"}
        self.targets: dict[Route, WriteTarget] = {}
        for route in routes:
            target = write_target(route, readable)
            if target is not None:
                self.targets[route] = target

    def check(self, route: Route, params: Mapping[str, str], if_match: str | None, mailbox: Any) -> None:
        """Raise 412 unless ``if_match`` (the header's value, None when absent) names the target's version."""
        if if_match is None and not broken("if_match_required"):
            return  # the last writer wins (and a request without the header costs nothing here)
        target = self.targets.get(route)
        if target is None or broken("ignore_if_match"):
            return
        if if_match is None:
            raise ErrorIrresolvableConflict(CONFLICT_MESSAGE)  # planted: if_match_required
        tags = [tag.strip() for tag in if_match.split(",")]
        if "*" in tags and not broken("if_match_star_unsupported"):
            return  # any existing item: the handler answers 404 if there is none
        if broken("if_match_strong_comparison"):
            tags = [tag for tag in tags if not tag.startswith("W/")]
        version = VERSIONS[target.entity_set]
        key = params.get(target.param) if target.param is not None else None
        current = None if isinstance(version, str) else version(mailbox, key)
        if current is None or current not in {_change_key(tag) for tag in tags}:
            raise ErrorIrresolvableConflict(CONFLICT_MESSAGE)

    def run(self, route: Route, call: Any, mailbox: Any, if_match: str | None) -> Any:
        """Check the precondition and call the handler, in one synchronous step."""
        self.check(route, call.params, if_match, mailbox)
        return route.handler(call, mailbox)


def _change_key(tag: str) -> str | None:
    """The ChangeKey an entity-tag carries (``W/"ck"`` or ``"ck"``); None if ``tag`` is no entity-tag."""
    if tag.startswith("W/"):
        tag = tag[2:]
    if len(tag) >= 2 and tag[0] == tag[-1] == '"':
        return tag[1:-1]
    return None
