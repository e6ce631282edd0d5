"""Sync page cost vs collection size for every synced kind besides tasks (``make bench``; numbers, not thresholds).

As for tasks (``test_bench.py``), the one structural property asserted is that a sync page does not get
much slower on a 20x larger collection: at the store (the change log a page reads) and over HTTP (the whole
request: token, log, rendering), for a mail folder's messages, a contact folder's contacts, the mail folder
hierarchy and a calendar view.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

import pytest
from starlette.testclient import TestClient

from conformance.api import key
from conformance.target import API_ROOT, mock_target
from outlook_mock import create_app
from outlook_mock.store import Tenant
from outlook_mock.store.changes import Change
from outlook_mock.store.indexes import ALL
from outlook_mock.store.values import LocalDateTime

SIZES = (1_000, 20_000)
PAGE = 10
TRACK = {"Prefer": f"odata.track-changes, odata.maxpagesize={PAGE}"}
WINDOW = "startDateTime=2016-01-01T00:00:00Z&endDateTime=2016-12-31T00:00:00Z"


def _filled(kind: str, n: int) -> tuple[Tenant, Callable[[int], Iterable[Change]], str]:
    """A tenant whose admin has ``n`` members of ``kind``; the store's change reader; the initial sync path."""
    tenant = Tenant.with_default_users()
    mailbox = tenant.find_user("admin@contoso.com").mailbox
    if kind == "messages":
        folder = mailbox.mail.create_folder("bench")
        for i in range(n):
            mailbox.mail.create_message({"subject": f"message {i}"}, folder.id)
        return (
            tenant,
            lambda c: mailbox.mail.messages.changes(folder.id, c),
            f"me/MailFolders('{key(folder.id)}')/messages",
        )
    if kind == "contacts":
        folder = mailbox.contacts.create_folder("bench")
        for i in range(n):
            mailbox.contacts.create_contact({"given_name": f"contact {i}"}, folder.id)
        return (
            tenant,
            lambda c: mailbox.contacts.contacts.changes(folder.id, c),
            f"me/ContactFolders('{key(folder.id)}')/contacts",
        )
    if kind == "mail-folders":
        for i in range(n):
            mailbox.mail.create_folder(f"folder {i}")
        return tenant, lambda c: mailbox.mail.folders.changes(ALL, c), "me/MailFolders"
    assert kind == "calendar-view"
    calendar = mailbox.calendar.default
    for i in range(n):
        start = LocalDateTime(datetime(2016, 1, 1, 9) + timedelta(minutes=20 * i), "UTC")
        end = LocalDateTime(start.value + timedelta(minutes=15), "UTC")
        mailbox.calendar.create_event({"subject": f"event {i}", "start": start, "end": end}, calendar.id)
    return tenant, lambda c: mailbox.calendar.events.changes(calendar.id, c), f"me/calendarview?{WINDOW}"


KINDS = ("messages", "contacts", "mail-folders", "calendar-view")


def _client(tenant: Tenant) -> TestClient:
    target = mock_target(create_app(tenant))
    client = TestClient(target.app, base_url=target.origin)
    client.headers["Authorization"] = f"Bearer {target.tokens[0]}"
    return client


def _seconds(run: Callable[[], object], times: int) -> float:
    start = time.perf_counter()
    for _ in range(times):
        run()
    return (time.perf_counter() - start) / times


def _first_page(changes: Callable[[int], Iterable[Change]], cursor: int) -> None:
    for i, _change in enumerate(changes(cursor)):
        if i == PAGE:
            break


@pytest.mark.parametrize("kind", KINDS)
def test_sync_page_cost_does_not_grow(kind: str) -> None:
    """A page of 10 changes from the middle of the log (store), and a delta page over HTTP, at 1k and 20k.

    Both sizes are built first and then timed in turns, the minimum of several turns kept: the CPU is shared,
    and a slow spell must not land on one size only.
    """
    setups = []
    for n in SIZES:
        tenant, changes, path = _filled(kind, n)
        client = _client(tenant)
        delta = client.get(f"{API_ROOT}/{path}", headers=TRACK).json()["@odata.deltaLink"]
        page = client.get(delta, headers=TRACK)
        assert page.status_code == 200 and len(page.json()["value"]) == PAGE, page.text[:300]
        setups.append((n, changes, client, delta))
    store = {n: float("inf") for n in SIZES}
    http = {n: float("inf") for n in SIZES}
    for _ in range(7):
        for n, changes, client, delta in setups:
            store[n] = min(store[n], _seconds(functools.partial(_first_page, changes, n // 2), 100))
            http[n] = min(http[n], _seconds(functools.partial(client.get, delta, headers=TRACK), 5))
    small, large = SIZES
    print(
        f"\nsync page of {kind}: store {store[small] * 1e6:.1f} µs at {small}, {store[large] * 1e6:.1f} µs at "
        f"{large} (x{store[large] / store[small]:.2f}); HTTP {http[small] * 1e3:.2f} ms at {small}, "
        f"{http[large] * 1e3:.2f} ms at {large} (x{http[large] / http[small]:.2f})"
    )
    assert store[large] < store[small] * 4, f"a {kind} sync page (store) got much slower on a 20x larger collection"
    assert http[large] < http[small] * 4, f"a {kind} sync page (HTTP) got much slower on a 20x larger collection"
