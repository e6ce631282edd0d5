"""Meetings between the mailboxes of one tenant (store/meetings.py): invitations, responses and their message
dispositions, the organizer's updates and cancellations, deleted events in Deleted Items (no HTTP)."""

from __future__ import annotations

from datetime import datetime

import pytest

from outlook_mock.errors import (
    ErrorCalendarIsCancelledForAccept,
    ErrorCalendarIsCancelledForDecline,
    ErrorCalendarIsCancelledForTentative,
    ErrorCalendarIsOrganizerForAccept,
    ErrorCalendarIsOrganizerForDecline,
    ErrorCalendarIsOrganizerForTentative,
    ErrorItemNotFound,
)
from outlook_mock.store import Tenant, meetings
from outlook_mock.store.calendar import Attendee, AttendeeType, Event, FreeBusyStatus, ResponseType
from outlook_mock.store.mail import EmailAddress, MeetingMessageType, Message
from outlook_mock.store.meetings import MessageDisposition, Reply
from outlook_mock.store.tenant import User
from outlook_mock.store.values import BodyType, ItemBody, LocalDateTime

SEND_AND_SAVE, SEND_ONLY, SAVE_ONLY = (
    MessageDisposition.SEND_AND_SAVE_COPY,
    MessageDisposition.SEND_ONLY,
    MessageDisposition.SAVE_ONLY,
)


def _at(text: str) -> LocalDateTime:
    return LocalDateTime(datetime.fromisoformat(text), "UTC")


@pytest.fixture
def tenant() -> Tenant:
    return Tenant.with_default_users()


@pytest.fixture
def admin(tenant: Tenant) -> User:
    return tenant.find_user("admin@contoso.com")


@pytest.fixture
def alex(tenant: Tenant) -> User:
    return tenant.find_user("alex@contoso.com")


def _attendee(address: str, kind: AttendeeType = AttendeeType.REQUIRED, name: str | None = None) -> Attendee:
    return Attendee(EmailAddress(name or address.split("@")[0], address), kind)


def _meeting(tenant: Tenant, organizer: User, *attendees: Attendee, **fields: object) -> Event:
    """The seed's lunch, organised by ``organizer`` (alex and someone outside the tenant by default)."""
    invited = attendees or (_attendee("alex@contoso.com"), _attendee("hope@example.com", AttendeeType.OPTIONAL))
    body = {
        "subject": "Lunch",
        "body": ItemBody(BodyType.HTML, "Let's meet for lunch and go over the project plan."),
        "start": _at("2014-02-13T20:30:00"),
        "end": _at("2014-02-13T21:00:00"),
        "location": "Cafeteria",
        "attendees": invited,
        **fields,
    }
    return meetings.create_event(tenant, organizer, body)


def _mail(user: User, folder: str, kind: MeetingMessageType | None = None, class_name: str | None = None):
    found = user.mailbox.mail.list_messages(folder)
    return [
        m
        for m in found
        if (kind is None or m.meeting_message_type is kind) and (class_name is None or m.class_name == class_name)
    ]


def _copy(user: User, master: Event) -> Event | None:
    return user.mailbox.calendar.find_meeting(master.ical_uid)


def _status(master: Event, address: str):
    return next(a.status for a in master.attendees if a.is_(address))


# -- invitations ----------------------------------------------------------------------------------------------
def test_an_event_without_attendees_sends_nothing(tenant: Tenant, admin: User, alex: User) -> None:
    event = meetings.create_event(
        tenant, admin, {"subject": "alone", "start": _at("2014-07-02T18:00:00"), "end": _at("2014-07-02T19:00:00")}
    )
    assert event.is_organizer and event.organizer == EmailAddress("Administrator", "admin@contoso.com")
    assert alex.mailbox.mail.list_messages() == [] and admin.mailbox.mail.list_messages() == []
    assert alex.mailbox.calendar.all_events() == []


