"""Several tenants on one served mock: CI jobs side by side, each in its own tenant, don't see each other.

The server is ``outlook_mock.serving()`` on a port the system picks (no port range to share); the control API
creates the tenants, as a CI job would (loopback: no control token needed).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

import outlook_mock

from . import served

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "5d0c9a1e-7b42-4c39-9f0e-2a6b8c4d1e37"
# Both tenants have the same user addresses (two jobs creating their tenant from one file): only the tenant id
# tells them apart, the harshest case for isolation.
DEFINITION = {
    "users": [
        {"address": "ci-admin@ci.example", "displayName": "CI Admin", "password": "ci-admin-pass"},
        {"address": "ci-alex@ci.example", "displayName": "CI Alex", "password": "ci-alex-pass"},
    ],
    "apps": [
        {
            "clientId": APP_ID,
            "displayName": "CI daemon",
            "secret": "ci-secret",
            "permissions": ["Tasks.ReadWrite", "Calendars.Read", "Calendar.Read"],
        }
    ],
}
# quick: the rule checks most sensitive to other mailboxes and tenants (two users, app-only addressing, sync);
# soak: every rule check.
RULES = "addressing or meetings or sync" if served.PROFILE == "quick" else ""


def _token(url: str, tenant: str, form: dict[str, str]) -> str:
    answer = httpx.post(f"{url}/{tenant}/oauth2/v2.0/token", data=form, timeout=30, verify=served.tls())
    answer.raise_for_status()
    return answer.json()["access_token"]


def _tokens(url: str, tenant: str) -> dict[str, str]:
    users = DEFINITION["users"]
    password = {"grant_type": "password"}
    return {
        "OUTLOOK_TOKEN": _token(
            url, tenant, password | {"username": users[0]["address"], "password": users[0]["password"]}
        ),
        "OUTLOOK_TOKEN_2": _token(
            url, tenant, password | {"username": users[1]["address"], "password": users[1]["password"]}
        ),
        "OUTLOOK_APP_TOKEN": _token(
            url,
            tenant,
            {
                "grant_type": "client_credentials",
                "client_id": APP_ID,
                "client_secret": "ci-secret",
                "scope": "https://outlook.office.com/.default",
            },
        ),
    }


def _tasks(url: str, token: str) -> list[str]:
    """Every task subject of the token's mailbox (every page; a 429 is waited out as it asks)."""
    subjects: list[str] = []
    link: str | None = f"{url}/api/v2.0/me/tasks"
    with httpx.Client(headers={"Authorization": f"Bearer {token}"}, timeout=30, verify=served.tls()) as http:
        while link:
            answer = http.get(link)
            if answer.status_code == 429:
                time.sleep(int(answer.headers["Retry-After"]))
                continue
            answer.raise_for_status()
            subjects += [t["Subject"] for t in answer.json()["value"]]
            link = answer.json().get("@odata.nextLink")
    return sorted(subjects)


def test_two_conformance_runs_in_parallel_against_two_tenants_of_one_server() -> None:
    with outlook_mock.serving() as url:
        tenants = []
        for job in ("A", "B"):
            created = httpx.post(f"{url}/_mock/tenants", json=DEFINITION, timeout=30, verify=served.tls())
            assert created.status_code == 201, created.text
            tenant = created.json()["id"]
            tokens = _tokens(url, tenant)
            marker = httpx.post(
                f"{url}/api/v2.0/me/tasks",
                json={"Subject": f"marker of job {job}"},
                headers={"Authorization": f"Bearer {tokens['OUTLOOK_TOKEN']}"},
                timeout=30,
                verify=served.tls(),
            )
            assert marker.status_code == 201
            tenants.append((job, tenant, tokens))
        runs = []
        began = time.monotonic()
        for job, _, tokens in tenants:
            command = [sys.executable, "-m", "pytest", "conformance/test_rules.py", "-q", "-n", "0"]
            env = {**os.environ, "OUTLOOK_BASE_URL": url, **tokens}
            env.pop("PYTEST_XDIST_WORKER", None)
            runs.append(
                (
                    job,
                    subprocess.Popen(
                        [*command, *(["-k", RULES] if RULES else [])],
                        cwd=ROOT,
                        env=env,
                        text=True,
                        stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT,
                    ),
                )
            )
        outputs = {job: run.communicate(timeout=900)[0] for job, run in runs}
        seconds = time.monotonic() - began
        for job, run in runs:
            assert run.returncode == 0, f"job {job}'s conformance run failed:\n{outputs[job][-4000:]}"
            assert " passed" in outputs[job]
        served.figure("two conformance runs in parallel, one tenant each", f"both passed in {seconds:.0f} s")
        for job, _, tokens in tenants:  # each sees its own marker only (what the runs made, they deleted)
            assert f"marker of job {job}" in _tasks(url, tokens["OUTLOOK_TOKEN"])
            assert not [
                s for s in _tasks(url, tokens["OUTLOOK_TOKEN"]) if s.startswith("marker") and not s.endswith(job)
            ]


