"""Mail folders and messages, with their extended properties (seed 001: 扩展属性 on messages and mail folders)."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule
from .extended import COLOR, CONNECTOR, PALETTE, PALLETE_INT, SENDER_GUID, _expand, _single
from .preview import unique, values, written_here

# well-known name -> DisplayName
WELL_KNOWN = {"Inbox": "Inbox", "Drafts": "Drafts", "SentItems": "Sent Items", "DeletedItems": "Deleted Items"}
SINGLE, MULTI = "SingleValueExtendedProperties", "MultiValueExtendedProperties"
BIG_PAGE = "odata.maxpagesize=1000"


def _folder(api: Api, folder_id: str) -> dict:
    return ok(api.get(f"me/mailfolders('{key(folder_id)}')"))


def _ids(api: Api, path: str, **params: str) -> list[str]:
    """The Ids of a whole collection (following @odata.nextLink: a live mailbox may hold more than a page)."""
    return [item["Id"] for item in values(api, path, **params)]


@rule("mail.well_known_folders", "no_wellknown_mail_folders")
def well_known_folders(api: Api) -> None:
    """Inbox, Drafts, SentItems and DeletedItems exist and their well-known names work as ids, in any case."""
    top = {f["DisplayName"]: f for f in ok(api.get("me/mailfolders", prefer=BIG_PAGE))["value"]}
    for name, display_name in WELL_KNOWN.items():
        assert display_name in top, f"no top-level folder named {display_name!r}: {sorted(top)}"
        for spelling in (name, name.lower(), name.upper()):
            found = _folder(api, spelling)
            assert found["Id"] == top[display_name]["Id"], spelling
            assert found["DisplayName"] == display_name


@rule("mail.delete_well_known_folder_is_400", "allow_delete_wellknown_mail_folder")
def delete_well_known_folder(api: Api) -> None:
    """Deleting a well-known mail folder (by name or by id) is a 400 ErrorDeleteDistinguishedFolder; it stays."""
    inbox = _folder(api, "Inbox")
    expect_error(api.delete(f"me/mailfolders('{key(inbox['Id'])}')"), 400, "ErrorDeleteDistinguishedFolder")
    for name in WELL_KNOWN:
        expect_error(api.delete(f"me/mailfolders('{name}')"), 400, "ErrorDeleteDistinguishedFolder")
    assert _folder(api, "Inbox")["Id"] == inbox["Id"]
    for display_name in WELL_KNOWN.values():
        assert _ids(api, "me/mailfolders", **{"$filter": f"DisplayName eq '{display_name}'"}), display_name


@rule("mail.rename_well_known_folder_is_400", "allow_rename_wellknown_mail_folder")
def rename_well_known_folder(api: Api) -> None:
    """The DisplayName of a well-known mail folder cannot be changed (400 ErrorInvalidRequest)."""
    for name, display_name in WELL_KNOWN.items():
        expect_error(api.patch(f"me/mailfolders('{name}')", {"DisplayName": "Renamed"}), 400, "ErrorInvalidRequest")
        assert _folder(api, name)["DisplayName"] == display_name


@rule("mail.folder_tree_and_counts", "mail_folder_counts_stale")
def folder_tree_and_counts(api: Api) -> None:
    """Mail folders nest (childfolders); ChildFolderCount, TotalItemCount and UnreadItemCount follow the contents."""
    inbox = _folder(api, "Inbox")
    parent = api.mail_folder("Projects")
    assert parent["ParentFolderId"] == inbox["ParentFolderId"], "a folder created by POST /me/mailfolders is top-level"
    assert (parent["ChildFolderCount"], parent["TotalItemCount"], parent["UnreadItemCount"]) == (0, 0, 0)
    child = api.mail_folder("Contoso", parent=parent["Id"])
    assert child["ParentFolderId"] == parent["Id"] and child["DisplayName"] == "Contoso"
    assert _ids(api, f"me/mailfolders('{key(parent['Id'])}')/childfolders") == [child["Id"]]
    assert child["Id"] not in _ids(api, "me/mailfolders")
    read = api.message({"Subject": "read"}, folder=parent["Id"])
    unread = api.message({"Subject": "unread", "IsRead": False}, folder=parent["Id"])
    assert read["ParentFolderId"] == unread["ParentFolderId"] == parent["Id"]
    in_folder = _ids(api, f"me/mailfolders('{key(parent['Id'])}')/messages")
    assert sorted(in_folder) == sorted([read["Id"], unread["Id"]])
    counts = _folder(api, parent["Id"])
    assert (counts["ChildFolderCount"], counts["TotalItemCount"], counts["UnreadItemCount"]) == (1, 2, 1), counts
    ok(api.patch(f"me/messages('{key(unread['Id'])}')", {"IsRead": True}))
    assert _folder(api, parent["Id"])["UnreadItemCount"] == 0
    assert api.delete(f"me/mailfolders('{key(child['Id'])}')").status_code == 204
    expect_error(api.get(f"me/mailfolders('{key(child['Id'])}')"), 404, "ErrorFolderNotFound")
    renamed = ok(api.patch(f"me/mailfolders('{key(parent['Id'])}')", {"DisplayName": "Archive 2015"}))
    assert renamed["DisplayName"] == "Archive 2015" and renamed["ChildFolderCount"] == 0


@rule("mail.message_create_lands_in_drafts", "message_created_in_inbox")
def message_create_lands_in_drafts(api: Api) -> None:
    """POST /me/messages creates a draft in Drafts; POST /me/mailfolders('{id}')/messages creates it in that folder."""
    drafts, inbox = _folder(api, "Drafts"), _folder(api, "Inbox")
    message = api.message(
        {
            "Subject": "Talk about emergency prep",
            "Importance": "High",
            "ToRecipients": [{"EmailAddress": {"Name": "Christine Irwin", "Address": "christine@contoso.com"}}],
        }
    )
    assert message["ParentFolderId"] == drafts["Id"] and message["IsDraft"] is True
    assert message["Importance"] == "High" and message["Subject"] == "Talk about emergency prep"
    assert message["ToRecipients"] == [
        {"EmailAddress": {"Name": "Christine Irwin", "Address": "christine@contoso.com"}}
    ]
    assert message["Id"] in _ids(api, "me/mailfolders('Drafts')/messages")
    assert message["Id"] not in _ids(api, "me/mailfolders('Inbox')/messages")
    assert ok(api.get(f"me/messages('{key(message['Id'])}')"))["ParentFolderId"] == drafts["Id"]
    filed = api.message({"Subject": "filed"}, folder="Inbox")
    assert filed["ParentFolderId"] == inbox["Id"]
    assert api.delete(f"me/messages('{key(message['Id'])}')").status_code == 204
    expect_error(api.get(f"me/messages('{key(message['Id'])}')"), 404, "ErrorItemNotFound")


@rule("mail.message_changekey_and_preview", "message_changekey_not_updated", "body_preview_stale")
def message_changekey_and_preview(api: Api) -> None:
    """Every PATCH of a message changes ChangeKey and @odata.etag; BodyPreview is the text of Body."""
    html = "<html><body><p>Please see the attached before you come to the meeting.<br></p></body></html>"
    message = api.message({"Body": {"ContentType": "HTML", "Content": html}})
    assert message["BodyPreview"] == "Please see the attached before you come to the meeting."
    assert message["@odata.etag"] == f'W/"{message["ChangeKey"]}"'
    item = f"me/messages('{key(message['Id'])}')"
    patched = ok(api.patch(item, {"Body": {"ContentType": "Text", "Content": "Agenda:\r\n emergency prep"}}))
    assert patched["BodyPreview"] == "Agenda: emergency prep"
    assert patched["ChangeKey"] != message["ChangeKey"] and patched["@odata.etag"] == f'W/"{patched["ChangeKey"]}"'
    again = ok(api.patch(item, {"Subject": "RE: Talk about emergency prep"}))
    assert again["ChangeKey"] != patched["ChangeKey"]
    assert ok(api.get(item))["ChangeKey"] == again["ChangeKey"]


@rule("mail.extended_create_patch_expand", "mail_extended_properties_dropped", "extended_properties_dropped")
def extended_create_patch_expand(api: Api) -> None:
    """Seed 001 on messages and mail folders: extended properties by PATCH and POST, not echoed, read with $expand."""
    root = f"{api.target.origin}/api/v2.0/$metadata#"
    message = api.message({"Subject": "RE: Talk about emergency prep"})
    item = f"me/messages('{key(message['Id'])}')"
    # The seed's two PATCH examples, verbatim bodies.
    for body in (
        {SINGLE: [{"PropertyId": COLOR, "Value": "Green"}]},
        {MULTI: [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}]},
    ):
        patched = ok(api.patch(item, body))
        assert SINGLE not in patched and MULTI not in patched, "responses to PATCH leave extended properties out"
        assert patched["Subject"] == "RE: Talk about emergency prep"
    # The seed's GET with $expand: the message with exactly the matching property and its context.
    got = ok(api.get(item, params=_expand(SINGLE, COLOR)))
    assert got["@odata.context"] == f"{root}Me/Messages/$entity"
    assert got[SINGLE] == [{"PropertyId": COLOR, "Value": "Green"}]
    assert got[f"{SINGLE}@odata.context"] == f"{root}Me/Messages('{key(message['Id'])}')/{SINGLE}"
    assert got["Subject"] == "RE: Talk about emergency prep" and got["IsDraft"] is True
    multi = ok(api.get(item, params=_expand(MULTI, PALETTE)))
    assert multi[MULTI] == [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}]
    assert ok(api.get(item, params=_expand(SINGLE, COLOR.replace("Color", "Size"))))[SINGLE] == []
    # POST with extended properties: a message in a folder, and a mail folder.
    folder = api.mail_folder("extended", SingleValueExtendedProperties=[{"PropertyId": PALLETE_INT, "Value": "12"}])
    assert SINGLE not in folder
    posted = api.message(_single(CONNECTOR, SENDER_GUID), folder=folder["Id"])
    assert SINGLE not in posted
    found = ok(api.get(f"me/messages('{key(posted['Id'])}')", params=_expand(SINGLE, CONNECTOR)))
    assert found[SINGLE] == [{"PropertyId": CONNECTOR, "Value": SENDER_GUID}]
    folder_item = f"me/mailfolders('{key(folder['Id'])}')"
    ok(api.patch(folder_item, {MULTI: [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}]}))
    got = ok(api.get(folder_item, params=_expand(SINGLE, PALLETE_INT)))
    assert got[SINGLE] == [{"PropertyId": PALLETE_INT, "Value": "12"}]
    assert got[f"{SINGLE}@odata.context"] == f"{root}Me/MailFolders('{key(folder['Id'])}')/{SINGLE}"
    assert ok(api.get(folder_item, params=_expand(MULTI, PALETTE)))[MULTI] == [
        {"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}
    ]
    expect_error(api.get(item, params={"$expand": SINGLE}), 400, "ErrorInvalidUrlQuery")


@rule("mail.extended_filter_any", "mail_lists_ignore_extended_filter", "ignore_filter")
def extended_filter_any(api: Api) -> None:
    """Seed 001's three message filters (String; CLSID cast to Edm.Guid; Integer cast to Edm.Int32), also on folders."""
    origin = api.target.origin
    folder = api.mail_folder("extended filter")
    green = api.message({"Subject": "green", **_single(COLOR, "Green")}, folder=folder["Id"])
    blue = api.message({"Subject": "blue", **_single(COLOR, "Blue")}, folder=folder["Id"])
    twelve = api.message(
        {
            "Subject": "twelve",
            SINGLE: [{"PropertyId": PALLETE_INT, "Value": "12"}, {"PropertyId": CONNECTOR, "Value": SENDER_GUID}],
        },
        folder=folder["Id"],
    )
    created = {green["Id"], blue["Id"], twelve["Id"]}
    # The seed's requests, as written (the first one percent-encoded, the other two on /api/beta).
    seed = [
        (
            f"{origin}/api/v2.0/Me/Messages?$filter=SingleValueExtendedProperties%2FAny(ep%3A%20ep%2FPropertyId%20eq"
            f"%20'String%20{{66f5a359-4659-4830-9070-00047ec6ac6e}}%20Name%20Color'%20and%20ep%2FValue%20eq%20'Green')",
            [green["Id"]],
        ),
        (
            f"{origin}/api/beta/me/Messages?$filter=SingleValueExtendedProperties/any(ep:ep/PropertyId eq "
            f"'{CONNECTOR}' and cast(ep/Value, Edm.Guid) eq ({SENDER_GUID}))",
            [twelve["Id"]],
        ),
        (
            f"{origin}/api/beta/me/Messages?$filter=SingleValueExtendedProperties/any(ep:ep/PropertyId eq "
            f"'{PALLETE_INT}' and cast(ep/Value, Edm.Int32) eq 12)",
            [twelve["Id"]],
        ),
    ]
    for url, expected in seed:
        answer = ok(api.get(url, prefer=BIG_PAGE))
        assert [m["Id"] for m in answer["value"] if m["Id"] in created] == expected, url
        assert all(SINGLE not in m for m in answer["value"]), "matching properties are not returned"
        # The same filter on the folder's messages: exactly the expected ones.
        text = url.split("$filter=", 1)[1]
        in_folder = f"{origin}/api/v2.0/me/mailfolders('{key(folder['Id'])}')/messages?$filter={text}"
        assert [m["Id"] for m in ok(api.get(in_folder))["value"]] == expected, in_folder
    # Mail folders are found by their single-value extended properties too.
    tagged = api.mail_folder("green", parent=folder["Id"], **_single(COLOR, "Green"))
    api.mail_folder("blue", parent=folder["Id"], **_single(COLOR, "Blue"))
    children = f"me/mailfolders('{key(folder['Id'])}')/childfolders"
    text = f"SingleValueExtendedProperties/Any(ep: ep/PropertyId eq '{COLOR}' and ep/Value eq 'Green')"
    assert _ids(api, children, **{"$filter": text}) == [tagged["Id"]]
    multi = f"MultiValueExtendedProperties/Any(ep: ep/PropertyId eq '{PALETTE}')"
    expect_error(api.get("me/messages", params={"$filter": multi}), 400, "ErrorInvalidProperty")


