"""The tenants: each one's users and their mailboxes (the moto "backend", keyed by user), and the registry of
every tenant one server holds (:class:`TenantRegistry`)."""

from __future__ import annotations

import gc
import pickle
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .. import memory
from .calendar import CalendarStore
from .changes import Sequence
from .contacts import ContactStore
from .mail import MailStore
from .settings import MailboxSettings
from .subscriptions import SubscriptionStore
from .tasks import TaskStore

__all__ = [
    "AppRegistration",
    "Mailbox",
    "Tenant",
    "TenantExists",
    "TenantRegistry",
    "TenantState",
    "User",
    "DEFAULT_APPS",
    "DEFAULT_USERS",
    "PERMISSIONS",
]

# (email, display name); every default user's password is "mock".
DEFAULT_USERS = (("admin@contoso.com", "Administrator"), ("alex@contoso.com", "Alex Wilber"))
DEFAULT_PASSWORD = "mock"
COLLECT_AFTER_SNAPSHOT_BYTES = 4 * 2**20  # a snapshot this big (~12k tasks) is followed by a full gc

# Every permission the mock knows: delegated scopes (``scp``) and application permissions (``roles``)
# have the same names, as on the real service.
PERMISSIONS = (
    "Tasks.Read",
    "Tasks.ReadWrite",
    "Calendars.Read",
    "Calendars.ReadWrite",
    "Contacts.Read",
    "Contacts.ReadWrite",
    "Mail.Read",
    "Mail.ReadWrite",
    "Mail.Send",
    "MailboxSettings.Read",
    "MailboxSettings.ReadWrite",
    # The 2014 preview's names (its Calendar.Write is v2.0's Calendars.ReadWrite, and so on).
    "Calendar.Read",
    "Calendar.Write",
    "Mail.Write",
)
_READ_PERMISSIONS = tuple(p for p in PERMISSIONS if p.endswith(".Read"))

# The tenant's app registrations for the client-credentials grant (app-only tokens): (client id, display name,
# application permissions granted by the admin); every default app's client secret is "mock".
DEFAULT_APPS = (
    ("6731de76-14a6-49ae-97bc-6eba6914391e", "Contoso Mailbox Daemon", PERMISSIONS),
    ("0b2d7a95-8e1c-4f3a-b6d4-2c9e5f7a1b38", "Contoso Read-only Reporter", _READ_PERMISSIONS),
)


class Mailbox:
    """Everything one user owns. Each API dialect is a view over the same mailbox."""

    def __init__(self, owner_name: str, owner_address: str | None = None) -> None:
        self.seq = Sequence()
        self.tasks = TaskStore(owner_name, self.seq)
        self.mail = MailStore(owner_name, self.seq)
        self.contacts = ContactStore(owner_name, self.seq)
        self.calendar = CalendarStore(owner_name, self.seq, owner_address=owner_address)
        self.settings = MailboxSettings.default()
        self.subscriptions = SubscriptionStore()  # push notifications (store/subscriptions.py)


@dataclass
class User:
    id: uuid.UUID
    email: str
    display_name: str
    password: str
    mailbox: Mailbox
    mailbox_guid: uuid.UUID = field(default_factory=uuid.uuid4)

    @property
    def alias(self) -> str:
        """The Exchange alias (mail nickname): the local part of the primary address."""
        return self.email.split("@", 1)[0]


@dataclass(frozen=True)
class AppRegistration:
    """An application registered in the tenant, for app-only access (OAuth 2.0 client credentials)."""

    client_id: str
    secret: str
    display_name: str
    roles: tuple[str, ...]  # application permissions the tenant's admin consented to
    object_id: uuid.UUID = field(default_factory=uuid.uuid4)  # its service principal: the token's ``oid``


