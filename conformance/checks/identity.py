"""Ids, versions and links: REST-format ids (EWS-format in the preview), ChangeKey/@odata.etag, links, URL forms."""

from __future__ import annotations

import base64
import re

from ..api import Api, ews_id, expect_error, key, ok
from ..target import PREVIEW_ROOT
from . import rule


@rule("identity.changekey_and_etag_change_on_write", "changekey_not_updated")
def change_keys(api: Api) -> None:
    """ChangeKey and @odata.etag change on every write (PATCH, attachment, complete); @odata.etag is W/"ChangeKey"."""
    task = api.task()
    seen = [task["ChangeKey"]]
    assert task["@odata.etag"] == f'W/"{task["ChangeKey"]}"'
    path = f"me/tasks('{key(task['Id'])}')"
    patched = ok(api.patch(path, {"Subject": "changed"}))
    seen.append(patched["ChangeKey"])
    assert patched["@odata.etag"] == f'W/"{patched["ChangeKey"]}"'
    ok(
        api.post(
            f"{path}/attachments",
            {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "a", "ContentBytes": "AA=="},
        ),
        201,
    )
    seen.append(ok(api.get(path))["ChangeKey"])
    seen.append(ok(api.post(f"{path}/complete"))["value"][0]["ChangeKey"])
    assert len(set(seen)) == len(seen), f"a write kept the ChangeKey: {seen}"
    assert patched["LastModifiedDateTime"] >= task["LastModifiedDateTime"]


# v2.0's id format (Exchange's RestId): URL-safe base64, '=' padding kept.
REST_ID = re.compile(r"^[A-Za-z0-9_-]+=*$")


@rule("identity.opaque_ids_and_absolute_links", "relative_odata_id", "rest_ids_in_standard_alphabet")
def ids_and_links(api: Api) -> None:
    """Ids are REST-format base64 (URL-safe alphabet, '=' kept), usable unencoded in both key forms; @odata.id is
    absolute, from the request's host."""
    tasks = [api.task({"Subject": f"id {i}"}) for i in range(12)]
    for task in tasks:
        assert REST_ID.fullmatch(task["Id"]), f"not a REST-format id: {task['Id']}"
        base64.urlsafe_b64decode(task["Id"])
        assert task["@odata.id"].startswith(f"{api.target.api_url}/Users('"), task["@odata.id"]
        assert task["@odata.id"].endswith(f"/Tasks('{task['Id']}')")
    for task in tasks:  # pasted into the path as they are, as clients do
        assert ok(api.get(f"me/tasks('{task['Id']}')"))["Id"] == task["Id"]
        assert ok(api.get(f"me/tasks/{task['Id']}"))["Id"] == task["Id"]
        assert ok(api.get(f"me/tasks/{key(task['Id'])}"))["Id"] == task["Id"]


@rule("identity.ews_spelling_is_malformed_in_v2", "rest_ids_accept_standard_alphabet")
def ews_spelling_in_v2(api: Api) -> None:
    """An id with '/' or '+' in a v2.0 path is 400 ErrorInvalidIdMalformed; the preview spells the same ids in EWS
    format (standard alphabet), and a REST spelling with '-' or '_' is malformed there."""
    task = next(t for t in (api.task({"Subject": f"alphabet {i}"}) for i in range(40)) if set("-_") & set(t["Id"]))
    expect_error(api.get(f"me/tasks('{key(ews_id(task['Id']))}')"), 400, "ErrorInvalidIdMalformed")
    expect_error(api.patch(f"me/tasks/{key(ews_id(task['Id']))}", {"Subject": "x"}), 400, "ErrorInvalidIdMalformed")
    event = next(e for e in (api.event({"Subject": f"alphabet {i}"}) for i in range(40)) if set("-_") & set(e["Id"]))
    p = api.at(PREVIEW_ROOT)
    assert ok(p.get(f"Me/Events('{key(ews_id(event['Id']))}')"))["Id"] == ews_id(event["Id"])
    expect_error(p.get(f"Me/Events('{key(event['Id'])}')"), 400, "ErrorInvalidIdMalformed")


@rule("identity.every_v2_id_is_rest_format", "rest_ids_in_standard_alphabet")
def every_id_rest_format(api: Api) -> None:
    """Every id v2.0 emits, of every kind (and ParentFolderId, CalendarId, ConversationId...), is REST-format."""
    folder = api.folder()
    task = api.task(folder=folder["Id"])
    attachment = ok(
        api.post(
            f"me/tasks('{task['Id']}')/attachments",
            {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "a", "ContentBytes": "AA=="},
        ),
        201,
    )
    made = [folder, task, attachment, api.group(), api.mail_folder(), api.message(), api.contact_folder()]
    made += [api.contact(), api.calendar(), api.event()]
    listed = [ok(api.get(path))["value"] for path in ("me/taskgroups", "me/mailfolders", "me/calendars")]
    for entity in made + [item for page in listed for item in page]:
        for name, value in entity.items():
            if name.endswith("Id") and isinstance(value, str) and value.startswith("AAMk"):
                assert REST_ID.fullmatch(value), f"{name} is not a REST-format id: {value}"


@rule("identity.case_insensitive_paths_and_options", "case_sensitive_paths")
def case_insensitive(api: Api) -> None:
    """Path segments and query option names are case-insensitive; key forms tasks('id') and tasks/id both work."""
    task = api.task({"Subject": "Case"})
    for path in (f"Me/Tasks('{key(task['Id'])}')", f"ME/TASKS('{key(task['Id'])}')", f"me/Tasks/{key(task['Id'])}"):
        assert ok(api.get(path))["Id"] == task["Id"], path
    selected = ok(api.get(f"me/tasks('{key(task['Id'])}')", params={"$SELECT": "Subject"}))
    assert selected["Subject"] == "Case" and "Status" not in selected
    assert ok(api.get("Me/TaskFolders('Tasks')"))["IsDefaultFolder"] is True
