"""pyOutlook 4.2.3 (mail only: folders and messages) against the mock.

pyOutlook writes ``https://outlook.office.com/api/v2.0/...`` as string literals in every method (no setting, no
constant) and calls ``requests.get/post/...`` directly. So it is pointed at the mock one level lower, the way
one points any hard-wired HTTP client at a test server: every requests ``Session`` gets a transport adapter for
the ``https://outlook.office.com/`` prefix that sends the same request to the mock's origin instead. pyOutlook's
code, URLs, headers and bodies are untouched. The token is the mock's, passed to ``OutlookAccount`` as a user
of the library passes theirs.

pyOutlook cannot create a message except by sending it, so the messages it works on are drafts made by our own
HTTP calls, with a ``Sender`` (pyOutlook cannot read a message without one, see the client-bug step). It runs
as alex@contoso.com, whose mailbox the other drivers leave without sender-less drafts.
"""

from __future__ import annotations

import requests
from harness import (
    ADMIN,
    ALEX,
    BASE_URL,
    TOKEN_2,
    ClientBug,
    NotServed,
    OutOfScope,
    ReadBack,
    Recorder,
    check,
    equal,
    need,
    unique,
)
from pyOutlook import OutlookAccount
from requests.adapters import HTTPAdapter

REAL_ORIGIN = "https://outlook.office.com/"


class ToMock(HTTPAdapter):
    """Sends what was addressed to the real service's origin to the mock's."""

    def send(self, request, **kwargs):
        request.url = BASE_URL + "/" + request.url[len(REAL_ORIGIN) :]
        return super().send(request, **kwargs)


_session_init = requests.Session.__init__


def _session_with_redirect(self, *args, **kwargs):
    _session_init(self, *args, **kwargs)
    self.mount(REAL_ORIGIN, ToMock())


requests.Session.__init__ = _session_with_redirect

OUT_OF_SCOPE_V1 = OutOfScope(
    "pyOutlook's send() posts to /api/v1.0/me/sendmail (message.py), an older API the mock does not serve"
)


def seed_draft(api: ReadBack, prefix: str, *, sender: bool = True) -> dict:
    body = {
        "Subject": unique(prefix),
        "Body": {"ContentType": "Text", "Content": "seeded for pyOutlook"},
        "ToRecipients": [{"EmailAddress": {"Address": ADMIN}}],
    }
    if sender:
        body["Sender"] = {"EmailAddress": {"Address": ALEX}}
    return api.post("me/messages", body=body)


