"""Sending mail against the size of the mailboxes it touches (``make bench``).

``sendmail`` from one user to another of the tenant files the sent copy in the sender's Sent Items and
delivers a copy to the recipient's Inbox: its cost must not grow with what those mailboxes already hold
(goal: at SIZES[-1] messages in each Inbox and Sent Items, at most 1.5x the cost at SIZES[0]). The store
is called directly (``store/delivery.py``), CPU time of this thread, least of SAMPLES. Numbers, not
pass/fail thresholds.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from outlook_mock.ids import new_id
from outlook_mock.store import Tenant, delivery
from outlook_mock.store.mail import EmailAddress, Message

SIZES = (1_000, 100_000)
SAMPLES = 100
NOW = datetime(2024, 5, 1, tzinfo=UTC)
RESULTS: dict[int, float] = {}


def _fill(tenant: Tenant, n: int) -> None:
    """``n`` messages in the Inbox and the Sent Items of every user (built through the store's tables)."""
    for user in tenant.users.values():
        store = user.mailbox.mail
        for folder in ("inbox", "sentitems"):
            folder_id = store.well_known[folder].id
            for i in range(n):
                message = Message(new_id("message"), folder_id, NOW, NOW, new_id("message"), "<x@contoso.com>")
                message.subject = f"old {i}"
                store.messages[message.id] = message


@pytest.mark.parametrize("size", SIZES)
def test_sendmail(size: int) -> None:
    tenant = Tenant.with_default_users()
    _fill(tenant, size)
    admin, alex = tenant.find_user("admin@contoso.com"), tenant.find_user("alex@contoso.com")
    fields = {"subject": "lunch?", "to_recipients": (EmailAddress("Alex", alex.email),)}
    cpu = []
    for _ in range(SAMPLES):
        start = time.thread_time()
        delivery.send_mail(tenant, admin, fields)
        cpu.append(time.thread_time() - start)
    RESULTS[size] = min(cpu)


def test_print_sendmail_ratio() -> None:
    small, large = SIZES[0], SIZES[-1]
    if small in RESULTS and large in RESULTS:
        a, b = RESULTS[small], RESULTS[large]
        print(
            f"\nsendmail to a tenant user (µs of CPU, least of {SAMPLES}): {small:,} -> {large:,} messages in each "
            f"Inbox and Sent Items: {a * 1e6:.0f} -> {b * 1e6:.0f}, ratio {b / a:.2f} (goal <= 1.5)"
        )
