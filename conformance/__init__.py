"""Conformance suite for the Outlook REST APIs: runs against the mock tenant (default) or a live server."""
