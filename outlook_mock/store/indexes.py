"""Where a store keeps the items of one kind so that a list page costs O(page), not O(mailbox).

An ``ItemTable`` is the dict of a store's items by id (tasks, messages, folders, ...), and besides:

* it knows which container (folder, calendar, group) holds each item and lists a container's
  items in O(its size), in the order the dict has them (insertion order; a replaced item keeps
  its place unless it changed container: then it goes last), so a folder's list does not scan
  the mailbox; ``AllBut(containers)`` is the container of every item but theirs (``/me/messages``
  leaves out Deleted Items), listed and indexed without walking the items left out;
* it counts, per container, the items a predicate holds for (a mail folder's unread messages);
* it keeps sorted indexes, built on first use per (container, key name) and maintained on every
  write afterwards, so ``$orderby`` on a key an index serves costs O(log n + page);
* given a change sequence (``changes``), it keeps the change logs sync reads (``changes.py``): one
  per container, or (``log_all``) one of all its items (a folder hierarchy); every write it sees is
  a change there, a removal a tombstone, a move to another container both.

Writes are seen without the stores having to report them: ``__setitem__``/``__delitem__``/``pop``
on the table, and any attribute assignment on a stored ``Tracked`` item (a PATCH applied in place,
a meeting answer, a new ChangeKey) marks the item, which is re-filed before the next read. Only
stored items pay for that: the table switches an item it stores to a subclass of its class that
watches assignments, and back when the item leaves (``replace()`` of a stored item starts untracked).
The same sighting tells a journal (``--data-dir``, ``persistence.py``), when one is attached, which
items a request wrote, so that only those are saved.
The key functions come from the wire layer (what a key means is a wire matter); the table only
promises that an index's entries are the key function's values of the items as they are now.

Tables and items pickle (and deep-copy) as what they hold: a table as its container and counting
functions (so these are attribute names or module-level functions, never lambdas) and its items with
their positions, an item as its plain class; indexes and journals are left behind.
"""

from __future__ import annotations

import gc
import heapq
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from sortedcontainers import SortedList

from .changes import Change, ChangeLog

__all__ = ["ALL", "AllBut", "ItemTable", "SortedIndex", "Tracked", "all_but"]


