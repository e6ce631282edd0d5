"""Mail actions, tenant delivery and Focused Inbox through the v2.0 wire (store/delivery.py, mail_actions.py)."""

from __future__ import annotations

from urllib.parse import quote

import pytest

ADMIN, ALEX = "admin@contoso.com", "alex@contoso.com"


def _to(*addresses: str) -> list[dict]:
    return [{"EmailAddress": {"Address": a}} for a in addresses]


def _inbox(http, subject: str) -> list[dict]:
    answer = http.get("/api/v2.0/me/mailfolders/inbox/messages", params={"$filter": f"Subject eq '{subject}'"})
    assert answer.status_code == 200, answer.text
    return answer.json()["value"]


def _folder(http, name: str, subject: str) -> list[dict]:
    answer = http.get(f"/api/v2.0/me/mailfolders/{name}/messages", params={"$filter": f"Subject eq '{subject}'"})
    return answer.json()["value"]


def test_sendmail_delivers_to_tenant_users_and_keeps_a_sent_copy(outlook_tenant) -> None:
    admin, alex = outlook_tenant.http(ADMIN), outlook_tenant.http(ALEX)
    body = {
        "Message": {
            "Subject": "Meet for lunch?",
            "Body": {"ContentType": "Text", "Content": "The new cafeteria is open."},
            "ToRecipients": _to("ALEX@contoso.com", "garthf@example.com"),
            "BccRecipients": _to(ADMIN),
        }
    }
    answer = admin.post("/api/v2.0/me/sendmail", json=body)
    assert answer.status_code == 202 and not answer.content, answer.text
    [got] = _inbox(alex, "Meet for lunch?")
    assert (got["IsRead"], got["IsDraft"], got["BccRecipients"]) == (False, False, [])
    assert got["From"]["EmailAddress"]["Address"] == ADMIN and got["ReceivedDateTime"]
    assert got["InferenceClassification"] == "Focused"
    [mine] = _inbox(admin, "Meet for lunch?")  # Bcc to oneself: delivered, showing only oneself
    assert mine["BccRecipients"] == [{"EmailAddress": {"Name": None, "Address": ADMIN}}]
    [sent] = _folder(admin, "sentitems", "Meet for lunch?")
    assert sent["InternetMessageId"] == got["InternetMessageId"] and sent["ConversationId"] == got["ConversationId"]
    assert len(sent["BccRecipients"]) == 1 and sent["IsDraft"] is False
    body["Message"]["Subject"] = "not kept"
    body["SaveToSentItems"] = "false"
    assert admin.post("/api/v2.0/me/sendmail", json=body).status_code == 202
    assert _folder(admin, "sentitems", "not kept") == [] and len(_inbox(alex, "not kept")) == 1


def test_send_reply_forward_and_drafts(outlook_tenant) -> None:
    admin, alex = outlook_tenant.http(ADMIN), outlook_tenant.http(ALEX)
    draft = admin.post("/api/v2.0/me/messages", json={"Subject": "Plan", "ToRecipients": _to(ALEX)}).json()
    assert admin.post(f"/api/v2.0/me/messages/{draft['Id']}/send").status_code == 202
    assert admin.get(f"/api/v2.0/me/messages/{draft['Id']}").status_code == 404
    [sent] = _folder(admin, "sentitems", "Plan")
    again = admin.post(f"/api/v2.0/me/messages/{quote(sent['Id'])}/send")
    assert again.status_code == 404 and again.json()["error"]["code"] == "ErrorItemNotFound"
    [got] = _inbox(alex, "Plan")
    reply = alex.post(f"/api/v2.0/me/messages/{got['Id']}/createreply", json={"Comment": "Sure"})
    assert reply.status_code == 201, reply.text
    reply = reply.json()
    assert reply["Subject"] == "RE: Plan" and reply["IsDraft"] is True
    assert reply["ConversationId"] == got["ConversationId"]
    assert [r["EmailAddress"]["Address"] for r in reply["ToRecipients"]] == [ADMIN]
    assert alex.post(f"/api/v2.0/me/messages/{reply['Id']}/send").status_code == 202
    [back] = _inbox(admin, "RE: Plan")
    assert back["ConversationId"] == sent["ConversationId"]
    assert alex.post(f"/api/v2.0/me/messages/{got['Id']}/reply", json={"Comment": "x"}).status_code == 202
    assert len(_inbox(admin, "RE: Plan")) == 2
    fw = alex.post(f"/api/v2.0/me/messages/{got['Id']}/forward", json={"Comment": "FYI", "ToRecipients": _to(ADMIN)})
    assert fw.status_code == 202, fw.text
    assert len(_inbox(admin, "FW: Plan")) == 1
    cf = alex.post(f"/api/v2.0/me/messages/{got['Id']}/createforward", json={"ToRecipients": _to("x@example.com")})
    assert cf.status_code == 201 and cf.json()["Subject"] == "FW: Plan"
    ra = alex.post(f"/api/v2.0/me/messages/{got['Id']}/createreplyall", json={})
    assert ra.status_code == 201 and ra.json()["Subject"] == "RE: Plan"


