"""The mailbox state of the mock tenant: no HTTP, no JSON casing."""

from .tenant import Mailbox, Tenant, User

__all__ = ["Mailbox", "Tenant", "User"]
