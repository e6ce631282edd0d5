"""Meetings between two users of the tenant through the 2014 preview (seed 002: 响应会议请求): the request in the
attendee's Inbox and its EventId, Accept/Tentative/Decline with MessageDisposition and Comment, the organizer's
updates and cancellation, and the seed's last step, moving the request to Deleted Items.

The first user organises, the second (``OUTLOOK_TOKEN_2``) attends; each user's address is read from the
``Users('{address}')`` of their own links.
"""

from __future__ import annotations

import httpx

from ..api import Api, ews_id, expect_error, key, ok, rest_id
from ..target import API_ROOT
from . import rule
from .preview import (
    address_of,
    attendee_session,
    by_subject,
    event_path,
    ids,
    invite,
    meeting_mail,
    preview,
    sweep_messages,
    unique,
)

UNSET = "0001-01-01T00:00:00Z"
# The seed's meeting (its sample event and meeting request are a lunch at the cafeteria).
LUNCH = {
    "Body": {"ContentType": "HTML", "Content": "Let's meet for lunch and go over the project plan."},
    "Start": "2014-02-13T20:30:00Z",
    "End": "2014-02-13T21:00:00Z",
    "Location": {"DisplayName": "Cafeteria"},
}
SHARED = ("Subject", "Start", "End", "Location", "IsAllDay", "Importance", "ResponseRequested", "Type")


def _respond(
    attendee: Api, event_id: str, action: str, disposition: str | None, comment: str | None = None
) -> httpx.Response:
    """POST Events(id)/{action}?MessageDisposition=…, with a Comment or an empty body."""
    params = None if disposition is None else {"MessageDisposition": disposition}
    body = None if comment is None else {"Comment": comment}
    return attendee.post(f"{event_path(event_id)}/{action}", body, params=params)


def _accepted(answer: httpx.Response) -> None:
    assert answer.status_code == 202, f"expected 202 Accepted, got {answer.status_code}: {answer.text}"
    assert not answer.content, f"a meeting response answers with no body: {answer.text}"


def _status(p: Api, event_id: str, address: str) -> dict:
    """An attendee's Status on the organizer's event."""
    attendees = ok(p.get(event_path(event_id)))["Attendees"]
    found = [a for a in attendees if (a["Address"] or "").lower() == address.lower()]
    assert len(found) == 1, f"{address} is not an attendee of the organizer's event: {attendees}"
    return found[0]["Status"]


def _response_in(p: Api, folder: str, subject: str, kind: str) -> dict:
    found = meeting_mail(p, folder, subject, kind)
    assert len(found) == 1, f"expected one {kind} about {subject!r} in {folder}, got {found}"
    return found[0]


@rule("meetings.invitation", "meeting_request_not_delivered", "shared_mailbox", users=2)
def invitation(api: Api) -> None:
    """Creating an event with attendees sends each attendee a meeting request naming their copy of the event.

    IPM.Schedule.Meeting.Request, MeetingMessageType MeetingRequest; the copy shows Tentative, IsOrganizer false; the
    organizer cannot respond to their own meeting (400 ErrorCalendarIsOrganizerFor…).
    """
    attendee = attendee_session(api)
    p = preview(api)
    organizer, guest = address_of(p), address_of(attendee)
    assert organizer.lower() != guest.lower(), f"both users' links name the mailbox {organizer}"
    subject = unique("Lunch")
    event, copy, request = invite(api, attendee, subject, ShowAs="Busy", **LUNCH)
    # the request: the seed's sample message
    inbox = ok(attendee.get("Me/Folders('Inbox')"))
    expected = {
        "ClassName": "IPM.Schedule.Meeting.Request",
        "MeetingMessageType": "MeetingRequest",
        "Subject": subject,
        "BodyPreview": "Let's meet for lunch and go over the project plan.",
        "ParentFolderId": inbox["Id"],
        "IsDraft": False,
        "IsRead": False,
        "EventId": copy["Id"],
    }
    for name, value in expected.items():
        assert request[name] == value, f"meeting request {name}: expected {value!r}, got {request[name]!r}"
    for sender in ("From", "Sender"):
        assert request[sender]["Address"].lower() == organizer.lower(), f"{sender}: {request[sender]}"
    assert guest.lower() in [r["Address"].lower() for r in request["ToRecipients"]], request["ToRecipients"]
    assert request["DateTimeSent"] and request["DateTimeReceived"], request
    assert ok(attendee.get(f"Me/Messages('{key(request['Id'])}')"))["EventId"] == copy["Id"]
    # the attendee's copy: the seed's sample event (IsOrganizer false, ShowAs Tentative)
    for name in SHARED:
        assert copy[name] == event[name], f"the attendee's copy {name}: {copy[name]!r}, the organizer's {event[name]!r}"
    assert (copy["IsOrganizer"], copy["ShowAs"], copy["IsCancelled"]) == (False, "Tentative", False), copy
    assert [a["Address"] for a in copy["Attendees"]] == [a["Address"] for a in event["Attendees"]]
    assert copy["Id"] in ids(attendee, "Me/Calendar/Events"), "the copy is in the attendee's default calendar"
    # the organizer's event: the attendees recorded, nobody has answered; outsiders get nothing
    mine = ok(p.get(event_path(event["Id"])))
    assert (mine["IsOrganizer"], mine["ShowAs"]) == (True, "Busy"), mine
    assert [a["Type"] for a in mine["Attendees"]] == ["Required", "Optional"], mine["Attendees"]
    assert _status(p, event["Id"], guest) == {"Response": "None", "Time": UNSET}
    assert meeting_mail(p, "Inbox", subject, "MeetingRequest") == [], "the organizer invited themselves"
    for action, code in (
        ("Accept", "ErrorCalendarIsOrganizerForAccept"),
        ("Decline", "ErrorCalendarIsOrganizerForDecline"),
        ("Tentative", "ErrorCalendarIsOrganizerForTentative"),
    ):
        expect_error(_respond(p, event["Id"], action, "SendAndSaveCopy"), 400, code)
    assert ok(p.get(event_path(event["Id"])))["IsOrganizer"] is True


