"""Calendars and events, with their extended properties (seed 001: the two POST /me/events examples and the GET of
an event with ``$expand=MultiValueExtendedProperties(...)``, replayed with the seed's values)."""

from __future__ import annotations

import secrets

import httpx

from ..api import PREVIEW_NS, Api, expect_error, key, ok
from ..target import PREVIEW_ROOT
from . import rule
from .extended import COLOR, PALLETE_INT, _expand, _single
from .preview import sweep_messages, values

SINGLE, MULTI = "SingleValueExtendedProperties", "MultiValueExtendedProperties"
BIG_PAGE = "odata.maxpagesize=1000"
PACIFIC = "Pacific Standard Time"
FUN = "String {66f5a359-4659-4830-9070-00040ec6ac6e} Name Fun"
RECREATION = "StringArray {66f5a359-4659-4830-9070-00050ec6ac6e} Name Recreation"
UNSET = "0001-01-01T00:00:00Z"


def _pst(text: str) -> dict:
    return {"DateTime": text, "TimeZone": PACIFIC}


def _utc(text: str) -> dict:
    return {"DateTime": text, "TimeZone": "UTC"}


def _ids(api: Api, path: str, **params: str) -> list[str]:
    """The Ids of a whole collection (following @odata.nextLink: a live mailbox may hold more than a page)."""
    return [item["Id"] for item in values(api, path, **params)]


def _me(api: Api) -> tuple[str, str]:
    """(Name, Address) of the signed-in user, as the Organizer of an event it creates."""
    probe = api.event({"Subject": "who am I"})
    organizer = probe["Organizer"]["EmailAddress"]
    return organizer["Name"], organizer["Address"]


# The seed's second example: a new event with a multi-value extended property.
REUNION = {
    "Subject": "Family reunion",
    "Body": {"ContentType": "HTML", "Content": "Let's get together this Thanksgiving!"},
    "Start": _pst("2015-11-26T09:00:00"),
    "End": _pst("2015-11-29T21:00:00"),
    "Attendees": [
        {"EmailAddress": {"Address": "Terrie@contoso.com", "Name": "Terrie Barrera"}, "Type": "Required"},
        {"EmailAddress": {"Address": "Lauren@contoso.com", "Name": "Lauren Solis"}, "Type": "Required"},
    ],
    MULTI: [{"PropertyId": RECREATION, "Value": ["Food", "Hiking", "Swimming"]}],
}
# The seed's first example: a new event with a single-value extended property.
THANKSGIVING = {
    "Subject": "Celebrate Thanksgiving",
    "Body": {"ContentType": "HTML", "Content": "Let's get together!"},
    "Start": _pst("2015-11-26T18:00:00"),
    "End": _pst("2015-11-26T23:00:00"),
    "Attendees": [{"EmailAddress": {"Address": "Terrie@contoso.com", "Name": "Terrie Barrera"}, "Type": "Required"}],
    SINGLE: [{"PropertyId": FUN, "Value": "Food"}],
}


@rule("calendar.default_calendar", "allow_delete_default_calendar", "allow_rename_default_calendar")
def default_calendar(api: Api) -> None:
    """The default calendar is listed, reachable at /me/calendar, and can be neither deleted nor renamed (400).

    Seed 002: the default calendar is distinguished, so its Name is fixed; v2.0's Color stays writable.
    """
    default = ok(api.get("me/calendar"))
    assert default["Id"] in _ids(api, "me/calendars"), "the default calendar is not listed"
    expect_error(api.delete(f"me/calendars('{key(default['Id'])}')"), 400, "ErrorDeleteDistinguishedFolder")
    expect_error(api.delete("me/calendar"), 400, "ErrorDeleteDistinguishedFolder")
    assert ok(api.get("me/calendar"))["Id"] == default["Id"]
    renamed = api.patch("me/calendar", {"Name": "Renamed"})
    if renamed.status_code < 300:  # put it back before failing
        api.patch("me/calendar", {"Name": default["Name"]})
    expect_error(renamed, 400, "ErrorInvalidRequest")
    assert ok(api.get("me/calendar"))["Name"] == default["Name"]
    color = "LightTeal" if default["Color"] != "LightTeal" else "LightPink"
    recolored = ok(api.patch("me/calendar", {"Color": color}))
    assert (recolored["Id"], recolored["Name"], recolored["Color"]) == (default["Id"], default["Name"], color)
    ok(api.patch("me/calendar", {"Color": default["Color"]}))


