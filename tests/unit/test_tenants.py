"""Several tenants on one server: addressed as the identity platform addresses them, isolated from each other."""

from __future__ import annotations

import gc
import weakref

import httpx
import pytest

from outlook_mock import auth, create_app, faults
from outlook_mock.inprocess import InProcessTransport
from outlook_mock.store import Tenant, TenantExists, TenantRegistry
from outlook_mock.tenant_file import load_tenant

ORIGIN = "https://outlook.office.com"


def fabrikam() -> Tenant:
    return load_tenant({"users": [{"address": "admin@fabrikam.com", "password": "fab"}]})


def twin() -> Tenant:
    """A tenant with the default tenant's user names (as two CI jobs creating tenants from one file would)."""
    return load_tenant({"users": [{"address": "admin@contoso.com", "password": "twin"}]})


@pytest.fixture
def app():
    return create_app()


@pytest.fixture
def http(app):
    transport = InProcessTransport(app)
    with httpx.Client(transport=transport, base_url=ORIGIN) as client:
        yield client
    transport.close()


def token(http: httpx.Client, authority: str, username: str, password: str) -> str:
    form = {"grant_type": "password", "username": username, "password": password}
    answer = http.post(f"/{authority}/oauth2/v2.0/token", data=form)
    assert answer.status_code == 200, answer.text
    return answer.json()["access_token"]


def tasks(http: httpx.Client, bearer: str) -> list[str]:
    answer = http.get("/api/v2.0/me/tasks", headers={"Authorization": f"Bearer {bearer}"})
    assert answer.status_code == 200, answer.text
    return [t["Subject"] for t in answer.json()["value"]]


def create_task(http: httpx.Client, bearer: str, subject: str) -> None:
    answer = http.post("/api/v2.0/me/tasks", json={"Subject": subject}, headers={"Authorization": f"Bearer {bearer}"})
    assert answer.status_code == 201, answer.text


def test_each_tenant_is_reached_by_id_or_domain_and_common_is_the_default(app, http) -> None:
    other = app.tenants.add(fabrikam())
    by_id = token(http, str(other.id), "admin@fabrikam.com", "fab")
    by_domain = token(http, "fabrikam.com", "admin@fabrikam.com", "fab")
    home_realm = token(http, "common", "admin@fabrikam.com", "fab")  # not in the default tenant: its home tenant
    create_task(http, by_id, "fabrikam's")
    assert tasks(http, by_domain) == tasks(http, home_realm) == ["fabrikam's"]
    default = token(http, "common", "admin@contoso.com", "mock")
    assert tasks(http, default) == []
    assert token(http, "contoso.com", "admin@contoso.com", "mock")
    refused = http.post(
        "/fabrikam.com/oauth2/v2.0/token",
        data={"grant_type": "password", "username": "admin@contoso.com", "password": "mock"},
    )
    assert refused.status_code == 400 and refused.json()["error"] == "invalid_grant"  # not a user of that tenant


def test_tenants_with_the_same_addresses_are_isolated(app, http) -> None:
    other = app.tenants.add(twin())
    mine = token(http, "common", "admin@contoso.com", "mock")
    theirs = token(http, str(other.id), "admin@contoso.com", "twin")
    create_task(http, mine, "default tenant's")
    create_task(http, theirs, "twin tenant's")
    assert tasks(http, mine) == ["default tenant's"]
    assert tasks(http, theirs) == ["twin tenant's"]
    # The twin's token names its own mailbox by address: still its own tenant's
    answer = http.get("/api/v2.0/users/admin@contoso.com/tasks", headers={"Authorization": f"Bearer {theirs}"})
    assert [t["Subject"] for t in answer.json()["value"]] == ["twin tenant's"]


def test_a_removed_tenant_refuses_its_tokens_and_ids_are_unique(app, http) -> None:
    other = app.tenants.add(fabrikam())
    bearer = token(http, "fabrikam.com", "admin@fabrikam.com", "fab")
    assert tasks(http, bearer) == []
    with pytest.raises(TenantExists):
        app.tenants.add(other)
    app.tenants.remove(other)
    answer = http.get("/api/v2.0/me/tasks", headers={"Authorization": f"Bearer {bearer}"})
    assert answer.status_code == 401 and answer.json()["error"]["code"] == "InvalidAuthenticationToken"
    gone = http.post("/fabrikam.com/oauth2/v2.0/token", data={"grant_type": "password"})
    assert gone.status_code == 400 and "AADSTS90002" in gone.json()["error_description"]
    with pytest.raises(ValueError):
        app.tenants.remove(app.tenants.default)


