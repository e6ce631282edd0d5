"""The 2014 preview's wire details that rule checks do not pin: links, path forms, precision, defaults."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from conformance.target import mock_target
from outlook_mock import ids
from outlook_mock.wire.routing import split_path

PREVIEW = "/ews/odata"
EVENT = "#Microsoft.Exchange.Services.OData.Model.Event"


@pytest.fixture
def client() -> TestClient:
    return mock_target().http()


def test_slashes_inside_a_quoted_key_do_not_split_the_path() -> None:
    segments = split_path("/Me/Events('AAMk/x+y=')/Attachments")
    assert [(s.name, s.key) for s in segments] == [("me", None), ("events", "AAMk/x+y="), ("attachments", None)]
    assert split_path("/me/tasks('it''s/a')")[1].key == "it's/a"


def test_every_link_the_preview_hands_out_can_be_followed(client: TestClient) -> None:
    event = client.post(f"{PREVIEW}/Me/Events", json={"@odata.type": EVENT, "Subject": "links"}).json()
    for link in (event["@odata.id"], event["@odata.editLink"]):
        assert client.get(link).json()["Id"] == event["Id"]
    calendar = client.get(event["Calendar@odata.navigationLink"]).json()
    assert calendar["Name"] == "Calendar"
    assert client.get(event["Attachments@odata.navigationLink"]).json()["value"] == []
    address = event["@odata.id"].split("Users('")[1].split("'")[0]
    assert client.get(f"{PREVIEW}/Users/{address}/Calendar").json()["Id"] == calendar["Id"]
    assert client.get(f"{PREVIEW}/Users('nobody@contoso.com')/Calendar").json()["error"]["code"] == (
        "ErrorNonExistentMailbox"
    )


def test_start_and_end_default_and_are_kept_to_the_second(client: TestClient) -> None:
    event = client.post(f"{PREVIEW}/Me/Events", json={"@odata.type": EVENT}).json()
    start, end = event["Start"], event["End"]
    assert start.endswith(("00:00Z", "30:00Z")) and end > start  # the next half hour, lasting half an hour
    precise = {"@odata.type": EVENT, "Start": "2014-07-02T18:00:00.5+02:00", "End": "2014-07-02T19:00:00.75+02:00"}
    event = client.post(f"{PREVIEW}/Me/Events", json=precise).json()
    assert (event["Start"], event["End"]) == ("2014-07-02T16:00:00Z", "2014-07-02T17:00:00Z")
    v2 = client.get(f"/api/v2.0/me/events('{ids.read(event['Id'], ids.Spelling.EWS)}')").json()  # its REST spelling
    assert v2["Start"] == {"DateTime": "2014-07-02T16:00:00.0000000", "TimeZone": "UTC"}


@pytest.mark.parametrize("attendee", [{"Name": "no address"}, {"Address": None}, {"Address": 5}])
def test_an_attendee_needs_an_address(client: TestClient, attendee: dict) -> None:
    answer = client.post(f"{PREVIEW}/Me/Events", json={"@odata.type": EVENT, "Attendees": [attendee]})
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "RequestBodyRead"


def test_enum_values_may_be_the_preview_models_numbers(client: TestClient) -> None:
    body = {
        "@odata.type": EVENT,
        "ShowAs": "3",
        "Importance": "2",
        "Body": {"ContentType": "1", "Content": "<b>hi</b>"},
        "Attendees": [{"Address": "x@fabrikam.com", "Type": "2"}],
    }
    event = client.post(f"{PREVIEW}/Me/Events", json=body).json()
    assert (event["ShowAs"], event["Importance"], event["Body"]["ContentType"]) == ("Busy", "High", "HTML")
    assert event["Attendees"][0]["Type"] == "Resource"
    for wrong in ({"ShowAs": "6"}, {"ShowAs": 3}, {"Importance": "-1"}):
        answer = client.post(f"{PREVIEW}/Me/Events", json={"@odata.type": EVENT, **wrong})
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "RequestBodyRead", wrong
