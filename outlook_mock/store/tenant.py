"""The tenant: its users and their mailboxes (the moto "backend", keyed by user)."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field

from .calendar import CalendarStore
from .changes import Sequence
from .contacts import ContactStore
from .mail import MailStore
from .tasks import TaskStore

__all__ = ["Mailbox", "Tenant", "User", "DEFAULT_USERS"]

# (email, display name); every default user's password is "mock".
DEFAULT_USERS = (("admin@contoso.com", "Administrator"), ("alex@contoso.com", "Alex Wilber"))
DEFAULT_PASSWORD = "mock"


class Mailbox:
    """Everything one user owns. Each API dialect is a view over the same mailbox."""

    def __init__(self, owner_name: str, owner_address: str | None = None) -> None:
        self.seq = Sequence()
        self.tasks = TaskStore(owner_name, self.seq)
        self.mail = MailStore(owner_name, self.seq)
        self.contacts = ContactStore(owner_name, self.seq)
        self.calendar = CalendarStore(owner_name, self.seq, owner_address=owner_address)


@dataclass
class User:
    id: uuid.UUID
    email: str
    display_name: str
    password: str
    mailbox: Mailbox


@dataclass
class Tenant:
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    # Signs access tokens and sync tokens; a fresh tenant invalidates old ones.
    secret: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    users: dict[str, User] = field(default_factory=dict)

    @classmethod
    def with_default_users(cls) -> Tenant:
        tenant = cls()
        for email, name in DEFAULT_USERS:
            tenant.add_user(email, name, DEFAULT_PASSWORD)
        return tenant

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
