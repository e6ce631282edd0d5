"""A client library for accessing Office 365 API preview - Calendar REST API (calendar groups, calendars, events, meeting responses)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
