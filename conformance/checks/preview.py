"""The 2014 preview Calendar API at /ews/odata (seed 002: 日历 REST API 预览版): calendar groups, calendars, events
and their attachments, the same mailbox seen through v2.0, /Users('{address}') links, scopes, $metadata.

The seed's examples are replayed with its values; where the seed is silent the wire contract's decisions hold
(errors and their codes, key forms, rendering Start/End in UTC with ``Z``). Meetings between two users are
``meetings.py``'s.
"""

from __future__ import annotations

import base64
import re
import secrets
from xml.etree import ElementTree

from ..api import PREVIEW_NS, Api, ews_id, expect_error, key, ok, rest_id
from ..target import API_ROOT, PREVIEW_ROOT, mock_token
from . import rule

NS = PREVIEW_NS
BIG_PAGE = "odata.maxpagesize=1000"
CLASS_ID = "0006f0b7-0000-0000-c000-000000000046"  # every calendar group's ClassId (the seed's)
DEFAULT_GROUP, DEFAULT_CALENDAR = "My Calendars", "Calendar"
UNSET = "0001-01-01T00:00:00Z"  # an attendee's Status.Time before any response

# The seed's JSON shapes: the members of each entity (the event's with ClassName, which the CSDL's Item has).
GROUP_KEYS = {"@odata.id", "@odata.editLink", "Id", "Name", "ChangeKey", "ClassId", "Calendars@odata.navigationLink"}
CALENDAR_KEYS = {"@odata.id", "@odata.editLink", "Id", "Name", "ChangeKey", "Events@odata.navigationLink"}
EVENT_KEYS = {"@odata.id", "@odata.editLink", "Id", "ChangeKey", "ClassName", "Subject", "BodyPreview", "Body"}
EVENT_KEYS |= {"Importance", "Categories", "HasAttachments", "Start", "End", "Location", "ShowAs", "IsAllDay"}
EVENT_KEYS |= {"IsCancelled", "IsOrganizer", "ResponseRequested", "Type", "SeriesId", "Attendees", "Recurrence"}
EVENT_KEYS |= {"Attachments@odata.navigationLink", "Calendar@odata.navigationLink"}

# The seed's request bodies: create an event, then change its Location.
SEED_EVENT = {
    "@odata.type": f"#{NS}.Event",
    "Subject": "Discuss the Calendar REST API",
    "Body": {"ContentType": "HTML", "Content": "I think it will meet our requirements!"},
    "Start": "2014-07-02T18:00:00Z",
    "End": "2014-07-02T19:00:00Z",
    "Location": {"DisplayName": "Conference Room 1"},
    "ShowAs": "Busy",
    "Attendees": [
        {"Name": "Alex Darrow", "Address": "alexd@contoso.com", "Type": "Required"},
        {"Name": "Anne Wallace", "Address": "annew@contoso.com", "Type": "Optional"},
        {"Name": "Conference Room 1", "Address": "conf1@contoso.com", "Type": "Resource"},
    ],
}
SEED_PATCH = {"Location": {"DisplayName": "Your office"}}


# -- helpers (meetings.py uses them too) ---------------------------------------------------------
def preview(api: Api) -> Api:
    """The check's session, speaking the preview (cleaned up with it)."""
    return api.at(PREVIEW_ROOT)


_MARKS: set[str] = set()  # the random part of every unique() text of this run
_MARK = re.compile(r"\b[0-9a-f]{8}\b")


def unique(text: str) -> str:
    """A Subject or Name no other item of a live mailbox has (so $filter finds only this check's)."""
    mark = secrets.token_hex(4)
    _MARKS.add(mark)
    return f"{text} {mark}"


def written_here(subject: str | None) -> bool:
    """Whether a subject carries a unique() text of this run (a reply's or a meeting answer's prefixes aside): what
    the message sweeps may delete, never what another client of a live mailbox made meanwhile."""
    return any(mark in _MARKS for mark in _MARK.findall(subject or ""))


def values(p: Api, path: str, **params: str) -> list[dict]:
    """Every member of a collection, following @odata.nextLink."""
    answer = ok(p.get(path, params=params or None, prefer=BIG_PAGE))
    items = list(answer["value"])
    for _ in range(100):
        if "@odata.nextLink" not in answer:
            break
        answer = ok(p.get(answer["@odata.nextLink"], prefer=BIG_PAGE))
        items += answer["value"]
    return items


def ids(p: Api, path: str, **params: str) -> list[str]:
    return [item["Id"] for item in values(p, path, **params)]


def event_path(event_id: str) -> str:
    return f"Me/Events('{key(event_id)}')"


def by_subject(p: Api, path: str, subject: str) -> list[dict]:
    """The items of a collection with this Subject (asked with $filter; what else comes back is left out)."""
    return [item for item in values(p, path, **{"$filter": f"Subject eq '{subject}'"}) if item["Subject"] == subject]


def address_of(p: Api) -> str:
    """The signed-in user's address, from the ``Users('{address}')`` of the default calendar's @odata.id."""
    link = ok(p.get("Me/Calendar"))["@odata.id"]
    m = re.search(r"/Users\('([^']+)'\)/", link)
    assert m, f"@odata.id does not name the mailbox as Users('<address>'): {link}"
    return m[1]


