"""Push subscriptions of one mailbox, and the changes they are told about (no HTTP here).

A subscription watches one kind of item (messages, events, contacts or tasks) in one container
(a folder, a calendar) or in the whole mailbox, for some change types. Its rules are the
reference's (``notify-rest-operations.md``): it lives at most three days from the request that
created or renewed it (no expiry, or a later one, gives exactly three days); ``Missed`` is always
among its change types; ``ClientState`` is at most 255 characters.

Changes reach it without the stores reporting them: the mailbox's item tables (``ItemTable``) call
an observer on every write once the mailbox has a subscription. The observer only records
``(kind, item id, change, item)``; whoever delivers notifications (``outlook_mock/notifier.py``)
drains them after the write, on the same thread, and decides what to send.
"""

from __future__ import annotations

import base64
import enum
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from ..errors import ErrorInvalidParameter, ErrorInvalidRequest, ErrorItemNotFound
from ..faults import broken

__all__ = [
    "MAX_CLIENT_STATE",
    "MAX_LIFETIME",
    "ChangeType",
    "ItemKind",
    "Observed",
    "Subscription",
    "SubscriptionStore",
]

MAX_LIFETIME = timedelta(days=3)  # "更新要求の時間から最大 3 日間"
MAX_CLIENT_STATE = 255  # "最大の長さは 255 文字です"
MAX_SUBSCRIPTIONS = 1000  # per mailbox (all apps together), as the service documented for Outlook resources


class ChangeType(enum.Flag):
    """The CSDL's ``ChangeType`` flags (``Acknowledgment`` is not used by push subscriptions)."""

    Created = 1
    Updated = 2
    Deleted = 4
    Missed = 16


WATCHABLE = ChangeType.Created | ChangeType.Updated | ChangeType.Deleted


class ItemKind(enum.Enum):
    """What a subscription can watch, by the CSDL's entity type name."""

    MESSAGE = "Message"
    EVENT = "Event"
    CONTACT = "Contact"
    TASK = "Task"


def parse_change_types(text: str) -> ChangeType:
    """``"Created, Updated"`` (any case, commas and blanks) -> flags; ``Missed`` is always added."""
    flags = ChangeType(0)
    for word in text.replace(",", " ").split():
        member = next((m for m in ChangeType if m.name.lower() == word.lower()), None)
        if member is None:
            raise ErrorInvalidRequest(
                f"ChangeType '{word}' is not one of Created, Updated, Deleted, Missed (comma separated)."
            )
        flags |= member
    if not flags & WATCHABLE:
        raise ErrorInvalidRequest("ChangeType must name at least one of Created, Updated, Deleted.")
    return flags | ChangeType.Missed


def change_type_text(flags: ChangeType) -> str:
    """Flags as the service wrote them in a response: ``"Created, Missed"``."""
    return ", ".join(m.name for m in ChangeType if m in flags)


@dataclass
class Subscription:
    id: str
    kind: ItemKind
    container: Any  # the ItemTable container it watches (a folder or calendar id); None: every item of the kind
    resource: str  # as the client wrote it
    filter: str | None  # the Resource's $filter text, None: every item
    change_types: ChangeType
    notification_url: str
    client_state: str | None
    expires: datetime  # UTC
    api_root: str  # where the notifications' links point (the creating request's API root)
    owner_ref: str  # the mailbox in those links: Users('{oid}@{tid}')
    # With a filter: the ids of the watched items it holds for now. An item entering the filter is notified as
    # Created, one leaving it as Deleted (the reference's IsRead example): the set tells which is which.
    matching: set[str] = field(default_factory=set)

    def wants(self, change: ChangeType) -> bool:
        return bool(change & self.change_types)

    def expired(self, now: datetime) -> bool:
        return now >= self.expires


@dataclass(frozen=True)
class Observed:
    """One write to a watched item: what changed, and the item as it was written (or deleted)."""

    kind: ItemKind
    item_id: str
    change: ChangeType
    item: Any


def _now() -> datetime:
    return datetime.now(UTC)


def _new_subscription_id() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(12)).decode("ascii")


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ErrorInvalidParameter(f"NotificationURL '{url}' is not an absolute http or https URL.")
    return url


