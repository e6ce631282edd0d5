"""Calendar views and instances (issue 11): windows, expansion of series, occurrence ids, paging, exceptions."""

from __future__ import annotations

from datetime import date

from starlette.testclient import TestClient

from conformance.target import mock_target
from outlook_mock.ids import occurrence_id, occurrence_of

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
    first = _view(api)["value"][0]
    moved = {
        "Start": {"DateTime": "2014-11-20T09:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": "2014-11-20T10:00:00", "TimeZone": "UTC"},
    }
    assert api.patch(f"{V2}/me/events/{first['Id']}", json=moved).status_code == 200
    assert first["Id"] not in {e["Id"] for e in _view(api)["value"]}
    november = {"startDateTime": "2014-11-20T00:00:00Z", "endDateTime": "2014-11-21T00:00:00Z"}
    listed = _view(api, **november)["value"]
    assert [(e["Id"], e["Type"]) for e in listed] == [(first["Id"], "Exception")]


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
