"""Sync (``Prefer: odata.track-changes``) of every synced collection: the one round, token and page machinery.

A ``Synced`` says what differs per kind: the token's scope (``collection``), the change log to read
(``changes``, from the store's ``ItemTable``), how a change shows (an entity, or for a series in a
calendar view its master and its occurrences), the paths and the query options the kind refuses or
ignores. Everything else is shared (see the spec's "Sync" section and the seed's "同步任务或任务文件夹"):

* the first request of a round (no token) answers its first page and always an ``@odata.deltaLink``,
  with ``Preference-Applied: odata.track-changes``; a ``$deltatoken`` request (which must repeat
  ``Prefer: odata.track-changes``) answers the changes after it, with ``@odata.nextLink``
  (``$skiptoken``) while more remain and a deltaLink on the last page;
* ``Prefer: odata.maxpagesize`` bounds a page (kept in the tokens); a page costs O(page), the change
  log being indexed by change number;
* a deleted member (or one moved out of the collection) shows as
  ``{"@odata.context": ".../$deletedEntity", "id": "EntitySet('id')", "reason": "deleted"}``, reported only to
  a client that could have seen it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from starlette.responses import Response

from ...errors import ErrorInvalidUrlQuery, RequestBodyRead
from ...faults import broken
from ...ids import occurrence_id
from ...odata_query import EntityShape, parse_query, project
from ...store.calendar import CalendarStore, Event
from ...store.calendar import _overlaps as overlaps  # the view's own overlap rule (no length: at its instant)
from ...store.changes import Change
from ...store.folders import FolderTree
from ...store.indexes import ALL, ItemTable
from ...sync_tokens import SyncToken, SyncTokenCodec
from ..formats import parse_instant
from ..http import Call, json_response
from . import common  # (common's FolderHandlers use this module: names are looked up at call time)

__all__ = ["Synced", "deleted_entry", "entity_entries", "is_sync", "sync_members", "sync_page"]

TASK_FORBIDDEN = ("$filter", "$orderby", "$search", "$top", "$skip")
# Messages: the reference supports $top and $expand in a message sync (they change nothing here: the page size is
# Prefer: odata.maxpagesize's), "$filter=ReceivedDateTime ge|gt {value}" and "$orderby=ReceivedDateTime desc" only.
MESSAGE_FORBIDDEN = ("$search", "$skip")
_RECEIVED_FILTER = re.compile(r"\s*ReceivedDateTime\s+(ge|gt)\s+(\S+)\s*", re.IGNORECASE)
_RECEIVED_ORDER = re.compile(r"\s*ReceivedDateTime\s+desc\s*", re.IGNORECASE)


def is_sync(call: Call) -> bool:
    return call.prefer.track_changes or "$deltatoken" in call.query or "$skiptoken" in call.query


@dataclass(frozen=True)
class Synced:
    collection: str  # what a token is issued for: a token of another collection is a 400
    changes: Callable[[int], Iterable[Change]]  # cursor -> the changes after it, oldest first
    # (change, the context URL) -> the entries it shows as: [] to skip it, several for a series
    entries: Callable[[Change, str], list[dict]]
    context: str  # "Me/MailFolders('…')/Messages"
    link_path: str  # "me/MailFolders('…')/Messages/": the links' path (may carry its own parameters)
    forbidden: tuple[str, ...] = TASK_FORBIDDEN  # query options that make a sync request a 400
    select: bool = True  # $select allowed (a calendar view's sync refuses it)
    link_params: Mapping[str, str] = field(default_factory=dict)


def deleted_entry(context: str, entity_set: str, key: str) -> dict:
    """A removed member, as v2.0 reports it (OData 4.0 JSON deleted entity; not Graph's ``@removed``)."""
    return {"@odata.context": f"{context}/$deletedEntity", "id": f"{entity_set}('{key}')", "reason": "deleted"}


def entity_entries(
    entity_set: str, render: Callable[[str], dict], shape: EntityShape, call: Call
) -> Callable[[Change, str], list[dict]]:
    """The entries of a plain collection: the member as a list would render it ($select applied), or a tombstone."""
    query = parse_query(common.system_options(call.query, {"select"}), shape)

    def entries(change: Change, context: str) -> list[dict]:
        if change.deleted:
            return [] if broken("sync_omits_deletions") else [deleted_entry(context, entity_set, change.key)]
        return [project(render(change.key), query.select, common.ALWAYS)]

    return entries


def sync_members(
    call: Call,
    table: ItemTable,
    container: object,
    entity_set: str,
    path: str,
    render: Callable[[object], dict],
    shape: EntityShape,
    forbidden: tuple[str, ...] = TASK_FORBIDDEN,
) -> Response:
    """A sync page of the members of one container of a table (``ALL``: a folder hierarchy, flat).

    ``path``: the collection's path under ``Me/`` (``MailFolders('…')/Messages``); ``render``: item -> JSON.
    """
    return sync_page(
        call,
        Synced(
            f"{entity_set}:{'' if container is ALL else container}",
            lambda cursor: table.changes(container, cursor),
            entity_entries(entity_set, lambda key: render(table[key]), shape, call),
            f"Me/{path}",
            f"me/{path}/",
            forbidden,
        ),
    )


def sync_messages(
    call: Call, table: ItemTable, folder_id: str, path: str, render: Callable[[object], dict], shape: EntityShape
) -> Response:
    """A sync page of a mail folder's messages, with the reference's one filter (``ReceivedDateTime ge|gt``).

    The filter belongs to the round, as a calendar view's window: the links carry it, its tokens are for it.
    ``$orderby=ReceivedDateTime desc`` is accepted; the changes come in the order they happened (the reference
    promises no order without it, and a round's pages follow its change log).
    """
    order = call.query.get("$orderby")
    if order is not None and not _RECEIVED_ORDER.fullmatch(order):
        raise ErrorInvalidUrlQuery(
            "The '$orderby' parameter value is not supported for 'Messages' resource; "
            "only a value of 'ReceivedDateTime desc' is supported."
        )
    received = None
    text = call.query.get("$filter")
    if text is not None:
        found = _RECEIVED_FILTER.fullmatch(text)
        if found is None:
            raise ErrorInvalidUrlQuery(
                "The '$filter' parameter value is not supported for 'Messages' resource; "
                "only a value of 'ReceivedDateTime ge value' is supported."
            )
        try:
            received = (found[1].lower(), parse_instant(found[2], "ReceivedDateTime"))
        except RequestBodyRead as error:
            raise ErrorInvalidUrlQuery(str(error)) from None
    plain = entity_entries("Messages", lambda key: render(table[key]), shape, call)
    entries = plain
    if received is not None and not broken("message_sync_filter_ignored"):
        operator, instant = received

        def kept(message: Any) -> bool:
            value = message.received
            return value is not None and (value >= instant if operator == "ge" else value > instant)

        def entries(change: Change, context: str) -> list[dict]:
            # A message outside the filter was never sent: nothing to report (its ReceivedDateTime never changes).
            return plain(change, context) if change.deleted or kept(table[change.key]) else []

    scope = "" if received is None else f":{received[0]}:{received[1].isoformat()}"
    params = {k: call.query[k] for k in ("$filter", "$orderby") if k in call.query}
    synced = Synced(
        f"Messages:{folder_id}{scope}",
        lambda cursor: table.changes(folder_id, cursor),
        entries,
        f"Me/{path}",
        f"me/{path}/",
        MESSAGE_FORBIDDEN,
        link_params=params,
    )
    return sync_page(call, synced)


def sync_hierarchy(
    call: Call, store: FolderTree, entity_set: str, render: Callable[[object], dict], shape: EntityShape
) -> Response:
    """A sync page of a folder hierarchy (``/me/MailFolders``, ``/me/ContactFolders``): every folder, flat.

    The reference: $filter, $orderby, $search and $top are ignored in a hierarchy sync (not refused).
    """
    members = Synced(
        entity_set,
        lambda cursor: store.folders.changes(ALL, cursor),
        entity_entries(entity_set, lambda key: render(store.folders[key]), shape, call),
        f"Me/{entity_set}",
        f"me/{entity_set}/",
        forbidden=(),
    )
    if broken("folder_sync_not_flat"):
        flat = members.changes
        top = store.root_id
        members = replace(
            members,
            changes=lambda c: (ch for ch in flat(c) if ch.deleted or store.folders[ch.key].parent_id == top),
        )
    return sync_page(call, members)


# A calendar view's sync refuses these (the reference: $filter, $count, $select, $skip, $top, $search).
CALENDAR_VIEW_FORBIDDEN = ("$filter", "$orderby", "$count", "$skip", "$top", "$search")
_OCCURRENCE_MEMBERS = ("@odata.id", "@odata.etag", "Id", "Type", "SeriesMasterId", "Start", "End")


def sync_calendar_view(
    call: Call,
    calendars: CalendarStore,
    calendar_id: str,
    window: tuple[datetime, datetime, str],
    path: str,
    render: Callable[[Event], dict],
) -> Response:
    """A sync page of a calendar view: the calendar's changes, as they show in the window.

    The window (startDateTime/endDateTime) is part of the round: its tokens are for that window only.
    A single event shows if it overlaps the window; a changed one that left it shows as deleted. A series
    shows as its master (whole), its exceptions (whole) and its occurrences in the window, abbreviated to
    Id, Type, SeriesMasterId, Start and End (the reference), and the dates deleted from it as deleted
    occurrences: a series is one change, so a page ends after a whole series even beyond the page size.
    """
    start, end, query = window
    events = calendars.events

    def entries(change: Change, context: str) -> list[dict]:
        told = change.new or broken("sync_omits_deletions")  # a client that never saw it has nothing to delete
        gone = [] if told else [deleted_entry(context, "CalendarView", change.key)]
        if change.deleted:
            return gone
        event = events[change.key]
        if event.recurrence is None or broken("calendar_view_sync_series_not_expanded"):
            in_window = overlaps(event, start, end) or broken("calendar_view_sync_outside_window")
            return [render(event)] if in_window else gone
        shown = calendars.instances(event.id, start, end)
        if not shown and not broken("calendar_view_sync_outside_window"):
            return gone
        value = [render(event)]
        for member in shown:
            whole = render(member)
            value.append(whole if member.is_exception else {k: whole[k] for k in _OCCURRENCE_MEMBERS})
        first, last = start.date() - timedelta(days=1), end.date() + timedelta(days=1)
        value += [
            deleted_entry(context, "CalendarView", occurrence_id(event.id, day))
            for day in sorted(event.removed_days)
            if first <= day <= last and not change.new
        ]
        return value

    synced = Synced(
        f"CalendarView:{calendar_id}:{start.isoformat()}/{end.isoformat()}",
        lambda cursor: events.changes(calendar_id, cursor),
        entries,
        f"Me/{path}",
        f"me/{path}/?{query}",
        CALENDAR_VIEW_FORBIDDEN,
        select=False,
    )
    return sync_page(call, synced)


def sync_page(call: Call, synced: Synced) -> Response:
    """One page of a sync round."""
    for option in synced.forbidden + (() if synced.select else ("$select",)):
        if option in call.query and not broken("sync_accepts_forbidden_options"):
            raise ErrorInvalidUrlQuery(f"The query option '{option}' cannot be used in a synchronization request.")
    codec = SyncTokenCodec(call.tenant.sync_secret, str(call.principal.user.id))
    if "$deltatoken" in call.query:
        if not call.prefer.track_changes:
            raise ErrorInvalidUrlQuery("A request with a $deltatoken must include 'Prefer: odata.track-changes'.")
        token = codec.decode(call.query["$deltatoken"], "delta", synced.collection)
    elif "$skiptoken" in call.query:
        token = codec.decode(call.query["$skiptoken"], "skip", synced.collection)
    else:
        token = None
    page_size = call.prefer.max_page_size or (token.page_size if token else None) or common.DEFAULT_PAGE_SIZE
    if broken("sync_ignores_page_size"):
        page_size = common.DEFAULT_PAGE_SIZE
    cursor = token.cursor if token and not broken("sync_resends_everything") else 0
    base_context = common.context_url(call, synced.context)
    value: list[dict] = []
    more = False
    for change in synced.changes(cursor):
        if len(value) >= page_size:  # a change shows whole (a series with its occurrences): a page may exceed
            more = True
            break
        value += synced.entries(change, base_context)
        cursor = change.seq  # a skipped change (nothing to show) is passed for good
    body = {"@odata.context": base_context if token is None else f"{base_context}/$delta", "value": value}
    params = dict(synced.link_params)
    if synced.select and "$select" in call.query:
        params["$select"] = call.query["$select"]
    # The first response of a round always ends with a deltaLink (the reference shows it even when more remain).
    if more and token is not None:
        skip = SyncToken("skip", synced.collection, cursor, page_size)
        body["@odata.nextLink"] = _link(call, synced, params, "skiptoken", codec.encode(skip))
    else:
        delta = SyncToken("delta", synced.collection, cursor, page_size)
        body["@odata.deltaLink"] = _link(call, synced, params, "deltatoken", codec.encode(delta))
    headers = (
        {"Preference-Applied": "odata.track-changes"} if token is None and not broken("no_preference_applied") else {}
    )
    return json_response(body, headers=headers)


def _link(call: Call, synced: Synced, params: dict, name: str, token: str) -> str:
    options = {k.lstrip("$"): v for k, v in params.items() if k.startswith("$")}
    plain = {k: v for k, v in params.items() if not k.startswith("$")}
    path = synced.link_path
    if plain:
        path += ("&" if "?" in path else "?") + urlencode(plain)
    return call.link(path, **options, **{name: token})
