"""What several tenants, per-tenant faults and throttling cost a request (``make bench``; numbers, no thresholds).

The same GET /me/tasks (five tasks) in-process, by a user of: the default tenant of a one-tenant server; one of 50
tenants of a server (its tenant found from the token); a tenant with a fault planted; a throttled tenant (limits
never reached). The first two should be the same: the tenant comes with the cached token verification.
"""

from __future__ import annotations

import httpx
import pytest

from outlook_mock import create_app
from outlook_mock.inprocess import InProcessTransport
from outlook_mock.tenant_file import load_tenant
from outlook_mock.throttling import Throttling, Traffic

ORIGIN = "https://outlook.office.com"


def _client(app, authority: str, address: str, password: str) -> httpx.Client:
    http = httpx.Client(transport=InProcessTransport(app), base_url=ORIGIN)
    form = {"grant_type": "password", "username": address, "password": password}
    http.headers["Authorization"] = (
        "Bearer " + http.post(f"/{authority}/oauth2/v2.0/token", data=form).json()["access_token"]
    )
    for number in range(5):
        http.post("/api/v2.0/me/tasks", json={"Subject": f"task {number}"}).raise_for_status()
    return http


def _one_of_many(setup=None):
    app = create_app()
    tenants = [
        app.tenants.add(load_tenant({"users": [{"address": "u@t.example", "password": "p"}]})) for _ in range(50)
    ]
    if setup is not None:
        setup(tenants[25])
    return _client(app, str(tenants[25].id), "u@t.example", "p")


CASES = {
    "one tenant": lambda: _client(create_app(), "common", "admin@contoso.com", "mock"),
    "one of 50 tenants": _one_of_many,
    "a tenant with a fault planted": lambda: _one_of_many(lambda t: t.faults.add("ignore_filter")),
    "a throttled tenant": lambda: _one_of_many(
        lambda t: setattr(t, "traffic", Traffic(Throttling(mailbox_requests=10**9, mailbox_concurrency=100)))
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_get_tasks_per_tenant_kind(benchmark, case: str) -> None:
    benchmark.group = "GET /me/tasks by tenant kind"
    http = CASES[case]()
    try:
        answer = benchmark(http.get, "/api/v2.0/me/tasks")
        assert answer.status_code == 200 and len(answer.json()["value"]) == 5
    finally:
        http.close()