def test_invitation_copies_the_meeting_and_delivers_a_request(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin, show_as=FreeBusyStatus.FREE)
    copy = _copy(alex, master)
    assert copy is not None and copy.id != master.id and copy.calendar_id == alex.mailbox.calendar.default.id
    assert (copy.subject, copy.start, copy.end, copy.location) == (
        master.subject,
        master.start,
        master.end,
        "Cafeteria",
    )
    assert copy.is_organizer is False and copy.response.response is ResponseType.NOT_RESPONDED
    assert copy.show_as is FreeBusyStatus.TENTATIVE and copy.is_cancelled is False
    assert copy.organizer == EmailAddress("Administrator", "admin@contoso.com")
    # the request: in alex's Inbox, unread, naming alex's copy; required attendees in To, the others in Cc
    [request] = _mail(alex, "Inbox")
    assert (request.class_name, request.meeting_message_type) == (
        "IPM.Schedule.Meeting.Request",
        MeetingMessageType.MEETING_REQUEST,
    )
    assert request.event_id == copy.id and request.is_read is False and request.is_draft is False
    assert request.subject == "Lunch" and request.body_preview == "Let's meet for lunch and go over the project plan."
    assert request.from_ == request.sender == EmailAddress("Administrator", "admin@contoso.com")
    assert [r.address for r in request.to_recipients] == ["alex@contoso.com"]
    assert [r.address for r in request.cc_recipients] == ["hope@example.com"]
    # the organizer keeps the request sent (naming the master), receives nothing; nobody has answered yet
    [sent] = _mail(admin, "SentItems", MeetingMessageType.MEETING_REQUEST)
    assert sent.event_id == master.id and _mail(admin, "Inbox") == []
    assert all(a.status.response is ResponseType.NONE and a.status.time is None for a in master.attendees)
    assert len(alex.mailbox.calendar.all_events()) == 1 and len(admin.mailbox.calendar.all_events()) == 1


def test_attendee_addresses_match_case_insensitively(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin, _attendee("ALEX@Contoso.com"))
    assert _copy(alex, master) is not None and len(_mail(alex, "Inbox")) == 1


def test_the_organizer_listed_as_attendee_gets_nothing(tenant: Tenant, admin: User) -> None:
    _meeting(tenant, admin, _attendee("admin@contoso.com"))
    assert _mail(admin, "Inbox") == [] and len(admin.mailbox.calendar.all_events()) == 1


# -- responses ----------------------------------------------------------------------------------------------------
def test_accept_send_and_save_copy(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin, show_as=FreeBusyStatus.FREE)
    copy = _copy(alex, master)
    key = copy.change_key
    meetings.respond(tenant, alex, copy.id, Reply.ACCEPT, SEND_AND_SAVE, "I'll be there!")
    assert copy.response.response is ResponseType.ACCEPTED and copy.response.time is not None
    assert copy.show_as is FreeBusyStatus.FREE, "an accepted meeting shows as the organizer set it"
    assert copy.change_key != key
    [response] = _mail(admin, "Inbox")
    assert (response.class_name, response.meeting_message_type) == (
        "IPM.Schedule.Meeting.Resp.Pos",
        MeetingMessageType.MEETING_ACCEPTED,
    )
    assert response.subject == "Accepted: Lunch" and response.body.content == "I'll be there!"
    assert response.event_id == master.id and response.from_.address == "alex@contoso.com"
    assert [r.address for r in response.to_recipients] == ["admin@contoso.com"] and response.is_read is False
    status = _status(master, "alex@contoso.com")
    assert status.response is ResponseType.ACCEPTED and status.time == copy.response.time
    assert _status(master, "hope@example.com").response is ResponseType.NONE
    [kept] = _mail(alex, "SentItems", MeetingMessageType.MEETING_ACCEPTED)
    assert kept.body.content == "I'll be there!" and kept.is_draft is False and kept.event_id == copy.id
    assert _mail(alex, "Drafts") == []


def test_send_only_keeps_no_copy(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin)
    meetings.respond(tenant, alex, _copy(alex, master).id, Reply.ACCEPT, SEND_ONLY)
    assert len(_mail(admin, "Inbox", MeetingMessageType.MEETING_ACCEPTED)) == 1
    assert _status(master, "alex@contoso.com").response is ResponseType.ACCEPTED
    assert _mail(alex, "SentItems") == [] and _mail(alex, "Drafts") == []


def test_save_only_keeps_a_draft_and_sends_nothing(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin)
    copy = _copy(alex, master)
    meetings.respond(tenant, alex, copy.id, Reply.TENTATIVE, SAVE_ONLY, "maybe")
    [draft] = _mail(alex, "Drafts")
    assert draft.is_draft is True and draft.sent is None and draft.body.content == "maybe"
    assert draft.meeting_message_type is MeetingMessageType.MEETING_TENTATIVELY_ACCEPTED
    assert _mail(admin, "Inbox") == [] and _mail(alex, "SentItems") == []
    assert _status(master, "alex@contoso.com").response is ResponseType.NONE, "the organizer learns nothing"