@rule("calendar.placement", "events_list_all_calendars", "event_created_elsewhere")
def placement(api: Api) -> None:
    """POST /me/events lands in the default calendar, POST calendars('{id}')/events in that calendar; GET /me/events
    lists the default calendar's events only; deleting a calendar deletes its events."""
    mine = api.event({"Subject": "default"})
    assert mine["Id"] in _ids(api, "me/calendar/events")
    other = api.calendar("Team")
    assert other["Name"] == "Team" and other["Id"] != ok(api.get("me/calendar"))["Id"]
    filed = api.event({"Subject": "filed"}, calendar=other["Id"])
    assert _ids(api, f"me/calendars('{key(other['Id'])}')/events") == [filed["Id"]]
    listed = _ids(api, "me/events")
    assert mine["Id"] in listed and filed["Id"] not in listed, "GET /me/events: the default calendar only"
    assert ok(api.get(f"me/events('{key(filed['Id'])}')"))["Subject"] == "filed"
    assert api.delete(f"me/calendars('{key(other['Id'])}')").status_code == 204
    expect_error(api.get(f"me/calendars('{key(other['Id'])}')"), 404, "ErrorFolderNotFound")
    expect_error(api.get(f"me/events('{key(filed['Id'])}')"), 404, "ErrorItemNotFound")


@rule(
    "calendar.seed_events",
    "event_time_truncated",
    "event_input_zone_ignored",
    "event_original_zone_not_recorded",
    "event_extended_properties_dropped",
)
def seed_events(api: Api) -> None:
    """The seed's POST /me/events examples and the GET with $expand=MultiValueExtendedProperties, with its values."""
    root = f"{api.target.origin}/api/v2.0/$metadata#"
    name, address = _me(api)
    created = api.event(REUNION)
    assert MULTI not in created, "the response to a create does not include extended properties"
    item = f"me/events('{key(created['Id'])}')"
    got = ok(api.get(item, params=_expand(MULTI, RECREATION)))
    expected = {
        "@odata.context": f"{root}Me/Events/$entity",
        "Categories": [],
        "OriginalStartTimeZone": PACIFIC,
        "OriginalEndTimeZone": PACIFIC,
        "ResponseStatus": {"Response": "Organizer", "Time": UNSET},
        "ReminderMinutesBeforeStart": 15,
        "IsReminderOn": True,
        "HasAttachments": False,
        "Subject": "Family reunion",
        "BodyPreview": "Let's get together this Thanksgiving!",
        "Importance": "Normal",
        "Sensitivity": "Normal",
        "Start": _utc("2015-11-26T17:00:00.0000000"),
        "End": _utc("2015-11-30T05:00:00.0000000"),
        "Location": {"DisplayName": ""},
        "IsAllDay": False,
        "IsCancelled": False,
        "IsOrganizer": True,
        "Recurrence": None,
        "ResponseRequested": True,
        "SeriesMasterId": None,
        "ShowAs": "Busy",
        "Type": "SingleInstance",
        "Attendees": [
            {
                "Status": {"Response": "None", "Time": UNSET},
                "Type": "Required",
                "EmailAddress": {"Name": "Terrie Barrera", "Address": "Terrie@contoso.com"},
            },
            {
                "Status": {"Response": "None", "Time": UNSET},
                "Type": "Required",
                "EmailAddress": {"Name": "Lauren Solis", "Address": "Lauren@contoso.com"},
            },
        ],
        "Organizer": {"EmailAddress": {"Name": name, "Address": address}},
        f"{MULTI}@odata.context": f"{root}Me/Events('{key(created['Id'])}')/{MULTI}",
        MULTI: [{"PropertyId": RECREATION, "Value": ["Food", "Hiking", "Swimming"]}],
    }
    for field, value in expected.items():
        assert got.get(field) == value, f"{field}: expected {value!r}, got {got.get(field)!r}"
    assert got["Body"]["ContentType"] == "HTML" and "Let's get together this Thanksgiving!" in got["Body"]["Content"]
    assert got["@odata.etag"] == f'W/"{got["ChangeKey"]}"' and got["iCalUId"] and got["WebLink"].startswith("http")
    fun = api.event(THANKSGIVING)
    assert SINGLE not in fun
    single = ok(api.get(f"me/events('{key(fun['Id'])}')", params=_expand(SINGLE, FUN)))
    assert single[SINGLE] == [{"PropertyId": FUN, "Value": "Food"}]
    assert (single["Start"], single["End"]) == (
        _utc("2015-11-27T02:00:00.0000000"),
        _utc("2015-11-27T07:00:00.0000000"),
    )


