"""``outlook-mock serve --data-dir PATH``: the tenants' state in an SQLite database, saved before each answer.

After every request that wrote something, and before its response is sent, the database holds what memory
holds: a write the server acknowledged is on disk (in SQLite's write-ahead log, committed) even if the process
is killed the next instant; ``--fsync`` also makes the commit survive a crash of the machine. A restart on the
same directory finds every tenant as it was: users, app registrations, the secret that signs access and sync
tokens (so tokens and deltaLinks issued before stay valid), mailboxes, change logs and tombstones.

What a write costs is what it changed, not the size of the mailbox. The state is cut into pieces:

- *rows*, the members of the store's big collections, which see their own writes: every item of every
  ``ItemTable`` (tasks, messages, folders, events, ...: one row each, with its position in the table; the
  table reports each write through its ``_journal``, in-place writes to its items included: ``indexes.py``),
  and every entry of every ``ChangeLog`` (sync state and tombstones: one row per key, reported by ``journal``);
- *units*, everything else: the root (the server's ``TenantRegistry``), each tenant, each mailbox and each
  part of a mailbox (its stores, its sequence, its settings...), each pickled with the tables, logs, stored
  items and other units it references written as references (``_ref``);
- each table's configuration (its header: how it files items, its change logs, its observers...).

A request marks what it may have changed beyond its rows: the mailbox it addressed, with its parts (``Dialect``
puts it in the ASGI scope), and, for the control API (``/_mock/``) and the registry's events, the tenants and
the root. ``flush`` pickles those units (small: a store's unit is its folder-level bookkeeping, not its items;
one that did not change is not written again), the headers that changed and the rows written, in one
transaction. A table, log or unit met for the first time is registered and saved whole; one that nothing saved
references any more is deleted.

Nothing here knows what a task or a message is: a new kind of stored object is saved as long as it is in an
``ItemTable`` or reachable from a mailbox, and pickles (no lambdas in it; ``tests/unit/test_persistence.py``
round-trips mailboxes holding every kind). The database is the server's own: it is pickle, not an exchange
format, and a directory is used by one server at a time (a lock file says so).
"""

from __future__ import annotations

import contextlib
import copyreg
import enum
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

from .store import indexes
from .store.changes import ChangeLog, Sequence
from .store.indexes import ItemTable, Tracked
from .store.tenant import Mailbox, Tenant, TenantRegistry

__all__ = ["DataDirInUse", "Persistence"]

FORMAT = 2  # of the database; another one is refused
DATABASE = "state.sqlite3"
LOCK = "lock"
ROOT = "root"
PROTOCOL = pickle.HIGHEST_PROTOCOL
# The objects saved as units of their own (each its own row), besides the root and the parts of each mailbox
# (whatever store a mailbox holds: ``_learn_parts``). Any other object is saved inside the unit referencing it.
UNIT_TYPES: set[type] = {Tenant, Mailbox, Sequence}
# What a unit has to run rather than what it holds: not saved, made anew on load (class -> attribute -> make).
# A tenant's planted faults and traffic (throttling, chaos) are how this run misbehaves on purpose, not state:
# set again at each start (``--plant-fault``, ``--throttling``, ``--chaos``, the control API).
TRANSIENT: dict[type, dict[str, Callable[[], Any]]] = {
    TenantRegistry: {"listeners": list},
    Tenant: {"faults": set, "traffic": lambda: None},
}

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


def _kind(obj: Any) -> str | None:
    """How ``obj`` is saved: on its own (a table, log or unit: referenced), as a stored item, or inline (None)."""
    cls = type(obj)
    if cls in UNIT_TYPES:
        return _UNIT
    if isinstance(obj, ItemTable):
        return _TABLE
    if isinstance(obj, ChangeLog):
        return _LOG
    if isinstance(obj, Tracked) and "_table" in obj.__dict__:
        return _ITEM
    return None


# -- references ------------------------------------------------------------------------------------
# A unit's or header's pickle names what is saved on its own as ``_ref(kind, pid[, item id])``; loading it
# resolves the reference through the persistence loading it (the top of this stack, with what it collects).
_LOADING: list[tuple[Persistence, set[str]]] = []