def assert_links(p: Api, item: dict, entity: str, *navigations: str) -> None:
    """@odata.id = @odata.editLink = {base}/Users('{address}')/{entity}; a navigation link per name under it."""
    url = item["@odata.id"]
    m = re.fullmatch(r"(.+)/Users\('[^']+'\)/(.+)", url)
    assert m and m[1].lower() == p.target.preview_url.lower(), f"@odata.id is not under {p.target.preview_url}: {url}"
    assert m[2] == entity, f"@odata.id names {m[2]!r}, not {entity!r}"
    assert item["@odata.editLink"] == url, item["@odata.editLink"]
    for name in navigations:
        assert item[f"{name}@odata.navigationLink"] == f"{url}/{name}", item.get(f"{name}@odata.navigationLink")


def sweep_messages(session: Api) -> None:
    """When ``session`` closes, delete the messages its mailbox got meanwhile (meeting mail, deleted items) that
    carry a subject the checks wrote."""
    p = session.at(PREVIEW_ROOT)
    before = set(ids(p, "Me/Messages", **{"$select": "Id"}))

    def sweep() -> None:
        for message in values(p, "Me/Messages", **{"$select": "Id,Subject"}):
            if message["Id"] not in before and written_here(message.get("Subject")):
                session.delete(session.url(f"me/messages('{key(rest_id(message['Id']))}')", API_ROOT))

    session.later(sweep)


def attendee_session(api: Api) -> Api:
    """The second user at /ews/odata, closed (and its new mail swept) with ``api``, after ``api``'s own clean-up."""
    sweep_messages(api)
    attendee = Api(api.target, user=1, root=PREVIEW_ROOT)
    sweep_messages(attendee)
    api.later(attendee.close)
    return attendee


def meeting_mail(p: Api, folder: str, subject: str, kind: str) -> list[dict]:
    """The meeting messages of one kind (MeetingMessageType) about ``subject`` in a well-known folder."""
    found = values(p, f"Me/Folders('{folder}')/Messages", **{"$filter": f"MeetingMessageType eq '{kind}'"})
    return [m for m in found if subject in m["Subject"]]


def invite(api: Api, attendee: Api, subject: str, **extra: object) -> tuple[dict, dict, dict]:
    """``api``'s user organises a meeting with ``attendee``'s user (Required) and someone outside the tenant
    (Optional): (the organizer's event, the attendee's copy, the meeting request the attendee received)."""
    required = {"Name": "Attendee", "Address": address_of(attendee), "Type": "Required"}
    outside = {"Name": "Someone Outside", "Address": "someone@example.com", "Type": "Optional"}
    event = api.preview_event({"Subject": subject, "Attendees": [required, outside], **extra})
    requests = meeting_mail(attendee, "Inbox", subject, "MeetingRequest")
    assert len(requests) == 1, f"the attendee's Inbox should hold one meeting request for {subject!r}: {requests}"
    request = requests[0]
    assert request["EventId"], f"a meeting request names its event: {request}"
    copy = ok(attendee.get(event_path(request["EventId"])))
    attendee.later(lambda: attendee.delete(event_path(copy["Id"])))
    return event, copy, request


def _refused(p: Api, path: str, body: dict, restore: dict, status: int, code: str) -> None:
    """A PATCH that must be refused; if the server takes it anyway, put things back before failing."""
    answer = p.patch(path, body)
    if answer.status_code < 300:
        p.patch(path, restore)
    expect_error(answer, status, code)


def _default_group(p: Api) -> dict:
    found = values(p, "Me/CalendarGroups", **{"$filter": f"Name eq '{DEFAULT_GROUP}'"})
    assert len(found) == 1, f"expected the one default calendar group {DEFAULT_GROUP!r}, got {found}"
    return found[0]


# -- calendar groups -------------------------------------------------------------------------------
@rule(
    "preview.calendar_groups",
    "calendar_group_delete_keeps_calendars",
    "preview_odata_type_not_required",
    "case_sensitive_paths",
    "ignore_filter",
)
def calendar_groups(api: Api) -> None:
    """Calendar groups are listed, filtered, read by both key forms, created, renamed and deleted with their calendars.

    The default My Calendars has ClassId 0006f0b7-…; the seed's JSON shape and body (@odata.type required); Name is
    the only writable property (PATCH ClassId: 400 ErrorInvalidProperty).
    """
    p = preview(api)
    listed = values(p, "Me/CalendarGroups")
    default = next((g for g in listed if g["Name"] == DEFAULT_GROUP), None)
    assert default is not None, f"no calendar group {DEFAULT_GROUP!r}: {[g['Name'] for g in listed]}"
    for group in listed:
        assert set(group) == GROUP_KEYS, f"not the seed's shape: {sorted(group)}"
        assert group["ClassId"] == CLASS_ID, group["ClassId"]
        assert_links(p, group, f"CalendarGroups('{group['Id']}')", "Calendars")
    assert _default_group(p)["Id"] == default["Id"]
    # @odata.type is required (the seed's table of create parameters says so for events; its bodies carry it)
    name = unique("conformance group")
    expect_error(p.post("Me/CalendarGroups", {"Name": name}), 400, "RequestBodyRead")
    assert name not in [g["Name"] for g in values(p, "Me/CalendarGroups")], "a refused create stored a group"
    group = api.preview_group(name)
    assert set(group) - {"@odata.context"} == GROUP_KEYS, f"not the seed's shape: {sorted(group)}"
    assert (group["Name"], group["ClassId"]) == (name, CLASS_ID), group
    assert group["Id"] != default["Id"] and group["Id"] in ids(p, "Me/CalendarGroups")
    assert ids(p, "Me/CalendarGroups", **{"$filter": f"Name eq '{name}'"}) == [group["Id"]], "$filter on Name"
    # both key forms of the seed, with the id percent-encoded; segment names in any case
    for path in (
        f"Me/CalendarGroups('{key(group['Id'])}')",
        f"Me/CalendarGroups({key(group['Id'])})",
        f"me/calendargroups('{key(group['Id'])}')",
        f"ME/CALENDARGROUPS({key(group['Id'])})",
    ):
        assert ok(p.get(path)) == group, path
    # Name is the only writable property
    one = f"Me/CalendarGroups('{key(group['Id'])}')"
    renamed = ok(p.patch(one, {"Name": f"{name} renamed"}))
    assert renamed["Name"] == f"{name} renamed" and renamed["ChangeKey"] != group["ChangeKey"], renamed
    assert ok(p.get(one))["Name"] == f"{name} renamed"
    expect_error(p.patch(one, {"ClassId": CLASS_ID}), 400, "ErrorInvalidProperty")
    expect_error(p.patch(one, {"Name": ""}), 400, "ErrorInvalidRequest")
    expect_error(p.patch(one, {}), 400, "ErrorInvalidRequest")
    assert ok(p.get(one))["Name"] == f"{name} renamed"
    # deleting a group deletes its calendars and their events
    calendar = api.preview_calendar("in the group", group=group["Id"])
    event = api.preview_event({"Subject": "in the group's calendar"}, calendar=calendar["Id"])
    assert ids(p, f"{one}/Calendars") == [calendar["Id"]]
    assert p.delete(one).status_code == 204
    expect_error(p.get(one), 404)
    assert group["Id"] not in ids(p, "Me/CalendarGroups")
    expect_error(p.get(f"Me/Calendars('{key(calendar['Id'])}')"), 404)
    assert calendar["Id"] not in ids(p, "Me/Calendars"), "a deleted group's calendar is still listed"
    expect_error(p.get(event_path(event["Id"])), 404)