@rule("calendar.prefer_timezone", "event_prefer_timezone_ignored")
def prefer_timezone(api: Api) -> None:
    """Start/End come back in UTC, or in the Prefer: outlook.timezone zone with their time of day; IANA names work."""
    created = api.event({"Start": _pst("2015-11-26T09:00:00"), "End": _pst("2015-11-26T10:30:00")})
    item = f"me/events('{key(created['Id'])}')"
    pacific = ok(api.get(item, prefer=f'outlook.timezone="{PACIFIC}"'))
    assert pacific["Start"] == _pst("2015-11-26T09:00:00.0000000"), pacific["Start"]
    assert pacific["End"] == _pst("2015-11-26T10:30:00.0000000"), pacific["End"]
    tokyo = ok(api.get(item, prefer='outlook.timezone="Asia/Tokyo"'))
    assert tokyo["Start"] == {"DateTime": "2015-11-27T02:00:00.0000000", "TimeZone": "Asia/Tokyo"}
    berlin = api.event(
        {
            "Start": {"DateTime": "2016-07-01T12:15:00", "TimeZone": "Europe/Berlin"},
            "End": {"DateTime": "2016-07-01T13:00:00", "TimeZone": "Europe/Berlin"},
        }
    )
    assert berlin["Start"] == _utc("2016-07-01T10:15:00.0000000") and berlin["OriginalStartTimeZone"] == "Europe/Berlin"


@rule(
    "calendar.time_rules", "accept_event_end_before_start", "accept_unknown_event_zone", "accept_all_day_not_midnight"
)
def time_rules(api: Api) -> None:
    """End before Start, an unknown zone, or an all-day event not from midnight to midnight is a 400 (and changes
    nothing); an all-day event from midnight to midnight is fine."""
    backwards = {"Start": _pst("2015-11-26T10:00:00"), "End": _pst("2015-11-26T09:00:00")}
    expect_error(api.post("me/events", {"Subject": "x", **backwards}), 400, "ErrorInvalidRequest")
    mars = {"DateTime": "2015-11-26T10:00:00", "TimeZone": "Mars Standard Time"}
    expect_error(
        api.post("me/events", {"Start": mars, "End": _pst("2015-11-26T11:00:00")}), 400, "TimeZoneNotSupportedException"
    )
    created = api.event({"Start": _pst("2015-11-26T09:00:00"), "End": _pst("2015-11-26T10:00:00")})
    item = f"me/events('{key(created['Id'])}')"
    expect_error(api.patch(item, {"End": _pst("2015-11-26T08:00:00")}), 400, "ErrorInvalidRequest")
    expect_error(api.patch(item, {"IsAllDay": True}), 400, "ErrorInvalidRequest")
    assert ok(api.get(item))["End"] == created["End"] and ok(api.get(item))["IsAllDay"] is False
    day = {"IsAllDay": True, "Start": _pst("2015-11-26T00:00:00"), "End": _pst("2015-11-27T00:00:00")}
    all_day = ok(api.patch(item, day))
    assert all_day["IsAllDay"] is True and all_day["Start"] == _utc("2015-11-26T08:00:00.0000000")
    half = {"IsAllDay": True, "Start": _pst("2015-11-26T00:00:00"), "End": _pst("2015-11-26T12:00:00")}
    expect_error(api.post("me/events", half), 400, "ErrorInvalidRequest")