@rule("mail.message_flag", "message_flag_dropped")
def message_flag(api: Api) -> None:
    """Flag (FollowupFlag) is writable: NotFlagged by default, stored as written, filterable by Flag/FlagStatus."""
    unset = {"StartDateTime": None, "DueDateTime": None, "CompletedDateTime": None}
    folder = api.mail_folder("follow-up")
    plain = api.message({"Subject": "plain"}, folder=folder["Id"])
    assert plain["Flag"] == {"FlagStatus": "NotFlagged", **unset}, plain.get("Flag")
    start = {"DateTime": "2016-05-02T00:00:00", "TimeZone": "UTC"}
    due = {"DateTime": "2016-05-03T00:00:00", "TimeZone": "UTC"}
    flagged = api.message(
        {"Subject": "flagged", "Flag": {"FlagStatus": "Flagged", "StartDateTime": start, "DueDateTime": due}},
        folder=folder["Id"],
    )
    stored = {
        "FlagStatus": "Flagged",
        **unset,
        "StartDateTime": {"DateTime": "2016-05-02T00:00:00.0000000", "TimeZone": "UTC"},
        "DueDateTime": {"DateTime": "2016-05-03T00:00:00.0000000", "TimeZone": "UTC"},
    }
    assert flagged["Flag"] == stored, flagged["Flag"]
    item = f"me/messages('{key(flagged['Id'])}')"
    assert ok(api.get(item))["Flag"] == stored
    messages = f"me/mailfolders('{key(folder['Id'])}')/messages"
    assert _ids(api, messages, **{"$filter": "Flag/FlagStatus eq 'Flagged'"}) == [flagged["Id"]]
    done = ok(api.patch(item, {"Flag": {"FlagStatus": "Complete"}}))
    assert done["Flag"]["FlagStatus"] == "Complete", done["Flag"]
    assert _ids(api, messages, **{"$filter": "Flag/FlagStatus eq 'Flagged'"}) == []
    assert _ids(api, messages, **{"$filter": "Flag/FlagStatus eq 'NotFlagged'"}) == [plain["Id"]]


