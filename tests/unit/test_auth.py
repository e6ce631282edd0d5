"""The mock's identity provider: token endpoint, JWT checks, scopes."""

from __future__ import annotations

import time

import pytest
from starlette.testclient import TestClient

from outlook_mock import create_app
from outlook_mock.auth import issue_token
from outlook_mock.store import Tenant

TOKEN_URL = "/common/oauth2/v2.0/token"


@pytest.fixture
def app():
    return create_app()


def token(client: TestClient, user: str = "admin@contoso.com", password: str = "mock", scope: str | None = None):
    form = {"grant_type": "password", "username": user, "password": password}
    if scope is not None:
        form["scope"] = scope
    return client.post(TOKEN_URL, data=form)


def test_token_endpoint_issues_bearer_tokens_for_each_user(app) -> None:
    client = TestClient(app)
    ids = set()
    for user in ("admin@contoso.com", "ALEX@contoso.com"):
        answer = token(client, user)
        assert answer.status_code == 200 and answer.json()["token_type"] == "Bearer"
        me = client.get("/api/v2.0/me/taskgroups", headers={"Authorization": f"Bearer {answer.json()['access_token']}"})
        assert me.status_code == 200
        ids.add(me.json()["value"][0]["Id"])
    assert len(ids) == 2, "each user has their own mailbox"


@pytest.mark.parametrize(
    ("form", "error"),
    [
        ({"grant_type": "password", "username": "admin@contoso.com", "password": "wrong"}, "invalid_grant"),
        ({"grant_type": "password", "username": "nobody@contoso.com", "password": "mock"}, "invalid_grant"),
        ({"grant_type": "authorization_code", "code": "x"}, "unsupported_grant_type"),
        ({"grant_type": "client_credentials"}, "invalid_request"),  # app-only tokens: the tenant's own endpoint
        ({"grant_type": "password", "username": "admin@contoso.com"}, "invalid_request"),
    ],
)
def test_token_endpoint_errors(app, form, error) -> None:
    answer = TestClient(app).post(TOKEN_URL, data=form)
    assert answer.status_code == 400 and answer.json()["error"] == error


def test_scopes_are_enforced(app) -> None:
    client = TestClient(app)
    read_only = token(client, scope="https://outlook.office.com/Tasks.Read offline_access").json()
    assert read_only["scope"] == "Tasks.Read"
    headers = {"Authorization": f"Bearer {read_only['access_token']}"}
    assert client.get("/api/v2.0/me/tasks", headers=headers).status_code == 200
    denied = client.post("/api/v2.0/me/tasks", json={"Subject": "x"}, headers=headers)
    assert denied.status_code == 403 and denied.json()["error"]["code"] == "ErrorAccessDenied"


def test_expired_and_foreign_tokens_are_401() -> None:
    tenant, other = Tenant.with_default_users(), Tenant.with_default_users()
    client = TestClient(create_app(tenant))
    user = tenant.find_user("admin@contoso.com")
    for bad in (
        issue_token(tenant, user, ("Tasks.Read",), now=time.time() - 7200),
        issue_token(other, other.find_user("admin@contoso.com"), ("Tasks.Read",)),
    ):
        answer = client.get("/api/v2.0/me/tasks", headers={"Authorization": f"Bearer {bad}"})
        assert answer.status_code == 401 and answer.json()["error"]["code"] == "InvalidAuthenticationToken"
        assert answer.headers["WWW-Authenticate"].startswith("Bearer")


# -- claims, grants, app-only tokens (issues 9 and 10) ---------------------------------------------------------
def test_grants_follow_what_the_identity_platform_would_issue() -> None:
    from outlook_mock.auth import ALL_SCOPES, AUDIENCE, SIGN_IN_AUDIENCE, grant_for

    assert grant_for(None).scopes == ALL_SCOPES and grant_for(None).audience == AUDIENCE
    assert grant_for("https://outlook.office.com/.default offline_access").scopes == ALL_SCOPES
    assert grant_for("openid https://outlook.office.com/Tasks.Read").scopes == ("Tasks.Read",)
    signed_in = grant_for("openid profile offline_access")
    assert signed_in.audience == SIGN_IN_AUDIENCE and signed_in.scopes == ("openid", "profile")


def test_sign_in_scopes_only_get_a_token_this_api_refuses(app) -> None:
    client = TestClient(app)
    answer = token(client, scope="openid profile offline_access").json()
    denied = client.get("/api/v2.0/me/tasks", headers={"Authorization": f"Bearer {answer['access_token']}"})
    assert denied.status_code == 401 and denied.json()["error"]["code"] == "InvalidAudience"


def test_issuer_and_tenant_are_checked() -> None:
    import jwt

    tenant = Tenant.with_default_users()
    client = TestClient(create_app(tenant))
    user = tenant.find_user("admin@contoso.com")
    good = jwt.decode(issue_token(tenant, user, ("Tasks.Read",)), options={"verify_signature": False})
    assert good["iss"] == f"https://sts.windows.net/{tenant.id}/"
    for changes in ({"iss": "https://sts.windows.net/evil/"}, {"iss": None}, {"tid": "other"}):
        claims = {k: v for k, v in {**good, **changes}.items() if v is not None}
        forged = jwt.encode(claims, tenant.secret, algorithm="HS256")
        answer = client.get("/api/v2.0/me/tasks", headers={"Authorization": f"Bearer {forged}"})
        assert answer.status_code == 401 and answer.json()["error"]["code"] == "InvalidAuthenticationToken", changes


def test_client_credentials_issue_app_only_tokens_with_roles() -> None:
    import jwt

    from outlook_mock.store.tenant import DEFAULT_APPS

    tenant = Tenant.with_default_users()
    client = TestClient(create_app(tenant))
    client_id, _, roles = DEFAULT_APPS[0]
    form = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": "mock",
        "scope": "https://outlook.office.com/.default",
    }
    for authority in (str(tenant.id), "contoso.com"):
        answer = client.post(f"/{authority}/oauth2/v2.0/token", data=form)
        assert answer.status_code == 200, answer.text
        claims = jwt.decode(answer.json()["access_token"], options={"verify_signature": False})
        assert claims["roles"] == list(roles) and "scp" not in claims and claims["appid"] == client_id
    refused = {
        "common": ({}, 400, "invalid_request"),
        str(tenant.id): ({"client_secret": "wrong"}, 401, "invalid_client"),
        "contoso.com": ({"scope": "Tasks.Read"}, 400, "invalid_scope"),
        "fabrikam.com": ({}, 400, "invalid_request"),
    }
    for authority, (changes, status, error) in refused.items():
        answer = client.post(f"/{authority}/oauth2/v2.0/token", data={**form, **changes})
        assert (answer.status_code, answer.json()["error"]) == (status, error), authority
    unknown = client.post(f"/{tenant.id}/oauth2/v2.0/token", data={**form, "client_id": "nobody"})
    assert unknown.json()["error"] == "unauthorized_client"