@rule("calendar.changekey_and_queries", "event_changekey_not_updated", "calendar_changekey_not_updated")
def changekey_and_queries(api: Api) -> None:
    """Every write changes ChangeKey and @odata.etag (events and calendars); lists honour $filter/$orderby/$select/
    $top/$skip over the filterable properties; read-only and unknown properties are refused."""
    calendar = api.calendar("queries")
    renamed = ok(api.patch(f"me/calendars('{key(calendar['Id'])}')", {"Name": "queries 2", "Color": "LightGreen"}))
    assert renamed["Name"] == "queries 2" and renamed["Color"] == "LightGreen"
    assert renamed["ChangeKey"] != calendar["ChangeKey"], "a calendar's ChangeKey changes on every write"
    events = [
        api.event(
            {
                "Subject": subject,
                "Start": _utc(f"2016-01-0{day}T09:00:00"),
                "End": _utc(f"2016-01-0{day}T10:00:00"),
                "Importance": importance,
                "Location": {"DisplayName": room},
            },
            calendar=calendar["Id"],
        )
        for subject, day, importance, room in (("Ann", 3, "High", "A"), ("Bob", 1, "Low", "B"), ("Cid", 2, "High", "C"))
    ]
    item = f"me/events('{key(events[0]['Id'])}')"
    patched = ok(api.patch(item, {"ShowAs": "Tentative", "Sensitivity": "Private", "Categories": ["Blue"]}))
    assert (patched["ShowAs"], patched["Sensitivity"], patched["Categories"]) == ("Tentative", "Private", ["Blue"])
    assert patched["ChangeKey"] != events[0]["ChangeKey"] and patched["@odata.etag"] == f'W/"{patched["ChangeKey"]}"'
    again = ok(api.patch(item, {"Subject": "Ann"}))
    assert again["ChangeKey"] != patched["ChangeKey"]
    assert ok(api.get(item))["ChangeKey"] == again["ChangeKey"]
    path = f"me/calendars('{key(calendar['Id'])}')/events"
    assert _ids(api, path, **{"$filter": "Importance eq 'High'", "$orderby": "Start/DateTime"}) == [
        events[2]["Id"],
        events[0]["Id"],
    ]
    assert _ids(api, path, **{"$filter": "Location/DisplayName eq 'B'"}) == [events[1]["Id"]]
    ordered = ok(api.get(path, params={"$orderby": "Subject desc", "$select": "Subject", "$top": "2", "$skip": "1"}))
    assert [e["Subject"] for e in ordered["value"]] == ["Bob", "Ann"] and "Start" not in ordered["value"][0]
    expect_error(api.get(path, params={"$filter": "Attendees/any(a: a/Type eq 'Required')"}), 400)
    expect_error(api.post("me/events", {"Subject": "x", "iCalUId": "x"}), 400, "ErrorInvalidProperty")
    expect_error(api.post("me/events", {"Nope": 1}), 400, "RequestBodyRead")


@rule("calendar.extended_properties", "event_lists_ignore_extended_filter")
def extended_properties(api: Api) -> None:
    """Seed 001 on events and calendars: POST/PATCH, not echoed, $expand, SingleValueExtendedProperties/Any(...)."""
    root = f"{api.target.origin}/api/v2.0/$metadata#"
    calendar = api.calendar("extended", **_single(COLOR, "Green"))
    assert SINGLE not in calendar
    got = ok(api.get(f"me/calendars('{key(calendar['Id'])}')", params=_expand(SINGLE, COLOR)))
    assert got[SINGLE] == [{"PropertyId": COLOR, "Value": "Green"}]
    assert got[f"{SINGLE}@odata.context"] == f"{root}Me/Calendars('{key(calendar['Id'])}')/{SINGLE}"
    green = api.event({"Subject": "green", **_single(COLOR, "Green")}, calendar=calendar["Id"])
    blue = api.event({"Subject": "blue", **_single(COLOR, "Blue")}, calendar=calendar["Id"])
    twelve = api.event({"Subject": "12", SINGLE: [{"PropertyId": PALLETE_INT, "Value": "12"}]}, calendar["Id"])
    patched = ok(api.patch(f"me/events('{key(blue['Id'])}')", {SINGLE: [{"PropertyId": COLOR, "Value": "Aqua"}]}))
    assert SINGLE not in patched and patched["Subject"] == "blue"
    events = f"me/calendars('{key(calendar['Id'])}')/events"
    text = f"SingleValueExtendedProperties/Any(ep: ep/PropertyId eq '{COLOR}' and ep/Value eq 'Green')"
    assert _ids(api, events, **{"$filter": text}) == [green["Id"]]
    aqua = f"SingleValueExtendedProperties/any(ep: ep/PropertyId eq '{COLOR}' and ep/Value eq 'Aqua')"
    assert _ids(api, events, **{"$filter": aqua}) == [blue["Id"]]
    cast = f"SingleValueExtendedProperties/any(ep:ep/PropertyId eq '{PALLETE_INT}' and cast(ep/Value, Edm.Int32) eq 12)"
    assert _ids(api, events, **{"$filter": cast}) == [twelve["Id"]]
    assert calendar["Id"] in _ids(api, "me/calendars", **{"$filter": text})
    multi_filter = f"MultiValueExtendedProperties/Any(ep: ep/PropertyId eq '{RECREATION}')"
    expect_error(api.get("me/events", params={"$filter": multi_filter}), 400, "ErrorInvalidProperty")