# -- mail actions, tenant delivery, Focused Inbox (issue 11; mail-rest-operations.md, v2 sections) ------------------
# Everything a check sends is swept when it closes, from every mailbox it touched: the sent copies in Sent Items,
# the copies delivered to the other user's Inbox (and back to the sender's), the drafts of replies and forwards.
# GET /me/messages leaves out Deleted Items (mail.list_excludes_deleted), where deleted events and moved mail go.
SWEPT = ("me/messages", "me/mailfolders('DeletedItems')/messages")


def _sweep(session: Api) -> None:
    """When ``session`` closes, delete the messages its mailbox got meanwhile (in any folder) that carry a subject
    these checks wrote (replies and forwards too: RE:/FW: prefixes): never what another client made meanwhile."""
    before = {m["Id"] for path in SWEPT for m in values(session, path, **{"$select": "Id"})}

    def sweep() -> None:
        for path in SWEPT:
            for message in values(session, path, **{"$select": "Id,Subject"}):
                subject = message.get("Subject") or ""
                if message["Id"] not in before and written_here(subject):
                    session.delete(f"me/messages('{key(message['Id'])}')")

    session.later(sweep)


def _address(api: Api) -> str:
    """The signed-in user's SMTP address (the User entity of GET /me)."""
    return ok(api.get("me"))["EmailAddress"]


