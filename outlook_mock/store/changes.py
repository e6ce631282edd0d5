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


class ChangeLog:
    journal: Callable[[str], None] | None = None  # told every key that changes (``--data-dir``: persistence.py)

    def __init__(self) -> None:
        self._by_seq: SortedDict = SortedDict()  # seq -> key
        # key -> (seq of its last change, seq of its creation, deleted): one per member ever, tuples of atomic
        # values, which the cyclic garbage collector stops tracking (no mutable record per item: issue 8)
        self._entries: dict[str, tuple[int, int, bool]] = {}

    def __getstate__(self) -> dict:
        return {name: value for name, value in self.__dict__.items() if name != "journal"}

    def entry(self, key: str) -> tuple[int, int, bool] | None:
        """What the log holds of ``key`` (seq, created_seq, deleted), as ``load`` takes it back."""
        return self._entries.get(key)

    def load(self, entries: Iterable[tuple[str, tuple[int, int, bool]]]) -> None:
        """Fill an empty log with what ``entry`` gave of each key."""
        for key, (seq, created_seq, deleted) in entries:
            self._entries[key] = (seq, created_seq, deleted)
            self._by_seq[seq] = key

    def touch(self, key: str, seq: int) -> None:
        """Record that ``key`` was created or changed at ``seq``."""
        self._write(key, seq, False)

    def remove(self, key: str, seq: int) -> None:
        """Record that ``key`` was deleted at ``seq`` (it becomes a tombstone)."""
        self._write(key, seq, True)

    def _write(self, key: str, seq: int, deleted: bool) -> None:
        entry = self._entries.get(key)
        if entry is None:
            self._entries[key] = (seq, seq, deleted)
        else:
            del self._by_seq[entry[0]]
            self._entries[key] = (seq, entry[1], deleted)
        self._by_seq[seq] = key
        if self.journal is not None:
            self.journal(key)

    def since(self, cursor: int) -> Iterator[Change]:
        """Changes after ``cursor``, oldest first.

        A tombstone is reported only if the member existed at ``cursor``: a
        client that never saw a member has nothing to delete.
        """
        for seq in self._by_seq.irange(minimum=cursor, inclusive=(False, True)):
            key = self._by_seq[seq]
            _, created_seq, deleted = self._entries[key]
            if deleted and created_seq > cursor:
                continue
            yield Change(seq=seq, key=key, deleted=deleted, new=created_seq > cursor)

    def __len__(self) -> int:
        return len(self._entries)
