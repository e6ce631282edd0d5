"""A client library for accessing Outlook Task REST API (with mail folders, messages, contact folders and contacts)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