def test_move_copy_messages_and_folders(outlook_tenant) -> None:
    http = outlook_tenant.sync_client
    m = http.post("/api/v2.0/me/messages", json={"Subject": "m"}).json()
    copied = http.post(f"/api/v2.0/me/messages/{m['Id']}/copy", json={"DestinationId": "inbox"})
    assert copied.status_code == 201, copied.text
    assert copied.json()["Id"] != m["Id"]
    moved = http.post(f"/api/v2.0/me/messages/{m['Id']}/move", json={"DestinationId": "DeletedItems"}).json()
    assert moved["Id"] != m["Id"] and http.get(f"/api/v2.0/me/messages/{m['Id']}").status_code == 404
    bad = http.post(f"/api/v2.0/me/messages/{moved['Id']}/move", json={"DestinationId": "AAMkAAAAAAAAAAAAAAAAAAAAAAA="})
    assert bad.status_code in (400, 404), bad.text
    a = http.post("/api/v2.0/me/mailfolders", json={"DisplayName": "A"}).json()
    b = http.post(f"/api/v2.0/me/mailfolders/{a['Id']}/childfolders", json={"DisplayName": "B"}).json()
    http.post(f"/api/v2.0/me/mailfolders/{b['Id']}/messages", json={"Subject": "in b"})
    c = http.post(f"/api/v2.0/me/mailfolders/{a['Id']}/copy", json={"DestinationId": "Inbox"})
    assert c.status_code == 201, c.text
    assert c.json()["ChildFolderCount"] == 1
    into_self = http.post(f"/api/v2.0/me/mailfolders/{a['Id']}/move", json={"DestinationId": b["Id"]})
    assert into_self.status_code == 400 and into_self.json()["error"]["code"] == "ErrorMoveCopyFailed"
    wk = http.post("/api/v2.0/me/mailfolders/inbox/move", json={"DestinationId": a["Id"]})
    assert wk.json()["error"]["code"] == "ErrorMoveDistinguishedFolder"
    mv = http.post(f"/api/v2.0/me/mailfolders/{b['Id']}/move", json={"DestinationId": "Inbox"}).json()
    assert mv["Id"] == b["Id"] and mv["TotalItemCount"] == 1
    assert http.get(f"/api/v2.0/me/mailfolders/{a['Id']}").json()["ChildFolderCount"] == 0


