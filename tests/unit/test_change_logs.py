"""The change logs an ItemTable keeps for sync: per container or flat, moves, removals, order of writes."""

from __future__ import annotations

from dataclasses import dataclass

from outlook_mock.store.changes import Sequence
from outlook_mock.store.indexes import ALL, ItemTable, Tracked


@dataclass
class Item(Tracked):
    id: str
    folder: str
    subject: str = ""


def _table(log_all: bool = False) -> ItemTable:
    return ItemTable(container=lambda item: item.folder, changes=Sequence().next, log_all=log_all)


def _seen(table: ItemTable, container: object, cursor: int = 0) -> list[tuple[str, bool]]:
    return [(c.key, c.deleted) for c in table.changes(container, cursor)]


def test_each_container_logs_its_own_members() -> None:
    table = _table()
    table["a"], table["b"] = Item("a", "f1"), Item("b", "f2")
    assert _seen(table, "f1") == [("a", False)] and _seen(table, "f2") == [("b", False)]
    assert _seen(table, "nowhere") == []


def test_an_in_place_write_is_a_change_in_the_order_of_writes() -> None:
    table = _table()
    table["a"], table["b"] = Item("a", "f"), Item("b", "f")
    cursor = max(c.seq for c in table.changes("f", 0))
    table["a"].subject = "changed in place"  # seen through the watched item, filed before the next write
    del table["b"]
    assert _seen(table, "f", cursor) == [("a", False), ("b", True)]


def test_a_move_is_a_tombstone_there_and_a_change_here() -> None:
    table = _table()
    table["a"] = Item("a", "f1")
    cursor = max(c.seq for c in table.changes("f1", 0))
    table["a"].folder = "f2"
    assert _seen(table, "f1", cursor) == [("a", True)]
    assert _seen(table, "f2", cursor) == [("a", False)]
    assert [c.new for c in table.changes("f2", cursor)] == [True]


def test_a_member_created_and_removed_after_the_cursor_is_never_reported() -> None:
    table = _table()
    table["a"] = Item("a", "f")
    cursor = max(c.seq for c in table.changes("f", 0))
    table["ghost"] = Item("ghost", "f")
    del table["ghost"]
    assert _seen(table, "f", cursor) == []


def test_a_flat_log_sees_every_container_and_no_moves() -> None:
    table = _table(log_all=True)
    table["a"], table["b"] = Item("a", "root"), Item("b", "a")
    cursor = max(c.seq for c in table.changes(ALL, 0))
    table["b"].folder = "root"  # a folder moved to the top: a change, not a removal
    assert _seen(table, ALL, cursor) == [("b", False)]


def test_forgotten_containers_have_no_changes() -> None:
    table = _table()
    table["a"] = Item("a", "f")
    del table["a"]
    table.forget_changes("f")
    assert _seen(table, "f") == []