WEEKLY = {
    "Pattern": {"Type": "Weekly", "Interval": 1, "DaysOfWeek": ["Thursday"], "FirstDayOfWeek": "Sunday"},
    "Range": {"Type": "Numbered", "StartDate": "2015-11-26", "NumberOfOccurrences": 4},
}


@rule("calendar.writable_recurrence_organizer_cancelled", "event_recurrence_not_validated")
def writable_recurrence_organizer_cancelled(api: Api) -> None:
    """Recurrence, Organizer and IsCancelled are writable (Event property table); a bad recurrence is a 400."""
    organizer = {"EmailAddress": {"Name": "Hope Gross", "Address": "hope@contoso.com"}}
    event = api.event({"Recurrence": WEEKLY, "Organizer": organizer, "IsCancelled": True})
    read = ok(api.get(f"me/events('{key(event['Id'])}')"))
    assert read["Type"] == "SeriesMaster" and read["IsCancelled"] is True, read
    assert read["Organizer"] == organizer, read["Organizer"]
    pattern, range_ = read["Recurrence"]["Pattern"], read["Recurrence"]["Range"]
    assert (pattern["Type"], pattern["DaysOfWeek"], pattern["Interval"]) == ("Weekly", ["Thursday"], 1), pattern
    assert (range_["Type"], range_["StartDate"], range_["NumberOfOccurrences"]) == ("Numbered", "2015-11-26", 4)
    # A weekly pattern without days cannot occur: refused, and nothing changes.
    broken = {"Pattern": {"Type": "Weekly", "Interval": 1, "DaysOfWeek": [], "FirstDayOfWeek": "Sunday"}}
    answer = api.patch(f"me/events('{key(event['Id'])}')", {"Recurrence": {**WEEKLY, **broken}})
    expect_error(answer, 400, "ErrorCalendarInvalidRecurrence")
    assert ok(api.get(f"me/events('{key(event['Id'])}')"))["Recurrence"] == read["Recurrence"]
    cleared = ok(api.patch(f"me/events('{key(event['Id'])}')", {"Recurrence": None, "IsCancelled": False}))
    assert (cleared["Type"], cleared["Recurrence"], cleared["IsCancelled"]) == ("SingleInstance", None, False)