def _pair(api: Api) -> tuple[Api, str, str]:
    """The second user's session (closed, and both mailboxes swept, with ``api``) and both users' addresses."""
    _sweep(api)
    other = Api(api.target, user=1)
    _sweep(other)
    api.later(other.close)
    mine, theirs = _address(api), _address(other)
    assert mine.lower() != theirs.lower(), f"both tokens are {mine}'s"
    return other, mine, theirs


def _in(api: Api, folder: str, subject: str) -> list[dict]:
    """The messages of a folder (id or well-known name) with this Subject."""
    quoted = subject.replace("'", "''")  # an OData string literal doubles its quotes
    found = values(api, f"me/mailfolders('{key(folder)}')/messages", **{"$filter": f"Subject eq '{quoted}'"})
    return [m for m in found if m["Subject"] == subject]


def _one(api: Api, folder: str, subject: str) -> dict:
    found = _in(api, folder, subject)
    assert len(found) == 1, f"expected one message {subject!r} in {folder}, found {len(found)}"
    return found[0]


def _to(*addresses: str) -> list[dict]:
    return [{"EmailAddress": {"Address": address}} for address in addresses]


def _accepted(answer) -> None:  # noqa: ANN001
    assert answer.status_code == 202, f"expected 202 Accepted, got {answer.status_code}: {answer.text}"
    assert not answer.content, f"a send action answers with no body: {answer.text}"


def _addresses(recipients: list[dict]) -> list[str]:
    return [r["EmailAddress"]["Address"].lower() for r in recipients]