def _ref(kind: str, pid: str, *item: str) -> Any:
    persistence, named = _LOADING[-1]
    named.add(pid)
    return persistence._load(kind, pid, *item)


class _RefPickler(pickle.Pickler):
    """Pickles units and headers: tables, logs, units and stored items become references.

    Through ``dispatch_table`` (consulted in C, by exact type, for class instances only), so that the many
    strings, numbers and plain values of a unit cost no Python call each."""

    def __init__(self, persistence: Persistence) -> None:
        self._buffer = io.BytesIO()
        super().__init__(self._buffer, protocol=PROTOCOL)
        self._persistence = persistence
        self._generation: tuple[int, int] | None = None
        self.named: set[str] = set()

    def dump_parts(self, *parts: Any) -> bytes:
        """The parts, one pickle after another (one memo: the unpickler reads them with one)."""
        generation = (len(indexes._WATCHING), len(UNIT_TYPES))
        if generation != self._generation:
            self.dispatch_table = self._reducers()
            self._generation = generation
        self.named = set()
        self._buffer.seek(0)
        self._buffer.truncate()
        self.clear_memo()
        for part in parts:
            self.dump(part)
        return self._buffer.getvalue()

    def _reducers(self) -> dict[type, Callable[[Any], tuple]]:
        reducers: dict[type, Callable[[Any], tuple]] = dict(copyreg.dispatch_table)  # (re.Pattern, ...)
        for base, reduce in ((ItemTable, self._saved_alone), (ChangeLog, self._saved_alone)):
            for cls in (base, *_subclasses(base)):
                reducers[cls] = reduce
        for cls in UNIT_TYPES:
            reducers[cls] = self._saved_alone
        for watching in list(indexes._WATCHING.values()):  # the classes of stored items (see indexes.py)
            reducers[watching] = self._stored_item
        return reducers

    def _saved_alone(self, obj: Any) -> tuple:
        pid = self._persistence._pid_of(obj)
        self.named.add(pid)
        return _ref, (self._persistence._kinds_of[pid], pid)

    def _stored_item(self, obj: Any) -> tuple:
        table = obj.__dict__.get("_table")
        if table is None:
            return obj.__reduce_ex__(PROTOCOL)
        pid = self._persistence._pid_of(table)
        self.named.add(pid)
        return _ref, (_ITEM, pid, obj.id)


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


class _RowChecker(pickle.Pickler):
    """``check_rows``: pickles a stored item and lists what in it is saved elsewhere (it should hold nothing)."""

    def __init__(self, persistence: Persistence) -> None:
        self._buffer = io.BytesIO()
        super().__init__(self._buffer, protocol=PROTOCOL)
        self._persistence = persistence
        self._top: object = None
        self.named: set[str] = set()

    def check(self, item: object) -> set[str]:
        self._top, self.named = item, set()
        self._buffer.seek(0)
        self._buffer.truncate()
        self.clear_memo()
        self.dump(item)
        return self.named

    def persistent_id(self, obj: Any) -> Any:
        if obj is self._top:
            return None
        kind = _kind(obj)
        if kind is None:
            return None
        registered = obj.__dict__["_table"] if kind == _ITEM else obj
        pid = self._persistence._pids.get(id(registered))
        if pid is not None:
            self.named.add(pid)
        return None


