"""$deltatoken / $skiptoken: opaque, signed cursors into a collection's change log.

A token names the user, the collection it was issued for, whether it is a
delta or a skip token, the cursor and the page size. It is signed with the
tenant secret, so a tampered, foreign or mixed-up token is a 400, never a 500.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from itsdangerous import BadData, URLSafeSerializer

from .errors import ErrorInvalidSyncStateData
from .faults import broken

__all__ = ["SyncToken", "SyncTokenCodec"]

Kind = Literal["delta", "skip"]


@dataclass(frozen=True)
class SyncToken:
    kind: Kind
    collection: str
    cursor: int
    page_size: int | None = None


class SyncTokenCodec:
    def __init__(self, secret: str, user_id: str) -> None:
        self._serializer = URLSafeSerializer(secret, salt=f"sync:{user_id}")

    def encode(self, token: SyncToken) -> str:
        return self._serializer.dumps([token.kind[0], token.collection, token.cursor, token.page_size])

    def decode(self, text: str, kind: Kind, collection: str) -> SyncToken:
        try:
            k, coll, cursor, page_size = self._serializer.loads(text)
        except (BadData, ValueError, TypeError):
            if broken("sync_tokens_unchecked"):
                return SyncToken(kind, collection, 0)
            raise ErrorInvalidSyncStateData(f"The {kind} token is not valid.") from None
        if broken("sync_tokens_unchecked"):
            return SyncToken(kind, collection, int(cursor), page_size)
        if k != kind[0]:
            raise ErrorInvalidSyncStateData(f"This is not a {kind} token.")
        if coll != collection:
            raise ErrorInvalidSyncStateData(f"The {kind} token was issued for another collection.")
        return SyncToken(kind, coll, int(cursor), page_size)