class _All:
    """The container that holds every item of a table (``/me/messages`` over all folders): one object, also
    once pickled or copied (a table's change logs may be filed under it)."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "ALL"

    def __repr__(self) -> str:
        return "ALL"


ALL = _All()


@dataclass(frozen=True)
class AllBut:
    """The container of every item of a table but those filed in ``left_out`` (a set of containers)."""

    left_out: frozenset[Hashable]

    def holds(self, container: Hashable) -> bool:
        return container not in self.left_out


def all_but(left_out: Collection[Hashable]) -> Hashable:
    """The container of every item but those of ``left_out``: ``ALL`` when that leaves nothing out."""
    return AllBut(frozenset(left_out)) if left_out else ALL


MAX_INDEXES = 8  # sorted indexes kept per table; the least recently used one goes first


class Tracked:
    """Base of the stored classes whose attribute writes an ``ItemTable`` holding them must see."""

    __slots__ = ()

    def __reduce_ex__(self, protocol: Any) -> tuple:
        # Pickled (and copied) as the plain class, without the table that watches it.
        cls = type(self)
        plain = cls.__mro__[1] if _WATCHING.get(cls.__mro__[1]) is cls else cls
        state = self.__dict__
        if "_table" in state:
            state = {name: value for name, value in state.items() if name != "_table"}
        return _made, (plain,), state


def _made(cls: type) -> Any:
    """An instance of ``cls`` to be filled with its state (pickle's ``__newobj__``, which would refuse a
    watched item: its class is not the one it pickles as)."""
    return cls.__new__(cls)


_WATCHING: dict[type, type] = {}  # a Tracked class -> its subclass that reports assignments


def _watching(cls: type) -> type:
    """The subclass of ``cls`` a stored item becomes: same name and layout, an ``__setattr__`` that reports."""
    watching = _WATCHING.get(cls)
    if watching is None:

        def __setattr__(self: Any, name: str, value: Any) -> None:
            object.__setattr__(self, name, value)
            table = self.__dict__["_table"]
            table._dirty.add(self.id)
            if table._journal is not None:
                table._journal(self.id)
            if table.observer is not None:
                table.observer(self.id, "Updated", self)

        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            object.__setattr__(self, "__class__", cls)  # a new instance (``replace()``) starts as a plain one
            cls.__init__(self, *args, **kwargs)

        namespace = {"__setattr__": __setattr__, "__init__": __init__, "__slots__": (), "__module__": cls.__module__}
        watching = _WATCHING[cls] = type(cls.__name__, (cls,), {**namespace, "__qualname__": cls.__qualname__})
    return watching


def _watch(item: Any, table: ItemTable) -> None:
    if isinstance(item, Tracked):
        item.__dict__["_table"] = table
        object.__setattr__(item, "__class__", _watching(type(item)))


def _unwatch(item: Any, table: ItemTable) -> None:
    if isinstance(item, Tracked) and item.__dict__.get("_table") is table:
        del item.__dict__["_table"]
        object.__setattr__(item, "__class__", type(item).__mro__[1])


class SortedIndex:
    """The items of one container sorted by ``key``: entries (key, position, id); position breaks ties."""

    def __init__(self, key: Callable[[Any], Any], members: Iterable[tuple[str, Any, int]] = ()) -> None:
        """An index of ``members`` (id, item, position): their keys computed, then sorted once."""
        self.key = key
        entries = [(key(item), position, item_id) for item_id, item, position in members]
        self._entries = SortedList(entries)
        self._entry_of: dict[str, tuple] = {entry[2]: entry for entry in entries}

    def put(self, item_id: str, item: Any, position: int) -> None:
        self.drop(item_id)
        entry = (self.key(item), position, item_id)
        self._entries.add(entry)
        self._entry_of[item_id] = entry

    def drop(self, item_id: str) -> None:
        entry = self._entry_of.pop(item_id, None)
        if entry is not None:
            self._entries.remove(entry)

    def entries(self, descending: bool = False) -> Iterator[tuple[Any, int, str]]:
        """(key, position, id) by key (descending: the reverse order, equal keys by descending position)."""
        return reversed(self._entries) if descending else iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)


class ItemTable(dict):
    """Items by id (a plain dict to its store), with per-container lists, counts and sorted indexes."""

    __slots__ = (
        "_container_of",
        "_counted",
        "_placed",
        "_members",
        "_tallies",
        "_next_position",
        "_dirty",
        "_indexes",
        "_next_seq",
        "_log_all",
        "_logs",
        "observer",
        "_journal",
        "__weakref__",
    )

    def __init__(
        self,
        container: str | Callable[[Any], Hashable] | None = None,
        counted: Callable[[Any], bool] | None = None,
        changes: Callable[[], int] | None = None,
        log_all: bool = False,
    ) -> None:
        """``container``: the attribute naming an item's container (or a function of the item); ``counted``:
        the predicate ``count_where`` counts (a module-level function: tables are pickled with it)."""
        super().__init__()
        self._next_seq = changes  # the mailbox's sequence: with one, the table keeps change logs
        self._log_all = log_all
        self._logs: dict[Hashable, ChangeLog] = {}
        self._container_of = attrgetter(container) if isinstance(container, str) else container or _unfiled
        self._counted = counted  # the predicate ``count_where`` counts per container
        self._placed: dict[str, tuple[Hashable, int, bool]] = {}  # id -> (container, position, counted)
        self._members: dict[Hashable, dict[str, None]] = {}  # container -> ids in insertion order
        self._tallies: dict[Hashable, int] = {}
        self._next_position = 0
        self._dirty: set[str] = set()
        self._indexes: OrderedDict[tuple[Hashable, Hashable], SortedIndex] = OrderedDict()
        # Told of every write, (id, "Created" | "Updated" | "Deleted", item): push subscriptions' source.
        self.observer: Callable[[str, str, Any], None] | None = None
        self._journal: Callable[[str], None] | None = None  # told the id of every item written

    # What a table is made of besides its items (its configuration: every slot but these, which it derives
    # from its items or which belong to the running process); ``_FILING`` is what filing an item needs.
    _DERIVED = frozenset(
        {"_placed", "_members", "_tallies", "_next_position", "_dirty", "_indexes", "_journal", "__weakref__"}
    )
    _FILING = ("_container_of", "_counted")

    def config(self) -> dict[str, Any]:
        """The table's configuration: how it files and counts its items, and what else it was given (change
        logs, observers...), by slot; ``load`` takes it back."""
        return {name: getattr(self, name) for name in self.__slots__ if name not in self._DERIVED}

    def __reduce__(self) -> tuple:
        rows = [(self._placed[item_id][1], item_id, item) for item_id, item in self.items()]
        return _rebuilt, (self.config(), rows)

    def load(self, rows: Iterable[tuple[int, str, Any]], config: Mapping[str, Any] | None = None) -> None:
        """Fill an empty table with (position, id, item) rows, in the order of their positions (kept), then
        give it ``config`` (what ``config`` gave; its filing part is used for the rows, the rest comes after
        them: loading is no write, for change logs and observers)."""
        for name in self._FILING:
            if config is not None and name in config:
                setattr(self, name, config[name])
        for position, item_id, item in sorted(rows, key=lambda row: row[0]):
            self._next_position = position  # the next one is filed there
            self[item_id] = item
        for name, value in (config or {}).items():
            if name not in self._FILING:
                setattr(self, name, value)

    def settle(self) -> None:
        """File the items changed in place since the last read (what every read does first)."""
        self._settle()

    def row(self, item_id: str) -> tuple[int, Any] | None:
        """(position, item) of a stored item, as it is now (settled); None when it is not stored."""
        item = self.get(item_id)
        if item is None:
            return None
        return self._placed[item_id][1], item

    @classmethod
    def of(cls, items: Mapping[str, Any]) -> ItemTable:
        """A table of ``items`` (untracked ones: see ``copy``), in their order; a table is returned as it is."""
        if isinstance(items, ItemTable):
            return items
        table = cls()
        for item_id, item in items.items():
            table[item_id] = item
        return table

    def copy(self) -> ItemTable:
        """A new table of the same items (shared, so: untracked ones, such as attachments), in the same order."""
        table = ItemTable(self._container_of, self._counted)
        for item_id, item in self.items():
            table[item_id] = item
        return table

    # -- writes ------------------------------------------------------------------------------
    def __setitem__(self, item_id: str, item: Any) -> None:
        if self._dirty and self._next_seq is not None:
            self._settle()  # earlier in-place writes are earlier changes: the logs keep the order of writes
        old = super().get(item_id)
        super().__setitem__(item_id, item)
        if old is not item:
            if old is not None:
                _unwatch(old, self)
            _watch(item, self)
        self._file(item_id, item)
        if self._journal is not None:
            self._journal(item_id)
        if self.observer is not None:
            self.observer(item_id, "Created" if old is None else "Updated", item)

    def __delitem__(self, item_id: str) -> None:
        self.pop(item_id)  # (a missing id: KeyError, as dict's)

    def pop(self, item_id: str, *default: Any) -> Any:
        if item_id not in self:
            return super().pop(item_id, *default)
        if self._dirty and self._next_seq is not None:
            self._settle()
        item = super().pop(item_id)
        _unwatch(item, self)
        self._unfile(item_id)
        if self._journal is not None:
            self._journal(item_id)
        if self.observer is not None:
            self.observer(item_id, "Deleted", item)
        return item

    def _file(self, item_id: str, item: Any) -> None:
        """(Re-)file an item after a write: its container, its count and its place in every index."""
        self._dirty.discard(item_id)
        container = self._container_of(item)
        counted = bool(self._counted and self._counted(item))
        placed = self._placed.get(item_id)
        if placed is None or placed[0] != container:
            # New, or moved to another container: it goes last, in its container and in the table alike.
            position = self._next_position
            self._next_position += 1
            if placed is not None:
                self._leave(item_id, placed[0], placed[2])
                super().__setitem__(item_id, super().pop(item_id))
        else:
            position, was_counted = placed[1], placed[2]
            if was_counted != counted:
                self._tallies[container] = self._tallies.get(container, 0) + (1 if counted else -1)
        if placed is None or placed[0] != container:
            self._members.setdefault(container, {})[item_id] = None
            if counted:
                self._tallies[container] = self._tallies.get(container, 0) + 1
        if self._next_seq is not None:
            self._log_write(item_id, container, None if placed is None else placed[0])
        self._placed[item_id] = (container, position, counted)
        for (where, _), index in self._indexes.items():
            if where is ALL or where == container or (type(where) is AllBut and where.holds(container)):
                index.put(item_id, item, position)
            elif placed is not None and (where == placed[0] or type(where) is AllBut):
                index.drop(item_id)  # (moved out of the index's container; dropping what is not there is a no-op)

    def _unfile(self, item_id: str) -> None:
        self._dirty.discard(item_id)
        placed = self._placed.pop(item_id, None)
        if placed is None:
            return
        if self._next_seq is not None:
            self._change_log(ALL if self._log_all else placed[0]).remove(item_id, self._next_seq())
        self._leave(item_id, placed[0], placed[2])
        for index in self._indexes.values():
            index.drop(item_id)

    def _leave(self, item_id: str, container: Hashable, counted: bool) -> None:
        members = self._members.get(container)
        if members is not None:
            members.pop(item_id, None)
            if not members:
                del self._members[container]
        if counted:
            self._tallies[container] -= 1

    def _log_write(self, item_id: str, container: Hashable, was_in: Hashable | None) -> None:
        seq = self._next_seq()  # type: ignore[misc]
        if self._log_all:
            self._change_log(ALL).touch(item_id, seq)
            return
        if was_in is not None and was_in != container:
            self._change_log(was_in).remove(item_id, seq)  # moved out: gone from there
        self._change_log(container).touch(item_id, seq)

    def _change_log(self, container: Hashable) -> ChangeLog:
        log = self._logs.get(container)
        if log is None:  # (setdefault would build a ChangeLog, and its SortedDict, on every write)
            log = self._logs[container] = ChangeLog()
        return log

    def changes(self, container: Hashable, cursor: int) -> Iterator[Change]:
        """The changes of a container's items (``ALL`` with ``log_all``) after ``cursor``, oldest first."""
        self._settle()
        log = self._logs.get(ALL if self._log_all else container)
        return iter(()) if log is None else log.since(cursor)

    def forget_changes(self, container: Hashable) -> None:
        """Drop the change log of a container that is gone (a deleted folder: nobody can sync it any more)."""
        self._logs.pop(container, None)

    def _settle(self) -> None:
        """Re-file the items changed in place since the last read."""
        while self._dirty:
            item_id = self._dirty.pop()
            item = self.get(item_id)
            if item is not None:
                self._file(item_id, item)

    # -- reads -------------------------------------------------------------------------------
    def members(self, container: Hashable = ALL) -> Iterator[Any]:
        """The items of a container (``ALL``: every item; ``AllBut``: every item but some), in insertion order;
        lazily."""
        self._settle()
        if container is ALL:
            return iter(self.values())
        if type(container) is AllBut:
            return self._members_but(container)
        return (self[item_id] for item_id in self._members.get(container, {}))

    def _members_but(self, container: AllBut) -> Iterator[Any]:
        """While the containers left out are empty, as ``ALL``: O(1) per item. Otherwise the kept containers'
        lists (each in position order) are merged by position, so that the items left out are never walked,
        however many they are: O(C) to start, C the containers holding items, then O(log C) per item."""
        if not any(left in self._members for left in container.left_out):
            return iter(self.values())
        kept = [ids for where, ids in self._members.items() if container.holds(where)]
        placed = self._placed
        return (self[item_id] for item_id in heapq.merge(*kept, key=lambda item_id: placed[item_id][1]))

    def count(self, container: Hashable) -> int:
        self._settle()
        return len(self._members.get(container, ()))

    def count_where(self, container: Hashable) -> int:
        """How many items of the container the table's ``counted`` predicate holds for."""
        self._settle()
        return self._tallies.get(container, 0)

    def position(self, item_id: str) -> int:
        return self._placed[item_id][1]

    def sorted_index(self, container: Hashable, name: Hashable, key: Callable[[Any], Any]) -> SortedIndex:
        """The index of a container's items by ``key``, registered under ``name`` (built on first use).

        ``name`` must identify ``key``: an index found under it is used as it is.
        """
        self._settle()
        slot = (container, name)
        index = self._indexes.get(slot)
        if index is None:
            if container is ALL:
                ids: Iterable[str] = self.keys()
            elif type(container) is AllBut:
                ids = (i for where, held in self._members.items() if container.holds(where) for i in held)
            else:
                ids = self._members.get(container, {})
            collecting = gc.isenabled()
            gc.disable()  # the build allocates an entry per item: the collector would walk the heap over and over
            try:
                index = SortedIndex(key, ((item_id, self[item_id], self._placed[item_id][1]) for item_id in ids))
            finally:
                if collecting:
                    gc.enable()
            self._indexes[slot] = index
            while len(self._indexes) > MAX_INDEXES:
                self._indexes.popitem(last=False)
        else:
            self._indexes.move_to_end(slot)
        return index


def _unfiled(item: Any) -> None:
    """The container of every item of a table that files none (one container)."""
    return None


def _rebuilt(config: Mapping[str, Any], rows: list[tuple[int, str, Any]]) -> ItemTable:
    table = ItemTable()
    table.load(rows, config)
    return table