def test_tentative(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin, show_as=FreeBusyStatus.BUSY)
    copy = _copy(alex, master)
    meetings.respond(tenant, alex, copy.id, Reply.TENTATIVE, SEND_AND_SAVE)
    assert copy.show_as is FreeBusyStatus.TENTATIVE and copy.response.response is ResponseType.TENTATIVELY_ACCEPTED
    [response] = _mail(admin, "Inbox")
    assert (response.class_name, response.subject) == ("IPM.Schedule.Meeting.Resp.Tent", "Tentative: Lunch")
    assert response.meeting_message_type is MeetingMessageType.MEETING_TENTATIVELY_ACCEPTED
    assert response.meeting_message_type.value == "MeetingTenativelyAccepted"  # sic, the preview model's spelling
    assert _status(master, "alex@contoso.com").response is ResponseType.TENTATIVELY_ACCEPTED


def test_decline_moves_the_meeting_to_deleted_items(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin)
    copy = _copy(alex, master)
    meetings.respond(tenant, alex, copy.id, Reply.DECLINE, SEND_AND_SAVE, "sorry")
    with pytest.raises(ErrorItemNotFound):
        alex.mailbox.calendar.get_event(copy.id)
    [deleted] = _mail(alex, "DeletedItems")
    assert (deleted.class_name, deleted.subject) == ("IPM.Appointment", "Lunch")
    [response] = _mail(admin, "Inbox")
    assert (response.class_name, response.subject, response.body.content) == (
        "IPM.Schedule.Meeting.Resp.Neg",
        "Declined: Lunch",
        "sorry",
    )
    assert response.meeting_message_type is MeetingMessageType.MEETING_DECLINED
    assert _status(master, "alex@contoso.com").response is ResponseType.DECLINED
    assert len(_mail(alex, "SentItems", MeetingMessageType.MEETING_DECLINED)) == 1


def test_no_response_requested_sends_nothing(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin, response_requested=False)
    copy = _copy(alex, master)
    assert copy.response_requested is False
    meetings.respond(tenant, alex, copy.id, Reply.ACCEPT, SEND_AND_SAVE, "fine")
    assert copy.response.response is ResponseType.ACCEPTED, "the attendee's own calendar still records the answer"
    assert _mail(admin, "Inbox") == [] and _status(master, "alex@contoso.com").response is ResponseType.NONE
    assert _mail(alex, "SentItems") == []


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply.ACCEPT, ErrorCalendarIsOrganizerForAccept),
        (Reply.DECLINE, ErrorCalendarIsOrganizerForDecline),
        (Reply.TENTATIVE, ErrorCalendarIsOrganizerForTentative),
    ],
)
def test_the_organizer_cannot_respond(tenant: Tenant, admin: User, reply: Reply, error: type) -> None:
    master = _meeting(tenant, admin)
    with pytest.raises(error):
        meetings.respond(tenant, admin, master.id, reply, SEND_AND_SAVE)
    assert master.is_organizer and admin.mailbox.mail.list_messages("Inbox") == []


# -- the organizer's updates and cancellations ----------------------------------------------------------------------
def test_an_update_follows_to_the_copies_and_keeps_answers(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin)
    copy = _copy(alex, master)
    meetings.respond(tenant, alex, copy.id, Reply.ACCEPT, SEND_ONLY)
    master = meetings.update_event(tenant, admin, master.id, {"location": "Your office", "subject": "Lunch (moved)"})
    assert _copy(alex, master) is copy and (copy.location, copy.subject) == ("Your office", "Lunch (moved)")
    assert copy.response.response is ResponseType.ACCEPTED, "a change of place keeps the answers"
    assert _status(master, "alex@contoso.com").response is ResponseType.ACCEPTED
    requests = _mail(alex, "Inbox", MeetingMessageType.MEETING_REQUEST)
    assert len(requests) == 2 and {r.event_id for r in requests} == {copy.id}
    assert len(alex.mailbox.calendar.all_events()) == 1, "an update brings the copy up to date, it adds none"


def test_a_new_time_asks_for_answers_again(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin, show_as=FreeBusyStatus.FREE)
    copy = _copy(alex, master)
    meetings.respond(tenant, alex, copy.id, Reply.ACCEPT, SEND_ONLY)
    master = meetings.update_event(
        tenant, admin, master.id, {"start": _at("2014-02-14T20:30:00"), "end": _at("2014-02-14T21:30:00")}
    )
    assert (copy.start, copy.end) == (master.start, master.end)
    assert copy.response.response is ResponseType.NOT_RESPONDED and copy.show_as is FreeBusyStatus.TENTATIVE
    assert _status(master, "alex@contoso.com").response is ResponseType.NONE


