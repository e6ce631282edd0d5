"""What the v2.0 handlers of every resource share: the rendering view, lists, single entities, $expand.

Lists get $filter/$orderby/$select/$top/$skip and server-driven paging (through the
query pipeline: only the page is rendered, see ``listing.py``); single
entities get $select and the ``$expand``-ed extended properties. Mail folders
and contact folders share their handlers and body parser too: ``mail.py`` and
``contacts.py`` say in a ``FolderHandlers`` what differs (the rules: ``store/folders.py``).
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

from starlette.responses import Response

from ...errors import ErrorInvalidProperty, RequestBodyRead
from ...faults import broken
from ...odata_query import EntityShape, parse_query, project, select_page
from ...store import Mailbox
from ...store.extended_properties import ExtendedChanges, ExtendedProperties
from ...store.folders import FolderTree
from ..http import Call, json_response
from ..listing import Kind, StoredList
from . import extended, sync
from . import representations as rep

DEFAULT_PAGE_SIZE = 10
ALWAYS = ("Id",)


def request_view(call: Call) -> rep.View:
    zone = None if broken("ignore_prefer_timezone") else call.prefer.timezone
    return _view(call.base_url, call.principal.user.id, call.tenant.id, zone)


@functools.lru_cache(maxsize=256)  # a View is immutable: the same few per client, built once
def _view(base_url: str, user_id: uuid.UUID, tenant_id: uuid.UUID, zone: str | None) -> rep.View:
    return rep.View(base_url, f"Users('{user_id}@{tenant_id}')", zone)


_BASE64 = re.compile(r"[A-Za-z0-9+/=_-]*")  # both spellings (REST ids carry - and _, which quote() keeps)
_BASE64_ESCAPES = str.maketrans({"+": "%2B", "/": "%2F", "=": "%3D"})


def url_key(value: str) -> str:
    """An id as it appears inside a URL or context path."""
    if _BASE64.fullmatch(value):  # our ids: the same as quote(), several times faster
        return value.translate(_BASE64_ESCAPES)
    return quote(value, safe="")


def context_url(call: Call, path: str) -> str:
    return f"{call.base_url}/$metadata#{path}"


def system_options(query: Mapping[str, str], allowed: set[str]) -> dict[str, str]:
    """The ``$`` options of a request that a handler understands, keyed without the ``$``."""
    return {k[1:]: v for k, v in query.items() if k.startswith("$") and k[1:] in allowed}


def collection(call: Call, context: str, listing: StoredList, link_path: str) -> Response:
    """A list with $filter/$orderby/$select/$top/$skip, ``$expand`` where the listing takes it (``listing.expand``),
    and server-driven paging.

    ``Prefer: odata.track-changes`` on a collection that cannot be synchronized is not
    applied (RFC 7240: a preference the server cannot honour is ignored), so no
    ``Preference-Applied: odata.track-changes`` comes back (see ``listTasks`` in the spec).
    """
    query = parse_query(system_options(call.query, {"filter", "orderby", "select", "top", "skip"}), listing.kind.shape)
    if broken("ignore_filter"):
        query = replace(query, filter=None)
    page_size = call.prefer.max_page_size or DEFAULT_PAGE_SIZE
    page, more = select_page(query, listing, page_size)
    rows = [project(listing.render(item), query.select, ALWAYS) for item in page]
    expand = listing.expand
    if expand is not None and not broken("list_expand_ignored"):
        for row, item in zip(rows, page, strict=True):
            row.update(expand(item))  # like one entity's: kept whatever $select says
    body = {"@odata.context": context_url(call, context), "value": rows}
    headers = {}
    if call.prefer.max_page_size:
        headers["Preference-Applied"] = f"odata.maxpagesize={call.prefer.max_page_size}"
    if more:
        rest = None if query.top is None else query.top - len(page)
        body["@odata.nextLink"] = call.link(
            link_path,
            filter=call.query.get("$filter"),
            orderby=call.query.get("$orderby"),
            select=call.query.get("$select"),
            top=rest,
            skip=query.skip + len(page),
            expand=None if expand is None else call.query["$expand"],
        )
    return json_response(body, headers=headers)


def entity_response(
    call: Call, context: str, shape: EntityShape, item: dict, status: int = 200, expanded: dict | None = None
) -> Response:
    """One entity, projected by ``$select``; ``$expand``-ed members are kept whatever ``$select`` says."""
    body = {"@odata.context": context_url(call, f"{context}/$entity")}
    if "$select" in call.query:
        body.update(project(item, parse_query(system_options(call.query, {"select"}), shape).select, ALWAYS))
    else:
        body.update(item)
    if expanded:
        body.update(expanded)
    return json_response(body, status)


def expanded_properties(call: Call, props: ExtendedProperties, entity_path: str) -> dict:
    """The extended properties a GET of one item asks for with ``$expand``."""
    if "$expand" not in call.query:
        return {}
    return extended.expanded(call.query["$expand"], props, context_url(call, entity_path))


def single_extended(ignored_by_fault: str | None = None) -> Callable[[Any, Any], Any]:
    """The getter of ``SingleValueExtendedProperties`` as ``$filter`` sees it on a list member
    (None, as if absent, with the fault that makes a kind's lists ignore it planted)."""

    def get(item: Any, _view: Any) -> Any:
        if ignored_by_fault is not None and broken(ignored_by_fault):
            return None
        return extended.filter_view(item.extended)[extended.SINGLE]

    return get


# -- mail folders and contact folders --------------------------------------------------
@dataclass(frozen=True)
class FolderHandlers:
    """The handlers of one kind of folder; ``urls.py`` routes its methods (``MAIL_FOLDERS.get_folder``, ...)."""

    entity_set: str  # as in URLs and context paths: "MailFolders"
    kind: Kind  # its shape's name is the type an unknown property is not on
    read_only: frozenset[str]
    store: Callable[[Mailbox], FolderTree]
    render: Callable[[Any, Any, rep.View], dict]  # (folder, its store, view) -> JSON

    @property
    def shape(self) -> EntityShape:
        return self.kind.shape

    def parse(self, body: Mapping[str, Any], required: bool) -> tuple[str | None, ExtendedChanges | None]:
        """(DisplayName, extended properties) of a folder body; DisplayName is its only writable property."""
        body, extended_part = extended.split_body(body)
        for name in body:
            if name.startswith("@") or name == "DisplayName":
                continue
            if name in self.read_only:
                raise ErrorInvalidProperty(f"The property '{name}' is read-only and cannot be set.")
            raise RequestBodyRead(f"The property '{name}' does not exist on type '{self.shape.name}'.")
        if "DisplayName" not in body and required:
            raise RequestBodyRead("The property 'DisplayName' is required.")
        name = rep._string(body["DisplayName"], "DisplayName") if "DisplayName" in body else None
        return name, (extended.parse(extended_part) if extended_part else None)

    def list_folders(self, call: Call, mailbox: Mailbox) -> Response:
        """The top-level folders, or (with a ``folder_id``) the ChildFolders of one."""
        store = self.store(mailbox)
        parent_id, path = self._parent(call, store)
        view = request_view(call)

        def render(folder: Any) -> dict:
            return self.render(folder, store, view)

        if parent_id is None and sync.is_sync(call):  # only the top of a hierarchy syncs (ChildFolders: a list)
            return sync.sync_hierarchy(call, store, self.entity_set, render, self.shape)

        listing = StoredList(self.kind, view, render, store.folders, store.folder_container(parent_id))
        return collection(call, f"Me/{path}", listing, f"me/{path}")

    def get_folder(self, call: Call, mailbox: Mailbox) -> Response:
        store = self.store(mailbox)
        folder = store.get_folder(call.params["folder_id"])
        expanded = expanded_properties(call, folder.extended, f"Me/{self.entity_set}('{url_key(folder.id)}')")
        item = self.render(folder, store, request_view(call))
        return entity_response(call, f"Me/{self.entity_set}", self.shape, item, expanded=expanded)

    def create_folder(self, call: Call, mailbox: Mailbox) -> Response:
        store = self.store(mailbox)
        parent_id, path = self._parent(call, store)  # 404 before 400: the parent must exist
        name, extended_part = self.parse(call.json(), required=True)
        folder = store.create_folder(name or "", parent_id, extended_part)
        item = self.render(folder, store, request_view(call))
        return entity_response(call, f"Me/{path}", self.shape, item, 201)

    def update_folder(self, call: Call, mailbox: Mailbox) -> Response:
        store = self.store(mailbox)
        store.get_folder(call.params["folder_id"])  # 404 before 400
        name, extended_part = self.parse(call.json(), required=False)
        folder = store.update_folder(call.params["folder_id"], name, extended_part)
        item = self.render(folder, store, request_view(call))
        return entity_response(call, f"Me/{self.entity_set}", self.shape, item)

    def delete_folder(self, call: Call, mailbox: Mailbox) -> Response:
        self.store(mailbox).delete_folder(call.params["folder_id"])
        return Response(status_code=204)

    def _parent(self, call: Call, store: FolderTree) -> tuple[str | None, str]:
        """The id of the URL's parent folder (None: the top level) and the path of the folders in it."""
        parent_id = call.params.get("folder_id")
        if parent_id is None:
            return None, self.entity_set
        parent_id = store.get_folder(parent_id).id
        return parent_id, f"{self.entity_set}('{url_key(parent_id)}')/ChildFolders"
