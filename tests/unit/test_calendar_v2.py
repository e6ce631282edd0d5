"""v2.0 calendar groups, meeting responses on series and occurrences, and attachments of events and messages."""

from __future__ import annotations

from starlette.testclient import TestClient

from conformance.checks.attachments import FILE, ITEM
from conformance.target import mock_target

API = "/api/v2.0"
TIMES = {
    "Start": {"DateTime": "2036-01-05T09:00:00", "TimeZone": "UTC"},
    "End": {"DateTime": "2036-01-05T10:00:00", "TimeZone": "UTC"},
}
DAILY = {
    "Pattern": {"Type": "Daily", "Interval": 1},
    "Range": {"Type": "Numbered", "StartDate": "2036-01-05", "NumberOfOccurrences": 3},
}
WINDOW = {"startDateTime": "2036-01-01T00:00:00Z", "endDateTime": "2036-01-10T00:00:00Z"}


def _clients() -> tuple[TestClient, TestClient, str]:
    target = mock_target()
    admin, alex = target.http(), target.http(target.tokens[1])
    return admin, alex, alex.get(f"{API}/me").json()["EmailAddress"]


def _ok(answer, status: int = 200) -> dict:
    assert answer.status_code == status, answer.text
    return answer.json() if answer.content else {}


def test_every_odata_id_of_the_new_surface_answers_get() -> None:
    admin, _, _ = _clients()
    group = _ok(admin.post(f"{API}/me/calendargroups", json={"Name": "g"}), 201)
    event = _ok(admin.post(f"{API}/me/events", json={"Subject": "e", **TIMES}), 201)
    message = _ok(admin.post(f"{API}/me/messages", json={"Subject": "m"}), 201)
    links = [group["@odata.id"]]
    for item in (f"me/events('{event['Id']}')", f"me/messages('{message['Id']}')"):
        for body in (FILE, ITEM):
            links.append(_ok(admin.post(f"{API}/{item}/attachments", json=body), 201)["@odata.id"])
        attached = links[-1]
        links.append(_ok(admin.get(attached, params={"$expand": "Item"}))["Item"]["@odata.id"])
    for link in links:
        assert admin.get(link).status_code == 200, link


def test_an_occurrence_answered_alone_becomes_an_exception_and_the_series_keeps_its_answer() -> None:
    admin, alex, address = _clients()
    body = {"Subject": "daily", **TIMES, "Recurrence": DAILY, "Attendees": [{"EmailAddress": {"Address": address}}]}
    master = _ok(admin.post(f"{API}/me/events", json=body), 201)
    copy = next(e for e in _ok(alex.get(f"{API}/me/events"))["value"] if e["iCalUId"] == master["iCalUId"])
    occurrences = _ok(alex.get(f"{API}/me/events('{copy['Id']}')/instances", params=WINDOW))["value"]
    second = occurrences[1]["Id"]
    _ok(alex.post(f"{API}/me/events('{second}')/accept", json={"Comment": "only this one"}), 202)
    answered = _ok(alex.get(f"{API}/me/events('{second}')"))
    assert (answered["Type"], answered["ResponseStatus"]["Response"]) == ("Exception", "Accepted")
    assert _ok(alex.get(f"{API}/me/events('{copy['Id']}')"))["ResponseStatus"]["Response"] == "NotResponded"
    assert _ok(admin.get(f"{API}/me/events('{master['Id']}')"))["Attendees"][0]["Status"]["Response"] == "None"
    inbox = _ok(admin.get(f"{API}/me/mailfolders('Inbox')/messages"))["value"]
    assert [m["Subject"] for m in inbox] == ["Accepted: daily"]
    # Declining one occurrence removes that date from the attendee's series only.
    third = occurrences[2]["Id"]
    _ok(alex.post(f"{API}/me/events('{third}')/decline", json={"SendResponse": False}), 202)
    assert alex.get(f"{API}/me/events('{third}')").status_code == 404
    left = _ok(alex.get(f"{API}/me/events('{copy['Id']}')/instances", params=WINDOW))["value"]
    assert [e["Id"] for e in left] == [occurrences[0]["Id"], second]


def test_an_occurrence_shows_and_takes_its_masters_attachments() -> None:
    admin, _, _ = _clients()
    master = _ok(admin.post(f"{API}/me/events", json={"Subject": "daily", **TIMES, "Recurrence": DAILY}), 201)
    first = _ok(admin.get(f"{API}/me/events('{master['Id']}')/instances", params=WINDOW))["value"][0]["Id"]
    _ok(admin.post(f"{API}/me/events('{first}')/attachments", json=FILE), 201)
    names = [a["Name"] for a in _ok(admin.get(f"{API}/me/events('{master['Id']}')/attachments"))["value"]]
    assert names == [FILE["Name"]]
    assert _ok(admin.get(f"{API}/me/events('{first}')"))["HasAttachments"] is True


def test_send_response_takes_booleans_and_the_references_words_only() -> None:
    admin, alex, address = _clients()
    meeting = {"Subject": "m", **TIMES, "Attendees": [{"EmailAddress": {"Address": address}}]}
    master = _ok(admin.post(f"{API}/me/events", json=meeting), 201)
    copy = next(e for e in _ok(alex.get(f"{API}/me/events"))["value"] if e["iCalUId"] == master["iCalUId"])
    for bad in ("yes", "TRUE", 1, None):
        answer = alex.post(f"{API}/me/events('{copy['Id']}')/tentativelyaccept", json={"SendResponse": bad})
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "RequestBodyRead", (bad, answer.text)
    _ok(alex.post(f"{API}/me/events('{copy['Id']}')/tentativelyaccept"), 202)  # no body: SendResponse true
    assert _ok(admin.get(f"{API}/me/events('{master['Id']}')"))["Attendees"][0]["Status"]["Response"] == (
        "TentativelyAccepted"
    )


def test_a_refused_deep_insert_creates_nothing() -> None:
    admin, _, _ = _clients()
    before = len(_ok(admin.get(f"{API}/me/events"))["value"])
    bad_item = {**ITEM, "Item": {**ITEM["Item"], "End": {"DateTime": "2016-12-01T00:00:00", "TimeZone": "UTC"}}}
    answer = admin.post(f"{API}/me/events", json={"Subject": "x", **TIMES, "Attachments": [FILE, bad_item]})
    assert answer.status_code == 400, answer.text
    assert len(_ok(admin.get(f"{API}/me/events"))["value"]) == before


def test_a_meeting_created_with_attachments_sends_them_to_the_attendees_copies() -> None:
    admin, alex, address = _clients()
    meeting = {"Subject": "agenda", **TIMES, "Attendees": [{"EmailAddress": {"Address": address}}]}
    master = _ok(admin.post(f"{API}/me/events", json={**meeting, "Attachments": [FILE]}), 201)
    copy = next(e for e in _ok(alex.get(f"{API}/me/events"))["value"] if e["iCalUId"] == master["iCalUId"])
    assert copy["HasAttachments"] is True
    names = [a["Name"] for a in _ok(alex.get(f"{API}/me/events('{copy['Id']}')/attachments"))["value"]]
    assert names == [FILE["Name"]]
