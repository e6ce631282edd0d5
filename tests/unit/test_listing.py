"""The list pipeline (wire/listing.py, store/indexes.py, odata_query.select_page) against the old way.

Two promises are checked: every kind's getters give what its render function gives (so $filter and
$orderby see the same values whether a member is rendered or not), and a page from the pipeline,
indexes and all, equals the page of the old way (render every member, filter, stable-sort, slice),
also after writes of every sort (in place, replaced, moved, deleted, answered meetings).
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from outlook_mock.odata_query import Budget, apply, parse_query, select_page
from outlook_mock.store import Tenant, meetings
from outlook_mock.store.calendar import Attendee
from outlook_mock.store.indexes import ALL, ItemTable, all_but
from outlook_mock.store.mail import EmailAddress
from outlook_mock.store.meetings import MessageDisposition, Reply
from outlook_mock.store.values import Importance, LocalDateTime, TaskStatus
from outlook_mock.wire.listing import Kind, LazyView, StoredList
from outlook_mock.wire.preview import representations as preview
from outlook_mock.wire.v2 import calendar as v2_calendar
from outlook_mock.wire.v2 import contacts as v2_contacts
from outlook_mock.wire.v2 import extended
from outlook_mock.wire.v2 import mail as v2_mail
from outlook_mock.wire.v2 import representations as v2

COLOR = "String {00020329-0000-0000-C000-000000000046} Name Color"
EXTENDED = extended.parse({extended.SINGLE: [{"PropertyId": COLOR, "Value": "Green"}]})


def _at(text: str, zone: str = "Pacific Standard Time") -> LocalDateTime:
    return LocalDateTime(datetime.fromisoformat(text), zone)


@pytest.fixture(scope="module")
def tenant() -> Tenant:
    """Two mailboxes holding a bit of everything, meetings between them included."""
    tenant = Tenant.with_default_users()
    admin, alex = tenant.find_user("admin@contoso.com"), tenant.find_user("alex@contoso.com")
    box = admin.mailbox
    folder = box.tasks.create_folder("Work", extended=EXTENDED)
    box.tasks.create_group("Later")
    for i, subject in enumerate(["b", "A", "c", "a", "B"]):
        box.tasks.create_task(
            {
                "subject": subject,
                "categories": ("Red",) * (i % 2),
                "importance": list(Importance)[i % 3],
                "due": _at(f"2024-03-{10 + i}T00:00:00"),
                "extended": EXTENDED if i == 2 else None,
            },
            folder.id if i % 2 else None,
        )
    task = box.tasks.create_task({"subject": "with files"})
    for name in ("z", "y"):
        box.tasks.add_attachment(task.id, v2.parse_attachment(_file(name), lambda value, field: None))
    box.tasks.complete_task(task.id)
    child = box.mail.create_folder("Projects", extended=EXTENDED)
    box.mail.create_folder("Deep", child.id)
    for i, subject in enumerate(["Hi", "re: Hi", "hello"]):
        box.mail.create_message(
            {"subject": subject, "is_read": bool(i % 2), "from_": EmailAddress("A", "a@x.com")},
            child.id if i else None,
        )
    contacts = box.contacts.create_folder("Friends", extended=EXTENDED)
    box.contacts.create_contact({"display_name": "Zoe", "given_name": "Zoe", "extended": EXTENDED})
    box.contacts.create_contact({"display_name": "adam", "birthday": datetime.fromisoformat("1990-01-02T00:00Z")})
    box.contacts.create_contact({"display_name": "Bo"}, contacts.id)
    calendar = box.calendar.create_calendar("Team", extended=EXTENDED)
    box.calendar.create_event({"subject": "solo", "start": _at("2024-03-01T09:30:00"), "end": _at("2024-03-01T10:00")})
    lunch = meetings.create_event(
        tenant,
        admin,
        {
            "subject": "Lunch",
            "start": _at("2024-03-02T12:00:00"),
            "end": _at("2024-03-02T13:00:00"),
            "attendees": (Attendee(EmailAddress("Alex", "alex@contoso.com")),),
        },
        None,
    )
    copy = alex.mailbox.calendar.find_meeting(lunch.ical_uid)
    meetings.respond(tenant, alex, copy.id, Reply.TENTATIVE, MessageDisposition.SEND_AND_SAVE_COPY, "maybe")
    box.calendar.create_event(
        {"subject": "team", "start": _at("2024-03-03T08:00:00"), "end": _at("2024-03-03T09:00")}, calendar.id
    )
    event = next(iter(box.calendar.events.values()))
    box.calendar.add_attachment(event.id, v2.parse_attachment(_file("agenda"), lambda value, field: None))
    return tenant


def _file(name: str) -> dict:
    return {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": name, "ContentBytes": "eA=="}


V2_VIEWS = [
    v2.View("https://x/api/v2.0", "Users('u')", None),
    v2.View("https://x/api/v2.0", "Users('u')", "Tokyo Standard Time"),
]
PREVIEW_VIEW = preview.View("https://x/ews/odata", "admin@contoso.com")


def _kinds(tenant: Tenant) -> list[tuple[str, Kind, list, list]]:
    """(name, kind, members, [(view, render)]) of every kind of list member, in both dialects."""
    boxes = [user.mailbox for user in tenant.users.values()]
    tasks = [t for box in boxes for t in box.tasks.tasks.values()]
    attachments = [(a, t.id) for t in tasks for a in t.attachments.values()]
    events = [(e, box) for box in boxes for e in box.calendar.events.values()]
    event_attachments = [(a, e.id) for e, _ in events for a in e.attachments.values()]
    folders = [(f, box.mail) for box in boxes for f in box.mail.folders.values()]
    out = []
    for view in V2_VIEWS:
        out += [
            ("task", v2.TASK_KIND, tasks, lambda t, v=view: v2.render_task(t, v), view),
            ("task folder", v2.FOLDER_KIND, [f for b in boxes for f in b.tasks.folders.values()], None, view),
            ("task group", v2.GROUP_KIND, [g for b in boxes for g in b.tasks.groups.values()], None, view),
            ("attachment", v2.ATTACHMENT_KIND, attachments, None, view),
            ("message", v2_mail.MESSAGE_KIND, [m for b in boxes for m in b.mail.messages.values()], None, view),
            ("mail folder", v2_mail.MAIL_FOLDER_KIND, folders, None, view),
            ("contact", v2_contacts.CONTACT_KIND, [c for b in boxes for c in b.contacts.contacts.values()], None, view),
            (
                "contact folder",
                v2_contacts.CONTACT_FOLDER_KIND,
                [f for b in boxes for f in b.contacts.folders.values()],
                None,
                view,
            ),
            ("event", v2_calendar.EVENT_KIND, events, None, view),
            (
                "calendar",
                v2_calendar.CALENDAR_KIND,
                [c for b in boxes for c in b.calendar.calendars.values()],
                None,
                view,
            ),
        ]
    out += [
        (
            "preview group",
            preview.GROUP_KIND,
            [g for b in boxes for g in b.calendar.groups.values()],
            None,
            PREVIEW_VIEW,
        ),
        (
            "preview calendar",
            preview.CALENDAR_KIND,
            [c for b in boxes for c in b.calendar.calendars.values()],
            None,
            PREVIEW_VIEW,
        ),
        ("preview event", preview.EVENT_KIND, [e for e, _ in events], None, PREVIEW_VIEW),
        (
            "preview message",
            preview.MESSAGE_KIND,
            [m for b in boxes for m in b.mail.messages.values()],
            None,
            PREVIEW_VIEW,
        ),
        ("preview folder", preview.FOLDER_KIND, folders, None, PREVIEW_VIEW),
        ("preview attachment", preview.ATTACHMENT_KIND, event_attachments, None, PREVIEW_VIEW),
    ]
    return out


def _render(name: str, member, view) -> tuple[object, dict]:
    """(the stored member, its JSON) for the members _kinds lists (some with what their render needs)."""
    renders = {
        "task": lambda t: v2.render_task(t, view),
        "task folder": lambda f: v2.render_folder(f, view),
        "task group": lambda g: v2.render_group(g, view),
        "attachment": lambda pair: v2.render_attachment(pair[0], pair[1], view),
        "message": lambda m: v2_mail.render_message(m, view),
        "mail folder": lambda pair: v2_mail.render_mail_folder(pair[0], pair[1], view),
        "contact": lambda c: v2_contacts.render_contact(c, view),
        "contact folder": lambda f: v2_contacts.render_contact_folder(f, view),
        "event": lambda pair: v2_calendar.render_event(pair[0], pair[1].calendar.owner, view),
        "calendar": lambda c: v2_calendar.render_calendar(c, view),
        "preview group": lambda g: preview.render_group(g, view),
        "preview calendar": lambda c: preview.render_calendar(c, view),
        "preview event": lambda e: preview.render_event(e, view),
        "preview message": lambda m: preview.render_message(m, view),
        "preview folder": lambda pair: preview.render_folder(pair[0], pair[1], view),
        "preview attachment": lambda pair: preview.render_attachment(pair[0], pair[1], view),
    }
    item = member[0] if isinstance(member, tuple) else member
    return item, renders[name](member)


def test_every_getter_gives_what_render_gives(tenant: Tenant) -> None:
    checked = set()
    for name, kind, members, _, view in _kinds(tenant):
        assert members, f"the fixture has no {name}"
        for member in members:
            item, rendered = _render(name, member, view)
            for prop, get in kind.getters.items():
                expected = (
                    extended.filter_view(item.extended)[extended.SINGLE] if prop == extended.SINGLE else rendered[prop]
                )
                assert get(item, view) == expected, (name, prop)
                checked.add((name, prop))
            for prop in kind.getters:
                assert prop in kind.shape.filterable, f"{name}: a getter for {prop}, which no query may read"
    assert len(checked) > 100


def test_a_lazy_view_renders_only_for_a_property_without_getter(tenant: Tenant) -> None:
    task = next(iter(tenant.find_user("admin@contoso.com").mailbox.tasks.tasks.values()))
    renders = []

    def render(item):
        renders.append(item)
        return v2.render_task(item, V2_VIEWS[0])

    view = LazyView(task, V2_VIEWS[0], v2.TASK_KIND.getters, render)
    assert view["Subject"] == task.subject and "Subject" in view and not renders
    assert view["Id"] == task.id and view["ChangeKey"] == task.change_key and len(renders) == 1


# -- pages from the pipeline equal pages the old way, before and after writes -------------------------------------
QUERIES = [
    {},
    {"top": "3"},
    {"skip": "2", "top": "4"},
    {"orderby": "Subject"},
    {"orderby": "Subject desc", "top": "3"},
    {"orderby": "Importance, Subject desc"},
    {"orderby": "Importance desc, LastModifiedDateTime", "skip": "1"},
    {"orderby": "DueDateTime/DateTime desc, Subject"},
    {"filter": "Importance eq 'High'", "orderby": "Subject"},
    {"filter": "Categories/any(c: c eq 'Red') or Subject eq 'a'"},
    {"filter": f"SingleValueExtendedProperties/any(ep: ep/PropertyId eq '{COLOR}')"},
    {"filter": "Status ne 'Completed'", "orderby": "Status desc, CreatedDateTime desc", "skip": "1", "top": "2"},
]


def _old_way(query, members, render, page_size):
    rendered = [{**render(m), **extended.filter_view(m.extended)} for m in members]
    matched = apply(query, rendered)
    end = len(matched) if query.top is None else min(len(matched), query.skip + query.top)
    page = matched[query.skip : min(end, query.skip + page_size)]
    return [item["Id"] for item in page], query.skip + len(page) < end


def _check_pages(box, container, view) -> None:
    def render(task):
        return v2.render_task(task, view)

    members = list(box.tasks.tasks.members(container))
    for options in QUERIES:
        query = parse_query(options, v2.TASK_SHAPE)
        for page_size in (2, 10):
            listing = StoredList(v2.TASK_KIND, view, render, box.tasks.tasks, container)
            page, more = select_page(query, listing, page_size)
            assert ([t.id for t in page], more) == _old_way(query, members, render, page_size), options


def test_pages_equal_the_old_way_through_writes_of_every_sort() -> None:
    rng = random.Random(8)
    tenant = Tenant.with_default_users()
    box = tenant.find_user("admin@contoso.com").mailbox
    store = box.tasks
    other = store.create_folder("Other")
    subjects = ["b", "A", "c", "a", "B", "", "z", "Zz"]
    for i in range(40):
        store.create_task(
            {
                "subject": rng.choice(subjects),
                "importance": rng.choice(list(Importance)),
                "categories": ("Red",) if rng.random() < 0.3 else (),
                "due": _at(f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T00:00:00") if rng.random() < 0.7 else None,
                "extended": EXTENDED if rng.random() < 0.2 else None,
            },
            other.id if i % 3 == 0 else None,
        )
    for round_ in range(6):
        for view in V2_VIEWS:
            for container in (ALL, store.default_folder.id, other.id):
                _check_pages(box, container, view)
        for _ in range(8):  # writes of every sort, between rounds of reads (the indexes exist by now)
            task = rng.choice(list(store.tasks.values()))
            action = rng.randrange(5)
            if action == 0:
                store.update_task(
                    task.id, {"subject": rng.choice(subjects), "importance": rng.choice(list(Importance))}
                )
            elif action == 1:
                store.complete_task(task.id)  # in place: Status, CompletedDateTime, ChangeKey
            elif action == 2:
                store.delete_task(task.id)
            elif action == 3:
                store.create_task({"subject": rng.choice(subjects)}, rng.choice([None, other.id]))
            else:
                task.subject = f"renamed {round_}"  # any attribute write is seen, even one no store method makes


def test_moved_answered_and_renamed_members_are_refiled() -> None:
    tenant = Tenant.with_default_users()
    admin, alex = tenant.find_user("admin@contoso.com"), tenant.find_user("alex@contoso.com")
    mail = admin.mailbox.mail
    inbox, drafts = mail.well_known["inbox"].id, mail.well_known["drafts"].id
    messages = [mail.create_message({"subject": s, "is_read": False}, inbox) for s in "cab"]
    view = V2_VIEWS[0]

    def subjects(container, orderby="Subject"):
        listing = StoredList(
            v2_mail.MESSAGE_KIND, view, lambda m: v2_mail.render_message(m, view), mail.messages, container
        )
        page, _ = select_page(parse_query({"orderby": orderby}, v2_mail.MESSAGE_SHAPE), listing, 10)
        return [m.subject for m in page]

    assert subjects(inbox) == ["a", "b", "c"] and mail.unread_item_count(mail.well_known["inbox"]) == 3
    mail.move_message(messages[1].id, drafts)
    mail.update_message(messages[0].id, {"subject": "d", "is_read": True})
    assert subjects(inbox) == ["b", "d"] and subjects(drafts) == ["a"]
    assert (
        mail.unread_item_count(mail.well_known["inbox"]) == 1 and mail.total_item_count(mail.well_known["inbox"]) == 2
    )

    folder = mail.create_folder("x")
    assert subjects(ALL, "Subject desc")[:2] == ["d", "b"]
    folders = StoredList(v2_mail.MAIL_FOLDER_KIND, view, None, mail.folders, mail.folder_container())
    query = parse_query({"orderby": "DisplayName desc", "top": "1"}, v2_mail.MAIL_FOLDER_SHAPE)
    assert select_page(query, folders, 10)[0] == [folder]
    mail.update_folder(folder.id, "a")  # renamed in place
    assert select_page(query, folders, 10)[0] == [mail.well_known["sentitems"]]

    # A meeting's answer changes the organizer's event and the attendee's copy in place (ShowAs, ResponseStatus).
    lunch = meetings.create_event(
        tenant,
        admin,
        {
            "subject": "Lunch",
            "start": _at("2024-03-02T12:00:00"),
            "end": _at("2024-03-02T13:00:00"),
            "attendees": (Attendee(EmailAddress("Alex", "alex@contoso.com")),),
        },
        None,
    )
    calendar = alex.mailbox.calendar
    events = StoredList(v2_calendar.EVENT_KIND, view, None, calendar.events, calendar.event_container())
    by_show_as = parse_query({"orderby": "ShowAs desc", "filter": "ShowAs eq 'Busy'"}, v2_calendar.EVENT_SHAPE)
    assert select_page(by_show_as, events, 10)[0] == []
    copy = calendar.find_meeting(lunch.ical_uid)
    meetings.respond(tenant, alex, copy.id, Reply.ACCEPT, MessageDisposition.SEND_AND_SAVE_COPY, "")
    assert select_page(by_show_as, events, 10)[0] == [copy]


MESSAGE_QUERIES = [
    {},
    {"skip": "3", "top": "4"},
    {"orderby": "Subject"},
    {"orderby": "Subject desc, Importance", "skip": "2", "top": "3"},
    {"filter": "IsRead eq false"},
    {"filter": "IsRead eq false", "orderby": "Importance desc, Subject"},
]


def test_the_mailbox_list_leaves_out_deleted_items_through_moves() -> None:
    """GET /me/messages' list (Deleted Items and the folders below it left out) pages as the old way would over
    the messages kept, in every pipeline path (plain, filtered, sorted by an index), through moves in and out."""
    rng = random.Random(5)
    mail = Tenant.with_default_users().find_user("admin@contoso.com").mailbox.mail
    deleted = mail.well_known["deleteditems"].id
    work = mail.create_folder("Work")
    below = mail.create_folder("Old", deleted)
    folders = [mail.well_known["inbox"].id, mail.well_known["drafts"].id, work.id, deleted, below.id]
    for _ in range(30):
        fields = {
            "subject": rng.choice("abcAB"),
            "is_read": rng.random() < 0.5,
            "importance": rng.choice(list(Importance)),
        }
        mail.create_message(fields, rng.choice(folders))
    view = V2_VIEWS[0]

    def render(message):
        return v2_mail.render_message(message, view)

    for round_ in range(4):
        left_out = mail.unlisted_folder_ids()
        assert (deleted in left_out, below.id in left_out, work.id in left_out) == (True, True, round_ == 3)
        kept = [m for m in mail.messages.values() if m.folder_id not in left_out]
        assert list(mail.messages.members(all_but(left_out))) == kept
        for options in MESSAGE_QUERIES:
            query = parse_query(options, v2_mail.MESSAGE_SHAPE)
            listing = StoredList(v2_mail.MESSAGE_KIND, view, render, mail.messages, all_but(left_out))
            page, more = select_page(query, listing, 5)
            assert ([m.id for m in page], more) == _old_way(query, kept, render, 5), options
        for message in rng.sample(list(mail.messages.values()), 6):  # moves in, out and within
            mail.move_message(message.id, rng.choice(folders))
        if round_ == 2:
            mail.move_folder(work.id, below.id)  # a whole folder deleted: its messages leave the list


def test_item_table_counts_and_indexes_follow_writes() -> None:
    table = ItemTable(container=lambda item: item["box"], counted=lambda item: item["flag"])
    table["a"] = {"box": 1, "flag": True, "k": 3}
    table["b"] = {"box": 1, "flag": False, "k": 1}
    table["c"] = {"box": 2, "flag": True, "k": 2}
    index = table.sorted_index(1, "k", lambda item: item["k"])
    assert [e[2] for e in index.entries()] == ["b", "a"] and table.count_where(1) == 1
    table["b"] = {"box": 2, "flag": True, "k": 0}  # moved to another container
    assert [e[2] for e in index.entries()] == ["a"] and table.count(2) == 2 and table.count_where(2) == 2
    table.pop("a")
    assert list(index.entries()) == [] and table.count(1) == 0 and table.count_where(1) == 0
    assert [i["k"] for i in table.members(ALL)] == [2, 0]  # b went last: it changed container
    assert list(table.copy().members(2)) == list(table.members(2))


def test_the_budget_stops_a_long_scan() -> None:
    tenant = Tenant.with_default_users()
    store = tenant.find_user("admin@contoso.com").mailbox.tasks
    for i in range(3000):
        store.create_task({"subject": f"t{i}", "status": TaskStatus.IN_PROGRESS})
    view = V2_VIEWS[0]
    listing = StoredList(v2.TASK_KIND, view, lambda t: v2.render_task(t, view), store.tasks, ALL)
    query = parse_query({"filter": "Subject eq 'none'"}, v2.TASK_SHAPE)
    assert select_page(query, listing, 10, Budget(5.0)) == ([], False)
    from outlook_mock.errors import ErrorRestrictionTooComplex

    with pytest.raises(ErrorRestrictionTooComplex, match="within the 0 ms"):
        select_page(query, listing, 10, Budget(0.0))


def test_expand_on_a_list_expands_the_page_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """``$expand=Attachments`` on a list costs O(page): only the page's members are expanded (StoredList.expand)."""
    from outlook_mock.inprocess import mock_tenant
    from outlook_mock.wire.v2 import attached

    expanded: list[str] = []
    render = attached.AttachmentHandlers._render

    def counted(self, attachment, item_id, view):
        expanded.append(item_id)
        return render(self, attachment, item_id, view)

    monkeypatch.setattr(attached.AttachmentHandlers, "_render", counted)
    tenant = Tenant.with_default_users()
    mail = tenant.find_user("admin@contoso.com").mailbox.mail
    for i in range(30):
        message = mail.create_message({"subject": f"m{i}"}, mail.well_known["drafts"].id)
        mail.add_attachment(message.id, v2.parse_attachment(_file("f"), lambda value, field: None))
    with mock_tenant(tenant=tenant) as mock:
        answer = mock.sync_client.get(
            "/api/v2.0/me/messages", params={"$expand": "Attachments"}, headers={"Prefer": "odata.maxpagesize=3"}
        )
    page = answer.json()["value"]
    assert [len(m["Attachments"]) for m in page] == [1, 1, 1] and sorted(expanded) == sorted(m["Id"] for m in page)
