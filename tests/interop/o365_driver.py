"""O365 2.0.28 (its ``MSOffice365Protocol``, the Outlook REST v2.0 one) against the mock.

Pointed at the mock the way a user of the library would: a protocol subclass with the mock's
``_protocol_url`` (the class attribute the library reads it from), and the connection's token URL set to the
mock's token endpoint (the library builds it from a hard-coded login.microsoftonline.com host and offers no
setting). Authentication is the library's own resource-owner password flow, which makes it address the
mailbox as ``users/<upn>`` (the library drops ``me`` for that flow).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile

from harness import (
    ADMIN,
    ALEX,
    BASE_URL,
    TOKEN_2,
    ClientBug,
    NotServed,
    ReadBack,
    Recorder,
    check,
    equal,
    need,
    unique,
)
from O365 import Account, FileSystemTokenBackend, MSOffice365Protocol

os.environ.setdefault("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the mock serves plain http on loopback

ZONE = "America/New_York"  # the protocol's time zone: dates go out as "Eastern Standard Time"


EVENT_BUG = ClientBug(
    "calendar.py Event.to_api_data() always sends IsOnlineMeeting and OnlineMeetingProvider (Graph properties; "
    "through the protocol's casing function even the boolean goes out as the string 'False'); the v2.0 Event type "
    "has neither (complex-types-for-mail-contacts-calendar.md lists OnlineMeetingUrl only), so the real service "
    "refused the create with 400 as well",
    shows="IsOnlineMeeting",
)


def seed_event(subject: str) -> dict:
    """What create_event asks O365 to make, written the documented v2.0 way."""
    zone = "Eastern Standard Time"
    return {
        "Subject": subject,
        "Start": {"DateTime": "2027-04-01T09:30:00", "TimeZone": zone},
        "End": {"DateTime": "2027-04-01T10:15:00", "TimeZone": zone},
        "Location": {"DisplayName": "Room 1"},
        "Attendees": [{"EmailAddress": {"Address": ALEX}, "Type": "Required"}],
    }


class MockProtocol(MSOffice365Protocol):
    _protocol_url = BASE_URL + "/api/"


def quietly(make):
    """What ``make`` returns, or None when it fails (then the steps that need it report ``blocked``)."""
    try:
        return make()
    except Exception:  # noqa: BLE001 - a failed fallback only means the later steps are blocked
        return None


def account(username: str = ADMIN) -> Account:
    token_dir = tempfile.mkdtemp(prefix="o365-token-")
    acct = Account(
        ("interop-client-id",),
        auth_flow_type="password",
        username=username,
        password="mock",
        tenant_id="contoso.com",
        protocol=MockProtocol(timezone=ZONE),
        main_resource=username,
        requests_delay=0,
        request_retries=0,
        token_backend=FileSystemTokenBackend(token_path=token_dir, token_filename="token.json"),
    )
    acct.con._oauth2_token_url = BASE_URL + "/common/oauth2/v2.0/token"
    return acct


def main() -> None:
    run = Recorder("O365 2.0.28")
    api = ReadBack()
    state: dict = {}

    def authenticate():
        acct = account()
        check(acct.authenticate(), "authenticate() returned False")
        state["account"] = acct

    run.step("auth: password grant at the token endpoint", authenticate)
    acct = state.get("account")

    # --- task folders and tasks ---
    def create_folder():
        name = unique("O365 folder")
        folder = need(acct, "auth").tasks().new_folder(name)
        check(folder is not None and folder.folder_id, "new_folder returned nothing")
        equal(api.get("me/taskfolders", folder.folder_id)["Name"], name, "read-back Name")
        return folder

    folder = run.step("taskfolders: create", create_folder)

    def list_folders():
        names = {f.name for f in need(acct, "auth").tasks().list_folders()}
        check(need(folder, "a folder").name in names, f"{folder.name!r} not in list_folders()")
        check("Tasks" in names, "default folder Tasks not listed")

    run.step("taskfolders: list", list_folders)

    def default_folder():
        default = need(acct, "auth").tasks().get_default_folder()
        check(default is not None, "get_default_folder found no IsDefaultFolder folder")
        equal(api.get("me/taskfolders", default.folder_id)["IsDefaultFolder"], True, "read-back IsDefaultFolder")

    run.step("taskfolders: get default", default_folder)

    def rename_folder():
        need(folder, "a folder").name = unique("O365 renamed")
        check(folder.update(), "Folder.update() returned False")
        equal(api.get("me/taskfolders", folder.folder_id)["Name"], folder.name, "read-back Name")

    run.step(
        "taskfolders: rename (Folder.update)",
        rename_folder,
        expect=ClientBug(
            "tasks.py Folder.update() builds its URL from '/taskfolders/{id}' without .format(id=...), so it PATCHes "
            "the literal path .../taskfolders/{id}; the real service has no such folder either",
            shows="taskfolders/%7Bid%7D",
        ),
    )

    def create_task():
        task = need(folder, "a folder").new_task(unique("O365 task"))
        task.body = "made by O365"
        task.due = dt.date(2027, 3, 15)  # a date: midnight in the protocol's zone
        check(task.save(), "Task.save() returned False")
        check(task.task_id, "no task id after save")
        raw = api.get("me/tasks", task.task_id)
        equal(raw["Subject"], task.subject, "read-back Subject")
        equal(raw["ParentFolderId"], folder.folder_id, "read-back ParentFolderId")
        raw_tz = api.get("me/tasks", task.task_id, headers={"Prefer": 'outlook.timezone="Eastern Standard Time"'})
        equal(raw_tz["DueDateTime"]["DateTime"][:19], "2027-03-15T00:00:00", "read-back DueDateTime in its zone")
        equal(raw_tz["DueDateTime"]["TimeZone"], "Eastern Standard Time", "read-back DueDateTime zone")
        return task

    task = run.step("tasks: create in folder, due date in a time zone", create_task)

    def list_tasks():
        subjects = [t.subject for t in need(folder, "a folder").get_tasks()]
        check(need(task, "a task").subject in subjects, f"{task.subject!r} not in get_tasks()")

    run.step("tasks: list in folder", list_tasks)

    def get_task():
        got = need(folder, "a folder").get_task(need(task, "a task").task_id)
        check(got is not None, "get_task returned None")
        equal(got.subject, task.subject, "Subject")
        equal(got.due.astimezone(dt.UTC), task.due.astimezone(dt.UTC), "due")

    run.step("tasks: get by id (taskfolders/{f}/tasks/{id})", get_task)

    def update_task():
        need(task, "a task").subject = unique("O365 task updated")
        task.mark_completed()
        check(task.save(), "Task.save() returned False")
        raw = api.get("me/tasks", task.task_id)
        equal(raw["Subject"], task.subject, "read-back Subject")
        equal(raw["Status"], "Completed", "read-back Status")

    run.step("tasks: update subject + complete", update_task)

    def default_tasks():
        new = need(acct, "auth").tasks().new_task(unique("O365 default-folder task"))
        check(new.save(), "Task.save() returned False")
        subjects = [t.subject for t in acct.tasks().get_tasks()]
        check(new.subject in subjects, "task not in the default folder's get_tasks()")
        api.delete("me/tasks", new.task_id)

    run.step("tasks: create + list in the default folder", default_tasks)

    def delete_task():
        check(need(task, "a task").delete(), "Task.delete() returned False")
        api.gone("me/tasks", task.task_id)

    run.step("tasks: delete", delete_task)

    def delete_folder():
        folder_id = need(folder, "a folder").folder_id
        check(folder.delete(), "Folder.delete() returned False")
        api.gone("me/taskfolders", folder_id)

    run.step("taskfolders: delete", delete_folder)

    # --- mail ---
    mailbox = acct.mailbox() if acct else None

    def create_draft():
        message = need(mailbox, "auth").new_message()
        message.to.add(ALEX)
        message.subject = unique("O365 draft")
        message.body = "<p>drafted by O365</p>"
        check(message.save_draft(), "save_draft() returned False")
        raw = api.get("me/messages", message.object_id)
        equal(raw["Subject"], message.subject, "read-back Subject")
        equal(raw["IsDraft"], True, "read-back IsDraft")
        equal(raw["ToRecipients"][0]["EmailAddress"]["Address"], ALEX, "read-back recipient")
        return message

    message = run.step("messages: create draft (save_draft)", create_draft)
    if message is None and mailbox is not None:  # keep exercising the rest on a draft we make ourselves

        def seeded_draft():
            seeded = api.post("me/messages", body={"Subject": unique("O365 seeded draft"), "Body": {"Content": "x"}})
            return mailbox.message_constructor(parent=mailbox, **{mailbox._cloud_data_key: seeded})

        message = quietly(seeded_draft)

    def list_drafts():
        subjects = [m.subject for m in need(mailbox, "auth").drafts_folder().get_messages(limit=50)]
        check(need(message, "a draft").subject in subjects, "draft not in Drafts get_messages()")

    run.step("messages: list Drafts", list_drafts)

    def get_message():
        got = need(mailbox, "auth").get_message(need(message, "a draft").object_id)
        check(got is not None, "get_message returned None")
        equal(got.subject, message.subject, "Subject")

    run.step("messages: get by id", get_message)

    def update_draft():
        need(message, "a draft").subject = unique("O365 draft updated")
        check(message.save_draft(), "save_draft() returned False")
        equal(api.get("me/messages", message.object_id)["Subject"], message.subject, "read-back Subject")

    run.step("messages: update draft", update_draft)

    def attach():
        with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
            f.write(b"attached by O365")
        need(message, "a draft").attachments.add(f.name)
        message.subject = message.subject + "!"
        check(message.save_draft(), "save_draft() returned False")
        listed = api.get("me/messages", message.object_id, "attachments")["value"]
        equal([a["Name"] for a in listed], [os.path.basename(f.name)], "read-back attachment names")

    run.step("messages: add a file attachment to a draft", attach)

    def mail_folder():
        child = need(mailbox, "auth").inbox_folder().create_child_folder(unique("O365 mail folder"))
        check(child is not None, "create_child_folder returned None")
        equal(api.get("me/mailfolders", child.folder_id)["DisplayName"], child.name, "read-back DisplayName")
        check(child.update_folder_name(unique("O365 renamed mail folder")), "update_folder_name returned False")
        equal(api.get("me/mailfolders", child.folder_id)["DisplayName"], child.name, "read-back renamed")
        check(child.delete(), "delete() returned False")

    run.step("mailfolders: create child, rename, delete", mail_folder)

    def send_mail():
        sent = need(mailbox, "auth").new_message()
        sent.to.add(ALEX)
        sent.subject = unique("O365 sendmail")
        sent.body = "sent by O365"
        check(sent.send(), "send() returned False")
        check(api.find("me/mailfolders/SentItems/messages", "Subject", sent.subject), "not in Sent Items")
        check(api.find("me/mailfolders/Inbox/messages", "Subject", sent.subject, TOKEN_2), "not in alex's Inbox")

    run.step("messages: send new (sendMail)", send_mail, expect=NotServed("sendmail"))

    def copy_message():
        copied = need(message, "a draft").copy(mailbox.inbox_folder())
        check(copied is not None, "copy() returned None")
        # The original as stored (the attachment step may have renamed it locally only, if not served).
        original = api.get("me/messages", message.object_id)["Subject"]
        equal(api.get("me/messages", copied.object_id)["Subject"], original, "read-back the copy's Subject")

    run.step("messages: copy to Inbox", copy_message, expect=NotServed("copy of messages"))

    def settings():
        got = need(mailbox, "auth").get_settings()
        check(got.automaticrepliessettings is not None, "no automatic replies in MailboxSettings")

    run.step(
        "mailboxsettings: get",
        settings,
        expect=[
            ClientBug(
                "mailbox.py MailboxSettings reads cloud_data.get('automaticRepliesSetting'), Graph's camelCase "
                "written as a literal instead of through the protocol's casing, so v2.0's AutomaticRepliesSetting "
                "is missed and AutomaticRepliesSettings then calls .get on None",
                shows=AttributeError,
            ),
        ],
    )

    def delete_message():
        check(need(message, "a draft").delete(), "delete() returned False")
        api.gone("me/messages", message.object_id)

    run.step("messages: delete", delete_message)

    # --- calendar ---
    schedule = acct.schedule() if acct else None

    def create_event():
        calendar = need(schedule, "auth").get_default_calendar()
        check(calendar is not None, "get_default_calendar returned None")
        event = calendar.new_event(unique("O365 meeting"))
        zone = event.protocol.timezone
        event.start = zone.localize(dt.datetime(2027, 4, 1, 9, 30))
        event.end = zone.localize(dt.datetime(2027, 4, 1, 10, 15))
        event.location = "Room 1"
        event.attendees.add(ALEX)
        check(event.save(), "Event.save() returned False")
        raw = api.get("me/events", event.object_id, headers={"Prefer": 'outlook.timezone="Eastern Standard Time"'})
        equal(raw["Subject"], event.subject, "read-back Subject")
        equal(raw["Start"]["DateTime"][:19], "2027-04-01T09:30:00", "read-back Start in its zone")
        equal(raw["OriginalStartTimeZone"], "Eastern Standard Time", "read-back OriginalStartTimeZone")
        equal([a["EmailAddress"]["Address"] for a in raw["Attendees"]], [ALEX], "read-back Attendees")
        check(api.find("me/events", "Subject", event.subject, TOKEN_2), "the attendee has no copy of the meeting")
        state["calendar"] = calendar
        return event

    event = run.step("events: create with an attendee, times in a time zone", create_event, expect=EVENT_BUG)
    if event is None and schedule is not None:  # keep exercising the rest on an event we make ourselves

        def seeded_event():
            calendar = state["calendar"] = schedule.get_default_calendar()
            seeded = api.post("me/events", body=seed_event(unique("O365 seeded meeting")))
            return calendar.event_constructor(parent=calendar, **{calendar._cloud_data_key: seeded})

        event = quietly(seeded_event)

    def list_events():
        calendar = need(state.get("calendar"), "the default calendar")
        query = calendar.new_query("start").greater_equal(dt.datetime(2027, 3, 31))
        query.chain("and").on_attribute("end").less_equal(dt.datetime(2027, 4, 3))
        subjects = [e.subject for e in calendar.get_events(query=query, include_recurring=True)]
        check(need(event, "an event").subject in subjects, "event not in calendarView")

    run.step("events: list (calendarView)", list_events, expect=NotServed("calendarview"))

    def list_events_plain():
        calendar = need(state.get("calendar"), "the default calendar")
        subjects = [e.subject for e in calendar.get_events(limit=100, include_recurring=False)]
        check(need(event, "an event").subject in subjects, "event not in get_events()")

    run.step("events: list (calendar/events)", list_events_plain)

    def get_event():
        got = need(state.get("calendar"), "the default calendar").get_event(need(event, "an event").object_id)
        check(got is not None, "get_event returned None")
        equal(got.subject, event.subject, "Subject")
        equal(got.start.astimezone(dt.UTC), event.start.astimezone(dt.UTC), "start")

    run.step("events: get by id (calendars/{c}/events/{id})", get_event)

    def update_event():
        state["first subject"] = need(event, "an event").subject
        event.subject = unique("O365 meeting moved")
        event.end = event.end + dt.timedelta(minutes=30)
        check(event.save(), "Event.save() returned False")
        raw = api.get("me/events", event.object_id, headers={"Prefer": 'outlook.timezone="Eastern Standard Time"'})
        equal(raw["Subject"], event.subject, "read-back Subject")
        equal(raw["End"]["DateTime"][:19], "2027-04-01T10:45:00", "read-back End")

    run.step("events: update subject + end", update_event)

    def delete_event():
        check(need(event, "an event").delete(), "Event.delete() returned False")
        api.gone("me/events", event.object_id)

    def attach_to_event():
        with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
            f.write(b"agenda attached by O365")
        need(event, "an event").attachments.add(f.name)
        check(event.save(), "Event.save() returned False")
        listed = api.get("me/events", event.object_id, "attachments")["value"]
        equal([a["Name"] for a in listed], [os.path.basename(f.name)], "read-back attachment names")

    run.step("events: add a file attachment", attach_to_event)

    # --- the same meeting seen by its attendee (alex, through O365 too) ---
    def attendee_request():
        alex = account(ALEX)
        check(alex.authenticate(), "authenticate() returned False")
        subjects = {need(event, "an event").subject, state.get("first subject")}  # the request, or the update's
        inbox = alex.mailbox().inbox_folder()
        requests_ = [m for m in inbox.get_messages(limit=50) if m.subject in subjects and m.is_event_message]
        check(requests_, f"no meeting request {subjects} in alex's Inbox")
        state["alex"] = alex
        return requests_[0]

    request = run.step("meeting: the attendee's Inbox has the request (EventMessage)", attendee_request)

    def request_event():
        related = need(request, "a meeting request").get_event()
        check(related is not None, "get_event() returned None")
        # The attendee's copy follows the organizer's updates: its Subject is the meeting's current one, which the
        # request (perhaps the first invitation, sent before the update renamed it) need not carry.
        equal(related.subject, need(event, "an event").subject, "the related event's Subject")

    def reply():
        draft = need(request, "a meeting request").reply(to_all=False)
        check(draft is not None and draft.object_id, "reply() made no draft")
        raw = ReadBack(TOKEN_2).get("me/messages", draft.object_id)
        equal([raw["IsDraft"], raw["ToRecipients"][0]["EmailAddress"]["Address"]], [True, ADMIN], "read-back")

    run.step("messages: reply to the request (createReply)", reply, expect=NotServed("createreply"))

    run.step(
        "meeting: get_event() ($expand=...EventMessage/Event)",
        request_event,
        expect=NotServed("$expand of a meeting message's Event"),
    )

    def accept():
        alex = need(state.get("alex"), "alex's account")
        calendar = alex.schedule().get_default_calendar()
        copies = [e for e in calendar.get_events(limit=50, include_recurring=False) if e.subject == event.subject]
        check(copies, "no copy of the meeting in alex's calendar")
        check(copies[0].accept_event("see you"), "accept_event() returned False")
        organizer = api.get("me/events", event.object_id)
        equal([a["Status"]["Response"] for a in organizer["Attendees"]], ["Accepted"], "organizer's attendee status")

    run.step("meeting: the attendee accepts (v2.0 accept)", accept)

    run.step("events: delete", delete_event)

    # --- contacts ---
    book = acct.address_book() if acct else None

    def create_contact():
        contact = need(book, "auth").new_contact()
        contact.name, contact.surname = "Olivia", unique("O365")
        contact.emails.add("olivia@example.com")
        contact.business_phones = ["+1 425 555 0100"]
        check(contact.save(), "Contact.save() returned False")
        raw = api.get("me/contacts", contact.object_id)
        equal(raw["Surname"], contact.surname, "read-back Surname")
        equal(raw["EmailAddresses"][0]["Address"], "olivia@example.com", "read-back EmailAddresses")
        return contact

    contact = run.step("contacts: create", create_contact)

    def list_contacts():
        surnames = [c.surname for c in need(book, "auth").get_contacts(limit=100)]
        check(need(contact, "a contact").surname in surnames, "contact not in get_contacts()")

    run.step("contacts: list", list_contacts)

    def update_contact():
        need(contact, "a contact").company_name = "Contoso"
        check(contact.save(), "Contact.save() returned False")
        equal(api.get("me/contacts", contact.object_id)["CompanyName"], "Contoso", "read-back CompanyName")

    run.step("contacts: update", update_contact)

    def create_contact_folder():
        child = need(book, "auth").create_child_folder(unique("O365 contacts"))
        check(child is not None, "create_child_folder returned None")
        equal(api.get("me/contactfolders", child.folder_id)["DisplayName"], child.name, "read-back DisplayName")
        return child

    child = run.step("contactfolders: create", create_contact_folder)

    def delete_contact_folder():
        check(need(child, "a contact folder").delete(), "ContactFolder.delete() returned False")
        api.gone("me/contactfolders", child.folder_id)

    run.step(
        "contactfolders: delete",
        delete_contact_folder,
        expect=ClientBug(
            "address_book.py create_child_folder() builds the new folder with self.__class__, and AddressBook.__init__ "
            "forces root=True, so the child believes it is the root and delete() returns False without a request",
            shows="ContactFolder.delete() returned False",
        ),
    )
    if child is not None:
        api.delete("me/contactfolders", child.folder_id)

    def delete_contact():
        check(need(contact, "a contact").delete(), "Contact.delete() returned False")
        api.gone("me/contacts", contact.object_id)

    run.step("contacts: delete", delete_contact)


if __name__ == "__main__":
    main()
