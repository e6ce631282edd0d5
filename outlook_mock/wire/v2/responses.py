"""Handlers of the v2.0 Task API: parse the request, call the store, render the answer.

Each handler takes the request context and the caller's mailbox and returns a
response; all rules live in the store, all JSON shapes in ``representations``.
"""

from __future__ import annotations

from starlette.responses import Response

from ...store import Mailbox
from ...store.indexes import ALL
from ..http import Call, json_response
from ..listing import StoredList
from . import extended
from . import representations as rep
from .common import (
    collection,
    context_url,
    entity_response,
    expanded_properties,
    request_view,
    url_key,
)
from .sync import Synced, entity_entries, is_sync, sync_page


# -- tasks ---------------------------------------------------------------------
def _tasks(call: Call, mailbox: Mailbox, container: object) -> StoredList:
    view = request_view(call)
    return StoredList(rep.TASK_KIND, view, lambda t: rep.render_task(t, view), mailbox.tasks.tasks, container)


def list_tasks(call: Call, mailbox: Mailbox) -> Response:
    return collection(call, "Me/Tasks", _tasks(call, mailbox, ALL), "me/tasks")


def list_tasks_in_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.tasks.get_folder(call.params["folder_id"])
    view = request_view(call)
    context = f"Me/TaskFolders('{url_key(folder.id)}')/Tasks"
    link_path = f"me/TaskFolders('{url_key(folder.id)}')/Tasks/"
    if is_sync(call):
        render = lambda key: rep.render_task(mailbox.tasks.tasks[key], view)  # noqa: E731
        return sync_page(
            call,
            Synced(
                f"tasks:{folder.id}",
                lambda c: mailbox.tasks.task_changes(folder.id, c),
                entity_entries("Tasks", render, rep.TASK_SHAPE, call),
                context,
                link_path,
            ),
        )
    return collection(call, context, _tasks(call, mailbox, folder.id), link_path.rstrip("/"))


def get_task(call: Call, mailbox: Mailbox) -> Response:
    task = mailbox.tasks.get_task(call.params["task_id"])
    expanded = expanded_properties(call, task.extended, f"Me/Tasks('{url_key(task.id)}')") if call.query else None
    return entity_response(
        call, "Me/Tasks", rep.TASK_SHAPE, rep.render_task(task, request_view(call)), expanded=expanded
    )


def create_task(call: Call, mailbox: Mailbox) -> Response:
    fields = rep.parse_task(call.json())
    folder_id = call.params.get("folder_id")
    task = mailbox.tasks.create_task(fields, folder_id, zone=call.prefer.timezone or "UTC")
    context = "Me/Tasks" if folder_id is None else f"Me/TaskFolders('{url_key(task.folder_id)}')/Tasks"
    return entity_response(call, context, rep.TASK_SHAPE, rep.render_task(task, request_view(call)), 201)


def update_task(call: Call, mailbox: Mailbox) -> Response:
    fields = rep.parse_task(call.json())
    task = mailbox.tasks.update_task(call.params["task_id"], fields, zone=call.prefer.timezone or "UTC")
    return entity_response(call, "Me/Tasks", rep.TASK_SHAPE, rep.render_task(task, request_view(call)))


def delete_task(call: Call, mailbox: Mailbox) -> Response:
    mailbox.tasks.delete_task(call.params["task_id"])
    return Response(status_code=204)


def complete_task(call: Call, mailbox: Mailbox) -> Response:
    tasks = mailbox.tasks.complete_task(call.params["task_id"], zone=call.prefer.timezone or "UTC")
    view = request_view(call)
    return json_response(
        {"@odata.context": context_url(call, "Me/Tasks"), "value": [rep.render_task(t, view) for t in tasks]}
    )