def main() -> None:
    run = Recorder("pyOutlook 4.2.3")
    api = ReadBack(TOKEN_2)
    account = OutlookAccount(TOKEN_2)
    state: dict = {}

    def get_folders():
        folders = account.get_folders()
        names = {f.name for f in folders}
        for name in ("Inbox", "Drafts", "Sent Items", "Deleted Items"):
            check(name in names, f"{name!r} not in get_folders(): {sorted(names)}")
        state["drafts"] = next(f for f in folders if f.name == "Drafts")
        state["inbox"] = next(f for f in folders if f.name == "Inbox")

    run.step("mailfolders: list (GET /me/MailFolders/)", get_folders)

    def folder_by_id():
        inbox = need(state.get("inbox"), "the folder list")
        got = account.get_folder_by_id(inbox.id)
        equal(got.name, "Inbox", "DisplayName")
        equal(got.id, api.get("me/mailfolders", "Inbox")["Id"], "Id")

    run.step("mailfolders: get by id", folder_by_id)

    def create_child():
        child = need(state.get("inbox"), "the folder list").create_child_folder(unique("pyOutlook folder"))
        equal(api.get("me/mailfolders", child.id)["DisplayName"], child.name, "read-back DisplayName")
        return child

    child = run.step("mailfolders: create child", create_child)

    def subfolders():
        names = [f.name for f in need(state.get("inbox"), "the folder list").get_subfolders()]
        check(need(child, "a child folder").name in names, "child not in get_subfolders()")

    run.step("mailfolders: list children", subfolders)

    def rename():
        renamed = need(child, "a child folder").rename(unique("pyOutlook renamed"))
        equal(api.get("me/mailfolders", child.id)["DisplayName"], renamed.name, "read-back DisplayName")

    run.step("mailfolders: rename", rename)

    def move_folder():
        moved = need(child, "a child folder").move_into(need(state.get("drafts"), "the folder list"))
        equal(api.get("me/mailfolders", moved.id)["ParentFolderId"], state["drafts"].id, "read-back ParentFolderId")

    run.step("mailfolders: move", move_folder, expect=NotServed("move of mail folders"))

    def delete_folder():
        need(child, "a child folder").delete()
        api.gone("me/mailfolders", child.id)

    run.step("mailfolders: delete", delete_folder)

    draft = seed_draft(api, "pyOutlook draft")

    def draft_messages():
        subjects = [m.subject for m in account.draft_messages()]
        check(draft["Subject"] in subjects, "seeded draft not in draft_messages()")

    run.step("messages: list Drafts", draft_messages)

    def folder_messages():
        subjects = [m.subject for m in need(state.get("drafts"), "the folder list").messages()]
        check(draft["Subject"] in subjects, "seeded draft not in Folder.messages()")

    run.step("messages: list a folder's messages", folder_messages)

    def all_messages():
        first = [m.message_id for m in account.get_messages()]  # the first page of /me/messages
        second = [m.message_id for m in account.get_messages(page=1)]  # .../me/messages/?%24skip=10
        equal(first, [m["Id"] for m in api.get("me/messages")["value"]], "first page")
        equal(second, [m["Id"] for m in api.get("me/messages", params={"$skip": "10"})["value"]], "second page")

    run.step("messages: list /me/messages with paging", all_messages)

    def get_message():
        message = account.get_message(draft["Id"])
        equal(message.subject, draft["Subject"], "Subject")
        equal([c.email for c in message.to], [ADMIN], "ToRecipients")
        return message

    message = run.step("messages: get by id", get_message)

    def read_new_draft():
        bare = seed_draft(api, "pyOutlook bare draft", sender=False)
        try:
            equal(account.get_message(bare["Id"]).subject, bare["Subject"], "Subject")
        finally:
            api.delete("me/messages", bare["Id"])

    run.step(
        "messages: get a new draft (Sender null)",
        read_new_draft,
        expect=ClientBug(
            "message.py _json_to_message() does api_json.get('Sender', {}) and contact.py then calls .get on it; a new "
            'draft has "Sender": null (mail-rest-operations.md, the create-message response), so every draft '
            "without a sender raises AttributeError",
            shows=AttributeError,
        ),
    )

    def mark_read():
        need(message, "a message").is_read = True
        equal(api.get("me/messages", draft["Id"])["IsRead"], True, "read-back IsRead")

    run.step("messages: mark as read", mark_read)

    def add_category():
        need(message, "a message").add_category("Blue category")
        equal(api.get("me/messages", draft["Id"])["Categories"], ["Blue category"], "read-back Categories")

    run.step("messages: add a category", add_category)

    def focused():
        need(message, "a message").focused = True
        equal(api.get("me/messages", draft["Id"])["InferenceClassification"], "Focused", "read-back")

    run.step("messages: set focused (InferenceClassification)", focused, expect=NotServed("InferenceClassification"))

    def copy():
        need(message, "a message").copy_to_inbox()
        check(api.find("me/mailfolders/Inbox/messages", "Subject", draft["Subject"]), "no copy in the Inbox")

    run.step(
        "messages: copy to Inbox",
        copy,
        expect=ClientBug(
            'message.py _copy_to() formats \'{ "DestinationId": "{}"}\' with str.format, whose literal braces '
            "raise before any request is made",
            shows=KeyError,
        ),
    )

    def move():
        need(message, "a message").move_to_inbox()
        equal(
            api.get("me/messages", message.message_id)["ParentFolderId"], api.get("me/mailfolders", "Inbox")["Id"], ""
        )

    run.step("messages: move to Inbox", move, expect=NotServed("move of messages"))

    def forward():
        need(message, "a message").forward([ADMIN], "fyi")

    run.step("messages: forward", forward, expect=NotServed("forward"))

    def reply():
        need(message, "a message").reply("thanks")

    run.step("messages: reply", reply, expect=NotServed("reply"))

    def attachments():
        with_attachment = api.post(
            "me/messages",
            body={
                "Subject": unique("pyOutlook attached"),
                # A Sender, or get_message() hits the Sender-null client bug of the "get a new draft" row.
                "Sender": {"EmailAddress": {"Address": ADMIN}},
                "Attachments": [
                    {
                        "@odata.type": "#Microsoft.OutlookServices.FileAttachment",
                        "Name": "a.txt",
                        "ContentBytes": "aGVsbG8=",
                    }
                ],
            },
        )
        names = [a.name for a in account.get_message(with_attachment["Id"]).attachments]
        equal(names, ["a.txt"], "attachment names")

    run.step("messages: list attachments", attachments)

    def send():
        subject = unique("pyOutlook send_email")
        account.send_email(body="hello", subject=subject, to=[ALEX])
        check(api.find("me/mailfolders/SentItems/messages", "Subject", subject), "not in Sent Items")

    run.step("messages: send_email", send, expect=OUT_OF_SCOPE_V1)

    def auto_reply():
        account.set_auto_reply("away")
        settings = api.get("me/MailboxSettings")
        equal(settings["AutomaticRepliesSetting"]["InternalReplyMessage"], "away", "read-back")
        equal(OutlookAccount(TOKEN_2).auto_reply_message, "away", "auto_reply_message")

    run.step("mailboxsettings: set + read automatic replies", auto_reply)

    def overrides():
        account.contact_overrides  # noqa: B018 - a property that calls the service

    run.step("inferenceclassification: list overrides", overrides, expect=NotServed("InferenceClassification"))

    def delete():
        need(message, "a message").delete()
        api.gone("me/messages", draft["Id"])

    run.step("messages: delete", delete)


if __name__ == "__main__":
    main()