@rule("calendar.meetings_seen_in_v2", "meeting_request_not_delivered", users=2)
def meetings_seen_in_v2(api: Api) -> None:
    """A v2.0 event with a tenant attendee is a meeting: the attendee gets a request and an unanswered copy.

    The request is an EventMessage (``@odata.type``, ``MeetingMessageType`` MeetingRequest) in their Inbox.
    """
    sweep_messages(api)
    other = Api(api.target, user=1)
    sweep_messages(other)
    api.later(other.close)  # after the organizer's clean-up: its cancellation is swept too
    _, address = _me(other)
    _, organizer_address = _me(api)
    subject = f"v2 meeting {secrets.token_hex(4)}"
    meeting = api.event({"Subject": subject, "Attendees": [{"EmailAddress": {"Address": address}}]})
    copies = [e for e in values(other, "me/events") if e["iCalUId"] == meeting["iCalUId"]]
    assert len(copies) == 1, "the attendee's calendar has no copy of the meeting"
    copy = copies[0]
    other.later(lambda: other.delete(f"me/events('{key(copy['Id'])}')"))
    assert copy["IsOrganizer"] is False and copy["ResponseStatus"]["Response"] == "NotResponded", copy
    assert copy["ShowAs"] == "Tentative" and copy["Organizer"]["EmailAddress"]["Address"] == organizer_address
    assert (copy["Subject"], copy["Start"], copy["End"]) == (meeting["Subject"], meeting["Start"], meeting["End"])
    assert meeting["Attendees"][0]["Status"]["Response"] == "None", meeting["Attendees"]
    inbox = values(other, "me/mailfolders('Inbox')/messages")
    requests = [m for m in inbox if m["Subject"] == subject]
    assert len(requests) == 1, f"no meeting request in the attendee's Inbox: {[m['Subject'] for m in inbox]}"
    assert requests[0].get("@odata.type") == "#Microsoft.OutlookServices.EventMessage", requests[0]
    assert requests[0].get("MeetingMessageType") == "MeetingRequest", requests[0]


@rule("calendar.view_expands_series", "calendar_view_series_not_expanded")
def view_expands_series(api: Api) -> None:
    """A calendar view lists a series' occurrences in its window (Type Occurrence, SeriesMasterId), not the master.

    Reference (calendar REST operations, v2.0 "Get calendar view" and "Get event instances"): the view holds the
    occurrences, exceptions and single instances of the time window; each occurrence has its own Id, which GET
    reads; ``startDateTime``/``endDateTime`` are required.
    """
    subject = f"weekly {secrets.token_hex(4)}"
    master = api.event(
        {
            "Subject": subject,
            "Start": _pst("2031-03-03T09:00:00"),
            "End": _pst("2031-03-03T09:30:00"),
            "Recurrence": {
                "Pattern": {"Type": "Weekly", "Interval": 1, "DaysOfWeek": ["Monday"], "FirstDayOfWeek": "Sunday"},
                "Range": {"Type": "Numbered", "StartDate": "2031-03-03", "NumberOfOccurrences": 5},
            },
        }
    )
    # 3 March to 24 March (exclusive) holds three Mondays; the 9 March change to daylight time moves UTC by an hour.
    window = {"startDateTime": "2031-03-03T00:00:00Z", "endDateTime": "2031-03-24T00:00:00Z"}
    listed = ok(api.get("me/calendarview", params=window, prefer=BIG_PAGE))["value"]
    mine = [e for e in listed if e["Subject"] == subject]
    assert [e["Type"] for e in mine] == ["Occurrence"] * 3, [(e["Type"], e["Start"]) for e in mine]
    assert all(e["SeriesMasterId"] == master["Id"] for e in mine), [e["SeriesMasterId"] for e in mine]
    assert [e["Start"]["DateTime"][:16] for e in mine] == ["2031-03-03T17:00", "2031-03-10T16:00", "2031-03-17T16:00"]
    assert len({e["Id"] for e in mine}) == 3 and master["Id"] not in {e["Id"] for e in mine}
    again = ok(api.get(f"me/events('{key(mine[1]['Id'])}')"))
    assert (again["Id"], again["Type"], again["Start"]) == (mine[1]["Id"], "Occurrence", mine[1]["Start"])
    instances = ok(api.get(f"me/events('{key(master['Id'])}')/instances", params=window, prefer=BIG_PAGE))["value"]
    assert [e["Id"] for e in instances] == [e["Id"] for e in mine]
    expect_error(
        api.get("me/calendarview", params={"startDateTime": window["startDateTime"]}), 400, "ErrorInvalidParameter"
    )


