"""Regressions: what the property-based conformance runs (schemathesis) found wrong in the mock.

Each test pins one fix: bad input gets the right 4xx with an OData error body,
never a 500 and never a silently stored value the spec does not allow.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from conformance.target import mock_target

API = "/api/v2.0"
RECURRENCE = {"Pattern": {"Type": "Daily", "Interval": 1}, "Range": {"Type": "NoEnd", "StartDate": "2016-05-02"}}


@pytest.fixture
def client() -> TestClient:
    return mock_target().http()


def error_code(answer, status: int) -> str:
    assert answer.status_code == status, answer.text
    return answer.json()["error"]["code"]


def new_task(client: TestClient, **body) -> dict:
    answer = client.post(f"{API}/me/tasks", json={"Subject": "t", **body})
    assert answer.status_code == 201, answer.text
    return answer.json()


def with_range(**changes) -> dict:
    return {**RECURRENCE, "Range": {**RECURRENCE["Range"], **changes}}


def with_pattern(**changes) -> dict:
    return {**RECURRENCE, "Pattern": {**RECURRENCE["Pattern"], **changes}}


@pytest.mark.parametrize("method", ["TRACE", "PUT", "QUERY", "FOO"])
def test_unknown_methods_get_an_odata_405_with_allow(client: TestClient, method: str) -> None:
    answer = client.request(method, f"{API}/me/tasks")
    assert error_code(answer, 405) == "ErrorInvalidRequest"
    assert answer.headers["Allow"] == "GET, POST"


def test_a_sync_url_only_allows_get(client: TestClient) -> None:
    # `…/tasks/` (trailing slash) is the sync URL, a resource of its own; POST creates nothing there.
    answer = client.post(f"{API}/me/taskfolders('Tasks')/tasks/", json={"Subject": "t"})
    assert error_code(answer, 405) == "ErrorInvalidRequest" and answer.headers["Allow"] == "GET"
    assert client.get(f"{API}/me/tasks").json()["value"] == []
    assert client.get(f"{API}/me/taskfolders/").status_code == 200


@pytest.mark.parametrize(
    "recurrence",
    [
        with_range(NumberOfOccurrences=-1),  # NoEnd ignores the number, but it would be echoed as given
        with_range(NumberOfOccurrences=1000),
        with_pattern(Month=13),
        with_pattern(DayOfMonth=32),
        with_pattern(Interval=1000),
        {"Pattern": {"Type": "Daily"}, "Range": RECURRENCE["Range"]},  # Interval is required
        with_pattern(Type="Weekly", DaysOfWeek=["Monday"]),  # Weekly needs FirstDayOfWeek
    ],
)
def test_out_of_range_or_missing_recurrence_fields_are_refused(client: TestClient, recurrence: dict) -> None:
    answer = client.post(f"{API}/me/tasks", json={"Subject": "t", "Recurrence": recurrence})
    assert error_code(answer, 400) == "ErrorCalendarInvalidRecurrence"
    assert client.get(f"{API}/me/tasks").json()["value"] == []


def test_whole_number_floats_are_integers(client: TestClient) -> None:
    task = new_task(client, Recurrence=with_pattern(Interval=2.0, Month=0.0))
    assert task["Recurrence"]["Pattern"]["Interval"] == 2
    assert (
        error_code(client.post(f"{API}/me/tasks", json={"Recurrence": with_pattern(Interval=1.5)}), 400)
        == "RequestBodyRead"
    )


@pytest.mark.parametrize("value", ["0001-01-01", "1600-12-31", "4501-01-01", "9999-12-31T23:00"])
def test_dates_outside_the_supported_years_are_refused(client: TestClient, value: str) -> None:
    # Year 1 at midnight in a zone east of UTC used to overflow into a 500.
    body = {"DueDateTime": {"DateTime": value, "TimeZone": "Tokyo Standard Time"}}
    assert error_code(client.post(f"{API}/me/tasks", json=body), 400) == "RequestBodyRead"


def test_an_unset_end_date_can_be_sent_back(client: TestClient) -> None:
    task = new_task(client, Recurrence=RECURRENCE)
    assert task["Recurrence"]["Range"]["EndDate"] == "0001-01-01"
    patched = client.patch(f"{API}/me/tasks('{quote(task['Id'], safe='')}')", json={"Recurrence": task["Recurrence"]})
    assert patched.status_code == 200, patched.text


@pytest.mark.parametrize("name", ["Subject", "Body", "Categories"])
def test_null_is_not_a_value_of_non_nullable_properties(client: TestClient, name: str) -> None:
    assert error_code(client.post(f"{API}/me/tasks", json={name: None}), 400) == "RequestBodyRead"


@pytest.mark.parametrize(
    "body",
    [
        {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "", "ContentBytes": "AA=="},
        {"@odata.type": "#Microsoft.OutlookServices.ReferenceAttachment", "Name": "link", "SourceUrl": ""},
    ],
)
def test_empty_attachment_names_and_urls_are_refused(client: TestClient, body: dict) -> None:
    task = new_task(client)
    answer = client.post(f"{API}/me/tasks('{quote(task['Id'], safe='')}')/attachments", json=body)
    assert error_code(answer, 400) == "RequestBodyRead"


def test_attachment_select_may_name_properties_of_any_kind(client: TestClient) -> None:
    task = new_task(client)
    path = f"{API}/me/tasks('{quote(task['Id'], safe='')}')/attachments"
    created = client.post(
        path, json={"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "a.txt", "ContentBytes": "aGk="}
    ).json()
    answer = client.get(f"{path}('{quote(created['Id'], safe='')}')", params={"$select": "SourceUrl,Size"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["Size"] == 2 and "SourceUrl" not in answer.json()


def test_track_changes_is_ignored_where_there_is_no_sync(client: TestClient) -> None:
    answer = client.get(f"{API}/me/tasks", headers={"Prefer": "odata.track-changes"})
    assert answer.status_code == 200 and "Preference-Applied" not in answer.headers


def test_a_yearly_series_ends_before_the_calendar_does(client: TestClient) -> None:
    task = new_task(
        client,
        DueDateTime={"DateTime": "4005-12-31", "TimeZone": "UTC"},
        Recurrence={
            "Pattern": {"Type": "AbsoluteYearly", "Interval": 999, "Month": 12, "DayOfMonth": 31},
            "Range": {"Type": "NoEnd", "StartDate": "4005-12-31"},
        },
    )
    path = f"{API}/me/tasks('{quote(task['Id'], safe='')}')"
    for _ in range(6):  # 5004, 6003, 7002, 8001, 9000; 9999-12-31 is past the last day a series may reach
        answer = client.post(f"{path}/complete")
        assert answer.status_code == 200, answer.text
    assert client.get(path).json()["Status"] == "Completed"
    shown = client.get(path, headers={"Prefer": 'outlook.timezone="Line Islands Standard Time"'})
    assert shown.status_code == 200 and shown.json()["DueDateTime"]["DateTime"].startswith("9000-12-31")


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,  # nesting deep enough to exhaust Python's recursion limit
        b'{"Subject": "\\ud800"}',  # a lone surrogate: it would be stored, but no answer could show it
        b'{"Subject": "t", "Categories": [NaN]}',  # Python's json reads NaN/Infinity; JSON has neither
    ],
)
def test_bodies_that_are_not_json_are_refused(client: TestClient, body: bytes) -> None:
    answer = client.post(f"{API}/me/tasks", content=body, headers={"Content-Type": "application/json"})
    assert error_code(answer, 400) == "RequestBodyRead"
    assert client.get(f"{API}/me/tasks").json()["value"] == []


def test_a_page_size_in_non_ascii_digits_is_ignored(client: TestClient) -> None:
    # "²".isdigit() is True, int("²") raises: this was a 500.
    answer = client.get(f"{API}/me/tasks", headers={"Prefer": "odata.maxpagesize=²".encode("latin-1")})
    assert answer.status_code == 200 and "Preference-Applied" not in answer.headers


def test_dates_in_non_ascii_digits_are_refused(client: TestClient) -> None:
    body = {"DueDateTime": {"DateTime": "٢٠١٦-٠٥-٠٣", "TimeZone": "UTC"}}
    assert error_code(client.post(f"{API}/me/tasks", json=body), 400) == "RequestBodyRead"


def test_years_before_1000_keep_four_digits() -> None:
    """The full schemathesis profile found a Birthday in year 122 rendered as '122-01-03T…' (not a date-time)."""
    from datetime import UTC, datetime

    from outlook_mock.wire.formats import local_fixed, offset_trimmed

    instant = datetime(122, 1, 3, 20, 44, 12, tzinfo=UTC)
    assert offset_trimmed(instant, None) == "0122-01-03T20:44:12Z"
    assert local_fixed(instant, "UTC") == "0122-01-03T20:44:12.0000000"


def test_birthday_out_of_range_is_400() -> None:
    """0001-01-01T00:00:00+05:00 lies before year 1 in UTC: a 400, not a 500."""
    from starlette.testclient import TestClient

    from conformance.target import mock_target

    target = mock_target()
    client = TestClient(target.app, base_url=target.origin)
    answer = client.post(
        "/api/v2.0/me/contacts",
        json={"GivenName": "x", "Birthday": "0001-01-01T00:00:00+05:00"},
        headers={"Authorization": f"Bearer {target.tokens[0]}"},
    )
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "RequestBodyRead"


def test_message_flag_is_writable_rendered_and_filterable(client: TestClient) -> None:
    # O365 2.0.28 sends this Flag with every draft it saves (make interop found the 400).
    draft = client.post(f"{API}/me/messages", json={"Subject": "d", "Flag": {"FlagStatus": "NotFlagged"}})
    assert draft.status_code == 201, draft.text
    empty = {"StartDateTime": None, "DueDateTime": None, "CompletedDateTime": None}
    assert draft.json()["Flag"] == {"FlagStatus": "NotFlagged", **empty}
    plain = client.post(f"{API}/me/messages", json={"Subject": "p"}).json()
    assert plain["Flag"] == {"FlagStatus": "NotFlagged", **empty}
    due = {"DateTime": "2016-05-03T09:00:00", "TimeZone": "Pacific Standard Time"}
    flag = {"FlagStatus": "flagged", "DueDateTime": due}
    patched = client.patch(f"{API}/me/messages('{quote(plain['Id'])}')", json={"Flag": flag})
    assert patched.status_code == 200, patched.text
    utc_due = {"DateTime": "2016-05-03T16:00:00.0000000", "TimeZone": "UTC"}
    assert patched.json()["Flag"] == {"FlagStatus": "Flagged", **empty, "DueDateTime": utc_due}
    found = client.get(f"{API}/me/messages", params={"$filter": "Flag/FlagStatus eq 'Flagged'"})
    assert [m["Id"] for m in found.json()["value"]] == [plain["Id"]]
    for bad in ({"FlagStatus": "Red"}, {"Colour": "Red"}, {"DueDateTime": {"DateTime": "x", "TimeZone": "UTC"}}, None):
        answer = client.post(f"{API}/me/messages", json={"Flag": bad})
        assert error_code(answer, 400) == "RequestBodyRead", bad
    unknown_zone = {"DueDateTime": {"DateTime": "2016-05-03", "TimeZone": "Mars/Olympus"}}
    assert error_code(client.post(f"{API}/me/messages", json={"Flag": unknown_zone}), 400) == (
        "TimeZoneNotSupportedException"
    )
