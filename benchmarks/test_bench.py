"""Speed and memory of the mock tenant (``make bench``); numbers, not pass/fail thresholds.

The one property asserted is structural: the cost of a sync page must not grow
with the size of the folder (compared in one run, at 1k and 20k tasks).
"""

from __future__ import annotations

import time
import tracemalloc

import pytest
from starlette.testclient import TestClient

from conformance.api import key
from conformance.target import API_ROOT, mock_target
from outlook_mock import create_app
from outlook_mock.store import Tenant

SIZES = (1_000, 20_000)


def _tenant_with(n: int) -> tuple[Tenant, str]:
    tenant = Tenant.with_default_users()
    tasks = tenant.find_user("admin@contoso.com").mailbox.tasks
    folder = tasks.create_folder("bench")
    for i in range(n):
        tasks.create_task({"subject": f"task {i}"}, folder.id)
    return tenant, folder.id


def _client(tenant: Tenant) -> TestClient:
    target = mock_target(create_app(tenant))
    client = TestClient(target.app, base_url=target.origin)
    client.headers["Authorization"] = f"Bearer {target.tokens[0]}"
    return client


@pytest.fixture(scope="module", params=SIZES, ids=lambda n: f"{n}-tasks")
def synced(request):
    tenant, folder_id = _tenant_with(request.param)
    client = _client(tenant)
    first = client.get(
        f"{API_ROOT}/me/taskfolders('{key(folder_id)}')/tasks",
        headers={"Prefer": "odata.track-changes, odata.maxpagesize=10"},
    )
    return client, first.json()["@odata.deltaLink"]


def test_sync_page(benchmark, synced) -> None:
    """One delta page of 10 tasks, at the start of a round over a large folder."""
    client, delta = synced
    answer = benchmark(client.get, delta, headers={"Prefer": "odata.track-changes, odata.maxpagesize=10"})
    assert len(answer.json()["value"]) == 10


def test_sync_page_cost_does_not_grow_with_the_folder() -> None:
    def page_seconds(n: int) -> float:
        tenant, folder_id = _tenant_with(n)
        changes = tenant.find_user("admin@contoso.com").mailbox.tasks.task_changes
        start = time.perf_counter()
        for _ in range(200):
            for i, _change in enumerate(changes(folder_id, n // 2)):
                if i == 10:
                    break
        return (time.perf_counter() - start) / 200

    small, large = page_seconds(SIZES[0]), page_seconds(SIZES[1])
    print(f"\nsync page: {small * 1e6:.1f} µs at {SIZES[0]} tasks, {large * 1e6:.1f} µs at {SIZES[1]} tasks")
    assert large < small * 4, "a sync page got much slower on a 20x larger folder"


@pytest.fixture(scope="module")
def client() -> TestClient:
    return _client(Tenant.with_default_users())


def test_create_task(benchmark, client: TestClient) -> None:
    body = {
        "Subject": "bench",
        "StartDateTime": {"DateTime": "2016-05-03T09:00:00", "TimeZone": "Eastern Standard Time"},
    }
    answer = benchmark(client.post, f"{API_ROOT}/me/tasks", json=body)
    assert answer.status_code == 201


def test_get_task(benchmark, client: TestClient) -> None:
    task = client.post(f"{API_ROOT}/me/tasks", json={"Subject": "bench"}).json()
    answer = benchmark(
        client.get,
        f"{API_ROOT}/me/tasks('{key(task['Id'])}')",
        headers={"Prefer": 'outlook.timezone="Pacific Standard Time"'},
    )
    assert answer.status_code == 200


def test_memory_per_task() -> None:
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    tenant, _ = _tenant_with(10_000)
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    used = sum(s.size_diff for s in after.compare_to(before, "filename"))
    print(f"\nmemory: {used / 10_000:.0f} bytes per task (10,000 tasks: {used / 2**20:.1f} MiB)")
    assert tenant.users


# -- meetings: an invitation and its answer cross two mailboxes --------------------------------------
MEETING_SIZES = (100, 10_000)


@pytest.fixture(scope="module", params=MEETING_SIZES, ids=lambda n: f"{n}-events")
def busy_tenant(request) -> Tenant:
    """Two mailboxes whose calendars already hold ``n`` events each (a meeting copy is found by its iCalUId)."""
    from datetime import datetime

    from outlook_mock.store.values import LocalDateTime

    tenant = Tenant.with_default_users()
    for user in tenant.users.values():
        for i in range(request.param):
            start = LocalDateTime(datetime(2014, 1, 1, 9), "UTC")
            user.mailbox.calendar.create_event({"subject": f"event {i}", "start": start, "end": start})
    return tenant


def test_invite_and_accept(benchmark, busy_tenant: Tenant) -> None:
    from datetime import datetime

    from outlook_mock.store import meetings
    from outlook_mock.store.calendar import Attendee
    from outlook_mock.store.mail import EmailAddress
    from outlook_mock.store.values import LocalDateTime

    organizer, attendee = busy_tenant.find_user("admin@contoso.com"), busy_tenant.find_user("alex@contoso.com")
    start = LocalDateTime(datetime(2014, 7, 2, 18), "UTC")
    fields = {
        "subject": "bench",
        "start": start,
        "end": start,
        "attendees": (Attendee(EmailAddress("Alex", attendee.email)),),
    }

    def round_trip() -> None:
        event = meetings.create_event(busy_tenant, organizer, fields)
        copy = attendee.mailbox.calendar.find_meeting(event.ical_uid)
        meetings.respond(busy_tenant, attendee, copy.id, meetings.Reply.ACCEPT, meetings.MessageDisposition.SEND_ONLY)
        meetings.delete_event(busy_tenant, organizer, event.id)

    benchmark(round_trip)
