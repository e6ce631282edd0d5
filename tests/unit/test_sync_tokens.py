"""Sync tokens are signed cursors: tampering, mixing kinds or collections, or another user is refused."""

from __future__ import annotations

import pytest

from outlook_mock.errors import ErrorInvalidSyncStateData
from outlook_mock.store.changes import ChangeLog
from outlook_mock.sync_tokens import SyncToken, SyncTokenCodec


@pytest.fixture
def codec() -> SyncTokenCodec:
    return SyncTokenCodec("secret", "user-1")


def test_round_trip(codec: SyncTokenCodec) -> None:
    token = SyncToken("delta", "tasks:abc", 42, 5)
    assert codec.decode(codec.encode(token), "delta", "tasks:abc") == token


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),
        lambda t: "x" + t,
        lambda t: "",
        lambda t: "175e2e04482e431ea96e89145c212f8c",
        lambda t: t.split(".")[0],
    ],
)
def test_tampered_tokens_are_refused(codec: SyncTokenCodec, mangle) -> None:
    text = codec.encode(SyncToken("delta", "tasks:abc", 42))
    with pytest.raises(ErrorInvalidSyncStateData):
        codec.decode(mangle(text), "delta", "tasks:abc")


def test_kind_collection_and_user_must_match(codec: SyncTokenCodec) -> None:
    text = codec.encode(SyncToken("delta", "tasks:abc", 42))
    with pytest.raises(ErrorInvalidSyncStateData):
        codec.decode(text, "skip", "tasks:abc")
    with pytest.raises(ErrorInvalidSyncStateData):
        codec.decode(text, "delta", "tasks:other")
    with pytest.raises(ErrorInvalidSyncStateData):
        SyncTokenCodec("secret", "user-2").decode(text, "delta", "tasks:abc")
    with pytest.raises(ErrorInvalidSyncStateData):
        SyncTokenCodec("other secret", "user-1").decode(text, "delta", "tasks:abc")


def test_change_log_orders_by_last_change() -> None:
    log = ChangeLog()
    for seq, key in enumerate("abc", start=1):
        log.touch(key, seq)
    log.touch("a", 4)
    log.remove("b", 5)
    assert [(c.key, c.deleted) for c in log.since(0)] == [("c", False), ("a", False)]  # b: never seen at cursor 0
    assert [(c.key, c.deleted) for c in log.since(3)] == [("a", False), ("b", True)]
    assert list(log.since(5)) == []
