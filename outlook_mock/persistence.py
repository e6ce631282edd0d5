"""``outlook-mock serve --data-dir PATH``: the tenants' state in an SQLite database, saved before each answer.

After every request that wrote something, and before its response is sent, the database holds what memory
holds: a write the server acknowledged is on disk (in SQLite's write-ahead log, committed) even if the process
is killed the next instant; ``--fsync`` also makes the commit survive a crash of the machine. A restart on the
same directory finds every tenant as it was: users, app registrations, the secret that signs access and sync
tokens (so tokens and deltaLinks issued before stay valid), mailboxes, change logs and tombstones.

What a write costs is what it changed, not the size of the mailbox. The state is cut into pieces:

- the rows of the store's big collections, which see their own writes (``store/indexes.py``): every item of
  every ``ItemTable`` (tasks, messages, folders, events, ...: one row each, with its position in the table),
  and every entry of every ``ChangeLog`` (sync state and tombstones: one row per key);
- the *units*, everything else: the root (the server's ``TenantRegistry``), each tenant, each mailbox, pickled
  with the tables, logs, stored items and other units they reference written as references to those rows.

A table or log tells the journal (its ``_journal``/``journal`` hook) each key written; a request marks the
units it touched: the mailbox it addressed (``Dialect``), the units owning what it wrote, and the tenants and
root for the control API (``/_mock/``). ``flush`` then pickles those units (small: a mailbox's unit is its
folder-level bookkeeping, not its items) and those rows, in one transaction. A table, log or unit met for the
first time in a unit's pickle is registered and saved whole; one no unit references any more is deleted.

Nothing here knows what a task or a message is: a new kind of stored object is saved as long as it is in an
``ItemTable`` or reachable from a mailbox, and pickles (no lambdas in it; ``tests/unit/test_persistence.py``
round-trips a mailbox holding every kind). The database is the server's own: it is pickle, not an exchange
format, and a directory is used by one server at a time (a lock file says so).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import io
import os
import pickle
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .store.calendar import CalendarStore
from .store.changes import ChangeLog, Sequence
from .store.contacts import ContactStore
from .store.indexes import ItemTable, Tracked
from .store.mail import MailStore
from .store.tasks import TaskStore
from .store.tenant import Mailbox, Tenant, TenantRegistry

__all__ = ["DataDirInUse", "Persistence", "UNIT_TYPES"]

FORMAT = 1  # of the database; another one is refused
DATABASE = "state.sqlite3"
LOCK = "lock"
ROOT = "root"
# The objects saved as units of their own (each its own row), besides the root. Any other object is saved
# inside the unit that references it (a mailbox's new kind of store: in the mailbox's unit), which is right
# but costs more per write: a unit is pickled again whenever its tables or logs change.
UNIT_TYPES: tuple[type, ...] = (Tenant, Mailbox, Sequence, TaskStore, MailStore, ContactStore, CalendarStore)
# What a unit has to run rather than what it holds: not saved, made anew on load (class -> attribute -> make).
TRANSIENT: dict[type, dict[str, Callable[[], Any]]] = {TenantRegistry: {"listeners": list}}

_TABLE, _LOG, _UNIT, _ITEM = "T", "L", "U", "I"
# (Rowid tables: a row is a pickle of about a kilobyte, too big for WITHOUT ROWID's b-tree pages.)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS objects (pid TEXT PRIMARY KEY, kind TEXT NOT NULL, state BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS rows (
    owner TEXT NOT NULL, key TEXT NOT NULL, pos INTEGER NOT NULL, state BLOB NOT NULL, PRIMARY KEY (owner, key)
);
"""


class DataDirInUse(Exception):
    """Another server holds the data directory."""


_KINDS: dict[type, str | None] = {}


def _kind(cls: type) -> str | None:
    """How an object of ``cls`` is saved: as a reference (table, log, unit, stored item) or inline (None)."""
    try:
        return _KINDS[cls]
    except KeyError:
        pass
    if issubclass(cls, ItemTable):
        kind: str | None = _TABLE
    elif issubclass(cls, ChangeLog):
        kind = _LOG
    elif issubclass(cls, UNIT_TYPES):
        kind = _UNIT
    elif issubclass(cls, Tracked):
        kind = _ITEM
    else:
        kind = None
    _KINDS[cls] = kind
    return kind


