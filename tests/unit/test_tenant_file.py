"""Tenant files (users, app registrations) and seed data (replayed through the API, refused as the API refuses)."""

from __future__ import annotations

import functools
import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

import outlook_mock
from outlook_mock.cli import main
from outlook_mock.inprocess import mock_tenant
from outlook_mock.seeding import SeedError
from outlook_mock.tenant_file import TenantFileError, load_tenant

ROOT = Path(__file__).resolve().parents[2]

# The TLS settings of the file's httpx calls, made once: httpx otherwise makes them for every call, loading the
# whole CA bundle (~25 ms of CPU; the servers polled here are plain HTTP all the same).
_tls = functools.cache(httpx.create_ssl_context)


def _free_port() -> int:
    """A port free right now (the system's pick), for the command line's --port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


THREE_USERS = {
    "users": [
        {"address": "megan@contoso.com", "displayName": "Megan Bowen", "password": "megan-pass"},
        {"address": "adele@contoso.com", "displayName": "Adele Vance", "password": "adele-pass"},
        {"address": "lee@contoso.com", "password": "lee-pass"},
    ]
}
EVENT_TIMES = {
    "Start": {"DateTime": "2026-01-12T10:00:00", "TimeZone": "UTC"},
    "End": {"DateTime": "2026-01-12T11:00:00", "TimeZone": "UTC"},
}
SEED = {
    "mailboxes": {
        "megan@contoso.com": {
            "taskFolders": [{"Name": "Groceries", "tasks": [{"Subject": "Milk"}]}],
            "mailFolders": [{"Id": "Inbox", "messages": [{"Subject": "Quarterly numbers"}]}],
            "contacts": [{"GivenName": "Adele", "EmailAddresses": [{"Address": "adele@contoso.com"}]}],
            "calendars": [
                {
                    "Name": "Team",
                    "events": [
                        {
                            "Subject": "Planning",
                            **EVENT_TIMES,
                            "Attendees": [{"EmailAddress": {"Address": "lee@contoso.com"}, "Type": "Required"}],
                        }
                    ],
                }
            ],
        },
        "lee@contoso.com": {"tasks": [{"Subject": "Lee's task"}]},
    }
}


def _write(path: Path, content: object) -> Path:
    path.write_text(json.dumps(content) if path.suffix == ".json" else yaml.safe_dump(content), encoding="utf-8")
    return path


def _token(url: str, address: str, password: str) -> httpx.Response:
    form = {"grant_type": "password", "username": address, "password": password}
    return httpx.post(f"{url}/common/oauth2/v2.0/token", data=form, timeout=10, verify=_tls())


def _assert_seeded(url: str) -> None:
    """The three users sign in with their own passwords (the default users are gone) and see their seed data."""
    assert _token(url, "admin@contoso.com", "mock").status_code == 400
    tokens = {}
    for user in THREE_USERS["users"]:
        answer = _token(url, user["address"], user["password"])
        assert answer.status_code == 200, answer.text
        tokens[user["address"]] = {"Authorization": f"Bearer {answer.json()['access_token']}"}

    def get(address: str, path: str) -> list[dict]:
        answer = httpx.get(f"{url}/api/v2.0/{path}", headers=tokens[address], timeout=10, verify=_tls())
        assert answer.status_code == 200, answer.text
        return answer.json()["value"]

    megan = "megan@contoso.com"
    assert [f["Name"] for f in get(megan, "me/taskfolders")] == ["Tasks", "Groceries"]
    assert [t["Subject"] for t in get(megan, "me/tasks")] == ["Milk"]
    assert [m["Subject"] for m in get(megan, "me/mailfolders('Inbox')/messages")] == ["Quarterly numbers"]
    assert [c["GivenName"] for c in get(megan, "me/contacts")] == ["Adele"]
    team = next(c for c in get(megan, "me/calendars") if c["Name"] == "Team")
    (event,) = get(megan, f"me/calendars('{team['Id']}')/events")
    assert event["Attendees"][0]["EmailAddress"]["Address"] == "lee@contoso.com"
    assert [t["Subject"] for t in get("lee@contoso.com", "me/tasks")] == ["Lee's task"]
    assert get("adele@contoso.com", "me/tasks") == []


def test_a_three_user_tenant_with_seed_data_is_served(tmp_path: Path) -> None:
    tenant_file, seed = _write(tmp_path / "tenant.yaml", THREE_USERS), _write(tmp_path / "seed.json", SEED)
    with outlook_mock.serving(tenant_file, seed) as url:  # on a port the system picks
        _assert_seeded(url)


def test_the_cli_serves_a_tenant_file_with_seed_data(tmp_path: Path) -> None:
    tenant_file, seed = _write(tmp_path / "tenant.json", THREE_USERS), _write(tmp_path / "seed.yaml", SEED)
    port = _free_port()
    command = [sys.executable, "-m", "outlook_mock.cli", "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--tenant-file", str(tenant_file), "--seed", str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=2, verify=_tls())
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read()
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        _assert_seeded(url)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=10)
    assert "users: megan@contoso.com, adele@contoso.com, lee@contoso.com" in output


def _bad_event_seed() -> dict:
    backwards = {"Subject": "Backwards", "Start": EVENT_TIMES["End"], "End": EVENT_TIMES["Start"]}
    return {"mailboxes": {"megan@contoso.com": {"calendars": [{"Name": "Team", "events": [backwards]}]}}}


def test_bad_seed_data_gets_the_api_s_own_error(tmp_path: Path) -> None:
    # What the API answers to the same request...
    with mock_tenant(tenant=load_tenant(THREE_USERS)) as mock:
        team = mock.sync_client.post("/api/v2.0/me/calendars", json={"Name": "Team"}).json()
        event = _bad_event_seed()["mailboxes"]["megan@contoso.com"]["calendars"][0]["events"][0]
        api = mock.sync_client.post(f"/api/v2.0/me/calendars('{team['Id']}')/events", json=event)
    assert api.status_code == 400
    # ... is what the seed gets, with the place of the entry.
    with pytest.raises(SeedError) as refused:
        with mock_tenant(tenant=load_tenant(THREE_USERS), seed=_bad_event_seed()):
            pass
    assert refused.value.status == api.status_code and refused.value.error == api.json()["error"]
    assert "mailboxes.megan@contoso.com.calendars[0].events[0]" in str(refused.value)
    assert api.json()["error"]["code"] in str(refused.value)


def test_the_cli_refuses_bad_seed_data_before_serving(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = _write(tmp_path / "seed.yaml", {"mailboxes": {"admin@contoso.com": {"tasks": [{"Subject": 7}]}}})
    # In process (the served test above starts the command itself): refused before a socket is opened.
    with pytest.raises(SystemExit) as done:
        main(["serve", "--port", str(_free_port()), "--seed", str(seed)])
    assert done.value.code == 2
    assert "tasks[0]: the API refused it (POST /api/v2.0/me/tasks): 400" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"users": []}, "users: expected a list of at least one user"),
        ({"users": [{"address": "a@contoso.com"}]}, "users[0]: missing field(s) password"),
        ({"users": [{"address": "a@contoso.com", "password": "p", "pwd": "x"}]}, "unknown field(s) pwd"),
        ({"users": [{"address": "nobody", "password": "p"}]}, "users[0].address: expected an SMTP address"),
        ({"users": [{"address": "a@contoso.com", "password": "p"}] * 2}, "a@contoso.com is listed twice"),
        ({"users": [{"address": "a@contoso.com", "password": "p"}], "id": "x"}, "id: expected a UUID"),
        ({"tenants": []}, "tenants: expected a list of at least one tenant"),
        ({"tenants": [{"users": [{"address": "a@contoso.com", "password": "p"}]}], "id": "x"}, "nothing else"),
        ({"users": [{"address": "a@contoso.com", "password": "p"}], "faults": ["no_such"]}, "faults: expected"),
        (
            {"users": [{"address": "a@contoso.com", "password": "p"}], "throttling": {"mailboxRequests": 0}},
            "mailboxRequests",
        ),
        ({"users": [{"address": "a@contoso.com", "password": "p"}], "chaos": {"resetRate": 2}}, "resetRate"),
    ],
)
def test_tenant_file_mistakes_are_named(document: dict, message: str) -> None:
    with pytest.raises(TenantFileError) as refused:
        load_tenant(document)
    assert message in str(refused.value)


def test_seed_mistakes_are_named() -> None:
    with pytest.raises(SeedError, match=r"mailboxes.nobody@contoso.com: no such user"):
        with mock_tenant(seed={"mailboxes": {"nobody@contoso.com": {}}}):
            pass
    with pytest.raises(SeedError, match=r"unknown kind 'notes'"):
        with mock_tenant(seed={"mailboxes": {"alex@contoso.com": {"notes": []}}}):
            pass
    refused = r"mailFolders\[0\]: the API refused it \(GET /api/v2.0/me/mailfolders\(.Nowhere.\)\): 4\d\d "
    with pytest.raises(SeedError, match=refused):
        with mock_tenant(seed={"mailboxes": {"alex@contoso.com": {"mailFolders": [{"Id": "Nowhere"}]}}}):
            pass


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("users: [", encoding="utf-8")
    with pytest.raises(TenantFileError, match="broken.yaml: not valid YAML"):
        load_tenant(tmp_path / "broken.yaml")
    with pytest.raises(TenantFileError, match="missing.json: can't be read"):
        load_tenant(tmp_path / "missing.json")


def test_the_tenant_id_is_the_files() -> None:
    tenant = load_tenant({**THREE_USERS, "id": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"})
    assert str(tenant.id) == "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0"
    assert [u.display_name for u in tenant.users.values()] == ["Megan Bowen", "Adele Vance", "lee"]


@pytest.mark.skipif(not hasattr(outlook_mock.Tenant, "add_app"), reason="needs app registrations (client credentials)")
def test_the_example_files_give_app_registrations_and_seed_data() -> None:
    with mock_tenant(ROOT / "examples/tenant.yaml", ROOT / "examples/seed.yaml") as mock:
        (app,) = mock.tenant.apps.values()
        assert app.display_name == "Contoso Mailbox Daemon" and "Mail.ReadWrite" in app.roles
        form = {
            "grant_type": "client_credentials",
            "client_id": app.client_id,
            "client_secret": "daemon-secret",
            "scope": "https://outlook.office.com/.default",
        }
        with mock.http() as http:
            answer = http.post(f"/{mock.tenant.id}/oauth2/v2.0/token", data=form)
        assert answer.status_code == 200, answer.text
    with pytest.raises(TenantFileError, match="unknown permission 'Mail.Everything'"):
        load_tenant({**THREE_USERS, "apps": [{"clientId": "c", "secret": "s", "permissions": ["Mail.Everything"]}]})


def test_the_example_seed_replays_into_the_example_users() -> None:
    example = yaml.safe_load((ROOT / "examples/tenant.yaml").read_text(encoding="utf-8"))
    example.pop("apps")  # (app registrations are checked above where the mock has them)
    with mock_tenant(tenant=load_tenant(example), seed=ROOT / "examples/seed.yaml") as mock:
        assert list(mock.users) == ["megan@contoso.com", "adele@contoso.com", "lee@contoso.com"]
        events = mock.sync_client.get("/api/v2.0/me/events").json()["value"]
        assert [e["Subject"] for e in events] == ["Dentist"]