def test_parallel_workloads_in_twin_tenants_see_only_their_own_items() -> None:
    count = int(served.sized(40, 400))
    with outlook_mock.serving() as url:
        tokens = {}
        for job in ("A", "B", "C"):
            tenant = httpx.post(f"{url}/_mock/tenants", json=DEFINITION, timeout=30, verify=served.tls()).json()["id"]
            tokens[job] = _tokens(url, tenant)["OUTLOOK_TOKEN"]
        failures: list[str] = []

        def work(job: str) -> None:
            with httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {tokens[job]}"}, timeout=30, verify=served.tls()
            ) as http:
                for number in range(count):
                    answer = http.post("/api/v2.0/me/tasks", json={"Subject": f"{job}-{number}"})
                    if answer.status_code != 201:
                        failures.append(f"{job}: {answer.status_code} {answer.text[:200]}")
                        return

        threads = [threading.Thread(target=work, args=(job,)) for job in tokens]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not failures
        for job, token in tokens.items():
            assert _tasks(url, token) == sorted(f"{job}-{n}" for n in range(count)), f"tenant {job} saw others' items"


def test_a_retrying_client_completes_under_the_outlook_throttling_profile_tightened() -> None:
    """Served: a client that honours Retry-After gets its work done; one that ignores it is refused."""
    throttled = {**DEFINITION, "throttling": {"profile": "outlook", "mailboxRequests": 5, "windowSeconds": 1}}
    with outlook_mock.serving() as url:
        tenant = httpx.post(f"{url}/_mock/tenants", json=throttled, timeout=30, verify=served.tls()).json()["id"]
        token = _tokens(url, tenant)["OUTLOOK_TOKEN"]
        refusals, began = 0, time.monotonic()
        with httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30, verify=served.tls()
        ) as http:
            for number in range(12):
                for _ in range(10):
                    answer = http.post("/api/v2.0/me/tasks", json={"Subject": f"t{number}"})
                    if answer.status_code != 429:
                        break
                    refusals += 1
                    body = answer.json()["error"]
                    assert body["code"] == "ApplicationThrottled" and "MailboxRequests" in body["message"]
                    time.sleep(int(answer.headers["Retry-After"]))
                assert answer.status_code == 201, answer.text
        assert len(_tasks(url, token)) == 12 and refusals >= 1
        served.figure(
            "throttled client (5 requests/s per mailbox) creating 12 tasks",
            f"{refusals} x 429, done in {time.monotonic() - began:.1f} s",
        )


def test_chaos_resets_are_connection_resets_on_the_wire() -> None:
    """A served reset is a broken connection for the client (not an HTTP answer), and the server lives on."""
    chaos = {**DEFINITION, "chaos": {"seed": 5, "resetRate": 0.5}}
    with outlook_mock.serving() as url:
        tenant = httpx.post(f"{url}/_mock/tenants", json=chaos, timeout=30, verify=served.tls()).json()["id"]
        token = _tokens(url, tenant)["OUTLOOK_TOKEN"]
        outcomes = []
        for _ in range(12):
            try:
                with httpx.Client(base_url=url, timeout=10, verify=served.tls()) as client:
                    outcomes.append(
                        client.get("/api/v2.0/me/tasks", headers={"Authorization": f"Bearer {token}"}).status_code
                    )
            except httpx.TransportError as error:
                outcomes.append(type(error).__name__)
        assert 200 in outcomes and any(isinstance(o, str) for o in outcomes), outcomes
        assert httpx.get(f"{url}/_mock/health", timeout=10, verify=served.tls()).status_code == 200


def test_a_fault_planted_in_one_tenant_never_leaks_into_concurrent_requests_of_another() -> None:
    """Tenant A has ignore_filter planted and every answer delayed (its requests wait inside A's fault context);
    tenant B's filtered lists, sent at the same time, are always filtered."""
    rounds = int(served.sized(30, 300))
    with outlook_mock.serving() as url:
        ids, tokens = {}, {}
        for job in ("A", "B"):
            ids[job] = httpx.post(f"{url}/_mock/tenants", json=DEFINITION, timeout=30, verify=served.tls()).json()["id"]
            tokens[job] = _tokens(url, ids[job])["OUTLOOK_TOKEN"]
            for subject in ("keep", "drop"):
                httpx.post(
                    f"{url}/api/v2.0/me/tasks",
                    json={"Subject": subject},
                    headers={"Authorization": f"Bearer {tokens[job]}"},
                    timeout=30,
                    verify=served.tls(),
                ).raise_for_status()
        assert (
            httpx.put(
                f"{url}/_mock/tenants/{ids['A']}/faults/ignore_filter", timeout=30, verify=served.tls()
            ).status_code
            == 204
        )
        slow = {"seed": 1, "latencyRate": 1, "latencyMinMs": 5, "latencyMaxMs": 30}
        assert (
            httpx.put(f"{url}/_mock/tenants/{ids['A']}/chaos", json=slow, timeout=30, verify=served.tls()).status_code
            == 200
        )
        seen: dict[str, set[int]] = {"A": set(), "B": set()}

        def work(job: str) -> None:
            with httpx.Client(
                base_url=url, headers={"Authorization": f"Bearer {tokens[job]}"}, timeout=30, verify=served.tls()
            ) as http:
                for _ in range(rounds):
                    answer = http.get("/api/v2.0/me/tasks", params={"$filter": "Subject eq 'keep'"})
                    seen[job].add(len(answer.json()["value"]))

        threads = [threading.Thread(target=work, args=(job,)) for job in ("A", "A", "B", "B")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert seen == {"A": {2}, "B": {1}}  # A's filter ignored (its fault), B's always honoured