def test_added_attendees_are_invited_and_removed_ones_cancelled(tenant: Tenant, admin: User, alex: User) -> None:
    megan = tenant.add_user("megan@contoso.com", "Megan Bowen", "mock")
    master = _meeting(tenant, admin, _attendee("alex@contoso.com"))
    alex_copy = _copy(alex, master)
    meetings.update_event(tenant, admin, master.id, {"attendees": (_attendee("megan@contoso.com"),)})
    assert _copy(megan, master) is not None and len(_mail(megan, "Inbox", MeetingMessageType.MEETING_REQUEST)) == 1
    assert alex_copy.is_cancelled is True
    [notice] = _mail(alex, "Inbox", MeetingMessageType.MEETING_CANCELLED)
    assert notice.class_name == "IPM.Schedule.Meeting.Canceled" and notice.event_id == alex_copy.id


def test_an_attendee_changing_their_copy_sends_nothing(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin)
    copy = _copy(alex, master)
    before = len(admin.mailbox.mail.list_messages())
    changed = meetings.update_event(tenant, alex, copy.id, {"categories": ("Red",)})
    assert changed.categories == ("Red",) and admin.mailbox.calendar.get_event(master.id).categories == ()
    assert len(admin.mailbox.mail.list_messages()) == before and len(_mail(alex, "Inbox")) == 1


def test_the_organizer_deleting_cancels_for_everyone(tenant: Tenant, admin: User, alex: User) -> None:
    master = _meeting(tenant, admin)
    copy = _copy(alex, master)
    meetings.delete_event(tenant, admin, master.id)
    with pytest.raises(ErrorItemNotFound):
        admin.mailbox.calendar.get_event(master.id)
    assert [m.class_name for m in _mail(admin, "DeletedItems")] == ["IPM.Appointment"]
    assert len(_mail(admin, "SentItems", MeetingMessageType.MEETING_CANCELLED)) == 1
    assert copy.is_cancelled is True and alex.mailbox.calendar.get_event(copy.id) is copy, "the copy stays, cancelled"
    [notice] = _mail(alex, "Inbox", MeetingMessageType.MEETING_CANCELLED)
    assert notice.class_name == "IPM.Schedule.Meeting.Canceled" and notice.event_id == copy.id
    for reply, error in (
        (Reply.ACCEPT, ErrorCalendarIsCancelledForAccept),
        (Reply.DECLINE, ErrorCalendarIsCancelledForDecline),
        (Reply.TENTATIVE, ErrorCalendarIsCancelledForTentative),
    ):
        with pytest.raises(error):
            meetings.respond(tenant, alex, copy.id, reply, SEND_AND_SAVE)
    # the attendee removing the cancelled copy files it in their Deleted Items and sends nothing
    meetings.delete_event(tenant, alex, copy.id)
    assert [m.class_name for m in _mail(alex, "DeletedItems")] == ["IPM.Appointment"]
    assert len(_mail(admin, "SentItems", MeetingMessageType.MEETING_CANCELLED)) == 1


def test_a_deleted_appointment_lands_in_deleted_items(tenant: Tenant, admin: User) -> None:
    event = meetings.create_event(
        tenant,
        admin,
        {
            "subject": "dentist",
            "categories": ("Blue",),
            "start": _at("2014-07-02T18:00:00"),
            "end": _at("2014-07-02T19:00:00"),
        },
    )
    meetings.delete_event(tenant, admin, event.id)
    [item] = _mail(admin, "DeletedItems")
    assert isinstance(item, Message) and (item.class_name, item.subject, item.categories) == (
        "IPM.Appointment",
        "dentist",
        ("Blue",),
    )
    assert admin.mailbox.mail.list_messages("SentItems") == [], "no meeting: nothing sent"


def test_moving_a_message_gives_it_a_new_id(tenant: Tenant, admin: User, alex: User) -> None:
    _meeting(tenant, admin)
    [request] = _mail(alex, "Inbox")
    mail = alex.mailbox.mail
    moved = mail.move_message(request.id, "DeletedItems")
    assert moved.id != request.id and moved.folder_id == mail.get_folder("DeletedItems").id
    assert (moved.event_id, moved.meeting_message_type) == (request.event_id, request.meeting_message_type)
    with pytest.raises(ErrorItemNotFound):
        mail.get_message(request.id)
    assert mail.get_message(moved.id) is moved and _mail(alex, "Inbox") == []