@rule(
    "mail.sendmail_delivers_in_tenant",
    "mail_not_delivered",
    "save_to_sent_items_ignored",
    "bcc_delivered_to_everyone",
    users=2,
)
def sendmail_delivers_in_tenant(api: Api) -> None:
    """sendmail (202) keeps a copy in Sent Items (SaveToSentItems, default true) and delivers to tenant recipients.

    Addresses are matched case-insensitively; the delivered copy is unread, no draft, with ReceivedDateTime, the
    sender as From/Sender, the sent copy's ConversationId and InternetMessageId, and no Bcc recipients (a Bcc
    recipient sees only their own address). External recipients are recorded on the sent copy only.
    """
    other, mine, theirs = _pair(api)
    subject = unique("Meet for lunch?")
    message = {
        "Subject": subject,
        "Body": {"ContentType": "Text", "Content": "The new cafeteria is open."},
        "ToRecipients": _to(theirs.upper(), "garthf@example.com"),
        "BccRecipients": _to(mine),
    }
    _accepted(api.post("me/sendmail", {"Message": message}))
    sent = _one(api, "SentItems", subject)
    got = _one(other, "Inbox", subject)
    assert (got["IsRead"], got["IsDraft"], sent["IsDraft"]) == (False, False, False), (got, sent)
    assert got["ReceivedDateTime"] and got["From"]["EmailAddress"]["Address"].lower() == mine.lower(), got["From"]
    assert got["Sender"]["EmailAddress"]["Address"].lower() == mine.lower(), got["Sender"]
    assert (got["ConversationId"], got["InternetMessageId"]) == (sent["ConversationId"], sent["InternetMessageId"])
    assert got["Body"]["Content"] == "The new cafeteria is open." and got["BodyPreview"] == got["Body"]["Content"]
    assert got["BccRecipients"] == [], f"the To recipient sees the Bcc recipients: {got['BccRecipients']}"
    assert _addresses(got["ToRecipients"]) == [theirs.lower(), "garthf@example.com"], got["ToRecipients"]
    assert _addresses(sent["BccRecipients"]) == [mine.lower()], "the sent copy keeps its Bcc recipients"
    own = _one(api, "Inbox", subject)  # Bcc to oneself: delivered, showing only oneself
    assert _addresses(own["BccRecipients"]) == [mine.lower()], own["BccRecipients"]
    # The reference's sample: SaveToSentItems as the string "false": delivered, no copy kept.
    quiet = unique("Not kept")
    _accepted(
        api.post(
            "me/sendmail", {"Message": {"Subject": quiet, "ToRecipients": _to(theirs)}, "SaveToSentItems": "false"}
        )
    )
    assert _in(api, "SentItems", quiet) == [], "SaveToSentItems false: no copy in Sent Items"
    assert len(_in(other, "Inbox", quiet)) == 1
    expect_error(api.post("me/sendmail", {"Message": {"Subject": quiet}}), 400, "ErrorInvalidRecipients")
    expect_error(api.post("me/sendmail", {"Subject": quiet}), 400, "RequestBodyRead")


@rule("mail.send_draft", "sent_draft_stays_in_drafts", "send_accepts_non_draft", "mail_not_delivered", users=2)
def send_draft(api: Api) -> None:
    """send of a draft (202): it leaves Drafts, its sent copy (IsDraft false) is in Sent Items and delivered once.

    Only a draft can be sent: sending the sent copy again is 404 ErrorItemNotFound and delivers nothing; a draft
    without recipients is 400 ErrorInvalidRecipients; an unknown id 404 ErrorItemNotFound.
    """
    other, _, theirs = _pair(api)
    subject = unique("Quarterly plan")
    draft = api.message({"Subject": subject, "ToRecipients": _to(theirs)})
    _accepted(api.post(f"me/messages('{key(draft['Id'])}')/send"))
    expect_error(api.get(f"me/messages('{key(draft['Id'])}')"), 404, "ErrorItemNotFound")
    assert _in(api, "Drafts", subject) == [], "the sent draft is still in Drafts"
    sent = _one(api, "SentItems", subject)
    assert sent["IsDraft"] is False and sent["SentDateTime"], sent
    assert _one(other, "Inbox", subject)["IsRead"] is False
    expect_error(api.post(f"me/messages('{key(sent['Id'])}')/send"), 404, "ErrorItemNotFound")
    assert len(_in(other, "Inbox", subject)) == 1, "sending a sent message delivered it again"
    assert len(_in(api, "SentItems", subject)) == 1
    empty = api.message({"Subject": subject})
    expect_error(api.post(f"me/messages('{key(empty['Id'])}')/send"), 400, "ErrorInvalidRecipients")
    assert ok(api.get(f"me/messages('{key(empty['Id'])}')"))["IsDraft"] is True, "a refused send changes nothing"
    api.delete(f"me/messages('{key(draft['Id'])}')")  # a second delete of it: 404
    expect_error(api.post(f"me/messages('{key(draft['Id'])}')/send"), 404, "ErrorItemNotFound")


