"""The control API (/_mock/…, spec/mock-control.yaml): tenants, reset, snapshots, faults, throttling, chaos, auth."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from outlook_mock import create_app
from outlook_mock.inprocess import InProcessTransport

ORIGIN = "https://outlook.office.com"
TWIN = {"users": [{"address": "admin@contoso.com", "displayName": "Twin Admin", "password": "twin"}]}
SEEDED = {
    "users": [{"address": "megan@fabrikam.com", "password": "megan"}],
    "seed": {"mailboxes": {"megan@fabrikam.com": {"tasks": [{"Subject": "Seeded"}]}}},
}


@pytest.fixture
def app():
    return create_app(control_token="s3cret")


@pytest.fixture
def http(app):
    transport = InProcessTransport(app)
    with httpx.Client(transport=transport, base_url=ORIGIN) as client:
        yield client
    transport.close()


def token(http: httpx.Client, authority: str, username: str, password: str) -> dict[str, str]:
    form = {"grant_type": "password", "username": username, "password": password}
    answer = http.post(f"/{authority}/oauth2/v2.0/token", data=form)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def subjects(http: httpx.Client, headers: dict[str, str]) -> list[str]:
    answer = http.get("/api/v2.0/me/tasks", headers=headers)
    assert answer.status_code == 200, answer.text
    return sorted(t["Subject"] for t in answer.json()["value"])


def create(http: httpx.Client, document: dict) -> dict:
    answer = http.post("/_mock/tenants", json=document)
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_create_list_and_delete_tenants(http) -> None:
    twin = create(http, TWIN)
    assert twin["domains"] == ["contoso.com"] and twin["default"] is False
    assert twin["tokenEndpoint"] == f"/{twin['id']}/oauth2/v2.0/token"
    listed = http.get("/_mock/tenants").json()["value"]
    assert [t["default"] for t in listed] == [True, False]
    users = http.get(f"/_mock/tenants/{twin['id']}/users").json()["value"]
    assert [(u["address"], u["displayName"]) for u in users] == [("admin@contoso.com", "Twin Admin")]
    assert "password" not in users[0]
    headers = token(http, twin["id"], "admin@contoso.com", "twin")
    http.post("/api/v2.0/me/tasks", json={"Subject": "twin's"}, headers=headers)
    assert subjects(http, headers) == ["twin's"]
    assert subjects(http, token(http, "common", "admin@contoso.com", "mock")) == []
    again = http.post("/_mock/tenants", json={"id": twin["id"], **TWIN})
    assert again.status_code == 409 and again.json()["error"]["code"] == "ErrorTenantExists"
    assert http.delete(f"/_mock/tenants/{twin['id']}").status_code == 204
    assert http.get("/api/v2.0/me/tasks", headers=headers).status_code == 401
    missing = http.get(f"/_mock/tenants/{twin['id']}")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "ErrorNoSuchTenant"
    assert http.delete("/_mock/tenants/default").status_code == 400


@pytest.mark.parametrize(
    ("body", "status", "fragment"),
    [
        (b"not json", 400, "JSON"),
        (b"[]", 400, "JSON object"),
        (b'{"users": []}', 400, "at least one user"),
        (b'{"users": [{"address": "a@b.com", "password": "p"}], "throttling": "nope"}', 400, "unknown profile"),
        (
            b'{"users": [{"address": "a@b.com", "password": "p"}], '
            b'"seed": {"mailboxes": {"a@b.com": {"tasks": [{"Subject": 5}]}}}}',
            400,
            "the API refused it",
        ),
    ],
)
def test_bad_tenant_definitions_are_400_with_odata_errors(http, body, status, fragment) -> None:
    answer = http.post("/_mock/tenants", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == status and fragment in answer.json()["error"]["message"]
    assert len(http.get("/_mock/tenants").json()["value"]) == 1  # nothing half-made is left behind


def test_reset_brings_back_the_seeded_state(http) -> None:
    tenant = create(http, SEEDED)
    headers = token(http, "fabrikam.com", "megan@fabrikam.com", "megan")
    http.post("/api/v2.0/me/tasks", json={"Subject": "Later"}, headers=headers)
    assert subjects(http, headers) == ["Later", "Seeded"]
    assert http.post(f"/_mock/tenants/{tenant['id']}/reset").status_code == 200
    assert subjects(http, headers) == ["Seeded"]  # and the token is still good


def test_snapshot_restore_round_trip(http) -> None:
    tenant = create(http, SEEDED)["id"]
    headers = token(http, tenant, "megan@fabrikam.com", "megan")
    folder = http.post("/api/v2.0/me/taskfolders", json={"Name": "Kept"}, headers=headers).json()
    before = {
        "tasks": subjects(http, headers),
        "folders": sorted(f["Name"] for f in http.get("/api/v2.0/me/taskfolders", headers=headers).json()["value"]),
    }
    taken = http.post(f"/_mock/tenants/{tenant}/snapshots")
    assert taken.status_code == 201
    snapshot = taken.json()["id"]
    assert [s["id"] for s in http.get(f"/_mock/tenants/{tenant}/snapshots").json()["value"]] == [snapshot]
    for _ in range(2):  # restored twice: a snapshot is not used up
        http.post("/api/v2.0/me/tasks", json={"Subject": "After"}, headers=headers)
        http.delete(f"/api/v2.0/me/taskfolders('{folder['Id']}')", headers=headers)
        assert http.post(f"/_mock/tenants/{tenant}/snapshots/{snapshot}/restore").status_code == 200
        after = {
            "tasks": subjects(http, headers),
            "folders": sorted(f["Name"] for f in http.get("/api/v2.0/me/taskfolders", headers=headers).json()["value"]),
        }
        assert after == before
    again = http.get(f"/api/v2.0/me/taskfolders('{folder['Id']}')", headers=headers)
    assert again.status_code == 200 and again.json()["Id"] == folder["Id"]  # the same ids as before
    assert http.delete(f"/_mock/tenants/{tenant}/snapshots/{snapshot}").status_code == 204
    assert http.post(f"/_mock/tenants/{tenant}/snapshots/{snapshot}/restore").status_code == 404


def test_faults_per_tenant_at_run_time(http) -> None:
    twin = create(http, TWIN)["id"]
    mine = token(http, "common", "admin@contoso.com", "mock")
    theirs = token(http, twin, "admin@contoso.com", "twin")
    assert http.get("/_mock/faults").json()["value"][0].keys() == {"name", "rule"}
    assert http.put(f"/_mock/tenants/{twin}/faults/allow_delete_default_folder").status_code == 204
    assert http.put(f"/_mock/tenants/{twin}/faults/no_such_fault").status_code == 404
    assert http.get(f"/_mock/tenants/{twin}/faults").json()["value"] == ["allow_delete_default_folder"]
    assert http.delete("/api/v2.0/me/taskfolders('Tasks')", headers=mine).status_code == 400
    assert http.delete("/api/v2.0/me/taskfolders('Tasks')", headers=theirs).status_code == 204
    assert http.delete(f"/_mock/tenants/{twin}/faults/allow_delete_default_folder").status_code == 204
    assert http.get(f"/_mock/tenants/{twin}/faults").json()["value"] == []


def test_throttling_answers_429_with_retry_after_and_a_retrying_client_completes(http) -> None:
    twin = create(http, TWIN)["id"]
    settings = {"mailboxRequests": 4, "windowSeconds": 1}
    assert http.put(f"/_mock/tenants/{twin}/throttling", json=settings).status_code == 200
    assert http.get(f"/_mock/tenants/{twin}/throttling").json()["mailboxRequests"] == 4
    theirs = token(http, twin, "admin@contoso.com", "twin")
    mine = token(http, "common", "admin@contoso.com", "mock")
    throttled, waited = 0, 0.0
    for number in range(10):  # a client that honours Retry-After
        for _ in range(5):
            answer = http.post("/api/v2.0/me/tasks", json={"Subject": f"task {number}"}, headers=theirs)
            if answer.status_code != 429:
                break
            throttled += 1
            assert answer.json()["error"]["code"] == "ApplicationThrottled"
            assert answer.headers["RateLimit-Scope"] == "Mailbox"
            pause = int(answer.headers["Retry-After"])
            waited += pause
            time.sleep(pause)
        assert answer.status_code == 201, answer.text
        assert int(answer.headers["Rate-Limit-Limit"]) == 4
    assert throttled >= 1 and len(subjects(http, theirs)) == 10
    for _ in range(10):  # the default tenant is not throttled
        assert http.get("/api/v2.0/me/tasks", headers=mine).status_code == 200
    assert http.delete(f"/_mock/tenants/{twin}/throttling").status_code == 204
    assert http.get(f"/_mock/tenants/{twin}/throttling").json() == {}


def test_chaos_is_seeded_per_tenant(http) -> None:
    chaos = {"seed": 11, "unavailableRate": 0.3, "resetRate": 0.2}
    outcomes = []
    for _ in range(2):
        tenant = create(http, {**TWIN, "chaos": chaos})["id"]
        headers = token(http, tenant, "admin@contoso.com", "twin")
        seen = []
        for _ in range(20):
            try:
                answer = http.get("/api/v2.0/me/tasks", headers=headers)
            except ConnectionResetError:
                seen.append("reset")
                continue
            seen.append(answer.status_code)
            if answer.status_code == 503:
                assert answer.json()["error"]["code"] == "ErrorServerBusy" and answer.headers["Retry-After"] == "1"
        outcomes.append(seen)
        http.delete(f"/_mock/tenants/{tenant}")
    assert outcomes[0] == outcomes[1]
    assert {200, 503, "reset"} <= set(outcomes[0])


def test_concurrency_limit(app) -> None:
    async def run() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=ORIGIN) as client:
            form = {"grant_type": "password", "username": "admin@contoso.com", "password": "mock"}
            answer = await client.post("/common/oauth2/v2.0/token", data=form)
            headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}
            await client.put("/_mock/tenants/default/throttling", json={"profile": "outlook"})
            await client.put(
                "/_mock/tenants/default/chaos", json={"latencyRate": 1, "latencyMinMs": 50, "latencyMaxMs": 50}
            )
            answers = await asyncio.gather(*(client.get("/api/v2.0/me/tasks", headers=headers) for _ in range(6)))
            return [a.status_code for a in answers], [a.headers.get("RateLimit-Exceeded") for a in answers]

    statuses, exceeded = asyncio.run(run())
    assert sorted(statuses) == [200] * 4 + [429] * 2  # the service's 4 concurrent requests per app and mailbox
    assert exceeded.count("MailboxConcurrency") == 2


def test_only_loopback_clients_or_the_control_token(app) -> None:
    remote = httpx.ASGITransport(app=app, client=("203.0.113.9", 40000))

    async def calls() -> list[httpx.Response]:
        async with httpx.AsyncClient(transport=remote, base_url=ORIGIN) as client:
            return [
                await client.get("/_mock/tenants"),
                await client.get("/_mock/tenants", headers={"Authorization": "Bearer wrong"}),
                await client.get("/_mock/tenants", headers={"Authorization": "Bearer s3cret"}),
                await client.get("/_mock/health"),
            ]

    without, wrong, right, health = asyncio.run(calls())
    assert without.status_code == 401 and wrong.status_code == 401 and right.status_code == 200
    assert health.status_code == 200  # readiness probes need no token

    closed = httpx.ASGITransport(app=create_app(), client=("203.0.113.9", 40000))  # no control token: loopback only

    async def refused() -> httpx.Response:
        async with httpx.AsyncClient(transport=closed, base_url=ORIGIN) as client:
            return await client.get("/_mock/tenants", headers={"Authorization": "Bearer s3cret"})

    answer = asyncio.run(refused())
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "ErrorAccessDenied"


def test_unknown_control_paths_and_methods(http) -> None:
    assert http.get("/_mock/nothing").status_code == 404
    answer = http.put("/_mock/tenants")
    assert answer.status_code == 405 and answer.headers["Allow"] == "GET, POST"


def test_per_app_limits_count_each_client_id_apart(http) -> None:
    http.put("/_mock/tenants/default/throttling", json={"appRequests": 2, "windowSeconds": 60})

    def headers(client_id: str) -> dict[str, str]:
        form = {"grant_type": "password", "username": "admin@contoso.com", "password": "mock", "client_id": client_id}
        return {"Authorization": f"Bearer {http.post('/common/oauth2/v2.0/token', data=form).json()['access_token']}"}

    first, second = headers("client-one"), headers("client-two")
    assert [http.get("/api/v2.0/me/tasks", headers=first).status_code for _ in range(3)] == [200, 200, 429]
    refused = http.get("/api/v2.0/me/tasks", headers=first)
    assert (
        refused.headers["RateLimit-Scope"] == "Application" and refused.headers["RateLimit-Exceeded"] == "AppRequests"
    )
    assert int(refused.headers["Retry-After"]) >= 59
    assert http.get("/api/v2.0/me/tasks", headers=second).status_code == 200  # another app: its own budget


def test_a_delta_link_taken_before_a_restore_is_refused_after_it(http) -> None:
    headers = token(http, "common", "admin@contoso.com", "mock")
    snapshot = http.post("/_mock/tenants/default/snapshots").json()["id"]
    sync = {**headers, "Prefer": "odata.track-changes"}
    link = None
    answer = http.get("/api/v2.0/me/taskfolders('Tasks')/tasks/", headers=sync)
    while answer.status_code == 200 and "@odata.deltaLink" not in answer.json():
        answer = http.get(answer.json()["@odata.nextLink"], headers=sync)
    link = answer.json()["@odata.deltaLink"]
    assert http.get(link, headers=sync).status_code == 200
    http.post(f"/_mock/tenants/default/snapshots/{snapshot}/restore")
    refused = http.get(link, headers=sync)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "ErrorInvalidSyncStateData"
    assert http.get("/api/v2.0/me/taskfolders('Tasks')/tasks/", headers=sync).status_code == 200  # sync afresh