@rule("preview.default_calendar_group", "allow_delete_default_calendar_group", "allow_rename_default_calendar_group")
def default_calendar_group(api: Api) -> None:
    """The default calendar group My Calendars can be neither deleted nor renamed (400).

    It holds the default calendar; delete: ErrorDeleteDistinguishedFolder, rename: ErrorInvalidRequest.
    """
    p = preview(api)
    default = _default_group(p)
    one = f"Me/CalendarGroups('{key(default['Id'])}')"
    assert ok(p.get("Me/Calendar"))["Id"] in ids(p, f"{one}/Calendars"), "the default calendar is not in My Calendars"
    _refused(p, one, {"Name": "Renamed"}, {"Name": DEFAULT_GROUP}, 400, "ErrorInvalidRequest")
    expect_error(p.delete(one), 400, "ErrorDeleteDistinguishedFolder")
    after = ok(p.get(one))
    assert (after["Id"], after["Name"]) == (default["Id"], DEFAULT_GROUP), after


# -- calendars -------------------------------------------------------------------------------------
@rule(
    "preview.calendars",
    "calendar_created_in_default_group",
    "preview_odata_type_not_required",
    "calendar_changekey_not_updated",
)
def calendars(api: Api) -> None:
    """Calendars are listed (per mailbox and group), read, created in the default or a given group, renamed, deleted.

    The seed's JSON shape and body (@odata.type required), $filter on Name, both key forms; Name is the only writable
    property; a deleted calendar's events go with it.
    """
    p = preview(api)
    default_group = _default_group(p)
    in_default = f"Me/CalendarGroups('{key(default_group['Id'])}')/Calendars"
    for calendar in values(p, "Me/Calendars"):
        assert set(calendar) == CALENDAR_KEYS, f"not the seed's shape: {sorted(calendar)}"
        assert_links(p, calendar, f"Calendars('{calendar['Id']}')", "Events")
    name = unique("conformance calendar")
    expect_error(p.post("Me/Calendars", {"Name": name}), 400, "RequestBodyRead")
    expect_error(p.post("Me/Calendars", {"@odata.type": f"#{NS}.CalendarGroup", "Name": name}), 400, "RequestBodyRead")
    assert name not in [c["Name"] for c in values(p, "Me/Calendars")], "a refused create stored a calendar"
    # POST /Me/Calendars: in the default group
    plain = api.preview_calendar(name)
    assert set(plain) - {"@odata.context"} == CALENDAR_KEYS and plain["Name"] == name, plain
    assert plain["Id"] in ids(p, "Me/Calendars") and plain["Id"] in ids(p, in_default)
    assert ids(p, "Me/Calendars", **{"$filter": f"Name eq '{name}'"}) == [plain["Id"]], "$filter on Name"
    # POST /Me/CalendarGroups(id)/Calendars: in that group, not in the default one
    group = api.preview_group(unique("conformance group"))
    in_group = api.preview_calendar(unique("grouped"), group=group["Id"])
    assert ids(p, f"Me/CalendarGroups('{key(group['Id'])}')/Calendars") == [in_group["Id"]], "not in its group"
    assert in_group["Id"] not in ids(p, in_default), "a calendar created in a group landed in My Calendars"
    assert in_group["Id"] in ids(p, "Me/Calendars"), "GET /Me/Calendars lists the calendars of every group"
    for path in (f"Me/Calendars('{key(plain['Id'])}')", f"Me/Calendars({key(plain['Id'])})"):
        assert ok(p.get(path)) == plain, path
    # Name is the only writable property
    one = f"Me/Calendars('{key(plain['Id'])}')"
    renamed = ok(p.patch(one, {"Name": f"{name} renamed"}))
    assert renamed["Name"] == f"{name} renamed" and renamed["ChangeKey"] != plain["ChangeKey"], renamed
    assert ok(p.get(one))["Name"] == f"{name} renamed"
    expect_error(p.patch(one, {"ChangeKey": plain["ChangeKey"]}), 400, "ErrorInvalidProperty")
    expect_error(p.patch(one, {"Color": "LightBlue"}), 400, "RequestBodyRead")  # v2.0's, not the preview's
    expect_error(p.patch(one, {}), 400, "ErrorInvalidRequest")
    # deleting a calendar deletes its events
    event = api.preview_event({"Subject": "in the calendar"}, calendar=plain["Id"])
    assert p.delete(one).status_code == 204
    expect_error(p.get(one), 404)
    assert plain["Id"] not in ids(p, "Me/Calendars")
    expect_error(p.get(event_path(event["Id"])), 404)


