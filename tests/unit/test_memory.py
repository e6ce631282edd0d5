"""The served process's garbage collection (``outlook_mock.memory``): survivors frozen, frozen cycles still freed."""

from __future__ import annotations

import gc
import weakref

import pytest

from outlook_mock import memory
from outlook_mock.store import TenantRegistry
from outlook_mock.store import tenant as tenants
from outlook_mock.tenant_file import load_tenant


class Node:
    """A cycle's member (a stored item names its table, the table holds the item)."""

    other: Node | None = None


@pytest.fixture
def serving():
    """The process as ``serve`` runs it, put back as it was after the test (other tests share the process)."""
    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    memory.freeze_survivors()
    try:
        yield
    finally:
        gc.callbacks.remove(memory._freeze_after_collection)
        if not frozen:
            gc.unfreeze()
        gc.set_threshold(*thresholds)


def cycle() -> weakref.ref:
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_what_survives_a_middle_generation_collection_is_frozen_and_collect_frozen_frees_its_cycles(serving) -> None:
    held = cycle()
    kept = held()  # alive through the collection: state, not garbage
    before = gc.get_freeze_count()
    gc.collect(1)
    assert memory.freezes_survivors()
    assert gc.get_freeze_count() > before
    assert not gc.get_objects(2)  # the oldest generation stays empty: a full collection costs a young one's
    del kept
    gc.collect()
    assert held() is not None  # frozen: the collector no longer looks at it
    memory.collect_frozen()
    assert held() is None


def test_a_removed_tenant_is_freed_though_frozen_at_the_registrys_next_change(serving) -> None:
    registry = TenantRegistry()
    fabrikam = registry.add(load_tenant({"users": [{"address": "admin@fabrikam.com", "password": "fab"}]}))
    mailbox = fabrikam.find_user("admin@fabrikam.com").mailbox
    mailbox.tasks.create_task({"subject": "held in a cycle: a stored item names its table"})
    replaced = weakref.ref(mailbox.tasks.tasks)
    del mailbox
    gc.collect(1)  # frozen now
    registry.remove(fabrikam)
    del fabrikam
    assert replaced() is not None
    registry.add(load_tenant({"users": [{"address": "admin@tailspin.com", "password": "tail"}]}))
    assert replaced() is None


def test_the_states_small_restores_replace_are_freed_once_they_add_up(serving, monkeypatch) -> None:
    registry = TenantRegistry()
    tenant = registry.default
    state = tenant.snapshot()
    monkeypatch.setattr(tenants, "COLLECT_AFTER_SNAPSHOT_BYTES", len(state.data) * 2.5)
    replaced = []
    for _ in range(3):
        tasks = tenant.find_user("alex@contoso.com").mailbox.tasks
        tasks.create_task({"subject": "held in a cycle"})
        replaced.append(weakref.ref(tasks.tasks))
        del tasks
        gc.collect(1)  # frozen now
        registry.restore(tenant, state)
    assert [ref() is None for ref in replaced] == [True, True, True]
