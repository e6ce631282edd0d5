"""A stateful, multi-user mock of the Outlook REST APIs (the "mock tenant").

Layout: ``store`` holds mailbox state and every documented rule (no HTTP);
``wire`` holds one thin layer per API dialect; ``timezones``, ``recurrence``,
``odata_query`` and ``sync_tokens`` each do one job; ``faults`` can break a rule
on purpose so a test suite can prove it notices.
"""

from .app import create_app
from .inprocess import mock_tenant, serving
from .store import Tenant

__all__ = ["create_app", "mock_tenant", "serving", "Tenant"]