@rule("preview.default_calendar", "allow_delete_default_calendar", "allow_rename_default_calendar")
def default_calendar(api: Api) -> None:
    """The default calendar /Me/Calendar (named Calendar) can be neither deleted nor renamed (400).

    Delete: ErrorDeleteDistinguishedFolder, rename: ErrorInvalidRequest; it is listed in /Me/Calendars.
    """
    p = preview(api)
    default = ok(p.get("Me/Calendar"))
    assert default["@odata.context"].lower() == f"{p.target.preview_url}/$metadata#Me/Calendar/$entity".lower()
    assert default["Name"] == DEFAULT_CALENDAR and set(default) - {"@odata.context"} == CALENDAR_KEYS, default
    assert_links(p, default, f"Calendars('{default['Id']}')", "Events")
    assert default["Id"] in ids(p, "Me/Calendars")
    one = f"Me/Calendars('{key(default['Id'])}')"
    _refused(p, one, {"Name": "Renamed"}, {"Name": DEFAULT_CALENDAR}, 400, "ErrorInvalidRequest")
    expect_error(p.delete(one), 400, "ErrorDeleteDistinguishedFolder")
    after = ok(p.get("Me/Calendar"))
    assert (after["Id"], after["Name"]) == (default["Id"], DEFAULT_CALENDAR), after


# -- events ------------------------------------------------------------------------------------------
@rule("preview.event_lists", "preview_events_default_calendar_only", "ignore_filter")
def event_lists(api: Api) -> None:
    """GET /Me/Events lists every calendar's events; /Me/Calendar/Events and /Me/Calendars(id)/Events one calendar's.

    The seed: 所有日历的所有事件 (v2.0's /me/events is the default calendar's only); each list takes $filter.
    """
    p = preview(api)
    subject = unique("listed")
    other = api.preview_calendar(unique("other"))
    mine = api.preview_event({"Subject": subject, "ShowAs": "Free"})
    via_default = ok(
        p.post("Me/Calendar/Events", {"@odata.type": f"#{NS}.Event", "Subject": subject, "ShowAs": "Busy"}), 201
    )
    api.later(lambda: p.delete(event_path(via_default["Id"])))
    filed = api.preview_event({"Subject": subject, "ShowAs": "Oof"}, calendar=other["Id"])
    everywhere = ids(p, "Me/Events")
    assert {mine["Id"], via_default["Id"], filed["Id"]} <= set(everywhere), "GET /Me/Events: every calendar's events"
    in_default = ids(p, "Me/Calendar/Events")
    assert mine["Id"] in in_default and via_default["Id"] in in_default and filed["Id"] not in in_default
    assert ids(p, f"Me/Calendars('{key(other['Id'])}')/Events") == [filed["Id"]]
    assert set(ids(p, "Me/Events", **{"$filter": f"Subject eq '{subject}'"})) == {
        mine["Id"],
        via_default["Id"],
        filed["Id"],
    }, "$filter on Subject"
    both = f"Subject eq '{subject}' and ShowAs eq 'Oof'"
    assert ids(p, "Me/Events", **{"$filter": both}) == [filed["Id"]], f"$filter={both}"
    assert ids(p, "Me/Calendar/Events", **{"$filter": both}) == []
    busy = f"Subject eq '{subject}' and Start ge 2014-07-02T18:00:00Z and ShowAs ne 'Free'"
    assert sorted(ids(p, "Me/Events", **{"$filter": busy})) == sorted([via_default["Id"], filed["Id"]])
    expect_error(p.get("Me/Events", params={"$filter": "Location/DisplayName eq 'x'"}), 400, "ErrorInvalidProperty")