@rule("calendar.occurrence_exception_and_removal", "occurrence_delete_ignored")
def occurrence_exception_and_removal(api: Api) -> None:
    """PATCH of one occurrence makes it an Exception of its series; DELETE of one removes that date only.

    Issue 11 (what real v2.0 clients do with a calendar view's occurrences): the series master and its other
    occurrences stay as they were.
    """
    subject = f"daily {secrets.token_hex(4)}"
    master = api.event(
        {
            "Subject": subject,
            "Start": _utc("2032-05-03T08:00:00"),
            "End": _utc("2032-05-03T08:15:00"),
            "Recurrence": {
                "Pattern": {"Type": "Daily", "Interval": 1},
                "Range": {"Type": "EndDate", "StartDate": "2032-05-03", "EndDate": "2032-05-06"},
            },
        }
    )
    window = {"startDateTime": "2032-05-01T00:00:00Z", "endDateTime": "2032-05-10T00:00:00Z"}

    def mine() -> list[dict]:
        listed = ok(api.get(f"me/events('{key(master['Id'])}')/instances", params=window, prefer=BIG_PAGE))["value"]
        return [(e["Id"], e["Type"], e["Subject"]) for e in listed]

    first, second, third, fourth = (event_id for event_id, _, _ in mine())
    changed = ok(api.patch(f"me/events('{key(second)}')", {"Subject": "changed"}))
    assert (changed["Id"], changed["Type"], changed["SeriesMasterId"]) == (second, "Exception", master["Id"]), changed
    assert api.delete(f"me/events('{key(third)}')").status_code == 204
    assert mine() == [
        (first, "Occurrence", subject),
        (second, "Exception", "changed"),
        (fourth, "Occurrence", subject),
    ], mine()
    expect_error(api.get(f"me/events('{key(third)}')"), 404, "ErrorItemNotFound")
    assert ok(api.get(f"me/events('{key(master['Id'])}')"))["Subject"] == subject


@rule("calendar.occurrence_shorter_than_interval", "occurrence_longer_than_interval_accepted")
def occurrence_shorter_than_interval(api: Api) -> None:
    """A recurring event whose one occurrence outlasts the gap between occurrences is a 400 (both dialects).

    Exchange's ErrorOccurrenceTimeSpanTooBig (EWS ResponseCode: an occurrence's time overlaps another occurrence of
    the same recurring item), on create and on update; an occurrence exactly as long as the gap is allowed.
    """
    daily = {
        "Pattern": {"Type": "Daily", "Interval": 1},
        "Range": {"Type": "Numbered", "StartDate": "2033-01-03", "NumberOfOccurrences": 3},
    }
    too_long = {"Start": _utc("2033-01-03T09:00:00"), "End": _utc("2033-01-04T09:01:00"), "Recurrence": daily}

    def refused(answer: httpx.Response, root: str = "me/events('{id}')") -> None:
        if answer.status_code == 201:  # accepted after all: still clean up before failing
            created = answer.json()["Id"]
            api.later(lambda: api.delete(root.format(id=key(created))))
        expect_error(answer, 400, "ErrorOccurrenceTimeSpanTooBig")

    refused(api.post("me/events", {"Subject": "too long", **too_long}))
    event = api.event({"Start": _utc("2033-01-03T09:00:00"), "End": _utc("2033-01-04T09:00:00"), "Recurrence": daily})
    answer = api.patch(f"me/events('{key(event['Id'])}')", {"End": _utc("2033-01-04T09:01:00")})
    expect_error(answer, 400, "ErrorOccurrenceTimeSpanTooBig")
    assert ok(api.get(f"me/events('{key(event['Id'])}')"))["End"]["DateTime"].startswith("2033-01-04T09:00:00")
    # The 2014 preview writes through the same rules.
    preview = api.at(PREVIEW_ROOT)
    body = {
        "@odata.type": f"#{PREVIEW_NS}.Event",
        "Subject": "too long",
        "Start": "2033-01-03T09:00:00Z",
        "End": "2033-01-04T09:01:00Z",
        "Recurrence": {**daily, "Range": {**daily["Range"], "StartDate": "2033-01-03T00:00:00Z"}},
    }
    refused(preview.post("Me/Events", body), preview.url("Me/Events('{id}')"))


