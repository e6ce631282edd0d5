"""Change tracking for one synchronisable collection: the one sync machinery of every synced kind.

An ``ItemTable`` created with a change sequence keeps one ``ChangeLog`` per container (a task folder's
tasks, a mail folder's messages, a contact folder's contacts, a calendar's events) or one for all its
items (a folder hierarchy), written on every write it sees: a move between containers is a tombstone
in the old container's log and a change in the new one's.

Every member is indexed by the mailbox-wide sequence number of its last
change, so "what changed after cursor C" is a range query: a sync page costs
O(log n + page), not O(size of the collection). Deleted members stay as
tombstones so later sync rounds can report them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sortedcontainers import SortedDict

__all__ = ["Change", "ChangeLog", "Sequence"]


class Sequence:
    """Mailbox-wide, ever-increasing change numbers (sync cursors are positions in it)."""

    journal: Callable[[], None] | None = None  # told each time it moves (``--data-dir``: persistence.py)

    def __init__(self) -> None:
        self.value = 0

    def __getstate__(self) -> dict:
        return {name: value for name, value in self.__dict__.items() if name != "journal"}

    def next(self) -> int:
        self.value += 1
        if self.journal is not None:
            self.journal()
        return self.value


@dataclass(frozen=True)
class Change:
    seq: int
    key: str
    deleted: bool
    new: bool = False  # the member did not exist at the cursor (a client that synced to it never saw it)


@dataclass(slots=True)  # one per item of a synced collection
class _Entry:
    seq: int
    created_seq: int
    deleted: bool = False


class ChangeLog:
    journal: Callable[[str], None] | None = None  # told every key that changes (``--data-dir``: persistence.py)

    def __init__(self) -> None:
        self._by_seq: SortedDict = SortedDict()  # seq -> key
        self._entries: dict[str, _Entry] = {}

    def __getstate__(self) -> dict:
        return {name: value for name, value in self.__dict__.items() if name != "journal"}

    def entry(self, key: str) -> tuple[int, int, bool] | None:
        """What the log holds of ``key`` (seq, created_seq, deleted), as ``load`` takes it back."""
        entry = self._entries.get(key)
        return None if entry is None else (entry.seq, entry.created_seq, entry.deleted)

    def load(self, entries: Iterable[tuple[str, tuple[int, int, bool]]]) -> None:
        """Fill an empty log with what ``entry`` gave of each key."""
        for key, (seq, created_seq, deleted) in entries:
            self._entries[key] = _Entry(seq, created_seq, deleted)
            self._by_seq[seq] = key

    def touch(self, key: str, seq: int) -> None:
        """Record that ``key`` was created or changed at ``seq``."""
        entry = self._entries.get(key)
        if entry is None:
            self._entries[key] = _Entry(seq=seq, created_seq=seq)
        else:
            del self._by_seq[entry.seq]
            entry.seq, entry.deleted = seq, False
        self._by_seq[seq] = key
        if self.journal is not None:
            self.journal(key)

    def remove(self, key: str, seq: int) -> None:
        """Record that ``key`` was deleted at ``seq`` (it becomes a tombstone)."""
        self.touch(key, seq)
        self._entries[key].deleted = True

    def since(self, cursor: int) -> Iterator[Change]:
        """Changes after ``cursor``, oldest first.

        A tombstone is reported only if the member existed at ``cursor``: a
        client that never saw a member has nothing to delete.
        """
        for seq in self._by_seq.irange(minimum=cursor, inclusive=(False, True)):
            key = self._by_seq[seq]
            entry = self._entries[key]
            if entry.deleted and entry.created_seq > cursor:
                continue
            yield Change(seq=seq, key=key, deleted=entry.deleted, new=entry.created_seq > cursor)

    def __len__(self) -> int:
        return len(self._entries)