@rule("preview.event_create", "preview_odata_type_not_required", "event_created_elsewhere", "event_time_truncated")
def event_create(api: Api) -> None:
    """The seed's POST /Me/Events body comes back with its values; @odata.type is required; Start/End are UTC.

    Any offset is accepted and returned in UTC with Z; POST /Me/Calendars(id)/Events files the event in that calendar
    (GET /Me/Events(id)/Calendar says so); read-only and unknown properties are a 400.
    """
    p = preview(api)
    subject = unique("Discuss the Calendar REST API")
    created = api.preview_event({**SEED_EVENT, "Subject": subject})
    expected = {
        "@odata.context": f"{p.target.preview_url}/$metadata#Me/Events/$entity",
        "ClassName": "IPM.Appointment",
        "Subject": subject,
        "BodyPreview": "I think it will meet our requirements!",
        "Importance": "Normal",
        "Categories": [],
        "HasAttachments": False,
        "Start": "2014-07-02T18:00:00Z",
        "End": "2014-07-02T19:00:00Z",
        "Location": {"DisplayName": "Conference Room 1"},
        "ShowAs": "Busy",
        "IsAllDay": False,
        "IsCancelled": False,
        "IsOrganizer": True,
        "ResponseRequested": True,
        "Type": "SingleInstance",
        "SeriesId": None,
        "Attendees": [
            {**attendee, "Status": {"Response": "None", "Time": UNSET}} for attendee in SEED_EVENT["Attendees"]
        ],
        "Recurrence": None,
    }
    assert set(created) - {"@odata.context"} == EVENT_KEYS, f"not the seed's shape: {sorted(created)}"
    for name, value in expected.items():
        assert created[name] == value, f"{name}: expected {value!r}, got {created[name]!r}"
    assert created["Body"]["ContentType"] == "HTML" and SEED_EVENT["Body"]["Content"] in created["Body"]["Content"]
    assert_links(p, created, f"Events('{created['Id']}')", "Attachments", "Calendar")
    got = ok(p.get(event_path(created["Id"])))
    assert {k: v for k, v in got.items() if k != "@odata.context"} == {
        k: v for k, v in created.items() if k != "@odata.context"
    }, "GET returns what the create returned"
    default = ok(p.get("Me/Calendar"))
    assert ok(p.get(f"{event_path(created['Id'])}/Calendar"))["Id"] == default["Id"], "POST /Me/Events: default"
    # @odata.type is required (the seed's table 2: 必需), and must name an event
    refused = unique("untyped")
    body = {k: v for k, v in SEED_EVENT.items() if k != "@odata.type"}
    expect_error(p.post("Me/Events", {**body, "Subject": refused}), 400, "RequestBodyRead")
    expect_error(p.post("Me/Events", {**SEED_EVENT, "@odata.type": f"#{NS}.Message", "Subject": refused}), 400)
    assert by_subject(p, "Me/Events", refused) == [], "a refused create stored an event"
    # any offset in; UTC with Z out
    shifted = api.preview_event({"Start": "2014-07-02T11:00:00-07:00", "End": "2014-07-03T00:30:00+05:30"})
    assert (shifted["Start"], shifted["End"]) == ("2014-07-02T18:00:00Z", "2014-07-02T19:00:00Z"), shifted
    # POST /Me/Calendars(id)/Events: in that calendar
    other = api.preview_calendar(unique("team"))
    filed = api.preview_event({"Subject": unique("filed")}, calendar=other["Id"])
    assert ids(p, f"Me/Calendars('{key(other['Id'])}')/Events") == [filed["Id"]], "not in the calendar posted to"
    assert filed["Id"] not in ids(p, "Me/Calendar/Events")
    calendar = ok(p.get(f"Me/Events({key(filed['Id'])})/Calendar"))
    assert calendar["Id"] == other["Id"] and set(calendar) - {"@odata.context"} == CALENDAR_KEYS, calendar
    # read-only and unknown properties are refused
    expect_error(p.post("Me/Events", {**SEED_EVENT, "IsOrganizer": False}), 400, "ErrorInvalidProperty")
    expect_error(p.post("Me/Events", {**SEED_EVENT, "NoSuchProperty": 1}), 400, "RequestBodyRead")


@rule(
    "preview.event_update",
    "accept_empty_event_patch",
    "event_changekey_not_updated",
    "accept_event_end_before_start",
    "accept_all_day_not_midnight",
)
def event_update(api: Api) -> None:
    """The seed's PATCH changes only Location (and ChangeKey); empty, backwards or bad all-day PATCHes are a 400.

    An empty PATCH, End before Start, or an all-day event not from midnight to midnight is a 400 that changes nothing.
    """
    p = preview(api)
    created = api.preview_event({**SEED_EVENT, "Subject": unique("to update")})
    one = event_path(created["Id"])
    patched = ok(p.patch(one, SEED_PATCH))
    assert patched["Location"] == {"DisplayName": "Your office"}, patched["Location"]
    assert patched["ChangeKey"] != created["ChangeKey"], "ChangeKey changes on every write"
    unchanged = {"@odata.context", "Location", "ChangeKey"}
    for name in set(created) - unchanged:
        assert patched[name] == created[name], f"{name} changed: {created[name]!r} -> {patched[name]!r}"
    assert {k: v for k, v in ok(p.get(one)).items() if k != "@odata.context"} == {
        k: v for k, v in patched.items() if k != "@odata.context"
    }
    # the payload carries at least one create parameter
    expect_error(p.patch(one, {}), 400, "ErrorInvalidRequest")
    expect_error(p.patch(one, {"@odata.type": f"#{NS}.Event"}), 400, "ErrorInvalidRequest")
    # End before Start, on create and on update
    backwards = {"Start": "2014-07-02T19:00:00Z", "End": "2014-07-02T18:00:00Z"}
    expect_error(p.post("Me/Events", {"@odata.type": f"#{NS}.Event", **backwards}), 400, "ErrorInvalidRequest")
    expect_error(p.patch(one, {"End": "2014-07-02T17:00:00Z"}), 400, "ErrorInvalidRequest")
    # all-day: from midnight to midnight, at least a day
    expect_error(p.patch(one, {"IsAllDay": True}), 400, "ErrorInvalidRequest")
    half = {"@odata.type": f"#{NS}.Event", "IsAllDay": True, "Start": "2014-07-02T00:00:00Z"}
    expect_error(p.post("Me/Events", {**half, "End": "2014-07-02T12:00:00Z"}), 400, "ErrorInvalidRequest")
    after = ok(p.get(one))
    assert after["ChangeKey"] == patched["ChangeKey"], "a refused write changed the event"
    assert (after["Start"], after["End"], after["IsAllDay"]) == (created["Start"], created["End"], False)
    day = ok(p.patch(one, {"IsAllDay": True, "Start": "2014-07-02T00:00:00Z", "End": "2014-07-03T00:00:00Z"}))
    assert (day["IsAllDay"], day["Start"], day["End"]) == (True, "2014-07-02T00:00:00Z", "2014-07-03T00:00:00Z")