@rule("meetings.seed_accept_flow", "meeting_response_not_sent", "moved_message_keeps_id", "shared_mailbox", users=2)
def seed_accept_flow(api: Api) -> None:
    """The seed's flow: Accept the request's event with a Comment, then move the request to Deleted Items.

    Accept?MessageDisposition=SendAndSaveCopy is a 202; the organizer gets the response and sees Accepted; a copy is
    in Sent Items; POST Messages(id)/Move is a 201 with a new Id.
    """
    attendee = attendee_session(api)
    p = preview(api)
    guest = address_of(attendee)
    subject = unique("Lunch")
    event, copy, request = invite(api, attendee, subject, ShowAs="Free", **LUNCH)
    assert copy["ShowAs"] == "Tentative"
    _accepted(_respond(attendee, request["EventId"], "Accept", "SendAndSaveCopy", "I'll be there!"))
    # the attendee's event: shown as the organizer set it, answered Accepted (v2.0's ResponseStatus tells)
    answered = ok(attendee.get(event_path(copy["Id"])))
    assert answered["ShowAs"] == "Free", f"an accepted meeting shows as the organizer set it: {answered['ShowAs']}"
    v2 = ok(attendee.get(attendee.url(f"me/events('{key(rest_id(copy['Id']))}')", API_ROOT)))
    assert v2["ResponseStatus"]["Response"] == "Accepted", v2["ResponseStatus"]
    # the organizer: the response in the Inbox, the attendee's Status on the event
    response = _response_in(p, "Inbox", subject, "MeetingAccepted")
    assert response["ClassName"] == "IPM.Schedule.Meeting.Resp.Pos", response["ClassName"]
    assert response["Subject"] == f"Accepted: {subject}", response["Subject"]
    assert "I'll be there!" in response["Body"]["Content"], response["Body"]
    assert response["From"]["Address"].lower() == guest.lower() and response["IsDraft"] is False, response
    status = _status(p, event["Id"], guest)
    assert status["Response"] == "Accepted" and status["Time"] != UNSET, status
    # SendAndSaveCopy: the response is kept in the attendee's Sent Items
    sent = _response_in(attendee, "SentItems", subject, "MeetingAccepted")
    assert "I'll be there!" in sent["Body"]["Content"] and sent["IsDraft"] is False, sent
    # the seed's last step: move the request from the Inbox to Deleted Items
    moved = ok(attendee.post(f"Me/Messages('{key(request['Id'])}')/Move", {"DestinationId": "DeletedItems"}), 201)
    deleted_items = ok(attendee.get("Me/Folders('DeletedItems')"))
    assert moved["Id"] != request["Id"], "a moved message gets a new Id"
    assert moved["ParentFolderId"] == deleted_items["Id"], moved["ParentFolderId"]
    assert (moved["Subject"], moved["MeetingMessageType"]) == (subject, "MeetingRequest"), moved
    expect_error(attendee.get(f"Me/Messages('{key(request['Id'])}')"), 404, "ErrorItemNotFound")
    assert ok(attendee.get(f"Me/Messages('{key(moved['Id'])}')"))["ParentFolderId"] == deleted_items["Id"]
    assert [m["Id"] for m in meeting_mail(attendee, "DeletedItems", subject, "MeetingRequest")] == [moved["Id"]]
    assert meeting_mail(attendee, "Inbox", subject, "MeetingRequest") == []
    gone = attendee.at(API_ROOT).mail_folder(unique("gone"))  # a folder id that names no folder any more
    assert attendee.delete(attendee.url(f"me/mailfolders('{key(gone['Id'])}')", API_ROOT)).status_code == 204
    expect_error(attendee.post(f"Me/Messages('{key(moved['Id'])}')/Move", {"DestinationId": ews_id(gone["Id"])}), 404)
    expect_error(attendee.post(f"Me/Messages('{key(moved['Id'])}')/Move", {}), 400, "RequestBodyRead")