@rule("mail.reply_and_forward", "reply_subject_not_prefixed", "reply_leaves_conversation", users=2)
def reply_and_forward(api: Api) -> None:
    """createreply/createreplyall/createforward draft (201) RE:/FW: replies in Drafts, in the original's thread;
    reply/replyall/forward (202) send them, delivered with the original's ConversationId."""
    other, mine, theirs = _pair(api)
    subject = unique("Let's start a group")
    message = {"Subject": subject, "ToRecipients": _to(theirs), "CcRecipients": _to("randiw@example.com")}
    _accepted(api.post("me/sendmail", {"Message": message}))
    sent, got = _one(api, "SentItems", subject), _one(other, "Inbox", subject)
    thread = sent["ConversationId"]
    comment = "Fanny, Randi, would you name the group if the project is approved, please?"
    answer = other.post(f"me/messages('{key(got['Id'])}')/createreply", {"Comment": comment})
    draft = ok(answer, 201)
    other.later(lambda: other.delete(f"me/messages('{key(draft['Id'])}')"))
    drafts = ok(other.get("me/mailfolders('Drafts')"))
    assert (draft["Subject"], draft["IsDraft"], draft["ParentFolderId"]) == (f"RE: {subject}", True, drafts["Id"])
    assert draft["ConversationId"] == got["ConversationId"] == thread, "the reply left the conversation"
    assert _addresses(draft["ToRecipients"]) == [mine.lower()] and draft["CcRecipients"] == [], draft
    assert comment in draft["BodyPreview"], draft["BodyPreview"]
    everyone = ok(other.post(f"me/messages('{key(got['Id'])}')/createreplyall", {"Comment": ""}), 201)
    other.later(lambda: other.delete(f"me/messages('{key(everyone['Id'])}')"))
    assert _addresses(everyone["ToRecipients"]) == [mine.lower()], "reply-all leaves the replier out of To"
    assert _addresses(everyone["CcRecipients"]) == ["randiw@example.com"], everyone["CcRecipients"]
    _accepted(other.post(f"me/messages('{key(draft['Id'])}')/send"))
    back = _one(api, "Inbox", f"RE: {subject}")
    assert back["ConversationId"] == thread and back["IsRead"] is False, back
    # On the fly: reply and forward from the recipient's copy, both delivered back in the same thread.
    _accepted(other.post(f"me/messages('{key(got['Id'])}')/reply", {"Comment": "Sounds great! See you tomorrow."}))
    assert len(_in(api, "Inbox", f"RE: {subject}")) == 2
    forward = {"Comment": "FYI", "ToRecipients": _to(mine)}
    _accepted(other.post(f"me/messages('{key(got['Id'])}')/forward", forward))
    forwarded = _one(api, "Inbox", f"FW: {subject}")
    assert forwarded["ConversationId"] == thread and "FYI" in forwarded["BodyPreview"], forwarded
    dana = [{"EmailAddress": {"Address": "danas@example.com", "Name": "Dana Swope"}}]
    body = {"ToRecipients": dana, "Comment": "Dana, just want to make sure you get this."}
    fw = ok(other.post(f"me/messages('{key(got['Id'])}')/createforward", body), 201)
    other.later(lambda: other.delete(f"me/messages('{key(fw['Id'])}')"))
    assert (fw["Subject"], fw["IsDraft"], fw["ToRecipients"]) == (f"FW: {subject}", True, dana), fw
    expect_error(other.post(f"me/messages('{key(got['Id'])}')/forward", {"Comment": "x"}), 400, "RequestBodyRead")


@rule("mail.move_and_copy_messages", "copied_message_not_stored", "moved_message_keeps_id")
def move_and_copy_messages(api: Api) -> None:
    """move/copy of a message (201 with the item): DestinationId an id or a well-known name; both give a new Id.

    The copy keeps the content and ConversationId, the original stays; the moved message's old Id is 404.
    An unknown destination is 404 ErrorFolderNotFound, an unknown message 404 ErrorItemNotFound.
    """
    folder = api.mail_folder(unique("Contracts"))
    original = api.message({"Subject": "Contract Signing", "IsRead": False}, folder=folder["Id"])
    copy = ok(api.post(f"me/messages('{key(original['Id'])}')/copy", {"DestinationId": "inbox"}), 201)
    api.later(lambda: api.delete(f"me/messages('{key(copy['Id'])}')"))
    inbox = _folder(api, "Inbox")
    assert copy["Id"] != original["Id"] and copy["ParentFolderId"] == inbox["Id"], copy
    assert (copy["Subject"], copy["ConversationId"]) == (original["Subject"], original["ConversationId"])
    assert ok(api.get(f"me/messages('{key(copy['Id'])}')"))["ParentFolderId"] == inbox["Id"]
    assert ok(api.get(f"me/messages('{key(original['Id'])}')"))["ParentFolderId"] == folder["Id"]
    target = api.mail_folder(unique("Archive"))
    moved = ok(api.post(f"me/messages('{key(original['Id'])}')/move", {"DestinationId": target["Id"]}), 201)
    api.later(lambda: api.delete(f"me/messages('{key(moved['Id'])}')"))
    assert moved["Id"] != original["Id"] and moved["ParentFolderId"] == target["Id"], moved
    expect_error(api.get(f"me/messages('{key(original['Id'])}')"), 404, "ErrorItemNotFound")
    assert _ids(api, f"me/mailfolders('{key(target['Id'])}')/messages") == [moved["Id"]]
    counts = _folder(api, folder["Id"])
    assert (counts["TotalItemCount"], counts["UnreadItemCount"]) == (0, 0), counts
    gone = api.mail_folder(unique("Gone"))
    api.delete(f"me/mailfolders('{key(gone['Id'])}')")
    moving = f"me/messages('{key(moved['Id'])}')/move"
    expect_error(api.post(moving, {"DestinationId": gone["Id"]}), 404, "ErrorFolderNotFound")
    expect_error(api.post(moving, {}), 400, "RequestBodyRead")
    expect_error(api.post(f"me/messages('{key(original['Id'])}')/copy", {"DestinationId": "Inbox"}), 404)