class _Pickler(pickle.Pickler):
    """Pickles a unit or a row: what is saved elsewhere becomes a reference (``persistent_id``)."""

    def __init__(self, persistence: Persistence) -> None:
        self._buffer = io.BytesIO()
        super().__init__(self._buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self._persistence = persistence
        self._top: object = None
        self.unit: str | None = None  # the pid of the unit being pickled (None: a row)
        self.named: set[str] = set()  # what that unit references

    def dump_row(self, obj: object) -> bytes:
        """A stored item: itself, with references to what is saved elsewhere (listed in ``named``)."""
        self._top, self.unit, self.named = obj, None, set()
        self._buffer.seek(0)
        self._buffer.truncate()
        self.clear_memo()
        self.dump(obj)
        self._top = None
        return self._buffer.getvalue()

    def dump_unit(self, obj: object, unit: str) -> bytes:
        """A unit, as two pickles: how to make it (from ``__reduce_ex__``), then its state.

        Made first and filled next, a unit can be referenced from what it references (a cycle)."""
        self._top, self.unit, self.named = obj, unit, set()
        self._buffer.seek(0)
        self._buffer.truncate()
        make, args, *rest = obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)
        rest += [None] * (3 - len(rest))
        state, list_items, dict_items = rest[0], rest[1], rest[2]
        transient = TRANSIENT.get(type(obj))
        if transient and isinstance(state, dict):
            state = {name: value for name, value in state.items() if name not in transient}
        self.clear_memo()
        self.dump((make, args))  # (the memo goes on: the unpickler reads both with one memo)
        self.dump(
            (state, None if list_items is None else list(list_items), None if dict_items is None else list(dict_items))
        )
        self._top = None
        return self._buffer.getvalue()

    def persistent_id(self, obj: Any) -> tuple | None:
        kind = _KINDS.get(type(obj), "?")
        if kind is None or obj is self._top:
            return None
        if kind == "?":
            kind = _kind(type(obj))
            if kind is None:
                return None
        persistence = self._persistence
        if kind == _ITEM:
            table = obj.__dict__.get("_table")
            if table is None:
                return None  # not stored in a table: part of what references it
            pid = persistence._pids.get(id(table))
            if pid is None:
                if self.unit is None:
                    return None  # in an item's own table (its attachments): part of the item
                pid = persistence._register(table, _TABLE)
            self.named.add(pid)
            return (_ITEM, pid, obj.id)
        pid = persistence._pids.get(id(obj))
        if pid is None:
            if self.unit is None:
                return None  # an item's own table: part of the item
            pid = persistence._register(obj, kind)
        self.named.add(pid)
        return (kind, pid)


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, persistence: Persistence, named: set[str] | None) -> None:
        super().__init__(io.BytesIO(data))
        self._persistence = persistence
        self._named = named

    def persistent_load(self, ref: tuple) -> Any:
        if self._named is not None:
            self._named.add(ref[1])
        return self._persistence._load(ref)