@rule("preview.event_delete", "deleted_event_not_in_deleted_items")
def event_delete(api: Api) -> None:
    """DELETE /Me/Events(id) is a 204 and moves the event to Deleted Items (an item of class IPM.Appointment)."""
    p = preview(api)
    subject = unique("to delete")
    event = api.preview_event({"Subject": subject})
    assert p.delete(event_path(event["Id"])).status_code == 204
    expect_error(p.get(event_path(event["Id"])), 404, "ErrorItemNotFound")
    assert by_subject(p, "Me/Events", subject) == []
    deleted = by_subject(p, "Me/Folders('DeletedItems')/Messages", subject)
    for item in deleted:
        api.later(lambda item=item: api.delete(api.url(f"me/messages('{key(rest_id(item['Id']))}')", API_ROOT)))
    assert [d["ClassName"] for d in deleted] == ["IPM.Appointment"], f"Deleted Items holds {deleted}"
    folder = ok(p.get("Me/Folders('DeletedItems')"))
    assert deleted[0]["ParentFolderId"] == folder["Id"]


# -- the same mailbox, both dialects -----------------------------------------------------------------------
@rule("preview.cross_dialect", "event_time_truncated", "event_input_zone_ignored")
def cross_dialect(api: Api) -> None:
    """An event written through /ews/odata is the same event at /api/v2.0, and the other way round.

    Its id is one key in two spellings: EWS (standard base64 alphabet) at /ews/odata, REST (URL-safe) at v2.0.

    Start/End as DateTimeTimeZone (UTC, or the Prefer zone) at v2.0, as UTC instants at /ews/odata; writes are seen
    by both.
    """
    p = preview(api)
    made_here = api.preview_event(
        {"Subject": unique("preview"), "Start": "2014-07-02T18:00:00Z", "End": "2014-07-02T19:30:00Z"}
    )
    v2 = ok(api.get(f"me/events('{key(rest_id(made_here['Id']))}')"))
    assert v2["Subject"] == made_here["Subject"], v2
    assert v2["Start"] == {"DateTime": "2014-07-02T18:00:00.0000000", "TimeZone": "UTC"}, v2["Start"]
    assert v2["End"] == {"DateTime": "2014-07-02T19:30:00.0000000", "TimeZone": "UTC"}, v2["End"]
    pacific = ok(
        api.get(f"me/events('{key(rest_id(made_here['Id']))}')", prefer='outlook.timezone="Pacific Standard Time"')
    )
    assert pacific["Start"] == {"DateTime": "2014-07-02T11:00:00.0000000", "TimeZone": "Pacific Standard Time"}
    listed = ok(api.get("me/events", params={"$filter": f"Subject eq '{made_here['Subject']}'"}))["value"]
    assert [e["Id"] for e in listed] == [rest_id(made_here["Id"])], (
        "GET /api/v2.0/me/events: the default calendar's events"
    )
    made_there = api.event(
        {
            "Subject": unique("v2"),
            "Start": {"DateTime": "2015-11-26T09:00:00", "TimeZone": "Pacific Standard Time"},
            "End": {"DateTime": "2015-11-26T10:30:00", "TimeZone": "Pacific Standard Time"},
        }
    )
    seen = ok(p.get(event_path(ews_id(made_there["Id"]))))
    assert (seen["Subject"], seen["Start"], seen["End"]) == (
        made_there["Subject"],
        "2015-11-26T17:00:00Z",
        "2015-11-26T18:30:00Z",
    ), seen
    assert [e["Id"] for e in by_subject(p, "Me/Events", made_there["Subject"])] == [ews_id(made_there["Id"])]
    # a write in one dialect is seen by the other
    ok(api.patch(f"me/events('{key(made_there['Id'])}')", {"Location": {"DisplayName": "Room 2"}}))
    assert ok(p.get(event_path(ews_id(made_there["Id"]))))["Location"] == {"DisplayName": "Room 2"}
    ok(p.patch(event_path(made_here["Id"]), {"End": "2014-07-02T20:00:00+01:00"}))
    assert (
        ok(api.get(f"me/events('{key(rest_id(made_here['Id']))}')"))["End"]["DateTime"] == "2014-07-02T19:00:00.0000000"
    )


