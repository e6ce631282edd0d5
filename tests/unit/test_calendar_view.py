"""Calendar views and instances (issue 11): windows, expansion of series, occurrence ids, paging, exceptions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from starlette.testclient import TestClient

from conformance.target import mock_target
from outlook_mock.ids import occurrence_id, occurrence_of
from outlook_mock.recurrence import RecurrencePattern, shortest_gap
from outlook_mock.store import calendar

V2 = "/api/v2.0"
OCTOBER = {"startDateTime": "2014-10-01T00:00:00Z", "endDateTime": "2014-11-01T00:00:00Z"}
WEEKLY = {
    "Subject": "weekly",
    "Start": {"DateTime": "2014-10-06T09:00:00", "TimeZone": "Pacific Standard Time"},
    "End": {"DateTime": "2014-10-06T10:00:00", "TimeZone": "Pacific Standard Time"},
    "Recurrence": {
        "Pattern": {"Type": "Weekly", "Interval": 1, "DaysOfWeek": ["Monday"], "FirstDayOfWeek": "Sunday"},
        "Range": {"Type": "NoEnd", "StartDate": "2014-10-06"},
    },
}
SINGLE = {
    "Subject": "single",
    "Start": {"DateTime": "2014-10-15T12:00:00", "TimeZone": "UTC"},
    "End": {"DateTime": "2014-10-15T13:00:00", "TimeZone": "UTC"},
}
BIG = {"Prefer": "odata.maxpagesize=1000"}


def _api() -> TestClient:
    return mock_target().http()


def _view(api: TestClient, path: str = "me/calendarview", **params: str) -> dict:
    answer = api.get(f"{V2}/{path}", params={**OCTOBER, **params}, headers=BIG)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_view_expands_a_series_into_occurrences_and_keeps_single_events() -> None:
    api = _api()
    master = api.post(f"{V2}/me/events", json=WEEKLY).json()
    single = api.post(f"{V2}/me/events", json=SINGLE).json()
    value = _view(api)["value"]
    occurrences = [e for e in value if e["Type"] == "Occurrence"]
    assert [e["Start"]["DateTime"][:16] for e in occurrences] == [
        "2014-10-06T16:00",
        "2014-10-13T16:00",
        "2014-10-20T16:00",
        "2014-10-27T16:00",
    ]
    assert all(e["SeriesMasterId"] == master["Id"] and e["Recurrence"] is None for e in occurrences)
    assert len({e["Id"] for e in occurrences}) == 4 and master["Id"] not in {e["Id"] for e in value}
    assert single["Id"] in {e["Id"] for e in value}
    # Stable ids: the same view gives the same ids, and GET reads an occurrence.
    assert [e["Id"] for e in _view(api)["value"]] == [e["Id"] for e in value]
    got = api.get(f"{V2}/me/events/{occurrences[1]['Id']}").json()
    assert got["Type"] == "Occurrence" and got["Start"] == occurrences[1]["Start"]


def test_view_honours_prefer_timezone_select_top_and_paging() -> None:
    api = _api()
    api.post(f"{V2}/me/events", json=WEEKLY)
    answer = api.get(
        f"{V2}/me/calendarview",
        params={**OCTOBER, "$select": "Subject,Start", "$top": "3"},
        headers={"Prefer": 'outlook.timezone="Pacific Standard Time", odata.maxpagesize=2'},
    )
    body = answer.json()
    assert [e["Start"] for e in body["value"]][0] == {
        "DateTime": "2014-10-06T09:00:00.0000000",
        "TimeZone": "Pacific Standard Time",
    }
    assert set(body["value"][0]) <= {"@odata.id", "@odata.etag", "Id", "Subject", "Start"}
    link = body["@odata.nextLink"]
    assert "startDateTime=" in link and "endDateTime=" in link
    rest = api.get(link, headers={"Prefer": "odata.maxpagesize=2"}).json()
    assert len(rest["value"]) == 1 and "@odata.nextLink" not in rest


def test_window_is_required_readable_and_bounded() -> None:
    api = _api()
    for params in ({}, {"startDateTime": "2014-10-01T00:00:00Z"}, {"endDateTime": "2014-10-01T00:00:00Z"}):
        answer = api.get(f"{V2}/me/calendarview", params=params)
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorInvalidParameter"
    bad = api.get(f"{V2}/me/calendarview", params={**OCTOBER, "startDateTime": "yesterday"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "ErrorInvalidParameter"
    wide = api.get(f"{V2}/me/calendarview", params={**OCTOBER, "endDateTime": "2024-10-01T00:00:00Z"})
    assert wide.status_code == 400 and "1825" in wide.json()["error"]["message"]
    backwards = api.get(f"{V2}/me/calendarview", params={**OCTOBER, "endDateTime": "2014-09-01T00:00:00Z"})
    assert backwards.status_code == 400
    # The reference's example: no offset means UTC.
    ok = api.get(f"{V2}/me/calendarview?startDateTime=2014-10-01T01:00:00&endDateTime=2014-10-31T23:00:00")
    assert ok.status_code == 200


def test_calendar_view_of_one_calendar_and_instances() -> None:
    api = _api()
    calendar = api.post(f"{V2}/me/calendars", json={"Name": "other"}).json()
    master = api.post(f"{V2}/me/calendars/{calendar['Id']}/events", json=WEEKLY).json()
    assert _view(api)["value"] == []
    assert len(_view(api, f"me/calendars/{calendar['Id']}/calendarview")["value"]) == 4
    instances = _view(api, f"me/events/{master['Id']}/instances")["value"]
    assert len(instances) == 4 and {e["SeriesMasterId"] for e in instances} == {master["Id"]}
    single = api.post(f"{V2}/me/events", json=SINGLE).json()
    assert _view(api, f"me/events/{single['Id']}/instances")["value"] == []


def test_patch_and_delete_of_one_occurrence() -> None:
    api = _api()
    master = api.post(f"{V2}/me/events", json=WEEKLY).json()
    first, second, *_ = _view(api)["value"]
    changed = api.patch(f"{V2}/me/events/{second['Id']}", json={"Subject": "moved"})
    assert changed.status_code == 200 and changed.json()["Type"] == "Exception"
    assert api.delete(f"{V2}/me/events/{first['Id']}").status_code == 204
    value = _view(api)["value"]
    assert [e["Subject"] for e in value] == ["moved", "weekly", "weekly"]
    assert api.get(f"{V2}/me/events/{first['Id']}").status_code == 404
    assert api.get(f"{V2}/me/events/{second['Id']}").json()["Subject"] == "moved"
    assert api.get(f"{V2}/me/events/{master['Id']}").json()["Type"] == "SeriesMaster"
    refused = api.patch(f"{V2}/me/events/{second['Id']}", json={"Recurrence": WEEKLY["Recurrence"]})
    assert refused.status_code == 400


def test_a_moved_exception_is_listed_by_its_own_times() -> None:
    api = _api()
    api.post(f"{V2}/me/events", json=WEEKLY)
    last = _view(api)["value"][-1]  # Monday 27 October; the next occurrence is on Monday 3 November
    # Moved out of the window, but not to or past its neighbour's day (ErrorOccurrenceCrossingBoundary).
    moved = {
        "Start": {"DateTime": "2014-11-02T09:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": "2014-11-02T10:00:00", "TimeZone": "UTC"},
    }
    assert api.patch(f"{V2}/me/events/{last['Id']}", json=moved).status_code == 200
    assert last["Id"] not in {e["Id"] for e in _view(api)["value"]}
    november = {"startDateTime": "2014-11-02T00:00:00Z", "endDateTime": "2014-11-03T00:00:00Z"}
    listed = _view(api, **november)["value"]
    assert [(e["Id"], e["Type"]) for e in listed] == [(last["Id"], "Exception")]


def test_occurrence_ids_that_name_nothing() -> None:
    api = _api()
    master = api.post(f"{V2}/me/events", json=WEEKLY).json()
    tuesday = occurrence_id(master["Id"], date(2014, 10, 7))  # not a pattern date
    assert occurrence_of(tuesday) == (master["Id"], date(2014, 10, 7))
    assert api.get(f"{V2}/me/events/{tuesday}").status_code == 404
    single = api.post(f"{V2}/me/events", json=SINGLE).json()
    assert api.get(f"{V2}/me/events/{occurrence_id(single['Id'], date(2014, 10, 15))}").status_code == 404
    assert api.get(f"{V2}/me/events/{tuesday[:-4]}").json()["error"]["code"] == "ErrorInvalidIdMalformed"


def test_a_series_of_very_long_events_near_the_earliest_year() -> None:
    api = _api()
    long = {
        **WEEKLY,
        "Start": {"DateTime": "1601-01-01T00:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": "1601-03-01T00:00:00", "TimeZone": "UTC"},
        "Recurrence": {
            "Pattern": {"Type": "AbsoluteYearly", "Interval": 1, "Month": 1, "DayOfMonth": 1},
            "Range": {"Type": "Numbered", "StartDate": "1601-01-01", "NumberOfOccurrences": 3},
        },
    }
    assert api.post(f"{V2}/me/events", json=long).status_code == 201
    window = {"startDateTime": "1601-02-01T00:00:00Z", "endDateTime": "1602-02-01T00:00:00Z"}
    assert len(_view(api, **window)["value"]) == 2


def test_default_calendar_view_through_me_calendar() -> None:
    api = _api()
    api.post(f"{V2}/me/events", json=WEEKLY)
    body = _view(api, "me/calendar/calendarview")
    assert body["@odata.context"].endswith("#Me/Calendar/CalendarView") and len(body["value"]) == 4
    assert [e["Id"] for e in body["value"]] == [e["Id"] for e in _view(api)["value"]]


def _daily(start: str, end: str, zone: str = "UTC", **pattern: object) -> dict:
    return {
        "Subject": "daily",
        "Start": {"DateTime": start, "TimeZone": zone},
        "End": {"DateTime": end, "TimeZone": zone},
        "Recurrence": {
            "Pattern": {"Type": "Daily", "Interval": 1, **pattern},
            "Range": {"Type": "NoEnd", "StartDate": start[:10]},
        },
    }


def test_an_occurrence_longer_than_the_interval_is_refused_on_create_and_update() -> None:
    api = _api()
    # The reported stall: a daily series whose one occurrence spans centuries.
    centuries = _daily("2014-10-01T09:00:00", "2814-10-01T09:00:00")
    answer = api.post(f"{V2}/me/events", json=centuries)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorOccurrenceTimeSpanTooBig"
    # Equal to the interval is allowed (a daily all-day event), and stays so across a daylight-saving change.
    all_day = {**_daily("2014-11-01T00:00:00", "2014-11-02T00:00:00", "Pacific Standard Time"), "IsAllDay": True}
    assert api.post(f"{V2}/me/events", json=all_day).status_code == 201
    every_other_day = _daily("2014-10-01T09:00:00", "2014-10-03T09:00:00", Interval=2)
    master = api.post(f"{V2}/me/events", json=every_other_day).json()
    # PATCH: longer End, or a pattern with a shorter gap (Monday and Tuesday: one day); nothing changes.
    for change in (
        {"End": {"DateTime": "2014-10-03T09:01:00", "TimeZone": "UTC"}},
        {
            "Recurrence": {
                "Pattern": {
                    "Type": "Weekly",
                    "Interval": 1,
                    "DaysOfWeek": ["Monday", "Tuesday"],
                    "FirstDayOfWeek": "Sunday",
                },
                "Range": {"Type": "NoEnd", "StartDate": "2014-10-01"},
            }
        },
    ):
        answer = api.patch(f"{V2}/me/events/{master['Id']}", json=change)
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorOccurrenceTimeSpanTooBig"
    assert api.get(f"{V2}/me/events/{master['Id']}").json()["End"] == master["End"]
    # A single event may last as long as it likes; making it recur is then refused.
    single = api.post(f"{V2}/me/events", json={**centuries, "Recurrence": None}).json()
    answer = api.patch(f"{V2}/me/events/{single['Id']}", json={"Recurrence": centuries["Recurrence"]})
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorOccurrenceTimeSpanTooBig"


def test_the_preview_refuses_the_same_events() -> None:
    api = _api()
    event = {
        "@odata.type": "#Microsoft.Exchange.Services.OData.Model.Event",
        "Subject": "monthly",
        "Start": "2014-07-02T18:00:00Z",
        "End": "2014-08-02T18:00:00Z",
        "Recurrence": {
            "Pattern": {"Type": "AbsoluteMonthly", "Interval": 1, "DayOfMonth": 2},
            "Range": {"Type": "NoEnd", "StartDate": "2014-07-02T00:00:00Z"},
        },
    }
    answer = api.post("/ews/odata/Me/Events", json=event)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorOccurrenceTimeSpanTooBig"
    # February makes the shortest month-to-month gap 28 days.
    assert api.post("/ews/odata/Me/Events", json={**event, "End": "2014-07-30T18:00:00Z"}).status_code == 201
    answer = api.post("/ews/odata/Me/Events", json={**event, "End": "2014-07-30T18:01:00Z"})
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorOccurrenceTimeSpanTooBig"


def test_one_view_computes_a_bounded_number_of_occurrences(monkeypatch: pytest.MonkeyPatch) -> None:
    api = _api()
    for _ in range(2):
        api.post(f"{V2}/me/events", json=_daily("2014-10-01T09:00:00", "2014-10-01T10:00:00"))
    monkeypatch.setattr(calendar, "MAX_VIEW_OCCURRENCES", 70)
    assert len(_view(api)["value"]) == 2 * 31
    # The budget is one request's, shared by its series (each alone stays under it).
    monkeypatch.setattr(calendar, "MAX_VIEW_OCCURRENCES", 40)
    answer = api.get(f"{V2}/me/calendarview", params=OCTOBER, headers=BIG)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorRestrictionTooComplex"
    assert len(_view(api, f"me/events/{api.get(f'{V2}/me/events').json()['value'][0]['Id']}/instances")["value"]) == 31


def test_the_longest_window_over_daily_series_stays_under_the_budget() -> None:
    # 1825 days of a daily series is 1825 occurrences: five such series fit in one view.
    api = _api()
    for _ in range(5):
        api.post(f"{V2}/me/events", json=_daily("2014-10-01T09:00:00", "2014-10-01T10:00:00"))
    window = {"startDateTime": "2014-10-01T00:00:00Z", "endDateTime": "2019-09-30T00:00:00Z"}
    answer = api.get(f"{V2}/me/calendarview", params=window, headers={"Prefer": "odata.maxpagesize=10"})
    assert answer.status_code == 200, answer.text
    api.post(f"{V2}/me/events", json=_daily("2014-10-01T09:00:00", "2014-10-01T10:00:00"))
    answer = api.get(f"{V2}/me/calendarview", params=window, headers={"Prefer": "odata.maxpagesize=10"})
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorRestrictionTooComplex"


@pytest.mark.parametrize(
    ("pattern", "days"),
    [
        (RecurrencePattern("Daily", 3), 3),
        (RecurrencePattern("Weekly", 1, days_of_week=("Monday", "Friday")), 3),  # Friday to Monday
        (RecurrencePattern("Weekly", 2, days_of_week=("Saturday",), first_day_of_week="Monday"), 14),
        (RecurrencePattern("Weekly", 2, days_of_week=("Sunday", "Saturday"), first_day_of_week="Monday"), 1),
        (RecurrencePattern("Weekly", 2, days_of_week=("Sunday", "Saturday"), first_day_of_week="Sunday"), 6),
        (RecurrencePattern("AbsoluteMonthly", 1, day_of_month=31), 28),  # 31 January to 28 February
        (RecurrencePattern("AbsoluteMonthly", 2, day_of_month=1), 59),  # 1 January to 1 March, common year
        (RecurrencePattern("RelativeMonthly", 1, days_of_week=("Monday",), index="Last"), 28),
        (RecurrencePattern("AbsoluteYearly", 1, month=2, day_of_month=29), 365),
        (RecurrencePattern("RelativeYearly", 1, month=1, days_of_week=("Monday",), index="First"), 364),
    ],
)
def test_shortest_gap_between_pattern_dates(pattern: RecurrencePattern, days: int) -> None:
    assert shortest_gap(pattern) == timedelta(days=days)
