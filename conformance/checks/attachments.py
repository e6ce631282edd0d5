"""Task attachments (seed 000: 获取附件, 添加附件, 删除附件), and the same attachment model on v2.0 events and
messages (issue 11)."""

from __future__ import annotations

import secrets

from ..api import PREVIEW_NS, Api, ews_id, expect_error, key, ok
from ..target import PREVIEW_ROOT
from . import rule
from .preview import unique

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


# -- the same model on events and messages (v2.0) -----------------------------------------------------------
def _kinds_on(api: Api, item: str) -> None:
    """File, item and reference attachments on the item at ``item`` (``me/events('…')``), as on a task."""
    base = f"{item}/attachments"
    assert ok(api.get(item))["HasAttachments"] is False
    file = ok(api.post(base, FILE), 201)
    assert file["ContentBytes"] == FILE["ContentBytes"] and file["Size"] == len(b"mac and cheese"), file
    assert ok(api.get(item))["HasAttachments"] is True
    attached = ok(api.post(base, ITEM), 201)
    reference = ok(api.post(base, REFERENCE), 201)
    assert (reference["IsFolder"], reference["ProviderType"]) == (False, "OneDriveBusiness"), reference
    listed = {a["Id"]: a["@odata.type"] for a in ok(api.get(base))["value"]}
    assert listed == {a["Id"]: a["@odata.type"] for a in (file, attached, reference)}, listed
    expanded = ok(api.get(item, params={"$expand": "Attachments"}))
    assert {a["Id"] for a in expanded.get("Attachments", [])} == set(listed), expanded.get("Attachments")
    assert ok(api.get(f"{base}('{key(file['Id'])}')"))["Name"] == FILE["Name"]
    for attachment in (file, attached, reference):
        assert api.delete(f"{base}('{key(attachment['Id'])}')").status_code == 204
    expect_error(api.get(f"{base}('{key(file['Id'])}')"), 404, "ErrorItemNotFound")
    assert ok(api.get(item))["HasAttachments"] is False


@rule("attachments.events_and_messages", "has_attachments_stale", "attachment_update_ignored")
def events_and_messages(api: Api) -> None:
    """Events and messages take the task's attachment model in v2.0: file, item and reference attachments added,
    listed, read, expanded (``$expand=Attachments``) and deleted, with HasAttachments following them.

    Issue 11 and the v2.0 reference's event and message attachment operations; one attachment model for every item.
    The 2014 preview shows the same event attachments (a PATCH there changes the one v2.0 reads back).
    """
    event = api.event({"Subject": "attachments"})
    _kinds_on(api, f"me/events('{key(event['Id'])}')")
    _kinds_on(api, f"me/messages('{key(api.message()['Id'])}')")
    # One store: an attachment added in v2.0 is the preview's, and the preview's PATCH is what v2.0 reads.
    file = ok(api.post(f"me/events('{key(event['Id'])}')/attachments", FILE), 201)
    preview = api.at(PREVIEW_ROOT)
    path = f"Me/Events('{key(ews_id(event['Id']))}')/Attachments('{key(ews_id(file['Id']))}')"
    ok(preview.patch(path, {"@odata.type": f"#{PREVIEW_NS}.FileAttachment", "Name": "renamed"}))
    assert ok(api.get(f"me/events('{key(event['Id'])}')/attachments('{key(file['Id'])}')"))["Name"] == "renamed"


