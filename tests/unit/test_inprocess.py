"""In-process use of the mock: the ``outlook_tenant`` pytest fixture (no sockets) and ``outlook_mock.serving()``."""

from __future__ import annotations

import asyncio
import socket
import warnings

import httpx
import pytest
from outlook_preview_client.api.calendars import list_calendars as list_preview_calendars
from outlook_v2_client.api.tasks import create_task, list_tasks
from outlook_v2_client.models import NewTask

import outlook_mock
from outlook_mock.inprocess import InProcessTransport, mock_tenant

pytest_plugins = ["pytester"]  # the plugin seen from another project


def _free_port() -> int:
    """A port free right now (the system's pick), to ask ``serving`` for by number."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_the_fixture_gives_a_fresh_tenant_with_authorised_clients(outlook_tenant) -> None:
    assert list(outlook_tenant.users) == ["admin@contoso.com", "alex@contoso.com"]
    created = outlook_tenant.sync_client.post("/api/v2.0/me/tasks", json={"Subject": "Milk"})
    assert created.status_code == 201 and created.json()["@odata.id"].startswith("https://outlook.office.com/")
    mine = outlook_tenant.sync_client.get("/api/v2.0/me/tasks").json()["value"]
    assert [t["Subject"] for t in mine] == ["Milk"]
    # Another user's client sees another mailbox.
    with outlook_tenant.http("alex@contoso.com") as alex:
        assert alex.get("/api/v2.0/me/tasks").json()["value"] == []


def test_each_test_gets_its_own_tenant(outlook_tenant) -> None:
    assert outlook_tenant.sync_client.get("/api/v2.0/me/tasks").json()["value"] == []  # nothing from the test above


def test_the_async_client_and_the_sync_one_share_the_tenant(outlook_tenant) -> None:
    async def create() -> int:
        answer = await outlook_tenant.client.post("/api/v2.0/me/tasks", json={"Subject": "async"})
        return answer.status_code

    assert asyncio.run(create()) == 201
    assert [t["Subject"] for t in outlook_tenant.sync_client.get("/api/v2.0/me/tasks").json()["value"]] == ["async"]


@pytest.mark.anyio
async def test_the_sync_client_works_inside_a_running_event_loop(outlook_tenant) -> None:
    # The sync transport runs the app on its own loop in a thread, so a running loop here is no obstacle.
    assert outlook_tenant.sync_client.post("/api/v2.0/me/tasks", json={"Subject": "x"}).status_code == 201
    answer = await outlook_tenant.client.get("/api/v2.0/me/tasks")
    assert [t["Subject"] for t in answer.json()["value"]] == ["x"]


def test_the_generated_clients_are_bound_to_the_tenant(outlook_tenant) -> None:
    task = create_task.sync(client=outlook_tenant.v2, body=NewTask(subject="typed"))
    assert task.subject == "typed"
    assert [t.subject for t in list_tasks.sync(client=outlook_tenant.v2).value] == ["typed"]
    assert asyncio.run(list_tasks.asyncio(client=outlook_tenant.v2)).value[0].id == task.id
    calendars = list_preview_calendars.sync(client=outlook_tenant.preview).value
    assert [c.name for c in calendars] == ["Calendar"]


def test_scoped_tokens_come_from_the_token_endpoint(outlook_tenant) -> None:
    token = outlook_tenant.token(scope="Tasks.Read")
    with outlook_tenant.http() as http:
        http.headers["Authorization"] = f"Bearer {token}"
        refused = http.post("/api/v2.0/me/tasks", json={"Subject": "no"})
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "ErrorAccessDenied"


def test_no_deprecation_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with mock_tenant() as mock:
            assert mock.sync_client.get("/api/v2.0/me/tasks").status_code == 200

            async def call() -> int:
                return (await mock.client.get("/api/v2.0/me/tasks")).status_code

            assert asyncio.run(call()) == 200


def test_app_errors_propagate_through_the_sync_transport() -> None:
    async def broken(scope, receive, send):
        raise RuntimeError("boom")

    with InProcessTransport(broken) as transport, httpx.Client(transport=transport, base_url="http://x") as http:
        with pytest.raises(RuntimeError, match="boom"):
            http.get("/")


@pytest.mark.outlook_tenant(tenant_file="examples/tenant.yaml", seed="examples/seed.yaml")
def test_the_marker_chooses_tenant_and_seed(request) -> None:
    if not hasattr(outlook_mock.Tenant, "add_app"):
        pytest.skip("the example tenant has app registrations: needs the client-credentials support")
    tenant = request.getfixturevalue("outlook_tenant")
    assert list(tenant.users) == ["megan@contoso.com", "adele@contoso.com", "lee@contoso.com"]
    subjects = {t["Subject"] for t in tenant.sync_client.get("/api/v2.0/me/tasks").json()["value"]}
    assert {"Pay the rent", "Milk", "Bread"} <= subjects


def test_serving_serves_a_real_socket_and_stops() -> None:
    port = _free_port()
    with outlook_mock.serving(port=port) as url:
        assert url == f"http://127.0.0.1:{port}"
        token = httpx.post(
            f"{url}/common/oauth2/v2.0/token",
            data={"grant_type": "password", "username": "alex@contoso.com", "password": "mock"},
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        folder = httpx.get(f"{url}/api/v2.0/me/taskfolders('Tasks')", headers=headers)
        assert folder.status_code == 200 and folder.json()["@odata.id"].startswith(f"{url}/api/v2.0/")
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}/api/v2.0/me/tasks", timeout=2)


def test_serving_takes_a_free_port_by_default() -> None:
    with outlook_mock.serving() as url:
        assert httpx.get(f"{url}/api/v2.0/me/tasks").status_code == 401  # served, and bearer auth holds


def test_ini_options_choose_the_seed_of_another_project(pytester: pytest.Pytester) -> None:
    # The plugin comes with the package (entry point pytest11): another project needs no conftest.
    pytester.makefile(".yaml", seed="mailboxes:\n  alex@contoso.com:\n    tasks: [{Subject: From the ini}]\n")
    pytester.makeini("[pytest]\noutlook_mock_seed = seed.yaml\n")
    pytester.makepyfile(
        """
        def test_seeded(outlook_tenant):
            with outlook_tenant.http("alex@contoso.com") as alex:
                tasks = alex.get("/api/v2.0/me/tasks").json()["value"]
            assert [t["Subject"] for t in tasks] == ["From the ini"]
        """
    )
    pytester.runpytest_inprocess("-W", "error").assert_outcomes(passed=1)