@rule("meetings.message_disposition", "message_disposition_ignored", users=2)
def message_disposition(api: Api) -> None:
    """MessageDisposition decides what is sent and kept: SendOnly, SaveOnly (a draft only), SendAndSaveCopy.

    SaveOnly sends nothing (the organizer learns nothing); SendAndSaveCopy keeps a copy in Sent Items; any other
    value is a 400.
    """
    attendee = attendee_session(api)
    p = preview(api)
    guest = address_of(attendee)
    # SendOnly
    subject = unique("send only")
    _, copy, _ = invite(api, attendee, subject)
    expect_error(_respond(attendee, copy["Id"], "Accept", "SendLater"), 400, "ErrorInvalidUrlQuery")
    assert meeting_mail(p, "Inbox", subject, "MeetingAccepted") == [], "a refused response was sent"
    _accepted(_respond(attendee, copy["Id"], "Accept", "SendOnly", "sent, not kept"))
    assert len(meeting_mail(p, "Inbox", subject, "MeetingAccepted")) == 1, "SendOnly sends the response"
    assert meeting_mail(attendee, "SentItems", subject, "MeetingAccepted") == [], "SendOnly keeps no copy"
    # SaveOnly
    subject = unique("save only")
    event, copy, _ = invite(api, attendee, subject)
    _accepted(_respond(attendee, copy["Id"], "Tentative", "SaveOnly", "a draft"))
    draft = _response_in(attendee, "Drafts", subject, "MeetingTenativelyAccepted")
    assert draft["IsDraft"] is True and "a draft" in draft["Body"]["Content"], draft
    assert meeting_mail(p, "Inbox", subject, "MeetingTenativelyAccepted") == [], "SaveOnly sends nothing"
    assert meeting_mail(attendee, "SentItems", subject, "MeetingTenativelyAccepted") == [], "SaveOnly: no sent copy"
    assert _status(p, event["Id"], guest) == {"Response": "None", "Time": UNSET}, (
        "SaveOnly: the organizer learns nothing"
    )
    # SendAndSaveCopy
    subject = unique("send and save")
    event, copy, _ = invite(api, attendee, subject)
    _accepted(_respond(attendee, copy["Id"], "Decline", "SendAndSaveCopy", "kept"))
    assert len(meeting_mail(p, "Inbox", subject, "MeetingDeclined")) == 1, "SendAndSaveCopy sends the response"
    assert len(meeting_mail(attendee, "SentItems", subject, "MeetingDeclined")) == 1, "SendAndSaveCopy keeps a copy"
    assert meeting_mail(attendee, "Drafts", subject, "MeetingDeclined") == []