@rule("attachments.created_with_the_item", "attachments_not_inserted")
def created_with_the_item(api: Api) -> None:
    """A message or event created with ``Attachments`` has them (deep insert, as clients such as pyOutlook send
    them), an event's PATCH adds those it carries; an invalid one refuses the whole create (400), storing nothing."""
    message = api.message({"Subject": "with attachment", "Attachments": [FILE]})
    assert message["HasAttachments"] is True, message
    listed = ok(api.get(f"me/messages('{key(message['Id'])}')/attachments"))["value"]
    assert [a["Name"] for a in listed] == [FILE["Name"]], listed
    event = api.event({"Subject": "with attachments", "Attachments": [FILE, ITEM]})
    assert event["HasAttachments"] is True, event
    listed = ok(api.get(f"me/events('{key(event['Id'])}')/attachments"))["value"]
    assert sorted(a["Name"] for a in listed) == sorted([FILE["Name"], ITEM["Name"]]), listed
    # An event's PATCH adds the Attachments it carries (O365-Python uploads them that way); the others stay.
    more = {**FILE, "Name": "agenda.txt"}
    ok(api.patch(f"me/events('{key(event['Id'])}')", {"Subject": "with three", "Attachments": [more]}))
    listed = ok(api.get(f"me/events('{key(event['Id'])}')/attachments"))["value"]
    assert sorted(a["Name"] for a in listed) == sorted([FILE["Name"], ITEM["Name"], "agenda.txt"]), listed
    subject = f"refused {secrets.token_hex(4)}"
    bad = {**FILE, "ContentBytes": "not base64!"}
    answer = api.post("me/messages", {"Subject": subject, "Attachments": [FILE, bad]})
    if answer.status_code == 201:
        api.later(lambda: api.delete(f"me/messages('{key(answer.json()['Id'])}')"))
    expect_error(answer, 400)
    drafts = ok(api.get("me/mailfolders('Drafts')/messages", prefer="odata.maxpagesize=1000"))["value"]
    assert subject not in {m["Subject"] for m in drafts}, "a refused create stored the message"


@rule("attachments.item_url", "attachment_item_url_wrong")
def item_url(api: Api) -> None:
    """An attached item's ``@odata.id`` is its attachment's ``…/Item`` URL (it is in no folder or calendar), which
    answers GET with that item; the spec's entity URL patterns allow this ItemUrl."""
    message = api.message({"Subject": "carrier"})
    base = f"me/messages('{key(message['Id'])}')/attachments"
    created = ok(api.post(base, ITEM), 201)
    got = ok(api.get(f"{base}('{key(created['Id'])}')", params={"$expand": "Item"}))
    url = got["Item"]["@odata.id"]
    assert url.endswith(f"/Messages('{message['Id']}')/Attachments('{created['Id']}')/Item"), url
    item = ok(api.get(f"{base}('{key(created['Id'])}')/item"))
    assert (item["@odata.id"], item["Subject"]) == (url, ITEM["Item"]["Subject"]), item


@rule("attachments.expanded_in_lists", "list_expand_ignored")
def expanded_in_lists(api: Api) -> None:
    """Lists of messages and events honour ``$expand=Attachments``: each member of the page comes with its own
    attachments (an empty array when it has none), whatever ``$select`` says; the next page's link keeps ``$expand``.

    The reference's OData query options ("$expand: expands message attachments and event attachments"), as on a
    GET of one item; a calendar view is a list of events too. A bad ``$expand`` is 400 on a list as on one item.
    """
    subject = unique("expanded")
    one_page = "odata.maxpagesize=1"
    params = {"$filter": f"Subject eq '{subject}'", "$expand": "Attachments", "$select": "Subject"}
    for path, create in (("me/messages", api.message), ("me/events", api.event)):
        attached = create({"Subject": subject, "Attachments": [FILE]})
        bare = create({"Subject": subject})
        page = ok(api.get(path, params=params, prefer=one_page))
        assert "@odata.nextLink" in page, f"two items, a page of one: {page}"
        rows = page["value"] + ok(api.get(page["@odata.nextLink"], prefer=one_page))["value"]
        got = {row["Id"]: [a["Name"] for a in row["Attachments"]] if "Attachments" in row else None for row in rows}
        assert got == {attached["Id"]: [FILE["Name"]], bare["Id"]: []}, f"{path}?$expand=Attachments: {rows}"
        assert all(set(row) >= {"Subject", "Attachments@odata.context"} for row in rows), rows
    window = {"startDateTime": "2015-11-26T00:00:00Z", "endDateTime": "2015-11-27T00:00:00Z"}  # api.event's day
    viewed = ok(api.get("me/calendarview", params={**params, **window}))["value"]
    assert sorted(len(row.get("Attachments", [None, None])) for row in viewed) == [0, 1], viewed
    expect_error(api.get("me/events", params={**params, "$expand": "NoSuchNavigation"}), 400, "ErrorInvalidUrlQuery")