class Persistence:
    """One data directory: the state of a root object (a tenant, or the server's tenants) kept in it."""

    def __init__(self, data_dir: str | os.PathLike[str], fsync: bool = False, check_rows: bool = False) -> None:
        """``check_rows`` (for tests): refuse a stored item that references what is saved elsewhere (another
        item, a table, a unit), which the fast pickling of rows would save as a copy."""
        self.directory = Path(data_dir)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.directory / LOCK, "a+")  # noqa: SIM115 (held while the server runs)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise DataDirInUse(f"the data directory {self.directory} is in use by another server") from None
        self._db = sqlite3.connect(self.directory / DATABASE, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL: a commit is in the log when it returns, so a killed process loses nothing; FULL also syncs it.
        self._db.execute(f"PRAGMA synchronous={'FULL' if fsync else 'NORMAL'}")
        self._db.executescript(_SCHEMA)
        format_ = self._meta("format")
        if format_ is not None and format_ != FORMAT:
            raise ValueError(f"{self.directory / DATABASE}: format {format_}, this server reads format {FORMAT}")
        self.root: Any = None
        self._unit_pickler = _Pickler(self)
        # Rows: plain pickles (an item holds values, not references to other saved objects: ``check_rows``).
        self._row_pickler = _Pickler(self) if check_rows else None
        self._reset()

    def _reset(self) -> None:
        """Forget what is registered (the hooks of every table and log go too)."""
        for obj in getattr(self, "_objects", {}).values():
            _unhook(obj)
        self._pids: dict[int, str] = {}  # id(object) -> pid, for every registered object
        self._objects: dict[str, Any] = {}  # pid -> object (held, so that ids stay unique)
        self._kinds_of: dict[str, str] = {}  # pid -> kind
        self._refs: dict[str, set[str]] = {}  # unit pid -> pids its pickle references
        self._owners: dict[str, set[str]] = {}  # pid -> units whose pickle references it
        self._dirty_units: set[str] = set()
        self._dirty_rows: dict[str, set[str]] = {}  # table or log pid -> keys written
        self._saved: dict[str, bytes] = {}  # unit pid -> its pickle as saved (an unchanged one is not written)
        self._loading: dict[str, Any] = {}
        self._whole = False  # the next flush writes everything again (after a failed one)

    # -- the public side ---------------------------------------------------------------------------
    def load(self) -> Any:
        """The root saved in the directory (None if it holds none), registered: its writes are journaled."""
        if self._meta("root") != ROOT:
            return None
        self._reset()
        self.root = self._load((_UNIT, ROOT))
        self._loading.clear()
        self._collect_unreachable()
        return self.root

    def adopt(self, root: Any) -> None:
        """Save ``root`` whole, in place of anything the directory held; its writes are journaled from now on."""
        self._reset()
        self.root = root
        try:
            with self._transaction():
                self._db.execute("DELETE FROM rows")
                self._db.execute("DELETE FROM objects")
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (FORMAT,))
                self._register(root, _UNIT, pid=ROOT)
                self._save_units()
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('root', ?)", (ROOT,))
        except BaseException:
            self._whole = True
            raise
        self._dirty_rows.clear()

    def touched(self, obj: Any) -> None:
        """``obj`` (a unit: a mailbox, a tenant) may have changed beyond its tables: save it at the next flush."""
        pid = self._pids.get(id(obj))
        if pid is not None:
            self._dirty_units.add(pid)

    def touched_tenants(self) -> None:
        """The tenants (and the root) may have changed: a request of the control API."""
        self._dirty_units.add(ROOT)
        self._dirty_units.update(pid for pid, obj in self._objects.items() if isinstance(obj, Tenant))

    def tenant_changed(self, event: str, tenant: Any) -> None:
        """A ``TenantRegistry`` listener: a tenant was added, removed or restored (saved at the next flush)."""
        self._dirty_units.add(ROOT)
        self.touched(tenant)

    def pending(self) -> bool:
        """Whether something changed since the last flush."""
        return bool(self._dirty_units or self._dirty_rows or self._whole)

    def flush(self) -> None:
        """Save what changed since the last flush, in one transaction; raises if it could not be saved."""
        if self._whole:
            self.adopt(self.root)
            return
        if not (self._dirty_units or self._dirty_rows):
            return
        try:
            with self._transaction():
                self._save_units()
                self._save_rows()
        except BaseException:
            # Memory and disk may now disagree on what is registered: the next flush saves everything.
            self._whole = True
            raise
        self._dirty_rows.clear()

    def close(self) -> None:
        """Flush, fold the log into the database file and release the directory (once; again: nothing)."""
        if self._lock.closed:
            return
        with contextlib.suppress(sqlite3.Error):
            self.flush()
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._db.close()
        self._reset()
        fcntl.flock(self._lock, fcntl.LOCK_UN)
        self._lock.close()

    def size(self) -> dict[str, int]:
        """How many units, tables, logs and rows are saved (for tests and figures)."""
        counts = dict(self._db.execute("SELECT kind, count(*) FROM objects GROUP BY kind").fetchall())
        counts["rows"] = self._db.execute("SELECT count(*) FROM rows").fetchone()[0]
        return counts

    # -- saving ------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _meta(self, name: str) -> Any:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else row[0]

    def _register(self, obj: Any, kind: str, pid: str | None = None) -> str:
        """Give ``obj`` a pid, hook its writes and save it whole (a unit: at this flush)."""
        pid = pid or uuid.uuid4().hex
        self._pids[id(obj)] = pid
        self._objects[pid] = obj
        self._kinds_of[pid] = kind
        self._owners.setdefault(pid, set())
        if kind == _UNIT:
            self._dirty_units.add(pid)
            _hook_unit(obj, self._dirty_units, pid)
            return pid
        if kind == _TABLE:
            state = pickle.dumps((obj._container_of, obj._counted), protocol=pickle.HIGHEST_PROTOCOL)
            self._db.execute("INSERT OR REPLACE INTO objects VALUES (?, ?, ?)", (pid, kind, state))
            self._db.execute("DELETE FROM rows WHERE owner = ?", (pid,))
            for item_id in list(obj):
                self._save_item(pid, obj, item_id)
            obj._journal = functools.partial(self._note, pid)
        else:  # a log
            state = pickle.dumps(type(obj), protocol=pickle.HIGHEST_PROTOCOL)
            self._db.execute("INSERT OR REPLACE INTO objects VALUES (?, ?, ?)", (pid, kind, state))
            self._db.execute("DELETE FROM rows WHERE owner = ?", (pid,))
            for key in list(obj._entries):
                self._save_entry(pid, obj, key)
            obj.journal = functools.partial(self._note, pid)
        return pid

    def _note(self, pid: str, key: str) -> None:
        """A table or log hook: ``key`` of ``pid`` was written (its units are saved with it)."""
        keys = self._dirty_rows.get(pid)
        if keys is None:
            keys = self._dirty_rows[pid] = set()
            self._dirty_units.update(self._owners.get(pid, ()))
        keys.add(key)

    def _save_units(self) -> None:
        # Saving a unit may register others (a new mailbox): they join the set and are saved in this loop too.
        while self._dirty_units:
            pid = self._dirty_units.pop()
            obj = self._objects.get(pid)
            if obj is None:
                continue  # dropped meanwhile
            state = self._unit_pickler.dump_unit(obj, pid)
            named = self._unit_pickler.named
            if self._saved.get(pid) != state:
                self._db.execute("INSERT OR REPLACE INTO objects VALUES (?, ?, ?)", (pid, _UNIT, state))
                self._saved[pid] = state
            self._set_refs(pid, named)

    def _set_refs(self, unit: str, named: set[str]) -> None:
        old = self._refs.get(unit, set())
        self._refs[unit] = named
        for pid in named - old:
            self._owners.setdefault(pid, set()).add(unit)
        for pid in old - named:
            owners = self._owners.get(pid)
            if owners is not None:
                owners.discard(unit)
                if not owners and pid != ROOT:
                    self._drop(pid)

    def _drop(self, pid: str) -> None:
        """Forget an object no unit references any more, and delete what was saved of it."""
        obj = self._objects.pop(pid, None)
        if obj is None:
            return
        self._pids.pop(id(obj), None)
        self._kinds_of.pop(pid, None)
        self._owners.pop(pid, None)
        self._dirty_rows.pop(pid, None)
        self._dirty_units.discard(pid)
        self._saved.pop(pid, None)
        _unhook(obj)
        self._db.execute("DELETE FROM objects WHERE pid = ?", (pid,))
        self._db.execute("DELETE FROM rows WHERE owner = ?", (pid,))
        for child in self._refs.pop(pid, ()):
            owners = self._owners.get(child)
            if owners is not None:
                owners.discard(pid)
                if not owners:
                    self._drop(child)

    def _save_rows(self) -> None:
        for pid, keys in self._dirty_rows.items():
            obj = self._objects.get(pid)
            if obj is None:
                continue
            save = self._save_item if self._kinds_of[pid] == _TABLE else self._save_entry
            for key in keys:
                save(pid, obj, key)

    def _save_item(self, pid: str, table: ItemTable, item_id: str) -> None:
        row = table.row(item_id)
        if row is None:
            self._db.execute("DELETE FROM rows WHERE owner = ? AND key = ?", (pid, item_id))
            return
        position, item = row
        if self._row_pickler is None:
            state = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        else:
            state = self._row_pickler.dump_row(item)
            if self._row_pickler.named:
                raise TypeError(f"a stored {type(item).__name__} references saved objects: {self._row_pickler.named}")
        self._db.execute("INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)", (pid, item_id, position, state))

    def _save_entry(self, pid: str, log: ChangeLog, key: str) -> None:
        entry = log.entry(key)
        if entry is None:
            self._db.execute("DELETE FROM rows WHERE owner = ? AND key = ?", (pid, key))
            return
        state = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        self._db.execute("INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)", (pid, key, entry[0], state))

    # -- loading -----------------------------------------------------------------------------------
    def _load(self, ref: tuple) -> Any:
        pid = ref[1]
        obj = self._objects.get(pid)
        if obj is None:
            row = self._db.execute("SELECT kind, state FROM objects WHERE pid = ?", (pid,)).fetchone()
            if row is None:
                raise ValueError(f"{self.directory / DATABASE}: the saved state names {pid}, which is missing")
            obj = self._load_object(pid, row[0], row[1])
        if ref[0] == _ITEM:
            return obj[ref[2]]
        return obj

    def _load_object(self, pid: str, kind: str, state: bytes) -> Any:
        rows = "SELECT key, pos, state FROM rows WHERE owner = ?"
        if kind == _UNIT:
            named: set[str] = set()
            unpickler = _Unpickler(state, self, named)
            make, args = unpickler.load()
            obj = make(*args)
            self._adopt_loaded(obj, pid, kind)  # before its state: what it references may reference it
            unit_state, list_items, dict_items = unpickler.load()
            _build(obj, unit_state, list_items, dict_items)
            for name, make_value in TRANSIENT.get(type(obj), {}).items():
                setattr(obj, name, make_value())
            _hook_unit(obj, self._dirty_units, pid)
            self._saved[pid] = state
            self._refs[pid] = named
            for child in named:
                self._owners.setdefault(child, set()).add(pid)
            return obj
        if kind == _TABLE:
            container, counted = pickle.loads(state)
            table = ItemTable(container, counted)
            self._adopt_loaded(table, pid, kind)
            table.load(
                (position, key, _Unpickler(item, self, None).load())
                for key, position, item in self._db.execute(rows, (pid,)).fetchall()
            )
            table._journal = functools.partial(self._note, pid)
            return table
        log = pickle.loads(state)()
        self._adopt_loaded(log, pid, kind)
        log.load((key, pickle.loads(entry)) for key, _, entry in self._db.execute(rows, (pid,)).fetchall())
        log.journal = functools.partial(self._note, pid)
        return log

    def _adopt_loaded(self, obj: Any, pid: str, kind: str) -> None:
        self._pids[id(obj)] = pid
        self._objects[pid] = obj
        self._kinds_of[pid] = kind
        self._owners.setdefault(pid, set())

    def _collect_unreachable(self) -> None:
        """Delete what no loaded unit references (left by a tenant reset, a deleted folder, ...)."""
        with self._transaction():
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS live (pid TEXT PRIMARY KEY) WITHOUT ROWID")
            self._db.execute("DELETE FROM live")
            self._db.executemany("INSERT INTO live VALUES (?)", ((pid,) for pid in self._objects))
            self._db.execute("DELETE FROM objects WHERE pid NOT IN (SELECT pid FROM live)")
            self._db.execute("DELETE FROM rows WHERE owner NOT IN (SELECT pid FROM live)")
            self._db.execute("DELETE FROM live")