# -- Users('{address}'), scopes, $metadata ------------------------------------------------------------------
@rule("preview.users_path", "shared_mailbox", users=2)
def users_path(api: Api) -> None:
    """/Users('{own address}')/… works like /Me/…; another user's mailbox is a 403 ErrorAccessDenied.

    Those are the links the preview hands out; another user's event id is not found (404); an unknown address is a
    404 ErrorNonExistentMailbox.
    """
    p = preview(api)
    with Api(api.target, user=1, root=PREVIEW_ROOT) as other:
        mine, theirs = address_of(p), address_of(other)
        assert mine.lower() != theirs.lower(), f"both users' links name the mailbox {mine}"
        event = api.preview_event({"Subject": unique("mine")})
        own = f"Users('{key(mine)}')"
        assert ok(p.get(f"{own}/Calendar"))["Id"] == ok(p.get("Me/Calendar"))["Id"]
        assert ok(p.get(f"{own}/Events('{key(event['Id'])}')"))["Id"] == event["Id"]
        assert ok(other.get(f"Users('{key(theirs)}')/Calendar"))["Id"] == ok(other.get("Me/Calendar"))["Id"]
        expect_error(p.get(f"Users('{key(theirs)}')/Calendar"), 403, "ErrorAccessDenied")
        expect_error(other.get(f"Users('{key(mine)}')/Events('{key(event['Id'])}')"), 403, "ErrorAccessDenied")
        expect_error(other.get(event_path(event["Id"])), 404, "ErrorItemNotFound")
        assert event["Id"] not in ids(other, "Me/Events")
        nobody = f"nobody-{secrets.token_hex(4)}@{mine.partition('@')[2]}"
        expect_error(p.get(f"Users('{nobody}')/Calendar"), 404, "ErrorNonExistentMailbox")


@rule("preview.scopes", "accept_any_token", users=2)
def scopes(api: Api) -> None:
    """No or a bad token is a 401; Calendar.Read allows GET only; Accept needs Mail.Write and Calendar.Write.

    Writes without Calendar.Write are a 403 ErrorAccessDenied; messages need Mail.Read or Mail.Write (mock only: the
    scoped tokens come from its token endpoint).
    """
    url = f"{PREVIEW_ROOT}/Me/Events"
    for headers in ({"Authorization": ""}, {"Authorization": "Bearer not.a.jwt"}, {"Authorization": "Basic YTpi"}):
        answer = api.http.get(url, headers=headers)
        expect_error(answer, 401, "InvalidAuthenticationToken")
        assert answer.headers.get("WWW-Authenticate", "").lower().startswith("bearer"), answer.headers
    reader_token = mock_token(api.target, 0, "Calendar.Read")  # a live run without a token endpoint: not run
    p = preview(api)
    attendee = attendee_session(api)  # first: its clean-up runs after the rest
    event = api.preview_event({"Subject": unique("scoped")})
    calendar = api.preview_calendar(unique("scoped"))
    group = api.preview_group(unique("scoped"))
    with Api(api.target, root=PREVIEW_ROOT, token=reader_token) as reader:
        for path in ("Me/CalendarGroups", "Me/Calendars", "Me/Calendar", "Me/Events", event_path(event["Id"])):
            ok(reader.get(path))
        denied = (
            reader.post("Me/Events", {"@odata.type": f"#{NS}.Event", "Subject": "denied"}),
            reader.patch(event_path(event["Id"]), {"Subject": "denied"}),
            reader.delete(event_path(event["Id"])),
            reader.post("Me/Calendars", {"@odata.type": f"#{NS}.Calendar", "Name": "denied"}),
            reader.patch(f"Me/Calendars('{key(calendar['Id'])}')", {"Name": "denied"}),
            reader.delete(f"Me/Calendars('{key(calendar['Id'])}')"),
            reader.post("Me/CalendarGroups", {"@odata.type": f"#{NS}.CalendarGroup", "Name": "denied"}),
            reader.delete(f"Me/CalendarGroups('{key(group['Id'])}')"),
            reader.get("Me/Messages"),
        )
        for answer in denied:
            expect_error(answer, 403, "ErrorAccessDenied")
    assert ok(p.get(event_path(event["Id"])))["Subject"] == event["Subject"], "a denied write changed the event"
    assert ok(p.get(f"Me/Calendars('{key(calendar['Id'])}')"))["Name"] == calendar["Name"]
    assert ok(p.get(f"Me/CalendarGroups('{key(group['Id'])}')"))["Id"] == group["Id"]
    # Calendar.Write allows GET, POST, PATCH and DELETE (the seed's table 1)
    with Api(api.target, root=PREVIEW_ROOT, token=mock_token(api.target, 0, "Calendar.Write")) as writer:
        ok(writer.get("Me/Events"))
        written = ok(writer.post("Me/Events", {"@odata.type": f"#{NS}.Event", "Subject": unique("written")}), 201)
        api.later(lambda: p.delete(event_path(written["Id"])))
        ok(writer.patch(event_path(written["Id"]), {"Subject": "rewritten"}))
        assert writer.delete(event_path(written["Id"])).status_code == 204
        expect_error(writer.get("Me/Messages"), 403, "ErrorAccessDenied")
    # Responding to a meeting request: Mail.Write and Calendar.Write (the seed: 所需范围:Mail.Write 和 Calendar.Write)
    _, copy, _ = invite(api, attendee, unique("scoped meeting"))
    accept = f"{event_path(copy['Id'])}/Accept"
    for scope in ("Calendar.Write", "Mail.Write", "Calendar.Read Mail.Write"):
        with Api(api.target, user=1, root=PREVIEW_ROOT, token=mock_token(api.target, 1, scope)) as limited:
            expect_error(limited.post(accept, {"Comment": "denied"}), 403, "ErrorAccessDenied")
    assert ok(attendee.get(event_path(copy["Id"])))["ShowAs"] == "Tentative", "a denied Accept was applied"
    token = mock_token(api.target, 1, "Calendar.Write Mail.Write")
    with Api(api.target, user=1, root=PREVIEW_ROOT, token=token) as writer:
        assert writer.post(accept, {"Comment": "ok"}).status_code == 202