# -- task folders ------------------------------------------------------------------
def list_folders(call: Call, mailbox: Mailbox) -> Response:
    view = request_view(call)
    if is_sync(call):
        render = lambda key: rep.render_folder(mailbox.tasks.folders[key], view)  # noqa: E731
        return sync_page(
            call,
            Synced(
                "taskfolders",
                mailbox.tasks.folder_changes,
                entity_entries("TaskFolders", render, rep.FOLDER_SHAPE, call),
                "me/TaskFolders",
                "me/TaskFolders/",
            ),
        )
    listing = StoredList(rep.FOLDER_KIND, view, lambda f: rep.render_folder(f, view), mailbox.tasks.folders)
    return collection(call, "Me/TaskFolders", listing, "me/TaskFolders")


def list_folders_in_group(call: Call, mailbox: Mailbox) -> Response:
    group = mailbox.tasks.get_group(call.params["group_id"])
    view = request_view(call)
    container = mailbox.tasks.folder_container(group.id)
    listing = StoredList(rep.FOLDER_KIND, view, lambda f: rep.render_folder(f, view), mailbox.tasks.folders, container)
    path = f"TaskGroups('{url_key(group.id)}')/TaskFolders"
    return collection(call, f"Me/{path}", listing, f"me/{path}")


def get_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.tasks.get_folder(call.params["folder_id"])
    expanded = expanded_properties(call, folder.extended, f"Me/TaskFolders('{url_key(folder.id)}')")
    item = rep.render_folder(folder, request_view(call))
    return entity_response(call, "Me/TaskFolders", rep.FOLDER_SHAPE, item, expanded=expanded)


def create_folder(call: Call, mailbox: Mailbox) -> Response:
    body, extended_part = extended.split_body(call.json())
    name = rep.parse_name(body, "TaskFolder", rep.FOLDER_READ_ONLY, required=True)
    group_id = call.params.get("group_id")
    folder = mailbox.tasks.create_folder(name, group_id, extended.parse(extended_part))
    context = "Me/TaskFolders" if group_id is None else f"Me/TaskGroups('{url_key(group_id)}')/TaskFolders"
    return entity_response(call, context, rep.FOLDER_SHAPE, rep.render_folder(folder, request_view(call)), 201)


def update_folder(call: Call, mailbox: Mailbox) -> Response:
    body, extended_part = extended.split_body(call.json())
    name = rep.parse_name(body, "TaskFolder", rep.FOLDER_READ_ONLY, required=False)
    folder = mailbox.tasks.rename_folder(call.params["folder_id"], name, extended.parse(extended_part))
    return entity_response(call, "Me/TaskFolders", rep.FOLDER_SHAPE, rep.render_folder(folder, request_view(call)))


def delete_folder(call: Call, mailbox: Mailbox) -> Response:
    mailbox.tasks.delete_folder(call.params["folder_id"])
    return Response(status_code=204)


# -- task groups -------------------------------------------------------------------
def list_groups(call: Call, mailbox: Mailbox) -> Response:
    view = request_view(call)
    listing = StoredList(rep.GROUP_KIND, view, lambda g: rep.render_group(g, view), mailbox.tasks.groups)
    return collection(call, "Me/TaskGroups", listing, "me/TaskGroups")


def get_group(call: Call, mailbox: Mailbox) -> Response:
    group = mailbox.tasks.get_group(call.params["group_id"])
    return entity_response(call, "Me/TaskGroups", rep.GROUP_SHAPE, rep.render_group(group, request_view(call)))


def create_group(call: Call, mailbox: Mailbox) -> Response:
    name = rep.parse_name(call.json(), "TaskGroup", rep.GROUP_READ_ONLY, required=True)
    group = mailbox.tasks.create_group(name)
    return entity_response(call, "Me/TaskGroups", rep.GROUP_SHAPE, rep.render_group(group, request_view(call)), 201)


def update_group(call: Call, mailbox: Mailbox) -> Response:
    name = rep.parse_name(call.json(), "TaskGroup", rep.GROUP_READ_ONLY, required=False)
    group = mailbox.tasks.rename_group(call.params["group_id"], name)
    return entity_response(call, "Me/TaskGroups", rep.GROUP_SHAPE, rep.render_group(group, request_view(call)))


def delete_group(call: Call, mailbox: Mailbox) -> Response:
    mailbox.tasks.delete_group(call.params["group_id"])
    return Response(status_code=204)