def test_overrides_classify_delivered_mail(outlook_tenant) -> None:
    admin, alex = outlook_tenant.http(ADMIN), outlook_tenant.http(ALEX)
    body = {"ClassifyAs": "Other", "SenderEmailAddress": {"Name": "Admin", "Address": "ADMIN@contoso.com"}}
    created = alex.post("/api/v2.0/me/InferenceClassification/Overrides", json=body)
    assert created.status_code == 201, created.text
    override = created.json()
    assert alex.get(override["@odata.id"]).json()["ClassifyAs"] == "Other"
    admin.post("/api/v2.0/me/sendmail", json={"Message": {"Subject": "other", "ToRecipients": _to(ALEX)}})
    [got] = _inbox(alex, "other")
    assert got["InferenceClassification"] == "Other"
    filtered = alex.get("/api/v2.0/me/messages", params={"$filter": "InferenceClassification eq 'Other'"}).json()
    assert [m["Id"] for m in filtered["value"]] == [got["Id"]]
    path = f"/api/v2.0/me/InferenceClassification/Overrides('{override['Id']}')"
    assert alex.patch(path, json={"ClassifyAs": "Focused"}).json()["ClassifyAs"] == "Focused"
    assert alex.patch(path, json={"SenderEmailAddress": {"Address": "x@y"}}).status_code == 400
    assert alex.delete(path).status_code == 204 and alex.get(path).status_code == 404
    patched = alex.patch(f"/api/v2.0/me/messages/{got['Id']}", json={"InferenceClassification": "Focused"})
    assert patched.json()["InferenceClassification"] == "Focused"


@pytest.mark.parametrize(
    "cast", ["Microsoft.OutlookServices.EventMessage/Event", "microsoft.outlookservices.eventmessage/event"]
)
def test_expand_event_of_meeting_message(outlook_tenant, cast: str) -> None:
    admin, alex = outlook_tenant.http(ADMIN), outlook_tenant.http(ALEX)
    times = {
        "Start": {"DateTime": "2016-01-01T10:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": "2016-01-01T11:00:00", "TimeZone": "UTC"},
    }
    attendee = {"EmailAddress": {"Address": ALEX}, "Type": "Required"}
    admin.post("/api/v2.0/me/events", json={"Subject": "Sync", **times, "Attendees": [attendee]})
    [request] = _inbox(alex, "Sync")
    got = alex.get(f"/api/v2.0/me/messages/{request['Id']}", params={"$expand": cast})
    assert got.status_code == 200, got.text
    assert got.json()["Event"]["Subject"] == "Sync"
    nav = alex.get(f"/api/v2.0/me/messages/{request['Id']}/Microsoft.OutlookServices.EventMessage/Event")
    assert nav.status_code == 200 and nav.json()["Id"] == got.json()["Event"]["Id"]


def test_delivery_scans_no_mailbox(outlook_tenant, monkeypatch) -> None:
    """Sending costs O(recipients): no list of any mailbox's items is walked (a scan would call members/values)."""
    from outlook_mock.store.indexes import ItemTable

    admin = outlook_tenant.http(ADMIN)
    for n in range(30):  # something to scan, in both mailboxes
        admin.post("/api/v2.0/me/sendmail", json={"Message": {"Subject": f"fill {n}", "ToRecipients": _to(ALEX)}})

    def scan(*args, **kwargs):
        raise AssertionError("a mailbox was scanned")

    monkeypatch.setattr(ItemTable, "members", scan)
    monkeypatch.setattr(ItemTable, "values", scan)
    body = {"Message": {"Subject": "no scan", "ToRecipients": _to(ALEX, "x@example.com"), "CcRecipients": _to(ADMIN)}}
    assert admin.post("/api/v2.0/me/sendmail", json=body).status_code == 202
    monkeypatch.undo()
    assert len(_inbox(outlook_tenant.http(ALEX), "no scan")) == 1


def test_overrides_classify_delivered_meeting_mail(outlook_tenant) -> None:
    admin, alex = outlook_tenant.http(ADMIN), outlook_tenant.http(ALEX)
    body = {"ClassifyAs": "Other", "SenderEmailAddress": {"Address": ADMIN}}
    assert alex.post("/api/v2.0/me/InferenceClassification/Overrides", json=body).status_code == 201
    times = {
        "Start": {"DateTime": "2016-01-01T10:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": "2016-01-01T11:00:00", "TimeZone": "UTC"},
    }
    attendee = {"EmailAddress": {"Address": ALEX}, "Type": "Required"}
    admin.post("/api/v2.0/me/events", json={"Subject": "Standup", **times, "Attendees": [attendee]})
    [request] = _inbox(alex, "Standup")
    assert request["InferenceClassification"] == "Other"
