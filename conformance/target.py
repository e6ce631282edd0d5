"""Where the suite sends its requests: the in-process mock tenant, or a live server.

Live mode is chosen by ``OUTLOOK_BASE_URL`` (the server root; ``/api/v2.0`` is
appended) with ``OUTLOOK_TOKEN`` (and ``OUTLOOK_TOKEN_2`` for a second user).
In mock mode the suite asks the mock's own token endpoint for tokens.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import httpx

from .failures import journal
from .inprocess import InProcess

API_ROOT = "/api/v2.0"
PREVIEW_ROOT = "/ews/odata"  # the 2014 preview Calendar API (seed 002), over the same mailboxes
MOCK_ORIGIN = "https://outlook.office.com"  # what the mock's links look like in-process
MOCK_USERS = ("admin@contoso.com", "alex@contoso.com")
MOCK_PASSWORD = "mock"


@dataclass
class Target:
    origin: str  # scheme://host[:port]
    tokens: tuple[str, ...]  # one per user; the first is the main user
    app: Any | None = None  # the ASGI app when the target is the in-process mock
    # The last exchanges of every client of this target, newest last: what a failed check shows (failures.py).
    journal: deque[httpx.Response] = field(default_factory=journal, compare=False)

    def __repr__(self) -> str:
        # Failure output shows reprs: the tokens are counted, never shown.
        mode = "in-process mock" if self.is_mock else "live"
        return f"Target({self.origin!r}, {mode}, {len(self.tokens)} token(s))"

    def __post_init__(self) -> None:
        # How the suite calls the in-process mock: in the calling thread, not through a portal thread.
        self.in_process = InProcess(self.app) if self.app is not None else None

    @property
    def is_mock(self) -> bool:
        return self.app is not None

    @property
    def api_url(self) -> str:
        return self.origin + API_ROOT

    @property
    def preview_url(self) -> str:
        return self.origin + PREVIEW_ROOT

    def http(self, token: str | None = None) -> httpx.Client:
        """A synchronous client for this target, authenticated as ``token`` (default: the main user)."""
        headers = {"Authorization": f"Bearer {token or self.tokens[0]}"}
        from .housekeeping import LEDGER  # (housekeeping imports this module)

        # What a failed check shows (the journal), and what the run made, for the clean-up (live mode only).
        hooks = {"response": [self.journal.append, LEDGER.observe]}
        if self.in_process is not None:
            # What starlette's TestClient did (same scope, server exceptions raised), without its thread hop.
            return httpx.Client(
                transport=self.in_process.transport(), base_url=self.origin, headers=headers, event_hooks=hooks
            )
        return httpx.Client(base_url=self.origin, headers=headers, timeout=30, event_hooks=hooks)


def mock_target(app: Any = None) -> Target:
    from outlook_mock import create_app

    app = app or create_app()
    with httpx.Client(transport=InProcess(app).transport(), base_url=MOCK_ORIGIN) as client:
        tokens = []
        for user in MOCK_USERS:
            answer = client.post(
                "/common/oauth2/v2.0/token",
                data={"grant_type": "password", "username": user, "password": MOCK_PASSWORD},
            )
            answer.raise_for_status()
            tokens.append(answer.json()["access_token"])
    return Target(MOCK_ORIGIN, tuple(tokens), app)


def mock_token(target: Target, user: int = 0, scope: str | None = None) -> str:
    """A token of the mock's ``user`` (an index into MOCK_USERS) limited to ``scope`` (space-separated names;
    None: every scope), from the mock's own token endpoint. Mock only: a live server's tokens come from outside."""
    assert target.is_mock, "scoped tokens come from the mock's token endpoint"
    form = {"grant_type": "password", "username": MOCK_USERS[user], "password": MOCK_PASSWORD}
    if scope is not None:
        form["scope"] = scope
    with target.http() as client:
        answer = client.post("/common/oauth2/v2.0/token", data=form)
    answer.raise_for_status()
    return answer.json()["access_token"]


def from_environment() -> Target:
    base = os.environ.get("OUTLOOK_BASE_URL", "").rstrip("/")
    if not base:
        return mock_target()
    tokens = tuple(t for t in (os.environ.get("OUTLOOK_TOKEN"), os.environ.get("OUTLOOK_TOKEN_2")) if t)
    if not tokens:
        raise RuntimeError("OUTLOOK_BASE_URL is set but OUTLOOK_TOKEN is not")
    return Target(base, tokens)
