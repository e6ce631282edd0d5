"""The tenant: its users and their mailboxes (the moto "backend", keyed by user)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field

from .calendar import CalendarStore
from .changes import Sequence
from .contacts import ContactStore
from .mail import MailStore
from .settings import MailboxSettings
from .subscriptions import SubscriptionStore
from .tasks import TaskStore

__all__ = ["AppRegistration", "Mailbox", "Tenant", "User", "DEFAULT_APPS", "DEFAULT_USERS", "PERMISSIONS"]

# (email, display name); every default user's password is "mock".
DEFAULT_USERS = (("admin@contoso.com", "Administrator"), ("alex@contoso.com", "Alex Wilber"))
DEFAULT_PASSWORD = "mock"

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

    @classmethod
    def with_default_users(cls) -> Tenant:
        tenant = cls()
        for email, name in DEFAULT_USERS:
            tenant.add_user(email, name, DEFAULT_PASSWORD)
        for client_id, name, roles in DEFAULT_APPS:
            tenant.add_app(client_id, name, DEFAULT_PASSWORD, roles)
        return tenant

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
