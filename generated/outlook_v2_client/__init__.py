"""A client library for accessing Outlook Task REST API (with mail folders and messages)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