@rule("meetings.tentative_and_decline", "declined_meeting_kept", "meeting_response_not_sent", users=2)
def tentative_and_decline(api: Api) -> None:
    """Tentative and Decline reach the organizer; a declined meeting leaves the attendee's calendar.

    The organizer sees TentativelyAccepted / Declined (MeetingTenativelyAccepted / MeetingDeclined responses); the
    declined event goes to Deleted Items.
    """
    attendee = attendee_session(api)
    p = preview(api)
    guest = address_of(attendee)
    # Tentative (the seed's action name; the CSDL's TentativelyAccept too)
    subject = unique("maybe")
    event, copy, _ = invite(api, attendee, subject, ShowAs="Busy")
    _accepted(_respond(attendee, copy["Id"], "Tentative", "SendAndSaveCopy", "maybe"))
    assert ok(attendee.get(event_path(copy["Id"])))["ShowAs"] == "Tentative"
    v2 = ok(attendee.get(attendee.url(f"me/events('{key(rest_id(copy['Id']))}')", API_ROOT)))
    assert v2["ResponseStatus"]["Response"] == "TentativelyAccepted", v2["ResponseStatus"]
    response = _response_in(p, "Inbox", subject, "MeetingTenativelyAccepted")
    assert response["ClassName"] == "IPM.Schedule.Meeting.Resp.Tent", response["ClassName"]
    assert response["Subject"] == f"Tentative: {subject}" and "maybe" in response["Body"]["Content"], response
    status = _status(p, event["Id"], guest)
    assert status["Response"] == "TentativelyAccepted" and status["Time"] != UNSET, status
    _accepted(_respond(attendee, copy["Id"], "TentativelyAccept", "SendOnly"))
    # Decline
    subject = unique("no thanks")
    event, copy, _ = invite(api, attendee, subject)
    _accepted(_respond(attendee, copy["Id"], "Decline", "SendAndSaveCopy", "sorry"))
    expect_error(attendee.get(event_path(copy["Id"])), 404, "ErrorItemNotFound")
    assert by_subject(attendee, "Me/Events", subject) == [], "a declined meeting leaves the attendee's calendar"
    kept = by_subject(attendee, "Me/Folders('DeletedItems')/Messages", subject)
    assert [m["ClassName"] for m in kept] == ["IPM.Appointment"], f"the declined meeting is in Deleted Items: {kept}"
    response = _response_in(p, "Inbox", subject, "MeetingDeclined")
    assert response["ClassName"] == "IPM.Schedule.Meeting.Resp.Neg", response["ClassName"]
    assert response["Subject"] == f"Declined: {subject}" and "sorry" in response["Body"]["Content"], response
    status = _status(p, event["Id"], guest)
    assert status["Response"] == "Declined" and status["Time"] != UNSET, status


@rule("meetings.organizer_update", "meeting_update_not_sent", users=2)
def organizer_update(api: Api) -> None:
    """The organizer's changes to a meeting are sent to its attendees: their copies follow, a new request arrives.

    The seed's PATCH of Location, then a new time.
    """
    attendee = attendee_session(api)
    p = preview(api)
    subject = unique("Lunch")
    event, copy, _ = invite(api, attendee, subject, **LUNCH)
    _accepted(_respond(attendee, copy["Id"], "Accept", "SendOnly"))
    patched = ok(p.patch(event_path(event["Id"]), {"Location": {"DisplayName": "Your office"}}))
    assert patched["Location"] == {"DisplayName": "Your office"}
    followed = ok(attendee.get(event_path(copy["Id"])))
    assert followed["Location"] == {"DisplayName": "Your office"}, f"the copy did not follow: {followed['Location']}"
    requests = meeting_mail(attendee, "Inbox", subject, "MeetingRequest")
    assert len(requests) == 2, f"an update is sent as a new meeting request: {requests}"
    assert {r["EventId"] for r in requests} == {copy["Id"]}, requests
    moved = ok(p.patch(event_path(event["Id"]), {"Start": "2014-02-14T20:30:00Z", "End": "2014-02-14T21:30:00Z"}))
    followed = ok(attendee.get(event_path(copy["Id"])))
    assert (followed["Start"], followed["End"]) == (moved["Start"], moved["End"]), followed
    assert len(meeting_mail(attendee, "Inbox", subject, "MeetingRequest")) == 3
    # the copy stays the attendee's: not the organizer's, still in their calendar once
    assert followed["IsOrganizer"] is False and [e["Id"] for e in by_subject(attendee, "Me/Events", subject)] == [
        copy["Id"]
    ]