@rule(
    "calendar.groups_v2",
    "calendar_group_calendars_unfiltered",
    "allow_delete_default_calendar_group",
    "calendar_group_delete_keeps_calendars",
)
def groups_v2(api: Api) -> None:
    """v2.0 calendar groups are the preview's groups: listed with the default My Calendars, created, renamed and
    deleted (with their calendars) in one store; a group's calendars are its own; the default group stays (400).

    Reference (calendar REST operations, v2.0 "calendar groups"): list, get, create (Name), update (Name),
    delete; the default calendar group cannot be deleted (CalendarGroup resource note).
    """
    groups = ok(api.get("me/calendargroups", prefer=BIG_PAGE))["value"]
    defaults = [g for g in groups if g["Name"] == "My Calendars"]
    assert len(defaults) == 1 and defaults[0]["ClassId"] == "0006f0b7-0000-0000-c000-000000000046", groups
    default = defaults[0]
    expect_error(api.delete(f"me/calendargroups('{key(default['Id'])}')"), 400, "ErrorDeleteDistinguishedFolder")
    name = f"Birthdays {secrets.token_hex(3)}"
    group = api.create("me/calendargroups", {"Name": name}, "me/calendargroups('{id}')")
    assert (group["Name"], group["ClassId"]) == (name, default["ClassId"]), group
    one = f"me/calendargroups('{key(group['Id'])}')"
    assert ok(api.get(one))["Id"] == group["Id"]
    calendar = api.create(f"{one}/calendars", {"Name": "Kids"}, "me/calendars('{id}')")
    assert _ids(api, f"{one}/calendars") == [calendar["Id"]]
    assert calendar["Id"] in _ids(api, "me/calendars") and calendar["Id"] not in _ids(
        api, f"me/calendargroups('{key(default['Id'])}')/calendars"
    )
    # One store, two spellings: the preview lists the same group (its id in the EWS alphabet).
    preview = {g["Name"] for g in ok(api.at(PREVIEW_ROOT).get("Me/CalendarGroups", prefer=BIG_PAGE))["value"]}
    assert name in preview, preview
    renamed = ok(api.patch(one, {"Name": "Holidays"}))
    assert renamed["Name"] == "Holidays" and renamed["ChangeKey"] != group["ChangeKey"], renamed
    assert api.delete(one).status_code == 204
    expect_error(api.get(one), 404)
    expect_error(api.get(f"me/calendars('{key(calendar['Id'])}')"), 404)


@rule("calendar.occurrence_crossing_boundary", "occurrence_crossing_boundary_accepted")
def occurrence_crossing_boundary(api: Api) -> None:
    """Moving one occurrence to or past the day of an adjacent occurrence is a 400 ErrorOccurrenceCrossingBoundary.

    Exchange's code for an occurrence that crosses an adjacent one (Outlook: an occurrence cannot skip over another
    occurrence of its series, nor share its day); within its own day it moves freely, and a refusal changes nothing.
    """
    master = api.event(
        {
            "Subject": f"daily {secrets.token_hex(4)}",
            "Start": _utc("2034-02-06T08:00:00"),
            "End": _utc("2034-02-06T08:30:00"),
            "Recurrence": {
                "Pattern": {"Type": "Daily", "Interval": 2},
                "Range": {"Type": "Numbered", "StartDate": "2034-02-06", "NumberOfOccurrences": 3},
            },
        }
    )
    window = {"startDateTime": "2034-02-01T00:00:00Z", "endDateTime": "2034-02-15T00:00:00Z"}
    listed = ok(api.get(f"me/events('{key(master['Id'])}')/instances", params=window, prefer=BIG_PAGE))["value"]
    assert [e["Start"]["DateTime"][:10] for e in listed] == ["2034-02-06", "2034-02-08", "2034-02-10"], listed
    middle = f"me/events('{key(listed[1]['Id'])}')"
    for day in ("2034-02-10", "2034-02-11", "2034-02-06", "2034-02-05"):  # onto or past a neighbour's day
        moved = {"Start": _utc(f"{day}T09:00:00"), "End": _utc(f"{day}T09:30:00")}
        expect_error(api.patch(middle, moved), 400, "ErrorOccurrenceCrossingBoundary")
    assert ok(api.get(middle))["Type"] == "Occurrence"
    for day in ("2034-02-09", "2034-02-07"):  # between its neighbours: fine
        moved = ok(api.patch(middle, {"Start": _utc(f"{day}T09:00:00"), "End": _utc(f"{day}T09:30:00")}))
        assert (moved["Type"], moved["Start"]["DateTime"][:10]) == ("Exception", day), moved