def test_faults_planted_in_one_tenant_stay_there(app, http) -> None:
    other = app.tenants.add(twin())
    other.faults.add("allow_delete_default_folder")
    mine = token(http, "common", "admin@contoso.com", "mock")
    theirs = token(http, str(other.id), "admin@contoso.com", "twin")
    for bearer, status in ((mine, 400), (theirs, 204)):
        answer = http.delete("/api/v2.0/me/taskfolders('Tasks')", headers={"Authorization": f"Bearer {bearer}"})
        assert answer.status_code == status, answer.text
    assert not faults.any_planted()


def test_snapshot_and_restore_keep_tokens_valid() -> None:
    registry = TenantRegistry()
    tenant = registry.default
    state = tenant.snapshot()
    tenant.find_user("admin@contoso.com").mailbox.tasks  # noqa: B018 - the store is there
    tenant.add_user("new@contoso.com", "New", "x")
    assert "new@contoso.com" in tenant.users
    registry.restore(tenant, state)
    assert "new@contoso.com" not in tenant.users
    registry.restore(tenant, state)  # a snapshot can be restored more than once
    assert set(tenant.users) == {"admin@contoso.com", "alex@contoso.com"}


def test_a_restore_lets_the_state_it_replaced_go() -> None:
    """Nothing keeps the replaced mailboxes: not a cached verification of a token (it is dropped; the token is
    verified again, for the restored user), nor, for a big state, the objects ``serve`` froze (``gc.freeze``)."""
    app = create_app()
    tenant = app.tenant
    state = tenant.snapshot()
    bearer = "Bearer " + auth.issue_token(tenant, tenant.find_user("alex@contoso.com"), auth.ALL_SCOPES)
    assert auth.authenticate(app.tenants, bearer)[1].user is tenant.find_user("alex@contoso.com")
    replaced = weakref.ref(tenant.find_user("alex@contoso.com").mailbox)
    app.tenants.restore(tenant, state)
    gc.collect()
    assert replaced() is None
    assert auth.authenticate(app.tenants, bearer)[1].user is tenant.find_user("alex@contoso.com")


def test_a_big_restore_frees_what_serve_froze(monkeypatch) -> None:
    from outlook_mock.store import tenant as tenants

    monkeypatch.setattr(tenants, "COLLECT_AFTER_SNAPSHOT_BYTES", 0)  # every state counts as big
    registry = TenantRegistry()
    tenant = registry.default
    mailbox = tenant.find_user("alex@contoso.com").mailbox
    mailbox.tasks.create_task({"subject": "held in a cycle: a stored item names its table"})
    state = tenant.snapshot()
    replaced = weakref.ref(mailbox.tasks.tasks)
    del mailbox
    gc.freeze()
    try:
        registry.restore(tenant, state)
        assert replaced() is None
    finally:
        gc.unfreeze()


def test_the_example_multi_tenant_file_serves_both_tenants() -> None:
    from pathlib import Path

    from outlook_mock.inprocess import build_app

    app = build_app(Path(__file__).resolve().parents[2] / "examples" / "tenants.yaml")
    contoso, fabrikam = list(app.tenants)
    assert contoso is app.tenant and fabrikam.traffic is not None and contoso.traffic is None
    transport = InProcessTransport(app)
    with httpx.Client(transport=transport, base_url=ORIGIN) as http:
        megan = token(http, "common", "megan@contoso.com", "megan-pass")
        assert sorted(tasks(http, megan)) == ["Bread", "Milk", "Pay the rent"]
        diego = token(http, "fabrikam.com", "diego@fabrikam.com", "diego-pass")
        fabrikam.traffic = None  # its chaos would make this test a game of chance
        assert tasks(http, diego) == ["Renew the fabrikam.com certificate"]
    transport.close()
