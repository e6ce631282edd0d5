"""Handlers of the v2.0 Task API: parse the request, call the store, render the answer.

Each handler takes the request context and the caller's mailbox and returns a
response; all rules live in the store, all JSON shapes in ``representations``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from urllib.parse import quote

from starlette.responses import Response

from ...errors import ErrorInvalidUrlQuery
from ...faults import broken
from ...odata_query import EntityShape, apply, parse_query, project
from ...store import Mailbox
from ...store.changes import Change
from ...store.extended_properties import ExtendedProperties
from ...sync_tokens import SyncToken, SyncTokenCodec
from ..http import Call, json_response
from . import extended
from . import representations as rep

DEFAULT_PAGE_SIZE = 10
_ALWAYS = ("Id",)


def _view(call: Call) -> rep.View:
    user = call.principal.user
    tenant_id = call.tenant.id
    zone = None if broken("ignore_prefer_timezone") else call.prefer.timezone
    return rep.View(call.base_url, f"Users('{user.id}@{tenant_id}')", zone)


def _key(value: str) -> str:
    """An id as it appears inside a URL or context path."""
    return quote(value, safe="")


def _context(call: Call, path: str) -> str:
    return f"{call.base_url}/$metadata#{path}"


def _system(query: Mapping[str, str], allowed: set[str]) -> dict[str, str]:
    """The ``$`` options of a request that a handler understands, keyed without the ``$``."""
    return {k[1:]: v for k, v in query.items() if k.startswith("$") and k[1:] in allowed}


def _collection(call: Call, context: str, shape: EntityShape, items: Iterable[dict], link_path: str) -> Response:
    """A list with $filter/$orderby/$select/$top/$skip and server-driven paging.

    ``Prefer: odata.track-changes`` on a collection that cannot be synchronized is not
    applied (RFC 7240: a preference the server cannot honour is ignored), so no
    ``Preference-Applied: odata.track-changes`` comes back (see ``listTasks`` in the spec).
    """
    query = parse_query(_system(call.query, {"filter", "orderby", "select", "top", "skip"}), shape)
    if broken("ignore_filter"):
        query = replace(query, filter=None)
    matched = [_without_extended(item) for item in apply(query, items)]
    end = len(matched) if query.top is None else min(len(matched), query.skip + query.top)
    page_size = call.prefer.max_page_size or DEFAULT_PAGE_SIZE
    page = matched[query.skip : min(end, query.skip + page_size)]
    body = {"@odata.context": _context(call, context), "value": [project(item, query.select, _ALWAYS) for item in page]}
    headers = {}
    if call.prefer.max_page_size:
        headers["Preference-Applied"] = f"odata.maxpagesize={call.prefer.max_page_size}"
    if query.skip + len(page) < end:
        rest = None if query.top is None else end - query.skip - len(page)
        body["@odata.nextLink"] = call.link(
            link_path,
            filter=call.query.get("$filter"),
            orderby=call.query.get("$orderby"),
            select=call.query.get("$select"),
            top=rest,
            skip=query.skip + len(page),
        )
    return json_response(body, headers=headers)


def _entity_response(
    call: Call, context: str, shape: EntityShape, item: dict, status: int = 200, expanded: dict | None = None
) -> Response:
    """One entity, projected by ``$select``; ``$expand``-ed members are kept whatever ``$select`` says."""
    query = parse_query(_system(call.query, {"select"}), shape)
    body = {"@odata.context": _context(call, f"{context}/$entity"), **project(item, query.select, _ALWAYS)}
    return json_response({**body, **(expanded or {})}, status)


def _expanded(call: Call, props: ExtendedProperties, entity_path: str) -> dict:
    """The extended properties a GET of one item asks for with ``$expand``."""
    if "$expand" not in call.query:
        return {}
    return extended.expanded(call.query["$expand"], props, _context(call, entity_path))


def _filterable(rendered: dict, props: ExtendedProperties) -> dict:
    """A list member as ``$filter`` sees it: with its single-value extended properties."""
    return {**rendered, **extended.filter_view(props)}


def _without_extended(item: Mapping) -> Mapping:
    return {k: v for k, v in item.items() if k not in extended.NAMES} if extended.SINGLE in item else item


# -- sync ------------------------------------------------------------------------
_SYNC_FORBIDDEN = ("$filter", "$orderby", "$search", "$top", "$skip")


def _is_sync(call: Call) -> bool:
    return call.prefer.track_changes or "$deltatoken" in call.query or "$skiptoken" in call.query


def _sync(
    call: Call,
    collection: str,
    changes: Callable[[int], Iterable[Change]],
    render: Callable[[str], dict],
    shape: EntityShape,
    context: str,
    entity_set: str,
    link_path: str,
) -> Response:
    """One page of a sync round (see the seed's "同步任务或任务文件夹")."""
    for option in _SYNC_FORBIDDEN:
        if option in call.query and not broken("sync_accepts_forbidden_options"):
            raise ErrorInvalidUrlQuery(f"The query option '{option}' cannot be used in a synchronization request.")
    codec = SyncTokenCodec(call.tenant.secret, str(call.principal.user.id))
    if "$deltatoken" in call.query:
        if not call.prefer.track_changes:
            raise ErrorInvalidUrlQuery("A request with a $deltatoken must include 'Prefer: odata.track-changes'.")
        token = codec.decode(call.query["$deltatoken"], "delta", collection)
    elif "$skiptoken" in call.query:
        token = codec.decode(call.query["$skiptoken"], "skip", collection)
    else:
        token = None
    query = parse_query(_system(call.query, {"select"}), shape)
    page_size = call.prefer.max_page_size or (token.page_size if token else None) or DEFAULT_PAGE_SIZE
    if broken("sync_ignores_page_size"):
        page_size = DEFAULT_PAGE_SIZE
    cursor = token.cursor if token and not broken("sync_resends_everything") else 0
    page: list[Change] = []
    more = False
    for change in changes(cursor):
        if change.deleted and broken("sync_omits_deletions"):
            continue
        if len(page) == page_size:
            more = True
            break
        page.append(change)
    if page:
        cursor = page[-1].seq
    base_context = _context(call, context)
    value = [
        {"@odata.context": f"{base_context}/$deletedEntity", "id": f"{entity_set}('{c.key}')", "reason": "deleted"}
        if c.deleted
        else project(render(c.key), query.select, _ALWAYS)
        for c in page
    ]
    body = {"@odata.context": base_context if token is None else f"{base_context}/$delta", "value": value}
    select = call.query.get("$select")
    # The first response of a round always ends with a deltaLink (the seed shows it even when more remain).
    if more and token is not None:
        body["@odata.nextLink"] = call.link(
            link_path, skiptoken=codec.encode(SyncToken("skip", collection, cursor, page_size)), select=select
        )
    else:
        body["@odata.deltaLink"] = call.link(
            link_path, deltatoken=codec.encode(SyncToken("delta", collection, cursor, page_size)), select=select
        )
    headers = (
        {"Preference-Applied": "odata.track-changes"} if token is None and not broken("no_preference_applied") else {}
    )
    return json_response(body, headers=headers)


# -- tasks ---------------------------------------------------------------------
def list_tasks(call: Call, mailbox: Mailbox) -> Response:
    view = _view(call)
    items = (_filterable(rep.render_task(t, view), t.extended) for t in mailbox.tasks.list_tasks())
    return _collection(call, "Me/Tasks", rep.TASK_SHAPE, items, "me/tasks")


def list_tasks_in_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.tasks.get_folder(call.params["folder_id"])
    view = _view(call)
    context = f"Me/TaskFolders('{_key(folder.id)}')/Tasks"
    link_path = f"me/TaskFolders('{_key(folder.id)}')/Tasks/"
    if _is_sync(call):
        return _sync(
            call,
            f"tasks:{folder.id}",
            lambda c: mailbox.tasks.task_changes(folder.id, c),
            lambda key: rep.render_task(mailbox.tasks.tasks[key], view),
            rep.TASK_SHAPE,
            context,
            "Tasks",
            link_path,
        )
    items = (_filterable(rep.render_task(t, view), t.extended) for t in mailbox.tasks.list_tasks(folder.id))
    return _collection(call, context, rep.TASK_SHAPE, items, link_path.rstrip("/"))


def get_task(call: Call, mailbox: Mailbox) -> Response:
    task = mailbox.tasks.get_task(call.params["task_id"])
    expanded = _expanded(call, task.extended, f"Me/Tasks('{_key(task.id)}')")
    return _entity_response(call, "Me/Tasks", rep.TASK_SHAPE, rep.render_task(task, _view(call)), expanded=expanded)


def create_task(call: Call, mailbox: Mailbox) -> Response:
    fields = rep.parse_task(call.json())
    folder_id = call.params.get("folder_id")
    task = mailbox.tasks.create_task(fields, folder_id, zone=call.prefer.timezone or "UTC")
    context = "Me/Tasks" if folder_id is None else f"Me/TaskFolders('{_key(task.folder_id)}')/Tasks"
    return _entity_response(call, context, rep.TASK_SHAPE, rep.render_task(task, _view(call)), 201)


def update_task(call: Call, mailbox: Mailbox) -> Response:
    fields = rep.parse_task(call.json())
    task = mailbox.tasks.update_task(call.params["task_id"], fields, zone=call.prefer.timezone or "UTC")
    return _entity_response(call, "Me/Tasks", rep.TASK_SHAPE, rep.render_task(task, _view(call)))


def delete_task(call: Call, mailbox: Mailbox) -> Response:
    mailbox.tasks.delete_task(call.params["task_id"])
    return Response(status_code=204)


def complete_task(call: Call, mailbox: Mailbox) -> Response:
    tasks = mailbox.tasks.complete_task(call.params["task_id"], zone=call.prefer.timezone or "UTC")
    view = _view(call)
    return json_response(
        {"@odata.context": _context(call, "Me/Tasks"), "value": [rep.render_task(t, view) for t in tasks]}
    )


# -- attachments -----------------------------------------------------------------
def list_attachments(call: Call, mailbox: Mailbox) -> Response:
    task_id = call.params["task_id"]
    view = _view(call)
    items = (rep.render_attachment(a, task_id, view) for a in mailbox.tasks.list_attachments(task_id))
    return _collection(
        call,
        f"Me/Tasks('{_key(task_id)}')/Attachments",
        rep.ATTACHMENT_SHAPE,
        items,
        f"me/Tasks('{_key(task_id)}')/Attachments",
    )


def get_attachment(call: Call, mailbox: Mailbox) -> Response:
    task_id = call.params["task_id"]
    attachment = mailbox.tasks.get_attachment(task_id, call.params["attachment_id"])
    return _entity_response(
        call,
        f"Me/Tasks('{_key(task_id)}')/Attachments",
        rep.ATTACHMENT_SHAPE,
        rep.render_attachment(attachment, task_id, _view(call)),
    )


def create_attachment(call: Call, mailbox: Mailbox) -> Response:
    task_id = call.params["task_id"]
    mailbox.tasks.get_task(task_id)  # 404 before 400: the target must exist
    attachment = mailbox.tasks.add_attachment(task_id, rep.parse_attachment(call.json()))
    return _entity_response(
        call,
        f"Me/Tasks('{_key(task_id)}')/Attachments",
        rep.ATTACHMENT_SHAPE,
        rep.render_attachment(attachment, task_id, _view(call)),
        201,
    )


def delete_attachment(call: Call, mailbox: Mailbox) -> Response:
    mailbox.tasks.delete_attachment(call.params["task_id"], call.params["attachment_id"])
    return Response(status_code=204)


# -- task folders ------------------------------------------------------------------
def list_folders(call: Call, mailbox: Mailbox) -> Response:
    view = _view(call)
    if _is_sync(call):
        return _sync(
            call,
            "taskfolders",
            mailbox.tasks.folder_changes,
            lambda key: rep.render_folder(mailbox.tasks.folders[key], view),
            rep.FOLDER_SHAPE,
            "me/TaskFolders",
            "TaskFolders",
            "me/TaskFolders/",
        )
    items = (_filterable(rep.render_folder(f, view), f.extended) for f in mailbox.tasks.list_folders())
    return _collection(call, "Me/TaskFolders", rep.FOLDER_SHAPE, items, "me/TaskFolders")


def list_folders_in_group(call: Call, mailbox: Mailbox) -> Response:
    group = mailbox.tasks.get_group(call.params["group_id"])
    view = _view(call)
    items = (_filterable(rep.render_folder(f, view), f.extended) for f in mailbox.tasks.list_folders(group.id))
    path = f"TaskGroups('{_key(group.id)}')/TaskFolders"
    return _collection(call, f"Me/{path}", rep.FOLDER_SHAPE, items, f"me/{path}")


def get_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.tasks.get_folder(call.params["folder_id"])
    expanded = _expanded(call, folder.extended, f"Me/TaskFolders('{_key(folder.id)}')")
    item = rep.render_folder(folder, _view(call))
    return _entity_response(call, "Me/TaskFolders", rep.FOLDER_SHAPE, item, expanded=expanded)


def create_folder(call: Call, mailbox: Mailbox) -> Response:
    body, extended_part = extended.split_body(call.json())
    name = rep.parse_name(body, "TaskFolder", rep.FOLDER_READ_ONLY, required=True)
    group_id = call.params.get("group_id")
    folder = mailbox.tasks.create_folder(name, group_id, extended.parse(extended_part))
    context = "Me/TaskFolders" if group_id is None else f"Me/TaskGroups('{_key(group_id)}')/TaskFolders"
    return _entity_response(call, context, rep.FOLDER_SHAPE, rep.render_folder(folder, _view(call)), 201)


def update_folder(call: Call, mailbox: Mailbox) -> Response:
    body, extended_part = extended.split_body(call.json())
    name = rep.parse_name(body, "TaskFolder", rep.FOLDER_READ_ONLY, required=False)
    folder = mailbox.tasks.rename_folder(call.params["folder_id"], name, extended.parse(extended_part))
    return _entity_response(call, "Me/TaskFolders", rep.FOLDER_SHAPE, rep.render_folder(folder, _view(call)))


def delete_folder(call: Call, mailbox: Mailbox) -> Response:
    mailbox.tasks.delete_folder(call.params["folder_id"])
    return Response(status_code=204)


# -- task groups -------------------------------------------------------------------
def list_groups(call: Call, mailbox: Mailbox) -> Response:
    view = _view(call)
    items = (rep.render_group(g, view) for g in mailbox.tasks.list_groups())
    return _collection(call, "Me/TaskGroups", rep.GROUP_SHAPE, items, "me/TaskGroups")


def get_group(call: Call, mailbox: Mailbox) -> Response:
    group = mailbox.tasks.get_group(call.params["group_id"])
    return _entity_response(call, "Me/TaskGroups", rep.GROUP_SHAPE, rep.render_group(group, _view(call)))


def create_group(call: Call, mailbox: Mailbox) -> Response:
    name = rep.parse_name(call.json(), "TaskGroup", rep.GROUP_READ_ONLY, required=True)
    group = mailbox.tasks.create_group(name)
    return _entity_response(call, "Me/TaskGroups", rep.GROUP_SHAPE, rep.render_group(group, _view(call)), 201)


def update_group(call: Call, mailbox: Mailbox) -> Response:
    name = rep.parse_name(call.json(), "TaskGroup", rep.GROUP_READ_ONLY, required=False)
    group = mailbox.tasks.rename_group(call.params["group_id"], name)
    return _entity_response(call, "Me/TaskGroups", rep.GROUP_SHAPE, rep.render_group(group, _view(call)))


def delete_group(call: Call, mailbox: Mailbox) -> Response:
    mailbox.tasks.delete_group(call.params["group_id"])
    return Response(status_code=204)
