"""What the live run's clean-up counts as the run's own (housekeeping.Ledger), without a server."""

from __future__ import annotations

from conformance.housekeeping import Entry, Ledger

INBOX, CALENDAR, PROJECTS = "inbox-id", "calendar-id", "projects-id"


def _ledger() -> Ledger:
    ledger = Ledger(active=True)
    sent = {"Subject": "Team sync", "Attendees": []}
    answered = {"Id": "AAMk/event+1=", "iCalUId": "ical-1", "Subject": "Team sync", "ConversationId": "conv-1"}
    ledger.note("POST", 201, sent, answered)
    ledger.note("POST", 202, {"Message": {"Subject": "Weekly report"}}, None)  # sendmail: no body, its subject
    ledger.note("POST", 201, {"Subject": "x"}, {"@odata.id": "http://h/api/v2.0/Users('a')/Subscriptions('s1')"})
    ledger.note("GET", 200, None, {"Id": "read-only"})  # reads make nothing
    return ledger


def test_the_runs_items_and_what_the_server_made_of_them() -> None:
    ledger, filed = _ledger(), {INBOX}
    assert ledger.owns(Entry(0, "event", "AAMk_event-1=", CALENDAR, "Team sync"), filed)  # its Id, either spelling
    assert ledger.owns(Entry(1, "event", "copy", CALENDAR, "renamed", ical="ical-1"), filed)  # the attendee's copy
    assert ledger.owns(Entry(1, "message", "request", INBOX, "Accepted: Team sync"), filed)  # an answer
    assert ledger.owns(Entry(1, "message", "delivered", INBOX, "RE: Weekly report"), filed)  # a delivery
    assert ledger.owns(Entry(0, "message", "reply", PROJECTS, "whatever", conversation="conv-1"), filed)
    assert ledger.others == {"http://h/api/v2.0/Users('a')/Subscriptions('s1')": ""}


def test_what_others_made_stays() -> None:
    ledger, filed = _ledger(), {INBOX}
    assert not ledger.owns(Entry(0, "message", "theirs", INBOX, "Lunch?"), filed)
    assert not ledger.owns(Entry(0, "task", "read-only", PROJECTS, "Team sync"), filed)  # a task is never filed
    assert not ledger.owns(Entry(0, "message", "filed", PROJECTS, "Team sync"), filed)  # not where the server files
    assert not Ledger().owns(Entry(0, "message", "x", INBOX, "Team sync"), filed)  # mock mode notes nothing
