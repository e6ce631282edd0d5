"""A client library for accessing Outlook Task REST API (with mail folders, messages, contact folders, contacts, calendars and events)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
