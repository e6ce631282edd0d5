"""Our own schemathesis check: whatever a create operation answered with 201 can be read back.

schemathesis' ``ensure_resource_availability`` would do this, but it only fires
when the get path extends the create path by whole segments (``/me/tasks`` ->
``/me/tasks/{id}``); OData key paths (``/me/tasks('{id}')``) never qualify. So
after every 201 of a create operation ``Readback.created_is_readable`` sends the matching get
operation for the new ``Id`` and expects a 200 with the same ``Id`` (and, for
entities that have one, the same ``ChangeKey``: nothing wrote to it since).

A ``Readback`` belongs to one run because it must reach the same server as the
requests it checks (this run's in-process app, or the live server).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from schemathesis import Case

from .housekeeping import LEDGER

# create operationId -> (get operationId, path parameter that takes the new Id)
CREATE_TO_GET = {
    "createTask": ("getTask", "task_id"),
    "createTaskInFolder": ("getTask", "task_id"),
    "createTaskAttachment": ("getTaskAttachment", "attachment_id"),  # task_id: the create's own
    "createTaskFolder": ("getTaskFolder", "folder_id"),
    "createTaskFolderInGroup": ("getTaskFolder", "folder_id"),
    "createTaskGroup": ("getTaskGroup", "group_id"),
    "createMailFolder": ("getMailFolder", "mail_folder_id"),
    "createChildFolder": ("getMailFolder", "mail_folder_id"),  # the new folder's Id replaces the parent's
    "createMessage": ("getMessage", "message_id"),
    "createMessageInFolder": ("getMessage", "message_id"),
    "createContactFolder": ("getContactFolder", "contact_folder_id"),
    "createContactChildFolder": ("getContactFolder", "contact_folder_id"),
    "createContact": ("getContact", "contact_id"),
    "createContactInFolder": ("getContact", "contact_id"),
    "createCalendar": ("getCalendar", "calendar_id"),
    "createEvent": ("getEvent", "event_id"),
    "createEventInCalendar": ("getEvent", "event_id"),
    "createEventInDefaultCalendar": ("getEvent", "event_id"),
    # The 2014 preview's own (its other creates share the v2.0 names and parameters above).
    "createCalendarGroup": ("getCalendarGroup", "calendargroup_id"),
    "createCalendarInGroup": ("getCalendar", "calendar_id"),
    "createEventAttachment": ("getEventAttachment", "attachment_id"),  # v2.0's too (event_id: the create's own)
    "createMessageAttachment": ("getMessageAttachment", "attachment_id"),
}


class Readback:
    def __init__(self, call_kwargs: dict[str, Any]) -> None:
        self.call_kwargs = call_kwargs  # how to reach the server: app or base_url, and headers

    def created_is_readable(self, ctx: Any, response: Any, case: Case) -> bool | None:
        """The schemathesis check (signature of a check function)."""
        LEDGER.observe_case(response, case)  # it sees every response: what a live run made is noted there
        create_id = case.operation.definition.raw.get("operationId")
        if response.status_code != 201 or create_id not in CREATE_TO_GET or case.method.upper() != "POST":
            return None
        created = response.json()
        get_id, key = CREATE_TO_GET[create_id]
        get = case.operation.schema.find_operation_by_id(get_id)
        # The create's own path parameters (the task of an attachment), and the new Id. Ids carry
        # `/ + =`: a hand-built case's parameters go into the URL as given, so encode them here.
        names = {p.name for p in get.iter_parameters() if p.location.value == "path"}
        params = {**(case.path_parameters or {}), key: quote(created["Id"], safe="")}
        params = {name: value for name, value in params.items() if name in names}
        read = get.Case(path_parameters=params).call(**self.call_kwargs)
        assert read.status_code == 200, (
            f"{create_id} answered 201 with Id {created['Id']!r}, but {get_id} then answered "
            f"{read.status_code}: {read.text[:300]}"
        )
        body = read.json()
        assert body.get("Id") == created["Id"], f"{get_id} returned Id {body.get('Id')!r}, created {created['Id']!r}"
        if "ChangeKey" in created:
            assert body.get("ChangeKey") == created["ChangeKey"], (
                f"{get_id} returned ChangeKey {body.get('ChangeKey')!r} right after {create_id} "
                f"returned {created['ChangeKey']!r}"
            )
        return True