@rule("meetings.cancellation", "meeting_cancellation_not_sent", "deleted_event_not_in_deleted_items", users=2)
def cancellation(api: Api) -> None:
    """Deleting a meeting as its organizer cancels it for every attendee; responding to it is then a 400.

    The organizer's event goes to Deleted Items; each attendee gets IPM.Schedule.Meeting.Canceled (MeetingCancelled)
    and their copy is IsCancelled.
    """
    attendee = attendee_session(api)
    p = preview(api)
    subject = unique("called off")
    event, copy, _ = invite(api, attendee, subject, **LUNCH)
    assert p.delete(event_path(event["Id"])).status_code == 204
    expect_error(p.get(event_path(event["Id"])), 404, "ErrorItemNotFound")
    kept = by_subject(p, "Me/Folders('DeletedItems')/Messages", subject)
    assert [m["ClassName"] for m in kept] == ["IPM.Appointment"], f"the organizer's Deleted Items: {kept}"
    cancelled = ok(attendee.get(event_path(copy["Id"])))
    assert cancelled["IsCancelled"] is True, "the attendee's copy is marked cancelled"
    notices = meeting_mail(attendee, "Inbox", subject, "MeetingCancelled")
    assert len(notices) == 1, f"one cancellation in the attendee's Inbox: {notices}"
    notice = notices[0]
    assert notice["ClassName"] == "IPM.Schedule.Meeting.Canceled" and notice["EventId"] == copy["Id"], notice
    for action, code in (
        ("Accept", "ErrorCalendarIsCancelledForAccept"),
        ("Decline", "ErrorCalendarIsCancelledForDecline"),
        ("Tentative", "ErrorCalendarIsCancelledForTentative"),
    ):
        expect_error(_respond(attendee, copy["Id"], action, "SendAndSaveCopy"), 400, code)
    assert ok(attendee.get(event_path(copy["Id"])))["IsCancelled"] is True
    assert attendee.delete(event_path(copy["Id"])).status_code == 204, "the attendee removes the cancelled meeting"


# -- the same meetings answered through v2.0 (accept, tentativelyaccept, decline) ---------------------------
def _v2_meeting(api: Api, subject: str) -> tuple[Api, dict, dict, str]:
    """A v2.0 meeting the first user organises with the second as attendee: (the attendee's v2.0 session, the
    organizer's event, the attendee's copy, the attendee's address). New mail of both is swept afterwards."""
    sweep_messages(api)
    other = Api(api.target, user=1)
    sweep_messages(other)
    api.later(other.close)  # after the organizer's own clean-up: its cancellation is swept too
    guest = ok(other.post("me/events", {"Subject": "who am I", **_V2_TIMES}), 201)
    other.delete(f"me/events('{key(guest['Id'])}')")
    address = guest["Organizer"]["EmailAddress"]["Address"]
    event = api.event({"Subject": subject, **_V2_TIMES, "Attendees": [{"EmailAddress": {"Address": address}}]})
    copies = [e for e in ok(other.get("me/events", prefer=_BIG))["value"] if e["iCalUId"] == event["iCalUId"]]
    assert len(copies) == 1, "the attendee's calendar has no copy of the meeting"
    other.later(lambda: other.delete(f"me/events('{key(copies[0]['Id'])}')"))
    return other, event, copies[0], address


_V2_TIMES = {
    "Start": {"DateTime": "2035-03-01T12:00:00", "TimeZone": "UTC"},
    "End": {"DateTime": "2035-03-01T13:00:00", "TimeZone": "UTC"},
}
_BIG = "odata.maxpagesize=1000"


def _v2_status(api: Api, event_id: str) -> str:
    """The (only) attendee's Status.Response on the organizer's event."""
    attendees = ok(api.get(f"me/events('{key(event_id)}')"))["Attendees"]
    assert len(attendees) == 1, attendees
    return attendees[0]["Status"]["Response"]


def _v2_mail(session: Api, folder: str, subject: str) -> list[dict]:
    listed = ok(session.get(f"me/mailfolders('{folder}')/messages", prefer=_BIG))["value"]
    return [m for m in listed if m["Subject"] == subject]


@rule("meetings.v2_accept", "meeting_response_not_sent", "shared_mailbox", users=2)
def v2_accept(api: Api) -> None:
    """v2.0 accept (Comment, SendResponse) answers through the preview's meeting machinery: the organizer's event
    shows Accepted, the organizer gets the response (EventMessage MeetingAccepted, the Comment as body), the
    attendee keeps a copy in Sent Items and their event shows Accepted; the organizer cannot accept (400).

    Reference (calendar REST operations, v2.0 "Accept an event"): POST …/accept with Comment and SendResponse
    (default true; the example sends the string "true"), 202 Accepted.
    """
    subject = unique("v2 accept")
    other, event, copy, _ = _v2_meeting(api, subject)
    expect_error(api.post(f"me/events('{key(event['Id'])}')/accept", {}), 400, "ErrorCalendarIsOrganizerForAccept")
    answer = other.post(f"me/events('{key(copy['Id'])}')/accept", {"Comment": "Great idea!", "SendResponse": "true"})
    _accepted(answer)
    assert _v2_status(api, event["Id"]) == "Accepted"
    mine = ok(other.get(f"me/events('{key(copy['Id'])}')"))
    assert (mine["ResponseStatus"]["Response"], mine["ShowAs"]) == ("Accepted", "Busy"), mine
    responses = _v2_mail(api, "Inbox", f"Accepted: {subject}")
    assert len(responses) == 1, f"no response in the organizer's Inbox: {responses}"
    response = responses[0]
    assert response.get("MeetingMessageType") == "MeetingAccepted", response
    assert response["Body"]["Content"] == "Great idea!", response["Body"]
    assert len(_v2_mail(other, "SentItems", f"Accepted: {subject}")) == 1, "no copy in the attendee's Sent Items"


