"""Task attachments (seed 000: 获取附件, 添加附件, 删除附件)."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule

NS = "#Microsoft.OutlookServices"
FILE = {"@odata.type": f"{NS}.FileAttachment", "Name": "Holiday notice", "ContentBytes": "bWFjIGFuZCBjaGVlc2U="}
ITEM = {
    "@odata.type": f"{NS}.ItemAttachment",
    "Name": "Holiday event",
    "Item": {
        "@odata.type": "Microsoft.OutlookServices.Event",
        "Subject": "Discuss gifts for children",
        "Body": {"ContentType": "HTML", "Content": "Let's look for funding!"},
        "Start": {"DateTime": "2016-12-02T18:00:00", "TimeZone": "Pacific Standard Time"},
        "End": {"DateTime": "2016-12-02T19:00:00", "TimeZone": "Pacific Standard Time"},
    },
}
REFERENCE = {
    "@odata.type": f"{NS}.ReferenceAttachment",
    "Name": "Hydrangea picture",
    "SourceUrl": "https://contoso-my.sharepoint.com/personal/admin_contoso_onmicrosoft_com/_layouts/15/"
    "onedrive.aspx?id=%2Fpersonal%2Fadmin%5Fcontoso%5Fonmicrosoft%5Fcom%2FDocuments%2FHydrangeas%2Ejpg",
    "ProviderType": "oneDriveBusiness",
    "Permission": "Edit",
    "IsFolder": "False",
}


@rule("attachments.file_item_reference", "has_attachments_stale")
def attachment_kinds(api: Api) -> None:
    """File, item and reference attachments are added, listed by type, read back and deleted; HasAttachments follows."""
    task = api.task()
    base = f"me/tasks('{key(task['Id'])}')/attachments"
    file = ok(api.post(base, FILE), 201)
    assert file["@odata.type"] == f"{NS}.FileAttachment" and file["ContentBytes"] == FILE["ContentBytes"]
    assert file["ContentType"] == "application/octet-stream" and file["Size"] == len(b"mac and cheese")
    assert ok(api.get(f"me/tasks('{key(task['Id'])}')"))["HasAttachments"] is True
    item = ok(api.post(base, ITEM), 201)
    assert item["@odata.type"] == f"{NS}.ItemAttachment" and item["ContentType"] is None and item["Size"] > 0
    reference = ok(api.post(base, REFERENCE), 201)
    assert reference["@odata.type"] == f"{NS}.ReferenceAttachment"
    assert reference["IsFolder"] is False and reference["ProviderType"] == "OneDriveBusiness"
    assert reference["Permission"] == "Edit" and reference["SourceUrl"] == REFERENCE["SourceUrl"]
    listed = {a["Id"]: a["@odata.type"] for a in ok(api.get(base))["value"]}
    assert listed == {
        file["Id"]: file["@odata.type"],
        item["Id"]: item["@odata.type"],
        reference["Id"]: reference["@odata.type"],
    }
    assert ok(api.get(f"{base}('{key(file['Id'])}')"))["ContentBytes"] == FILE["ContentBytes"]
    for attachment in (file, item, reference):
        assert api.delete(f"{base}('{key(attachment['Id'])}')").status_code == 204
    expect_error(api.get(f"{base}('{key(file['Id'])}')"), 404, "ErrorItemNotFound")
    assert ok(api.get(f"me/tasks('{key(task['Id'])}')"))["HasAttachments"] is False


@rule("attachments.invalid_bodies_are_400", "accept_attachment_without_content")
def invalid_attachments(api: Api) -> None:
    """An attachment without its required properties, of an unknown type or with bad base64 is a 400."""
    task = api.task()
    base = f"me/tasks('{key(task['Id'])}')/attachments"
    for body in (
        {**FILE, "ContentBytes": "not base64!"},
        {"Name": "no type", "ContentBytes": "AA=="},
        {"@odata.type": f"{NS}.FileAttachment", "Name": "no bytes"},
        {"@odata.type": f"{NS}.ReferenceAttachment", "Name": "no url"},
        {**ITEM, "Item": {"Subject": "no type"}},
    ):
        expect_error(api.post(base, body), 400)
    assert ok(api.get(base))["value"] == []


@rule("attachments.item_is_a_real_item", "item_attachment_not_validated")
def item_attachment_item(api: Api) -> None:
    """An item attachment's Item is a real event (or message, contact): checked like POST /me/events (an invalid
    one is a 400 and no attachment), in no calendar, and with $expand rendered like the event itself."""
    task = api.task()
    base = f"me/tasks('{key(task['Id'])}')/attachments"
    events_before = {e["Id"] for e in ok(api.get("me/events"))["value"]}
    created = ok(api.post(base, ITEM), 201)
    assert "Item" not in created and created["Size"] > 0
    one = f"{base}('{key(created['Id'])}')"
    assert "Item" not in ok(api.get(one))
    for expand in ("Microsoft.OutlookServices.ItemAttachment/Item", "Item"):
        got = ok(api.get(one, params={"$expand": expand}))
        assert got["Id"] == created["Id"] and got["Size"] == created["Size"]
        item = got["Item"]
        assert item["@odata.type"] == f"{NS}.Event", item
        assert item["Start"] == {"DateTime": "2016-12-03T02:00:00.0000000", "TimeZone": "UTC"}, item["Start"]
        assert item["End"] == {"DateTime": "2016-12-03T03:00:00.0000000", "TimeZone": "UTC"}, item["End"]
        assert item["Subject"] == "Discuss gifts for children"
        assert item["Body"] == {"ContentType": "HTML", "Content": "Let's look for funding!"}
        assert item["OriginalStartTimeZone"] == "Pacific Standard Time"
    pacific = ok(api.get(one, params={"$expand": "Item"}, prefer='outlook.timezone="Pacific Standard Time"'))
    assert pacific["Item"]["Start"] == {"DateTime": "2016-12-02T18:00:00.0000000", "TimeZone": "Pacific Standard Time"}
    # The embedded event is in no calendar.
    assert {e["Id"] for e in ok(api.get("me/events"))["value"]} == events_before
    event = ITEM["Item"]
    for bad in (
        {**event, "End": {"DateTime": "2016-12-02T17:00:00", "TimeZone": "Pacific Standard Time"}},
        {**event, "Start": {"DateTime": "2016-12-02T18:00:00", "TimeZone": "Mars Standard Time"}},
        {**event, "NoSuchProperty": 1},
    ):
        expect_error(api.post(base, {**ITEM, "Name": "invalid event", "Item": bad}), 400)
    assert [a["Id"] for a in ok(api.get(base))["value"]] == [created["Id"]]
