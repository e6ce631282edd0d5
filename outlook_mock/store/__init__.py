"""The mailbox state of the mock tenant: no HTTP, no JSON casing."""

from .tenant import AppRegistration, Mailbox, Tenant, TenantExists, TenantRegistry, TenantState, User

__all__ = ["AppRegistration", "Mailbox", "Tenant", "TenantExists", "TenantRegistry", "TenantState", "User"]
