"""If-Match on every write (outlook_mock/wire/preconditions.py): which item a route writes, and the 412."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from starlette.testclient import TestClient

from conformance.target import mock_target
from outlook_mock.wire.preconditions import CONFLICT_MESSAGE, Preconditions, WriteTarget, write_target
from outlook_mock.wire.preview.urls import ROUTES as PREVIEW_ROUTES
from outlook_mock.wire.routing import Route
from outlook_mock.wire.v2.urls import ROUTES as V2_ROUTES

ROOT = Path(__file__).resolve().parents[2]
API = "/api/v2.0"
PREVIEW = "/ews/odata"
NS = "Microsoft.Exchange.Services.OData.Model"


@pytest.fixture
def client() -> TestClient:
    return mock_target().http()


def _handler(call, mailbox):  # pragma: no cover - never called
    return None


def target(method: str, template: str, *readable: str) -> WriteTarget | None:
    return write_target(Route(method, template, _handler), {t.lower() for t in readable})


def test_write_targets_are_read_off_the_templates() -> None:
    assert target("PATCH", "me/tasks({task_id})") == WriteTarget("tasks", "task_id")
    assert target("POST", "me/tasks({task_id})/complete") == WriteTarget("tasks", "task_id")
    assert target("POST", "me/tasks", "me/tasks") is None  # a create
    assert target("GET", "me/tasks({task_id})") is None
    assert target("PATCH", "me/calendar") == WriteTarget("calendar", None)
    # Attachments are versioned with their item, also when one is added.
    assert target("DELETE", "me/tasks({task_id})/attachments({attachment_id})") == WriteTarget("tasks", "task_id")
    assert target("POST", "me/tasks({task_id})/attachments", "me/tasks({task_id})/attachments") == WriteTarget(
        "tasks", "task_id"
    )
    # A route added later gets the check from its template alone.
    assert target("POST", "me/messages({message_id})/send") == WriteTarget("messages", "message_id")
    assert target("PATCH", "me/taskfolders({folder_id})/tasks({task_id})") == WriteTarget("tasks", "task_id")
    assert target("POST", "me/sendmail") is None  # acts on no existing item


def test_an_entity_set_without_a_changekey_lookup_is_refused_at_startup() -> None:
    with pytest.raises(ValueError, match="widgets"):
        Preconditions([Route("PATCH", "me/widgets({widget_id})", _handler)])


@pytest.mark.parametrize("routes", [V2_ROUTES, PREVIEW_ROUTES], ids=["v2.0", "preview"])
def test_every_write_of_an_existing_item_is_guarded(routes: list[Route]) -> None:
    guarded = Preconditions(routes).targets
    readable = {r.template.lower() for r in routes if r.method == "GET"}
    for route in routes:
        creates = route.method == "POST" and route.template.lower() in readable
        names_an_item = any(param for _, param in route.pattern) or route.template.lower() == "me/calendar"
        if (
            route.method == "GET"
            or not names_an_item
            or (creates and not route.template.lower().endswith("/attachments"))
        ):
            assert route not in guarded, route
        else:
            assert route in guarded, route


def _task(client: TestClient, **body) -> dict:
    answer = client.post(f"{API}/me/tasks", json={"Subject": "t", **body})
    assert answer.status_code == 201, answer.text
    return answer.json()


def _conflict(answer) -> None:
    assert answer.status_code == 412, answer.text
    assert answer.json() == {"error": {"code": "ErrorIrresolvableConflict", "message": CONFLICT_MESSAGE}}


def test_stale_etag_is_412_and_changes_nothing(client: TestClient) -> None:
    task = _task(client)
    url = f"{API}/me/tasks('{quote(task['Id'], safe='')}')"
    fresh = client.patch(url, json={"Subject": "second"}, headers={"If-Match": task["@odata.etag"]})
    assert fresh.status_code == 200, fresh.text
    _conflict(client.patch(url, json={"Subject": "third"}, headers={"If-Match": task["@odata.etag"]}))
    _conflict(client.post(f"{url}/complete", headers={"If-Match": task["@odata.etag"]}))
    _conflict(client.delete(url, headers={"If-Match": task["@odata.etag"]}))
    now = client.get(url).json()
    assert (
        now["Subject"] == "second" and now["Status"] == "NotStarted" and now["ChangeKey"] == fresh.json()["ChangeKey"]
    )


@pytest.mark.parametrize(
    "spelling",
    ['W/"{ck}"', '"{ck}"', '"stale", W/"{ck}"', "*", ' W/"{ck}" '],
    ids=["weak", "strong", "list", "star", "blanks"],
)
def test_tag_spellings_that_match(client: TestClient, spelling: str) -> None:
    task = _task(client)
    url = f"{API}/me/tasks('{quote(task['Id'], safe='')}')"
    answer = client.patch(url, json={"Subject": "x"}, headers={"If-Match": spelling.format(ck=task["ChangeKey"])})
    assert answer.status_code == 200, answer.text


@pytest.mark.parametrize("spelling", ["{ck}", "", 'W/"{ck}x"', "W/{ck}"], ids=["bare", "empty", "other", "unquoted"])
def test_tag_spellings_that_do_not(client: TestClient, spelling: str) -> None:
    task = _task(client)
    url = f"{API}/me/tasks('{quote(task['Id'], safe='')}')"
    _conflict(client.patch(url, json={"Subject": "x"}, headers={"If-Match": spelling.format(ck=task["ChangeKey"])}))


def test_no_if_match_means_last_writer_wins(client: TestClient) -> None:
    task = _task(client)
    url = f"{API}/me/tasks('{quote(task['Id'], safe='')}')"
    assert client.patch(url, json={"Subject": "a"}).status_code == 200
    assert client.patch(url, json={"Subject": "b"}).status_code == 200
    assert client.get(url).json()["Subject"] == "b"


def test_a_missing_item_is_still_404_and_a_malformed_id_400(client: TestClient) -> None:
    task = _task(client)
    url = f"{API}/me/tasks('{quote(task['Id'], safe='')}')"
    assert client.delete(url).status_code == 204
    for tag in ("*", task["@odata.etag"]):
        assert client.patch(url, json={"Subject": "x"}, headers={"If-Match": tag}).status_code == 404
    answer = client.patch(f"{API}/me/tasks('nope')", json={"Subject": "x"}, headers={"If-Match": '"x"'})
    assert answer.status_code == 400


def test_attachment_writes_match_the_items_changekey(client: TestClient) -> None:
    task = _task(client)
    url = f"{API}/me/tasks('{quote(task['Id'], safe='')}')"
    file = {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "a", "ContentBytes": "AA=="}
    added = client.post(f"{url}/attachments", json=file, headers={"If-Match": task["@odata.etag"]})
    assert added.status_code == 201, added.text
    _conflict(client.post(f"{url}/attachments", json=file, headers={"If-Match": task["@odata.etag"]}))
    attachment = f"{url}/attachments('{quote(added.json()['Id'], safe='')}')"
    _conflict(client.delete(attachment, headers={"If-Match": task["@odata.etag"]}))
    current = client.get(url).json()["@odata.etag"]
    assert client.delete(attachment, headers={"If-Match": current}).status_code == 204


def test_folders_without_a_changekey_match_only_star(client: TestClient) -> None:
    answer = client.post(f"{API}/me/mailfolders", json={"DisplayName": "f"})
    url = f"{API}/me/mailfolders('{quote(answer.json()['Id'], safe='')}')"
    _conflict(client.patch(url, json={"DisplayName": "g"}, headers={"If-Match": 'W/"anything"'}))
    assert client.patch(url, json={"DisplayName": "g"}, headers={"If-Match": "*"}).status_code == 200


def test_default_calendar_singleton_and_preview_actions(client: TestClient) -> None:
    calendar = client.get(f"{API}/me/calendar").json()
    stale = f'W/"{calendar["ChangeKey"]}"'
    assert (
        client.patch(f"{API}/me/calendar", json={"Color": "LightBlue"}, headers={"If-Match": stale}).status_code == 200
    )
    _conflict(client.patch(f"{API}/me/calendar", json={"Color": "LightRed"}, headers={"If-Match": stale}))
    event = client.post(
        f"{PREVIEW}/Me/Events",
        json={
            "@odata.type": f"#{NS}.Event",
            "Subject": "e",
            "Start": "2014-07-02T18:00:00Z",
            "End": "2014-07-02T19:00:00Z",
        },
    ).json()
    url = f"{PREVIEW}/Me/Events('{quote(event['Id'], safe='')}')"
    ok = client.patch(url, json={"Subject": "f"}, headers={"If-Match": f'"{event["ChangeKey"]}"'})
    assert ok.status_code == 200, ok.text
    _conflict(client.delete(url, headers={"If-Match": f'"{event["ChangeKey"]}"'}))
    assert client.get(url).json()["Subject"] == "f"


SPECS = {"v2.0": ("spec/outlook-v2.0.yaml", V2_ROUTES), "preview": ("spec/outlook-preview-2014.yaml", PREVIEW_ROUTES)}


def _normal(path: str) -> str:
    return re.sub(r"\('?\{[^}]*\}'?\)", "({})", path.strip("/")).lower()


@pytest.mark.parametrize("dialect", sorted(SPECS))
def test_the_spec_declares_if_match_and_412_on_exactly_the_guarded_writes(dialect: str) -> None:
    path, routes = SPECS[dialect]
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: the pure-Python parser takes 0.7 s here
    spec = yaml.load((ROOT / path).read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader
    declared, with_412 = set(), set()
    for url, item in spec["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            if {"$ref": "#/components/parameters/IfMatch"} in operation.get("parameters", []):
                declared.add((method.upper(), _normal(url)))
            if "412" in operation["responses"]:
                with_412.add((method.upper(), _normal(url)))
    guarded = {(route.method, _normal(route.template)) for route in Preconditions(routes).targets}
    # A write route added to a URL map is guarded at once; its operation must then say so in the spec:
    # `- $ref: '#/components/parameters/IfMatch'` and `'412': {$ref: '#/components/responses/PreconditionFailed'}`.
    assert declared == guarded, (
        f"If-Match missing on {sorted(guarded - declared)}, extra on {sorted(declared - guarded)}"
    )
    assert with_412 == guarded, f"412 missing on {sorted(guarded - with_412)}, extra on {sorted(with_412 - guarded)}"