@rule("meetings.v2_send_response_false", "send_response_ignored", users=2)
def v2_send_response_false(api: Api) -> None:
    """tentativelyaccept with SendResponse false answers on the attendee's copy only: nothing is sent or kept,
    and the organizer's event shows no answer.

    Reference (v2.0 "Tentatively accept an event"): SendResponse false: the response is not sent to the organizer.
    """
    subject = unique("v2 quiet")
    other, event, copy, _ = _v2_meeting(api, subject)
    _accepted(other.post(f"me/events('{key(copy['Id'])}')/tentativelyaccept", {"SendResponse": False}))
    mine = ok(other.get(f"me/events('{key(copy['Id'])}')"))
    assert (mine["ResponseStatus"]["Response"], mine["ShowAs"]) == ("TentativelyAccepted", "Tentative"), mine
    assert _v2_status(api, event["Id"]) == "None", "the organizer learned an answer that was not sent"
    assert _v2_mail(api, "Inbox", f"Tentative: {subject}") == [], "a response reached the organizer"
    assert _v2_mail(other, "SentItems", f"Tentative: {subject}") == [], "a response was kept in Sent Items"


@rule("meetings.v2_decline", "declined_meeting_kept", users=2)
def v2_decline(api: Api) -> None:
    """v2.0 decline removes the meeting from the attendee's calendar (as the real service did) and tells the
    organizer, whose event shows Declined.

    Reference (v2.0 "Decline an event"); the attendee's copy is filed in Deleted Items as the preview's Decline does.
    """
    subject = unique("v2 decline")
    other, event, copy, _ = _v2_meeting(api, subject)
    _accepted(other.post(f"me/events('{key(copy['Id'])}')/decline", {"Comment": "Sorry"}))
    expect_error(other.get(f"me/events('{key(copy['Id'])}')"), 404, "ErrorItemNotFound")
    assert _v2_status(api, event["Id"]) == "Declined"
    assert len(_v2_mail(api, "Inbox", f"Declined: {subject}")) == 1, "no response in the organizer's Inbox"


@rule("meetings.v2_attachments_follow_updates", "meeting_attachments_not_updated", users=2)
def v2_attachments_follow_updates(api: Api) -> None:
    """Attachments the organizer adds to (or deletes from) a meeting after inviting reach the attendees' copies with
    the next meeting update: the organizer's next PATCH of the meeting, even one of nothing else the attendees see.

    Reference (v2.0 "Update an event"): "if the user is the organizer, the server sends a meeting update to all
    attendees"; its attachment operations only add to or delete from the organizer's event.
    """
    subject = unique("v2 agenda")
    other, event, copy, _ = _v2_meeting(api, subject)
    mine, theirs = f"me/events('{key(event['Id'])}')", f"me/events('{key(copy['Id'])}')"
    added = ok(api.post(f"{mine}/attachments", AGENDA), 201)
    ok(api.patch(mine, {"Location": {"DisplayName": "Room 2"}}))
    listed = ok(other.get(f"{theirs}/attachments"))["value"]
    assert [a["Name"] for a in listed] == [AGENDA["Name"]], f"the update did not bring the attachment: {listed}"
    assert ok(other.get(theirs))["HasAttachments"] is True
    assert api.delete(f"{mine}/attachments('{key(added['Id'])}')").status_code == 204
    ok(api.patch(mine, {"Categories": ["Agenda withdrawn"]}))  # the organizer's own, but the update goes out
    listed = ok(other.get(f"{theirs}/attachments"))["value"]
    assert listed == [], f"the update did not take the deleted attachment away: {listed}"


AGENDA = {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "agenda.txt", "ContentBytes": "QWdlbmRh"}