@rule("mail.list_excludes_deleted", "deleted_items_in_message_list")
def list_excludes_deleted(api: Api) -> None:
    """GET /me/messages lists the entire mailbox excluding the Deleted Items folder (and the folders below it).

    The reference: "a message collection from the signed-in user's entire mailbox, excluding the Deleted Items and
    Clutter folders". A message there is still read by its Id and listed with its folder.
    """
    subject = unique("deleted or not")
    kept = api.message({"Subject": subject})
    gone = api.message({"Subject": subject})
    moved = ok(api.post(f"me/messages('{key(gone['Id'])}')/move", {"DestinationId": "DeletedItems"}), 201)
    api.later(lambda: api.delete(f"me/messages('{key(moved['Id'])}')"))
    below = api.mail_folder(unique("deleted folder"), parent="DeletedItems")
    inner = api.message({"Subject": subject}, folder=below["Id"])
    listed = set(_ids(api, "me/messages", **{"$select": "Id"}))
    assert kept["Id"] in listed, "a draft is missing from /me/messages"
    assert moved["Id"] not in listed, "/me/messages lists a message in Deleted Items"
    assert inner["Id"] not in listed, "/me/messages lists a message in a folder below Deleted Items"
    mine = {"$filter": f"Subject eq '{subject}'", "$orderby": "CreatedDateTime desc"}
    assert _ids(api, "me/messages", **mine) == [kept["Id"]], "$filter/$orderby on /me/messages"
    assert _ids(api, "me/mailfolders('DeletedItems')/messages", **mine) == [moved["Id"]]
    assert ok(api.get(f"me/messages('{key(moved['Id'])}')"))["ParentFolderId"] == moved["ParentFolderId"]


@rule("mail.move_and_copy_folders", "allow_move_wellknown_mail_folder", "copied_mail_folder_empty")
def move_and_copy_folders(api: Api) -> None:
    """move/copy of a mail folder (201): a moved folder keeps its Id, contents and counts; a copy is a new folder
    holding copies of the child folders and messages. Well-known folders cannot move (400
    ErrorMoveDistinguishedFolder); no folder goes into itself or below it (400 ErrorMoveCopyFailed)."""
    business = api.mail_folder(unique("Business"))
    child = api.mail_folder("Clients", parent=business["Id"])
    api.message({"Subject": "read"}, folder=business["Id"])
    api.message({"Subject": "unread", "IsRead": False}, folder=business["Id"])
    api.message({"Subject": "in child"}, folder=child["Id"])
    destination = api.mail_folder(unique("Destination"))
    copy = ok(api.post(f"me/mailfolders('{key(business['Id'])}')/copy", {"DestinationId": destination["Id"]}), 201)
    api.later(lambda: api.delete(f"me/mailfolders('{key(copy['Id'])}')"))
    assert copy["Id"] != business["Id"] and copy["ParentFolderId"] == destination["Id"], copy
    assert copy["DisplayName"] == business["DisplayName"]
    shown = (copy["ChildFolderCount"], copy["TotalItemCount"], copy["UnreadItemCount"])
    assert shown == (1, 2, 1), f"the copy's counts (child folders, items, unread): {shown}"
    copied_child = values(api, f"me/mailfolders('{key(copy['Id'])}')/childfolders")
    assert [f["DisplayName"] for f in copied_child] == ["Clients"] and copied_child[0]["Id"] != child["Id"]
    assert _folder(api, copied_child[0]["Id"])["TotalItemCount"] == 1
    assert _folder(api, business["Id"])["TotalItemCount"] == 2, "the original keeps its messages"
    moved = ok(api.post(f"me/mailfolders('{key(child['Id'])}')/move", {"DestinationId": "Inbox"}), 201)
    api.later(lambda: api.delete(f"me/mailfolders('{key(child['Id'])}')"))
    inbox = _folder(api, "Inbox")
    assert (moved["Id"], moved["ParentFolderId"], moved["TotalItemCount"]) == (child["Id"], inbox["Id"], 1), moved
    assert _folder(api, business["Id"])["ChildFolderCount"] == 0
    assert child["Id"] in _ids(api, "me/mailfolders('Inbox')/childfolders")
    for name in WELL_KNOWN:
        answer = api.post(f"me/mailfolders('{name}')/move", {"DestinationId": business["Id"]})
        expect_error(answer, 400, "ErrorMoveDistinguishedFolder")
    assert _folder(api, "Inbox")["ParentFolderId"] == inbox["ParentFolderId"]
    inner = api.mail_folder("inner", parent=business["Id"])
    for action in ("move", "copy"):
        answer = api.post(f"me/mailfolders('{key(business['Id'])}')/{action}", {"DestinationId": inner["Id"]})
        expect_error(answer, 400, "ErrorMoveCopyFailed")


