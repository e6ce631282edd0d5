"""The mailbox state of the mock tenant: no HTTP, no JSON casing."""

from .tenant import AppRegistration, Mailbox, Tenant, User

__all__ = ["AppRegistration", "Mailbox", "Tenant", "User"]
