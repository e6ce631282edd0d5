"""Ids, versions and links: opaque base64 ids, ChangeKey/@odata.etag, absolute links, URL forms."""

from __future__ import annotations

import base64

from ..api import Api, key, ok
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


@rule("identity.opaque_ids_and_absolute_links", "relative_odata_id")
def ids_and_links(api: Api) -> None:
    """Ids are base64 (with / + =) and work in both key forms; @odata.id is absolute, from the request's host."""
    tasks = [api.task({"Subject": f"id {i}"}) for i in range(12)]
    for task in tasks:
        base64.b64decode(task["Id"], validate=True)
        assert task["@odata.id"].startswith(f"{api.target.api_url}/Users('"), task["@odata.id"]
        assert task["@odata.id"].endswith(f"/Tasks('{task['Id']}')")
    assert any("/" in t["Id"] or "+" in t["Id"] for t in tasks), "ids should use the standard base64 alphabet"
    for task in tasks:
        assert ok(api.get(f"me/tasks('{key(task['Id'])}')"))["Id"] == task["Id"]
        assert ok(api.get(f"me/tasks/{key(task['Id'])}"))["Id"] == task["Id"]


@rule("identity.case_insensitive_paths_and_options", "case_sensitive_paths")
def case_insensitive(api: Api) -> None:
    """Path segments and query option names are case-insensitive; key forms tasks('id') and tasks/id both work."""
    task = api.task({"Subject": "Case"})
    for path in (f"Me/Tasks('{key(task['Id'])}')", f"ME/TASKS('{key(task['Id'])}')", f"me/Tasks/{key(task['Id'])}"):
        assert ok(api.get(path))["Id"] == task["Id"], path
    selected = ok(api.get(f"me/tasks('{key(task['Id'])}')", params={"$SELECT": "Subject"}))
    assert selected["Subject"] == "Case" and "Status" not in selected
    assert ok(api.get("Me/TaskFolders('Tasks')"))["IsDefaultFolder"] is True