@dataclass
class Tenant:
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    # Signs access tokens and sync tokens; a fresh tenant invalidates old ones.
    secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    users: dict[str, User] = field(default_factory=dict)
    apps: dict[str, AppRegistration] = field(default_factory=dict)  # by lower-case client id
    # Bumped by every restore (and reset): sync tokens are signed with ``sync_secret``, so a deltaLink taken before
    # is refused (400, the client syncs afresh) rather than silently missing what the restore changed.
    generation: int = 0
    # How this tenant's service misbehaves on purpose, not its state (snapshots leave both alone): the faults
    # planted in this tenant only (``faults.py``), and its throttling and chaos (``throttling.Traffic``; None: off).
    faults: set[str] = field(default_factory=set, compare=False)
    traffic: Any = field(default=None, compare=False)

    @classmethod
    def with_default_users(cls) -> Tenant:
        tenant = cls()
        for email, name in DEFAULT_USERS:
            tenant.add_user(email, name, DEFAULT_PASSWORD)
        for client_id, name, roles in DEFAULT_APPS:
            tenant.add_app(client_id, name, DEFAULT_PASSWORD, roles)
        return tenant

    def snapshot(self) -> TenantState:
        """A copy of the tenant's state (users, mailboxes, app registrations) that later writes don't touch.

        Kept as a pickle (the state pickles: ``--data-dir`` saves it so): taking one is a fifth of a deep copy's
        time, restoring a third, and the copy is immutable bytes, a fraction of the objects' memory. Every tenant
        takes one when it is created (the reset point), so this is part of what a fresh tenant costs."""
        data = pickle.dumps((self.users, self.apps), protocol=pickle.HIGHEST_PROTOCOL)
        if len(data) > COLLECT_AFTER_SNAPSHOT_BYTES:
            # Memory (issue 8): the deep copy of a served 100k-task mailbox took 1.5 KB per task, and its garbage
            # kept the process at 620 MiB RSS; the pickle is 0.34 KB per task. Pickling it still leaves thousands
            # of freed objects in the interpreter's free lists, spread over the arenas the pickling used (~2 KB
            # per task at its peak): whatever the process allocates next lands there and keeps those arenas
            # (100 MiB at 100k tasks) from being returned. A full collection empties the free lists first.
            gc.collect()
        return TenantState(data)

    def restore(self, state: TenantState) -> None:
        """Put the tenant back in ``state`` (a copy of it: the snapshot can be restored again).

        The tenant keeps its id and signing secret, so its access tokens stay valid (users keep their ids);
        sync tokens issued before are refused from now on (``sync_secret``).
        """
        self.users, self.apps = pickle.loads(state.data)
        self.generation += 1

    @property
    def sync_secret(self) -> str:
        """What sync tokens are signed with: the tenant's secret, in this generation of its state."""
        return f"{self.secret}:{self.generation}" if self.generation else self.secret

    def add_app(self, client_id: str, display_name: str, secret: str, roles: tuple[str, ...]) -> AppRegistration:
        app = AppRegistration(client_id.lower(), secret, display_name, tuple(roles))
        self.apps[app.client_id] = app
        return app

    def find_app(self, client_id: str) -> AppRegistration | None:
        return self.apps.get(client_id.lower())

    @property
    def issuer(self) -> str:
        """The ``iss`` of the tenant's access tokens (the identity platform's v1.0 form, as Outlook's tokens had)."""
        return f"https://sts.windows.net/{self.id}/"

    @property
    def domains(self) -> set[str]:
        return {email.split("@", 1)[1] for email in self.users}

    def add_user(self, email: str, display_name: str, password: str) -> User:
        user = User(uuid.uuid4(), email.lower(), display_name, password, Mailbox(display_name, email.lower()))
        self.users[user.email] = user
        return user

    def find_user(self, email: str) -> User | None:
        return self.users.get(email.lower())

    def owner_of(self, mailbox: Mailbox) -> User:
        return next(u for u in self.users.values() if u.mailbox is mailbox)

    def user_by_id(self, user_id: str) -> User | None:
        return next((u for u in self.users.values() if str(u.id) == user_id), None)

    def resolve_user(self, reference: str) -> User | None:
        """The user a ``/users/{reference}`` path names: SMTP address (UPN), object id, or ``{oid}@{tenant id}``."""
        user = self.find_user(reference)
        if user is not None:
            return user
        oid, at, tid = reference.lower().partition("@")
        if at and tid != str(self.id):
            return None
        return self.user_by_id(oid)


@dataclass(frozen=True)
class TenantState:
    """A tenant's state at one moment (:meth:`Tenant.snapshot`); opaque outside this module."""

    data: bytes  # the pickle of (users, apps)


class TenantExists(ValueError):
    """A tenant with this id is already registered."""


# The identity platform's multi-tenant authorities: they name no tenant; the mock serves its default one there.
MULTI_TENANT_AUTHORITIES = frozenset({"common", "organizations"})