@rule("mail.inference_classification", "message_classification_dropped", "classification_override_ignored")
def inference_classification(api: Api) -> None:
    """InferenceClassification (Focused/Other) is writable and filterable; an override for a sender (POST
    /me/InferenceClassification/Overrides, one per address) classifies mail delivered from them afterwards."""
    _sweep(api)
    mine = _address(api)
    folder = api.mail_folder(unique("focused"))
    message = api.message({"Subject": "classified"}, folder=folder["Id"])
    assert message["InferenceClassification"] == "Focused", message.get("InferenceClassification")
    item = f"me/messages('{key(message['Id'])}')"
    assert ok(api.patch(item, {"InferenceClassification": "Other"}))["InferenceClassification"] == "Other"
    messages = f"me/mailfolders('{key(folder['Id'])}')/messages"
    assert _ids(api, messages, **{"$filter": "InferenceClassification eq 'Other'"}) == [message["Id"]]
    assert _ids(api, messages, **{"$filter": "InferenceClassification eq 'Focused'"}) == []
    # The reference's override sample, for the caller's own address (mail to oneself is delivered to one's Inbox).
    overrides = "me/InferenceClassification/Overrides"
    for existing in values(api, overrides):
        if existing["SenderEmailAddress"]["Address"].lower() == mine.lower():
            api.later(lambda e=existing: api.post(overrides, {k: e[k] for k in ("ClassifyAs", "SenderEmailAddress")}))
    body = {"ClassifyAs": "Other", "SenderEmailAddress": {"Name": "Fanny Downs", "Address": mine.upper()}}
    created = ok(api.post(overrides, body), 201)
    path = f"{overrides}('{key(created['Id'])}')"
    api.later(lambda: api.delete(path))
    assert (created["ClassifyAs"], created["SenderEmailAddress"]["Name"]) == ("Other", "Fanny Downs"), created
    assert created["Id"] in [o["Id"] for o in values(api, overrides)]
    again = ok(api.post(overrides, {**body, "ClassifyAs": "Other"}), 201)
    assert again["Id"] == created["Id"], "a second override for the same address updates the first"
    subject = unique("classified by override")
    _accepted(api.post("me/sendmail", {"Message": {"Subject": subject, "ToRecipients": _to(mine)}}))
    assert _one(api, "Inbox", subject)["InferenceClassification"] == "Other"
    assert ok(api.patch(path, {"ClassifyAs": "Focused"}))["ClassifyAs"] == "Focused"
    expect_error(api.patch(path, {"SenderEmailAddress": {"Address": "x@example.com"}}), 400, "ErrorInvalidProperty")
    later = unique("focused again")
    _accepted(api.post("me/sendmail", {"Message": {"Subject": later, "ToRecipients": _to(mine)}}))
    assert _one(api, "Inbox", later)["InferenceClassification"] == "Focused"
    assert _one(api, "Inbox", subject)["InferenceClassification"] == "Other", "delivered mail keeps its class"
    assert api.delete(path).status_code == 204
    expect_error(api.get(path), 404, "ErrorItemNotFound")


@rule("mail.event_message_expand", "event_message_expand_ignored", users=2)
def event_message_expand(api: Api) -> None:
    """$expand=Microsoft.OutlookServices.EventMessage/Event on a meeting request returns the attendee's event
    (also at …/Microsoft.OutlookServices.EventMessage/Event); on a plain message the cast expands nothing."""
    other, _, theirs = _pair(api)
    subject = unique("Rob:Alex 1:1")
    api.event({"Subject": subject, "Attendees": [{"EmailAddress": {"Address": theirs}, "Type": "Required"}]})
    copies = [
        e for e in values(other, "me/events", **{"$filter": f"Subject eq '{subject}'"}) if e["Subject"] == subject
    ]
    assert len(copies) == 1, "the attendee's calendar has no copy of the meeting"
    other.later(lambda: other.delete(f"me/events('{key(copies[0]['Id'])}')"))
    request = _one(other, "Inbox", subject)
    assert request.get("@odata.type") == "#Microsoft.OutlookServices.EventMessage", request
    item = f"me/messages('{key(request['Id'])}')"
    for expand in ("Microsoft.OutlookServices.EventMessage/Event", "microsoft.outlookservices.eventmessage/event"):
        got = ok(other.get(item, params={"$expand": expand}))
        assert isinstance(got.get("Event"), dict), f"no Event with $expand={expand}: {sorted(got)}"
        assert (got["Event"]["Id"], got["Event"]["Subject"]) == (copies[0]["Id"], subject), got["Event"]
    assert ok(other.get(f"{item}/Microsoft.OutlookServices.EventMessage/Event"))["Id"] == copies[0]["Id"]
    plain = api.message({"Subject": subject})
    got = ok(
        api.get(
            f"me/messages('{key(plain['Id'])}')", params={"$expand": "Microsoft.OutlookServices.EventMessage/Event"}
        )
    )
    assert "Event" not in got, "a plain message has no Event to expand"