def _build(obj: Any, state: Any, list_items: list | None, dict_items: list | None) -> None:
    """What pickle's BUILD (and APPENDS, SETITEMS) do with a made object and its state."""
    if state is not None:
        setstate = getattr(obj, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                obj.__dict__.update(state)
            for name, value in (slots or {}).items():
                setattr(obj, name, value)
    for value in list_items or ():
        obj.append(value)
    for key, value in dict_items or ():
        obj[key] = value


def _hook_unit(obj: Any, dirty: set[str], pid: str) -> None:
    """A unit that reports its own changes (a ``Sequence``) marks itself dirty."""
    if isinstance(obj, Sequence):
        obj.journal = functools.partial(dirty.add, pid)


def _unhook(obj: Any) -> None:
    if isinstance(obj, ItemTable):
        obj._journal = None
    elif isinstance(obj, (ChangeLog, Sequence)):
        obj.__dict__.pop("journal", None)


def open_data_dir(
    data_dir: str | os.PathLike[str], fresh: Callable[[], Any], fsync: bool = False
) -> tuple[Persistence, Any, bool]:
    """(persistence, root, restored): the root saved in ``data_dir``, or ``fresh()`` saved there."""
    persistence = Persistence(data_dir, fsync=fsync)
    try:
        root = persistence.load()
        if root is not None:
            return persistence, root, True
        root = fresh()
        persistence.adopt(root)
        return persistence, root, False
    except BaseException:
        persistence.close()
        raise