@rule("preview.metadata", "accept_any_token")
def metadata(api: Api) -> None:
    """GET /ews/odata/$metadata and /api/v2.0/$metadata are EDMX documents naming the entity types served.

    application/xml, OData 4.0; a bearer token is needed (any scope).
    """
    edm = "{http://docs.oasis-open.org/odata/ns/edm}"
    served = {
        PREVIEW_ROOT: {"CalendarGroup", "Calendar", "Event", "Message", "Folder", "FileAttachment", "ItemAttachment"},
        API_ROOT: {"Task", "TaskFolder", "TaskGroup", "Message", "MailFolder", "Contact", "ContactFolder"}
        | {"Calendar", "Event"},
    }
    for root, types in served.items():
        url = f"{root}/$metadata"
        expect_error(api.http.get(url, headers={"Authorization": ""}), 401, "InvalidAuthenticationToken")
        answer = api.http.get(url)
        assert answer.status_code == 200, f"GET {url}: {answer.status_code} {answer.text[:200]}"
        assert answer.headers["content-type"].split(";")[0].strip() == "application/xml", answer.headers
        document = ElementTree.fromstring(answer.content)
        assert document.tag == "{http://docs.oasis-open.org/odata/ns/edmx}Edmx", document.tag
        assert document.get("Version") == "4.0", document.attrib
        names = {e.get("Name") for e in document.iter(f"{edm}EntityType")}
        assert types <= names, f"{url}: no entity type {sorted(types - names)}"
        assert list(document.iter(f"{edm}EntityContainer")), f"{url}: no EntityContainer"


# -- event attachments --------------------------------------------------------------------------------------
@rule(
    "preview.event_attachments", "attachment_update_ignored", "item_attachment_not_validated", "has_attachments_stale"
)
def event_attachments(api: Api) -> None:
    """Event attachments are added, listed, read, renamed (kept) and deleted; an item attachment embeds a real event.

    HasAttachments follows them; $expand=Item returns the embedded event; an invalid one is a 400 and stores nothing.
    """
    p = preview(api)
    event = api.preview_event({"Subject": unique("with attachments")})
    one = event_path(event["Id"])
    base = f"{one}/Attachments"
    content = base64.b64encode(b"Agenda: the Calendar REST API").decode()
    file_body = {"@odata.type": f"#{NS}.FileAttachment", "Name": "agenda.txt", "ContentType": "text/plain"}
    expect_error(p.post(base, {"Name": "untyped.txt", "ContentBytes": content}), 400, "RequestBodyRead")
    created = ok(p.post(base, {**file_body, "ContentBytes": content}), 201)
    assert created["@odata.type"] == f"#{NS}.FileAttachment", created
    assert (created["Name"], created["ContentType"], created["ContentBytes"]) == ("agenda.txt", "text/plain", content)
    assert created["IsInline"] is False and isinstance(created["Size"], int)
    assert ok(p.get(one))["HasAttachments"] is True, "HasAttachments follows the attachments"
    assert ids(p, base) == [created["Id"]]
    attachment = f"{base}('{key(created['Id'])}')"
    assert ok(p.get(attachment))["ContentBytes"] == content
    renamed = ok(p.patch(attachment, {"Name": "agenda v2.txt"}))
    assert renamed["Name"] == "agenda v2.txt" and renamed["ContentBytes"] == content, renamed
    assert ok(p.get(attachment))["Name"] == "agenda v2.txt", "an attachment's PATCH was not kept"
    assert [a["Name"] for a in values(p, base)] == ["agenda v2.txt"]
    expect_error(p.patch(attachment, {"Size": 1}), 400, "ErrorInvalidProperty")
    # an item attachment embeds a real event: in no calendar, checked like one
    embedded = {
        "@odata.type": f"#{NS}.Event",
        "Subject": unique("embedded"),
        "Start": "2014-07-03T09:00:00-07:00",
        "End": "2014-07-03T10:00:00-07:00",
    }
    item_body = {"@odata.type": f"#{NS}.ItemAttachment", "Name": "the follow-up"}
    item = ok(p.post(base, {**item_body, "Item": embedded}), 201)
    assert item["@odata.type"] == f"#{NS}.ItemAttachment" and "Item" not in item, item
    expanded = ok(p.get(f"{base}('{key(item['Id'])}')", params={"$expand": "Item"}))["Item"]
    assert expanded["@odata.type"] == f"#{NS}.Event", expanded
    assert (expanded["Subject"], expanded["Start"], expanded["End"]) == (
        embedded["Subject"],
        "2014-07-03T16:00:00Z",
        "2014-07-03T17:00:00Z",
    ), expanded
    assert by_subject(p, "Me/Events", embedded["Subject"]) == [], "an embedded event is in no calendar"
    for bad in (
        {**embedded, "End": "2014-07-03T08:00:00-07:00"},
        {k: v for k, v in embedded.items() if k != "@odata.type"},
        {**embedded, "NoSuchProperty": 1},
    ):
        expect_error(p.post(base, {**item_body, "Name": "invalid", "Item": bad}), 400)
    assert sorted(ids(p, base)) == sorted([created["Id"], item["Id"]]), "a refused attachment was stored"
    # delete
    assert p.delete(attachment).status_code == 204
    expect_error(p.get(attachment), 404)
    assert p.delete(f"{base}('{key(item['Id'])}')").status_code == 204
    assert ids(p, base) == [] and ok(p.get(one))["HasAttachments"] is False