@dataclass
class SubscriptionStore:
    """A mailbox's subscriptions, and the watched changes not yet drained."""

    subscriptions: dict[str, Subscription] = field(default_factory=dict)
    pending: list[Observed] = field(default_factory=list)
    clock: Callable[[], datetime] = _now
    # Told (with this store) when ``pending`` gets its first entry; set by the notifier, never persisted.
    listener: Callable[[SubscriptionStore], None] | None = field(default=None, compare=False, repr=False)
    _watching: bool = False

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["listener"] = None  # a thread's queue and loop do not outlive the process
        return state

    # -- the subscriptions ---------------------------------------------------------------------
    def expiry(self, requested: datetime | None) -> datetime:
        """When a subscription created or renewed now expires: ``requested``, at most three days from now."""
        now = self.clock()
        latest = now + MAX_LIFETIME
        if requested is None:
            return latest
        requested = requested.astimezone(UTC)
        if requested <= now:
            raise ErrorInvalidRequest("SubscriptionExpirationDateTime must be in the future.")
        if requested > latest and not broken("subscription_lifetime_unbounded"):
            return latest
        return requested

    def create(
        self,
        *,
        kind: ItemKind,
        container: Any,
        resource: str,
        filter: str | None,
        change_types: ChangeType,
        notification_url: str,
        client_state: str | None,
        expires: datetime | None,
        api_root: str,
        owner_ref: str,
    ) -> Subscription:
        """A new subscription (not stored yet: ``add`` it once its URL answered the validation request)."""
        if client_state is not None and len(client_state) > MAX_CLIENT_STATE:
            raise ErrorInvalidRequest(f"ClientState is longer than {MAX_CLIENT_STATE} characters.")
        self.purge()
        if len(self.subscriptions) >= MAX_SUBSCRIPTIONS:
            raise ErrorInvalidRequest(f"The mailbox already has {MAX_SUBSCRIPTIONS} subscriptions.")
        return Subscription(
            id=_new_subscription_id(),
            kind=kind,
            container=container,
            resource=resource,
            filter=filter,
            change_types=change_types,
            notification_url=_check_url(notification_url),
            client_state=client_state,
            expires=self.expiry(expires),
            api_root=api_root,
            owner_ref=owner_ref,
        )

    def add(self, subscription: Subscription, tables: dict[ItemKind, Any]) -> None:
        """Store a validated subscription; from now on the mailbox's ``tables`` report their writes."""
        self.subscriptions[subscription.id] = subscription
        if not self._watching:
            for kind, table in tables.items():
                table.observer = _Observer(self, kind)
            self._watching = True

    def get(self, subscription_id: str) -> Subscription:
        self.purge()
        subscription = self.subscriptions.get(subscription_id)
        if subscription is None:
            raise ErrorItemNotFound("The specified subscription was not found.")
        return subscription

    def renew(self, subscription_id: str, expires: datetime | None) -> Subscription:
        subscription = self.get(subscription_id)
        subscription.expires = self.expiry(expires)
        return subscription

    def delete(self, subscription_id: str) -> None:
        del self.subscriptions[self.get(subscription_id).id]

    def live(self) -> Iterable[Subscription]:
        """The subscriptions that have not expired."""
        self.purge()
        return list(self.subscriptions.values())

    def purge(self) -> None:
        """Forget expired subscriptions: they stop, and can no longer be read or renewed."""
        if broken("expired_subscription_notified"):
            return
        now = self.clock()
        for subscription_id in [i for i, s in self.subscriptions.items() if s.expired(now)]:
            del self.subscriptions[subscription_id]

    # -- what they are told about -------------------------------------------------------------------
    def observe(self, kind: ItemKind, item_id: str, change: ChangeType, item: Any) -> None:
        if self.listener is None:
            return  # nobody delivers (a mailbox restored from disk, before a request re-attached its notifier)
        first = not self.pending
        self.pending.append(Observed(kind, item_id, change, item))
        if first:
            self.listener(self)

    def drain(self) -> list[Observed]:
        """The writes observed since the last drain, one entry per item and change: created then updated
        in one go is one ``Created``; repeated updates are one ``Updated`` (with the item as last written)."""
        pending, self.pending = self.pending, []
        merged: dict[tuple[ItemKind, str], list[Observed]] = {}
        for observed in pending:
            changes = merged.setdefault((observed.kind, observed.item_id), [])
            last = changes[-1] if changes else None
            if last is not None and (
                last.change == observed.change
                or (last.change is ChangeType.Created and observed.change is ChangeType.Updated)
            ):
                changes[-1] = Observed(observed.kind, observed.item_id, last.change, observed.item)
            else:
                changes.append(observed)
        return [observed for changes in merged.values() for observed in changes]


@dataclass(frozen=True)
class _Observer:
    """What an ``ItemTable`` calls on every write (a plain object, so a persisted mailbox keeps it)."""

    store: SubscriptionStore
    kind: ItemKind

    def __call__(self, item_id: str, change: str, item: Any) -> None:
        self.store.observe(self.kind, item_id, ChangeType[change], item)
