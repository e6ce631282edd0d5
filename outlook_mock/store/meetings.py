"""Meetings between the mailboxes of one tenant: invitations, responses, updates, cancellations.

An event with attendees is a meeting. The organizer's event is the master; each
attendee who is a user of the tenant gets a copy of their own in their default
calendar (sharing the master's iCalUId: that is how copies find each other), shown
as Tentative and not yet answered, plus a meeting request in their Inbox whose
EventId names that copy. External attendees are recorded on the event; nothing is
delivered to them.

- Responding (Accept, Tentative, Decline) updates the attendee's copy (a declined
  meeting leaves the calendar for Deleted Items) and, unless the organizer asked
  for no responses, sends the response to the organizer, whose master then shows
  the attendee's answer. The message disposition decides what is sent and kept:
  SendOnly sends, SendAndSaveCopy sends and keeps a copy in Sent Items, SaveOnly
  only keeps a draft in Drafts (nothing is sent, the organizer learns nothing).
- The organizer's every change to a meeting is sent as an update: copies follow
  the master, a new time asks every attendee to answer again, added attendees are
  invited and removed ones get a cancellation.
- Attachments travel with the meeting: a copy gets the master's attachments with the
  invitation and again with every update. Adding or deleting an attachment of the
  organizer's event sends nothing by itself (the reference sends updates when the
  event is changed, PATCH, and says nothing of them for its attachment operations):
  the attendees' copies get the attachments as they are with the next update, which
  the organizer's next change of the meeting sends, even one of nothing else the
  attendees see (a PATCH of the event's ``Attachments``, or of its Categories only).
- Deleting an event files it in Deleted Items; deleting a meeting as its organizer
  cancels it for every attendee (their copy stays, marked cancelled).

Both API dialects make every event write through these functions, so a meeting
behaves the same whichever API created it. The organizer keeps a copy of every
request and cancellation sent in Sent Items, as Exchange does.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..errors import (
    BadRequest,
    ErrorCalendarIsCancelledForAccept,
    ErrorCalendarIsCancelledForDecline,
    ErrorCalendarIsCancelledForTentative,
    ErrorCalendarIsOrganizerForAccept,
    ErrorCalendarIsOrganizerForDecline,
    ErrorCalendarIsOrganizerForTentative,
)
from ..faults import broken
from ..ids import new_change_key, new_id
from .attachments import Attachment, same_attachments, shared_attachments
from .calendar import Attendee, AttendeeType, Event, FreeBusyStatus, ResponseStatus, ResponseType
from .extended_properties import ExtendedProperties
from .mail import EmailAddress, MeetingMessageType
from .values import BodyType, ItemBody

if TYPE_CHECKING:
    from .tenant import Tenant, User

__all__ = ["MessageDisposition", "Reply", "create_event", "delete_event", "respond", "update_event"]


class MessageDisposition(enum.StrEnum):
    SEND_ONLY = "SendOnly"
    SAVE_ONLY = "SaveOnly"
    SEND_AND_SAVE_COPY = "SendAndSaveCopy"


@dataclass(frozen=True)
class _ReplyKind:
    response: ResponseType
    subject_prefix: str
    class_name: str
    message_type: MeetingMessageType
    organizer_error: type[BadRequest]
    cancelled_error: type[BadRequest]


class Reply(enum.Enum):
    ACCEPT = _ReplyKind(
        ResponseType.ACCEPTED,
        "Accepted",
        "IPM.Schedule.Meeting.Resp.Pos",
        MeetingMessageType.MEETING_ACCEPTED,
        ErrorCalendarIsOrganizerForAccept,
        ErrorCalendarIsCancelledForAccept,
    )
    TENTATIVE = _ReplyKind(
        ResponseType.TENTATIVELY_ACCEPTED,
        "Tentative",
        "IPM.Schedule.Meeting.Resp.Tent",
        MeetingMessageType.MEETING_TENTATIVELY_ACCEPTED,
        ErrorCalendarIsOrganizerForTentative,
        ErrorCalendarIsCancelledForTentative,
    )
    DECLINE = _ReplyKind(
        ResponseType.DECLINED,
        "Declined",
        "IPM.Schedule.Meeting.Resp.Neg",
        MeetingMessageType.MEETING_DECLINED,
        ErrorCalendarIsOrganizerForDecline,
        ErrorCalendarIsCancelledForDecline,
    )


REQUEST_CLASS = "IPM.Schedule.Meeting.Request"
CANCELLATION_CLASS = "IPM.Schedule.Meeting.Canceled"
APPOINTMENT_CLASS = "IPM.Appointment"
# What an attendee's copy takes from the master on every update.
# (Not categories, reminders or ShowAs: those are each mailbox's own.)
_SHARED = ("subject", "body", "body_preview", "importance", "sensitivity", "start", "end", "is_all_day")
_SHARED += ("location", "attendees", "recurrence", "response_requested")
# A change to any of these asks attendees to answer again.
_WHEN = ("start", "end", "is_all_day", "recurrence")


def _now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def user_address(user: User) -> EmailAddress:
    """A user as a recipient or sender (also delivery.py's)."""
    return EmailAddress(user.display_name, user.email)


# -- the API ------------------------------------------------------------------------------
def create_event(
    tenant: Tenant,
    user: User,
    fields: Mapping[str, Any],
    calendar_id: str | None = None,
    attachments: Iterable[Callable[[str, datetime], Attachment]] = (),
) -> Event:
    """A new event in one of ``user``'s calendars (with the ``attachments`` its body carried, which the attendees'
    copies share); with attendees, a meeting request goes to each."""
    event = user.mailbox.calendar.create_event(fields, calendar_id)
    user.mailbox.calendar.attach_all(event, attachments)
    if event.organizer is None:
        event.organizer = user_address(user)
    _invite(tenant, user, event, event.attendees)
    return event


def update_event(
    tenant: Tenant,
    user: User,
    event_id: str,
    fields: Mapping[str, Any],
    attachments: Iterable[Callable[[str, datetime], Attachment]] = (),
) -> Event:
    """Change an event (and add the ``attachments`` its body carried); as a meeting's organizer, send the update to
    its attendees, with the meeting's attachments."""
    calendar = user.mailbox.calendar
    before = calendar.get_event(event_id)
    before_attendees, before_when = before.attendees, tuple(getattr(before, f) for f in _WHEN)
    before_shared = tuple(getattr(before, f) for f in _SHARED)
    event = calendar.update_event(event_id, fields)
    calendar.attach_all(calendar.attachment_host(event.id), attachments)  # first: the update carries them
    if event.series_master_id is not None:
        return event  # one occurrence changed: attendees' copies are series, not updated one date at a time
    if not event.is_organizer or not (event.attendees or before_attendees) or broken("meeting_update_not_sent"):
        return event
    if tuple(getattr(event, f) for f in _SHARED) == before_shared and not _attachments_unsent(tenant, user, event):
        return event  # nothing the attendees see changed (e.g. only Categories or a reminder): no update
    rescheduled = tuple(getattr(event, f) for f in _WHEN) != before_when
    event.attendees = tuple(_keep_answer(a, before_attendees, rescheduled) for a in event.attendees)
    removed = [a for a in before_attendees if not any(b.is_(a.email.address) for b in event.attendees)]
    _cancel(tenant, user, event, removed)
    _invite(tenant, user, event, event.attendees, rescheduled=rescheduled)
    return event


def delete_event(tenant: Tenant, user: User, event_id: str) -> None:
    """Move an event to Deleted Items; a meeting deleted by its organizer is cancelled for everyone."""
    event = _to_deleted_items(user, event_id)
    if event.series_master_id is not None:
        return  # one occurrence removed: the series stays, for the attendees too
    if event.is_organizer and event.attendees and not event.is_cancelled:
        _cancel(tenant, user, event, event.attendees)


def respond(
    tenant: Tenant,
    user: User,
    event_id: str,
    reply: Reply,
    disposition: MessageDisposition | None,
    comment: str = "",
) -> None:
    """``user`` answers a meeting they were invited to (the preview's Accept, Decline and Tentative; v2.0's accept,
    decline and tentativelyaccept).

    ``disposition`` None answers without telling the organizer (v2.0's ``SendResponse: false``): the copy changes
    (a declined one leaves the calendar), nothing is sent or kept, and the organizer's event shows no answer.
    One occurrence of a series is answered on its own: the attendee's occurrence becomes an exception carrying the
    answer (declined: that date leaves their calendar); the organizer gets the response message, and their
    series keeps the attendee's answer to the whole series.
    """
    kind = reply.value
    event = user.mailbox.calendar.get_event(event_id)
    if event.is_organizer:
        raise kind.organizer_error("The organizer cannot respond to their own meeting.")
    if event.is_cancelled:
        raise kind.cancelled_error("The meeting has been cancelled; it cannot be responded to.")
    organizer = tenant.find_user(event.organizer.address or "") if event.organizer else None
    master = organizer.mailbox.calendar.find_meeting(event.ical_uid) if organizer else None
    answer = ResponseStatus(kind.response, _now())
    if reply is Reply.DECLINE and not broken("declined_meeting_kept"):
        _to_deleted_items(user, event.id)
    else:
        shown = FreeBusyStatus.TENTATIVE if reply is Reply.TENTATIVE else (master.show_as if master else None)
        event = user.mailbox.calendar.set_response(event.id, answer, shown or FreeBusyStatus.BUSY)
    if disposition is None and not broken("send_response_ignored"):
        return  # SendResponse false: nothing is sent or kept
    message = {
        "subject": f"{kind.subject_prefix}: {event.subject}",
        "body": ItemBody(BodyType.TEXT, comment),
        "from_": user_address(user),
        "sender": user_address(user),
        "to_recipients": (event.organizer,) if event.organizer else (),
    }
    # A declined meeting left the calendar: the response names no event of this mailbox.
    event_id = None if reply is Reply.DECLINE and event.id not in user.mailbox.calendar.events else event.id
    kept = {"class_name": kind.class_name, "meeting_message_type": kind.message_type, "event_id": event_id}
    if disposition is MessageDisposition.SAVE_ONLY:
        if not broken("message_disposition_ignored"):
            user.mailbox.mail.file("Drafts", message, **kept, is_draft=True, sent=None, received=None)
        return
    if not event.response_requested:
        return  # the organizer asked for no responses: nothing is sent
    if organizer is not None and not broken("meeting_response_not_sent"):
        delivered = {**kept, "event_id": master.id if master else None}
        organizer.mailbox.mail.file("Inbox", {**message, "is_read": False}, **delivered, is_draft=False)
        if master is not None and event.series_master_id is None:
            master.attendees = tuple(replace(a, status=answer) if a.is_(user.email) else a for a in master.attendees)
            organizer.mailbox.calendar.touch(master)
    if disposition is MessageDisposition.SEND_AND_SAVE_COPY or broken("message_disposition_ignored"):
        user.mailbox.mail.file("SentItems", message, **kept, is_draft=False)


# -- delivery ---------------------------------------------------------------------------------
def _invite(
    tenant: Tenant, organizer: User, event: Event, attendees: Iterable[Attendee], *, rescheduled: bool = False
) -> None:
    """Send a request (first invitation or update) to each attendee in the tenant; keep one in Sent Items."""
    attendees = tuple(attendees)
    if not attendees or broken("meeting_request_not_delivered"):
        return
    request = _meeting_message(organizer, event, event.subject)
    request_kind = (REQUEST_CLASS, MeetingMessageType.MEETING_REQUEST)
    for attendee in attendees:
        user = tenant.find_user(attendee.email.address or "")
        if user is None or user is organizer:
            continue  # outside the tenant: recorded on the event, nothing delivered
        copy = _attendee_copy(user, organizer, event, rescheduled)
        user.mailbox.mail.file("Inbox", {**request, "is_read": False}, **_kind(*request_kind, copy.id))
    organizer.mailbox.mail.file("SentItems", request, **_kind(*request_kind, event.id))


def _cancel(tenant: Tenant, organizer: User, event: Event, attendees: Iterable[Attendee]) -> None:
    """Tell each attendee in the tenant that the meeting is off (their copy stays, marked cancelled)."""
    attendees = tuple(attendees)
    if not attendees or broken("meeting_cancellation_not_sent"):
        return
    notice = _meeting_message(organizer, event, f"Canceled: {event.subject}")
    for attendee in attendees:
        user = tenant.find_user(attendee.email.address or "")
        if user is None or user is organizer:
            continue
        copy = user.mailbox.calendar.find_meeting(event.ical_uid)
        if copy is not None:
            copy.is_cancelled = True
            copy.subject = f"Canceled: {copy.subject}"
            user.mailbox.calendar.touch(copy)
        user.mailbox.mail.file(
            "Inbox",
            {**notice, "is_read": False},
            **_kind(CANCELLATION_CLASS, MeetingMessageType.MEETING_CANCELLED, copy.id if copy else None),
        )
    organizer.mailbox.mail.file(
        "SentItems", notice, **_kind(CANCELLATION_CLASS, MeetingMessageType.MEETING_CANCELLED, event.id)
    )


def _attendee_copy(user: User, organizer: User, master: Event, rescheduled: bool) -> Event:
    """``user``'s copy of the meeting, made or brought up to date with the master."""
    calendar = user.mailbox.calendar
    shared = {name: getattr(master, name) for name in _SHARED}
    copy = calendar.find_meeting(master.ical_uid)
    if copy is None:
        copy = replace(
            master,
            id=new_id("event"),
            change_key=new_change_key(),
            organizer=master.organizer or user_address(organizer),
            response=ResponseStatus(ResponseType.NOT_RESPONDED),
            show_as=FreeBusyStatus.TENTATIVE,
            is_cancelled=False,
            extended=ExtendedProperties(),  # extended properties belong to one mailbox's item
            attachments=shared_attachments(master),
        )
        return calendar.add_event(copy)
    for name, value in shared.items():
        setattr(copy, name, value)
    if not broken("meeting_attachments_not_updated"):
        copy.attachments = shared_attachments(master)  # as the master has them now: added, changed, deleted
    copy.is_cancelled = False
    if rescheduled:
        copy.response = ResponseStatus(ResponseType.NOT_RESPONDED)
        copy.show_as = FreeBusyStatus.TENTATIVE
    calendar.touch(copy)
    return copy


def _attachments_unsent(tenant: Tenant, organizer: User, event: Event) -> bool:
    """Whether an attendee's copy shows other attachments than the master: some were added, changed or deleted
    since the last update (which the next one sends). O(attendees), as sending the update is."""
    for attendee in event.attendees:
        user = tenant.find_user(attendee.email.address or "")
        copy = None if user is None or user is organizer else user.mailbox.calendar.find_meeting(event.ical_uid)
        if copy is not None and not same_attachments(copy, event):
            return True
    return False


def _meeting_message(organizer: User, event: Event, subject: str) -> dict[str, Any]:
    """The fields of a request or cancellation: required attendees in To, optional and resources in Cc."""
    to = tuple(a.email for a in event.attendees if a.type is AttendeeType.REQUIRED)
    cc = tuple(a.email for a in event.attendees if a.type is not AttendeeType.REQUIRED)
    return {
        "subject": subject,
        "body": event.body,
        "importance": event.importance,
        "from_": user_address(organizer),
        "sender": user_address(organizer),
        "to_recipients": to,
        "cc_recipients": cc,
    }


def _kind(class_name: str, message_type: MeetingMessageType, event_id: str | None) -> dict[str, Any]:
    return {"class_name": class_name, "meeting_message_type": message_type, "event_id": event_id, "is_draft": False}


def _keep_answer(attendee: Attendee, before: tuple[Attendee, ...], rescheduled: bool) -> Attendee:
    """An attendee still invited keeps their answer, unless the meeting moved (they must answer again)."""
    previous = next((a for a in before if a.is_(attendee.email.address)), None)
    if previous is None or rescheduled:
        return replace(attendee, status=ResponseStatus())
    return replace(attendee, status=previous.status)


def _to_deleted_items(user: User, event_id: str) -> Event:
    event = user.mailbox.calendar.delete_event(event_id)
    if not broken("deleted_event_not_in_deleted_items"):
        fields = {"subject": event.subject, "body": event.body, "importance": event.importance}
        user.mailbox.mail.file(
            "DeletedItems", {**fields, "categories": event.categories}, class_name=APPOINTMENT_CLASS, is_draft=False
        )
    return event
