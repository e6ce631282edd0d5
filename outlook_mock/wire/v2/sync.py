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

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from starlette.responses import Response

from ...errors import ErrorInvalidUrlQuery
from ...faults import broken
from ...odata_query import EntityShape, parse_query, project
from ...store.changes import Change
from ...sync_tokens import SyncToken, SyncTokenCodec
from ..http import Call, json_response
from .common import ALWAYS, DEFAULT_PAGE_SIZE, context_url, system_options

__all__ = ["Synced", "deleted_entry", "is_sync", "sync_page"]

TASK_FORBIDDEN = ("$filter", "$orderby", "$search", "$top", "$skip")


def is_sync(call: Call) -> bool:
    return call.prefer.track_changes or "$deltatoken" in call.query or "$skiptoken" in call.query


@dataclass(frozen=True)
class Synced:
    collection: str  # what a token is issued for: a token of another collection is a 400
    changes: Callable[[int], Iterable[Change]]  # cursor -> the changes after it, oldest first
    # (change, the context URL) -> the entries it shows as: [] to skip it, several for a series
    entries: Callable[[Change, str], list[dict]]
    shape: EntityShape  # what $select selects from
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
    query = parse_query(system_options(call.query, {"select"}), shape)

    def entries(change: Change, context: str) -> list[dict]:
        if change.deleted:
            return [] if broken("sync_omits_deletions") else [deleted_entry(context, entity_set, change.key)]
        return [project(render(change.key), query.select, ALWAYS)]

    return entries


def sync_page(call: Call, synced: Synced) -> Response:
    """One page of a sync round."""
    for option in synced.forbidden + (() if synced.select else ("$select",)):
        if option in call.query and not broken("sync_accepts_forbidden_options"):
            raise ErrorInvalidUrlQuery(f"The query option '{option}' cannot be used in a synchronization request.")
    codec = SyncTokenCodec(call.tenant.secret, str(call.principal.user.id))
    if "$deltatoken" in call.query:
        if not call.prefer.track_changes:
            raise ErrorInvalidUrlQuery("A request with a $deltatoken must include 'Prefer: odata.track-changes'.")
        token = codec.decode(call.query["$deltatoken"], "delta", synced.collection)
    elif "$skiptoken" in call.query:
        token = codec.decode(call.query["$skiptoken"], "skip", synced.collection)
    else:
        token = None
    page_size = call.prefer.max_page_size or (token.page_size if token else None) or DEFAULT_PAGE_SIZE
    if broken("sync_ignores_page_size"):
        page_size = DEFAULT_PAGE_SIZE
    cursor = token.cursor if token and not broken("sync_resends_everything") else 0
    base_context = context_url(call, synced.context)
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