class TenantRegistry:
    """Every tenant one server holds, isolated from each other.

    Found by id (a token's ``tid``, in O(1)), by domain (``/{contoso.com}/oauth2/v2.0/token``; a domain belongs
    to the first tenant registered with it, later ones are reached by id) and as the default tenant
    (``/common``, ``/organizations``, ``--plant-fault``, ``--seed``). ``listeners`` are told
    ``(event, tenant)`` for "added", "removed" and "restored" (persistence and notifications follow tenants so).
    """

    def __init__(self, default: Tenant | None = None) -> None:
        self._by_id: dict[str, Tenant] = {}
        self._by_domain: dict[str, Tenant] = {}
        self.listeners: list[Callable[[str, Tenant], None]] = []
        self._replaced_bytes = 0  # snapshot bytes of the states restores replaced since the last full collection
        self._collect_removed = False  # a tenant was removed since the last full collection (``serve``)
        self.default = self.add(default or Tenant.with_default_users())

    def __iter__(self) -> Iterator[Tenant]:
        return iter(list(self._by_id.values()))  # a copy: tenants may come and go while a caller iterates

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, tenant: object) -> bool:
        return isinstance(tenant, Tenant) and self._by_id.get(str(tenant.id)) is tenant

    def get(self, tenant_id: str | uuid.UUID) -> Tenant | None:
        """The tenant with this id (a token's ``tid``), or None."""
        return self._by_id.get(str(tenant_id).lower())

    def find(self, authority: str, username: str | None = None) -> Tenant | None:
        """The tenant a token endpoint's ``{tenant}`` names: its id or one of its domains.

        ``common`` and ``organizations``: the default tenant, or, when it has no user ``username``, the tenant
        owning the username's domain (the identity platform's home realm discovery).
        """
        authority = authority.lower()
        if authority in MULTI_TENANT_AUTHORITIES:
            if username and self.default.find_user(username) is None:
                home = self._by_domain.get(username.rpartition("@")[2].lower())
                if home is not None:
                    return home
            return self.default
        return self._by_id.get(authority) or self._by_domain.get(authority)

    def add(self, tenant: Tenant) -> Tenant:
        self._collect_if_removed()
        key = str(tenant.id)
        if key in self._by_id:
            raise TenantExists(f"a tenant with id {key} is already served")
        self._by_id[key] = tenant
        self._index(tenant)
        self._tell("added", tenant)
        return tenant

    def remove(self, tenant: Tenant) -> None:
        """Stop serving ``tenant`` (never the default one); its tokens are refused from now on."""
        self._collect_if_removed()
        if tenant is self.default:
            raise ValueError("the default tenant can't be removed (reset it instead)")
        if self._by_id.get(str(tenant.id)) is not tenant:
            raise KeyError(str(tenant.id))
        del self._by_id[str(tenant.id)]
        tenant.secret = secrets.token_urlsafe(32)  # cached verifications of its tokens end here too
        self._by_domain = {d: t for d, t in self._by_domain.items() if t is not tenant}
        for other in self._by_id.values():  # a domain it held may now be another tenant's
            self._index(other)
        self._tell("removed", tenant)
        # Its state is garbage in reference cycles (a stored item names its table), frozen in ``serve`` (``memory``),
        # once the caller lets the tenant go: collected at the registry's next change.
        self._collect_removed = memory.freezes_survivors()

    def restore(self, tenant: Tenant, state: TenantState) -> None:
        """``tenant.restore(state)``, keeping the domain index and the listeners up to date."""
        tenant.restore(state)
        self._by_domain = {}
        for each in self._by_id.values():
            self._index(each)
        self._tell("restored", tenant)
        # The state replaced is garbage in reference cycles (a stored item names its table), which only a full
        # collection frees, frozen objects included. Done once the listeners have dropped what they held of it
        # (cached verifications of tokens): for a big state at once; in ``serve``, where what lived a while is
        # frozen (``memory``), also once the small states replaced (resets between tests) add up to a big one.
        if memory.freezes_survivors():
            self._replaced_bytes += len(state.data)
            due = self._replaced_bytes > COLLECT_AFTER_SNAPSHOT_BYTES or self._collect_removed
        else:  # the collector's generations free a small one
            due = len(state.data) > COLLECT_AFTER_SNAPSHOT_BYTES
        if due:
            self._collect()

    def _collect_if_removed(self) -> None:
        if self._collect_removed:
            self._collect()

    def _collect(self) -> None:
        self._replaced_bytes, self._collect_removed = 0, False
        memory.collect_frozen()

    def _index(self, tenant: Tenant) -> None:
        for domain in tenant.domains:
            self._by_domain.setdefault(domain, tenant)

    def _tell(self, event: str, tenant: Tenant) -> None:
        for listener in list(self.listeners):
            listener(event, tenant)
