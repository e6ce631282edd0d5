"""Conformance suite for the Outlook REST APIs: runs against the mock tenant (default) or a live server."""

import pytest

# The rule checks fail with plain asserts; pytest rewrites them (expected vs actual in the message) only in test
# modules and in modules registered before their import: these are imported by the suite, never collected.
pytest.register_assert_rewrite("conformance.checks")