# -- the data directory ----------------------------------------------------------------------------
class Persistence:
    """One data directory: the state of a root object (the server's ``TenantRegistry``) kept in it."""

    def __init__(self, data_dir: str | os.PathLike[str], fsync: bool = False, check_rows: bool = False) -> None:
        """``check_rows`` (for tests): refuse a stored item that references what is saved elsewhere (another
        item, a table, a unit), which the plain pickling of rows would save as a copy."""
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
        self._unit_pickler = _RefPickler(self)
        self._row_checker = _RowChecker(self) if check_rows else None
        self._reset()

    def _reset(self) -> None:
        """Forget what is registered (the hooks of every table, log and sequence go too)."""
        for obj in getattr(self, "_objects", {}).values():
            _unhook(obj)
        self._pids: dict[int, str] = {}  # id(object) -> pid, for every registered object
        self._objects: dict[str, Any] = {}  # pid -> object (held, so that ids stay unique)
        self._kinds_of: dict[str, str] = {}  # pid -> kind
        self._refs: dict[str, set[str]] = {}  # unit or table pid -> pids its pickle references
        self._owners: dict[str, set[str]] = {}  # pid -> units and tables whose pickle references it
        self._dirty_units: set[str] = set()
        self._dirty_rows: dict[str, set[str]] = {}  # table or log pid -> keys written
        self._headers: set[str] = set()  # tables whose configuration may have changed
        self._saved: dict[str, bytes] = {}  # unit or table pid -> its pickle as saved (unchanged: not written)
        self._signatures: dict[str, tuple] = {}  # table pid -> what its configuration was made of
        self._whole = False  # the next flush writes everything again (after a failed one)

    # -- the public side ---------------------------------------------------------------------------
    def load(self) -> Any:
        """The root saved in the directory (None if it holds none), registered: its writes are journaled."""
        if self._meta("root") != ROOT:
            return None
        self._reset()
        self.root = self._load(_UNIT, ROOT)
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
                self._save()
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('root', ?)", (ROOT,))
        except BaseException:
            self._whole = True
            raise
        self._dirty_rows.clear()

    def touched(self, obj: Any) -> None:
        """``obj`` (a unit: a mailbox, a tenant) may have changed beyond its rows: save it (and, for a mailbox,
        its parts) at the next flush."""
        pid = self._pids.get(id(obj))
        if pid is None:
            return
        self._dirty_units.add(pid)
        if isinstance(obj, Mailbox):
            self._dirty_units.update(p for p in self._refs.get(pid, ()) if self._kinds_of.get(p) == _UNIT)

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
                self._save()
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
        """How many units (U), tables (T), logs (L) and rows are saved (for tests and figures)."""
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

    def _save(self) -> None:
        # Reads file what was written in place; for a table with change logs that is a write of its own.
        for pid in list(self._dirty_rows):
            if self._kinds_of.get(pid) == _TABLE:
                self._objects[pid].settle()
        self._headers.update(pid for pid in self._dirty_rows if self._kinds_of.get(pid) == _TABLE)
        # Saving a unit or header may register others (a new mailbox, a new change log): round until all are.
        while self._dirty_units or self._headers:
            self._save_units()
            self._save_headers()
        self._save_rows()

    def _pid_of(self, obj: Any) -> str:
        """The pid of a table, log or unit (registered on first sight: saved whole at this flush)."""
        pid = self._pids.get(id(obj))
        if pid is None:
            pid = self._register(obj, _kind(obj) or _UNIT)
        return pid

    def _register(self, obj: Any, kind: str, pid: str | None = None) -> str:
        """Give ``obj`` a pid, hook its writes and save it whole (a unit or a header: at this flush)."""
        pid = pid or uuid.uuid4().hex
        self._adopt_object(obj, pid, kind)
        if kind == _UNIT:
            self._dirty_units.add(pid)
        elif kind == _TABLE:
            self._headers.add(pid)
            obj.settle()
            self._db.execute("DELETE FROM rows WHERE owner = ?", (pid,))
            for item_id in list(obj):
                self._save_item(pid, obj, item_id)
        else:  # a log
            self._db.execute(
                "INSERT OR REPLACE INTO objects VALUES (?, ?, ?)", (pid, kind, pickle.dumps(type(obj), PROTOCOL))
            )
            self._db.execute("DELETE FROM rows WHERE owner = ?", (pid,))
            for key in list(obj._entries):
                self._save_entry(pid, obj, key)
        return pid

    def _adopt_object(self, obj: Any, pid: str, kind: str) -> None:
        """Know ``obj`` as ``pid`` and hook it (a table or log: its writes; a sequence: its moves)."""
        self._pids[id(obj)] = pid
        self._objects[pid] = obj
        self._kinds_of[pid] = kind
        self._owners.setdefault(pid, set())
        if kind == _TABLE:
            obj._journal = functools.partial(self._note, pid)
        elif kind == _LOG:
            obj.journal = functools.partial(self._note, pid)
        elif isinstance(obj, Sequence):
            obj.journal = functools.partial(self._dirty_units.add, pid)
        elif isinstance(obj, Mailbox):
            _learn_parts(obj)

    def _note(self, pid: str, key: str) -> None:
        """A table's or log's hook: ``key`` of ``pid`` was written (what references it is saved with it)."""
        keys = self._dirty_rows.get(pid)
        if keys is None:
            keys = self._dirty_rows[pid] = set()
            self._dirty_units.update(o for o in self._owners.get(pid, ()) if self._kinds_of.get(o) == _UNIT)
        keys.add(key)

    def _save_units(self) -> None:
        while self._dirty_units:
            pid = self._dirty_units.pop()
            obj = self._objects.get(pid)
            if obj is None:
                continue  # dropped meanwhile
            make, args, *rest = obj.__reduce_ex__(PROTOCOL)
            rest += [None] * (3 - len(rest))
            state, list_items, dict_items = rest[0], rest[1], rest[2]
            transient = TRANSIENT.get(type(obj))
            if transient and isinstance(state, dict):
                state = {name: value for name, value in state.items() if name not in transient}
            saved = self._unit_pickler.dump_parts(
                (make, args),
                (
                    state,
                    None if list_items is None else list(list_items),
                    None if dict_items is None else list(dict_items),
                ),
            )
            named = self._unit_pickler.named
            self._write_object(pid, _UNIT, saved)
            # The tables it references may have been given something (a change log, an observer).
            self._headers.update(p for p in named if self._kinds_of.get(p) == _TABLE)
            self._set_refs(pid, named)

    def _save_headers(self) -> None:
        while self._headers:
            pid = self._headers.pop()
            table = self._objects.get(pid)
            if table is None:
                continue
            signature = _signature(table)
            if self._signatures.get(pid) == signature:
                continue
            pickler = _RefPickler(self)  # (a header can be saved while a unit is pickled)
            saved = pickler.dump_parts((type(table), ()), table.config())
            self._signatures[pid] = signature
            self._write_object(pid, _TABLE, saved)
            self._set_refs(pid, pickler.named)

    def _write_object(self, pid: str, kind: str, saved: bytes) -> None:
        if self._saved.get(pid) != saved:
            self._db.execute("INSERT OR REPLACE INTO objects VALUES (?, ?, ?)", (pid, kind, saved))
            self._saved[pid] = saved

    def _set_refs(self, holder: str, named: set[str]) -> None:
        old = self._refs.get(holder, set())
        self._refs[holder] = named
        for pid in named - old:
            self._owners.setdefault(pid, set()).add(holder)
        for pid in old - named:
            owners = self._owners.get(pid)
            if owners is not None:
                owners.discard(holder)
                if not owners and pid != ROOT:
                    self._drop(pid)

    def _drop(self, pid: str) -> None:
        """Forget an object nothing saved references any more, and delete what was saved of it."""
        obj = self._objects.pop(pid, None)
        if obj is None:
            return
        self._pids.pop(id(obj), None)
        self._kinds_of.pop(pid, None)
        self._owners.pop(pid, None)
        self._dirty_rows.pop(pid, None)
        self._dirty_units.discard(pid)
        self._headers.discard(pid)
        self._saved.pop(pid, None)
        self._signatures.pop(pid, None)
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
        if self._row_checker is not None and self._row_checker.check(item):
            raise TypeError(f"a stored {type(item).__name__} references saved objects: {self._row_checker.named}")
        state = pickle.dumps(item, PROTOCOL)
        self._db.execute("INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)", (pid, item_id, position, state))

    def _save_entry(self, pid: str, log: ChangeLog, key: str) -> None:
        entry = log.entry(key)
        if entry is None:
            self._db.execute("DELETE FROM rows WHERE owner = ? AND key = ?", (pid, key))
            return
        state = pickle.dumps(entry, PROTOCOL)
        self._db.execute("INSERT OR REPLACE INTO rows VALUES (?, ?, ?, ?)", (pid, key, entry[0], state))

    # -- loading -----------------------------------------------------------------------------------
    def _load(self, kind: str, pid: str, *item: str) -> Any:
        obj = self._objects.get(pid)
        if obj is None:
            row = self._db.execute("SELECT kind, state FROM objects WHERE pid = ?", (pid,)).fetchone()
            if row is None:
                raise ValueError(f"{self.directory / DATABASE}: the saved state names {pid}, which is missing")
            obj = self._load_object(pid, row[0], row[1])
        return obj[item[0]] if item else obj

    def _load_object(self, pid: str, kind: str, saved: bytes) -> Any:
        rows = "SELECT key, pos, state FROM rows WHERE owner = ?"
        named: set[str] = set()
        if kind == _LOG:
            log = pickle.loads(saved)()
            log.load((key, pickle.loads(entry)) for key, _, entry in self._db.execute(rows, (pid,)).fetchall())
            self._adopt_object(log, pid, kind)
            return log
        unpickler = pickle.Unpickler(io.BytesIO(saved))
        _LOADING.append((self, named))
        try:
            make, args = unpickler.load()
            obj = make(*args)
            # Known before its state is read: what it references may reference it.
            self._pids[id(obj)], self._objects[pid], self._kinds_of[pid] = pid, obj, kind
            if kind == _UNIT:
                state, list_items, dict_items = unpickler.load()
            else:
                config = unpickler.load()
        finally:
            _LOADING.pop()
        if kind == _UNIT:
            _build(obj, state, list_items, dict_items)
            for name, make_value in TRANSIENT.get(type(obj), {}).items():
                setattr(obj, name, make_value())
        else:
            obj.load(((pos, key, pickle.loads(item)) for key, pos, item in self._db.execute(rows, (pid,))), config)
            self._signatures[pid] = _signature(obj)
        self._adopt_object(obj, pid, kind)
        self._saved[pid] = saved
        self._refs[pid] = named
        for child in named:
            self._owners.setdefault(child, set()).add(pid)
        return obj

    def _collect_unreachable(self) -> None:
        """Delete what nothing loaded references (left by a tenant reset, a deleted folder, ...)."""
        with self._transaction():
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS live (pid TEXT PRIMARY KEY) WITHOUT ROWID")
            self._db.execute("DELETE FROM live")
            self._db.executemany("INSERT INTO live VALUES (?)", ((pid,) for pid in self._objects))
            self._db.execute("DELETE FROM objects WHERE pid NOT IN (SELECT pid FROM live)")
            self._db.execute("DELETE FROM rows WHERE owner NOT IN (SELECT pid FROM live)")
            self._db.execute("DELETE FROM live")


def _learn_parts(mailbox: Mailbox) -> None:
    """The parts of a mailbox (its stores, settings, subscriptions...) are units of their own, whatever they are:
    a write to a mailbox's tasks then saves its task store's bookkeeping, not the whole mailbox's."""
    for value in vars(mailbox).values():
        cls = type(value)
        if (
            cls.__module__.startswith("outlook_mock.")
            and cls not in UNIT_TYPES
            and not isinstance(value, (ItemTable, ChangeLog, Tracked, enum.Enum, type))
        ):
            UNIT_TYPES.add(cls)


def _signature(table: ItemTable) -> tuple:
    """What a table's configuration is made of: a change there (a new change log, an observer) changes this."""
    parts = []
    for name, value in table.config().items():
        parts.append((name, id(value)))
        if isinstance(value, dict):
            parts.append(tuple((key, id(v)) for key, v in value.items()))
    return tuple(parts)


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


def _unhook(obj: Any) -> None:
    if isinstance(obj, ItemTable):
        obj._journal = None
    elif isinstance(obj, (ChangeLog, Sequence)):
        obj.__dict__.pop("journal", None)
