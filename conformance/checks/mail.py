"""Mail folders and messages, with their extended properties (seed 001: 扩展属性 on messages and mail folders)."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule
from .extended import COLOR, CONNECTOR, PALETTE, PALLETE_INT, SENDER_GUID, _expand, _single

# well-known name -> DisplayName
WELL_KNOWN = {"Inbox": "Inbox", "Drafts": "Drafts", "SentItems": "Sent Items", "DeletedItems": "Deleted Items"}
SINGLE, MULTI = "SingleValueExtendedProperties", "MultiValueExtendedProperties"
BIG_PAGE = "odata.maxpagesize=1000"


def _folder(api: Api, folder_id: str) -> dict:
    return ok(api.get(f"me/mailfolders('{key(folder_id)}')"))


def _ids(api: Api, path: str, **params: str) -> list[str]:
    return [item["Id"] for item in ok(api.get(path, params=params or None, prefer=BIG_PAGE))["value"]]


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
