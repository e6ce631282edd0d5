"""Both specs tell a tool how to get a token and where a local mock is: every OAuth 2.0 flow's token URL, resolved
against the spec's local-mock server as OpenAPI 3.1 resolves relative URLs, gives a token from the mock with the
flow's grant and a scope the flow lists, and that token is accepted by an operation of the spec."""

from __future__ import annotations

import functools
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPECS = {"v2.0": ROOT / "spec" / "outlook-v2.0.yaml", "preview": ROOT / "spec" / "outlook-preview-2014.yaml"}
PROBE = {"v2.0": "/me/tasks", "preview": "/Me/Calendars"}  # one GET of each spec, relative to its server
DEFAULT_SCOPE = "https://outlook.office.com/.default"
GRANTS = {
    "password": {"grant_type": "password", "username": "admin@contoso.com", "password": "mock"},
    "clientCredentials": {
        "grant_type": "client_credentials", "client_id": "6731de76-14a6-49ae-97bc-6eba6914391e", "client_secret": "mock"
    },
}  # fmt: skip


@functools.cache
def _spec(name: str) -> dict:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(SPECS[name].read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


def _local_server(spec: dict) -> str:
    (url,) = [s["url"] for s in spec["servers"] if urlsplit(s["url"]).hostname == "127.0.0.1"]
    return url


@pytest.mark.parametrize("name", SPECS)
def test_a_local_mock_server_and_bearer_beside_oauth2(name: str) -> None:
    spec = _spec(name)
    assert _local_server(spec).startswith("http://127.0.0.1:8765/")
    schemes = spec["components"]["securitySchemes"]
    assert schemes["bearer"] == {**schemes["bearer"], "type": "http", "scheme": "bearer"}
    assert set(schemes["oauth2"]["flows"]) == set(GRANTS)
    assert {"oauth2": []} in spec["security"] and {"bearer": []} in spec["security"]


@pytest.mark.parametrize("flow", GRANTS)
@pytest.mark.parametrize("name", SPECS)
def test_each_flow_gets_a_token_the_api_accepts(outlook_tenant, name: str, flow: str) -> None:
    spec = _spec(name)
    server = _local_server(spec)
    definition = spec["components"]["securitySchemes"]["oauth2"]["flows"][flow]
    assert DEFAULT_SCOPE in definition["scopes"]
    token_url = urljoin(server, definition["tokenUrl"])
    assert urlsplit(token_url).netloc == urlsplit(server).netloc
    http = outlook_tenant.http(base_url=outlook_tenant.origin)
    http.headers.pop("Authorization")
    answer = http.post(urlsplit(token_url).path, data={**GRANTS[flow], "scope": DEFAULT_SCOPE})
    assert answer.status_code == 200, answer.text
    probe = (
        PROBE[name]
        if flow == "password"
        else PROBE[name].replace("/me", "/users/admin@contoso.com", 1).replace("/Me", "/Users('admin@contoso.com')", 1)
    )
    api_root = urlsplit(server).path
    listed = http.get(api_root + probe, headers={"Authorization": f"Bearer {answer.json()['access_token']}"})
    assert listed.status_code == 200, listed.text
