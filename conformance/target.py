"""Where the suite sends its requests: the in-process mock tenant, or a live server.

Live mode is chosen by ``OUTLOOK_BASE_URL`` (the server root; ``/api/v2.0`` is
appended) with ``OUTLOOK_TOKEN`` (and ``OUTLOOK_TOKEN_2`` for a second user).
In mock mode the suite asks the mock's own token endpoint for tokens.

Checks that need tokens of their own (chosen scopes, app-only) get them from :func:`scoped_token` and
:func:`app_only_token`: from the mock's token endpoint, or from a live server's when ``OUTLOOK_TOKEN_URL`` and
credentials are given (:class:`Credentials`: the password grant for the users, client credentials for an app).
Without them such a check is skipped as *not run*, with the reason, never passed.
"""

from __future__ import annotations

import functools
import os
import ssl
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


NOT_RUN = "not run: "  # how a skipped check that needed something the run was not given says so (report.py)


@dataclass(frozen=True)
class Credentials:
    """What mints tokens at a live server's own token endpoint (OAuth 2.0): never shown (no repr)."""

    token_url: str
    users: tuple[tuple[str, str], ...] = ()  # (username, password) per user, the main user first
    app: tuple[str, str] | None = None  # (client id, client secret) of an app registration
    app_token_url: str = ""  # client credentials; default: token_url

    def __repr__(self) -> str:
        return f"Credentials({self.token_url!r}, {len(self.users)} user(s), app={'yes' if self.app else 'no'})"

    @classmethod
    def from_environment(cls) -> Credentials | None:
        env = os.environ.get
        url = env("OUTLOOK_TOKEN_URL", "")
        if not url:
            return None
        users = []
        for suffix in ("", "_2"):
            if env(f"OUTLOOK_USERNAME{suffix}") and env(f"OUTLOOK_PASSWORD{suffix}"):
                users.append((env(f"OUTLOOK_USERNAME{suffix}", ""), env(f"OUTLOOK_PASSWORD{suffix}", "")))
        app = (env("OUTLOOK_CLIENT_ID", ""), env("OUTLOOK_CLIENT_SECRET", ""))
        return cls(url, tuple(users), app if all(app) else None, env("OUTLOOK_APP_TOKEN_URL", "") or url)


class MintingFailed(RuntimeError):
    pass


@functools.cache
def _tls() -> ssl.SSLContext:
    """The live clients' TLS settings, made once per process: httpx otherwise makes them for every client it
    creates (loading the whole CA bundle, ~25 ms), and a live run creates a client for almost every check call."""
    return httpx.create_ssl_context()


def _mint(url: str, form: dict[str, str]) -> str:
    answer = httpx.post(url, data=form, timeout=30, verify=_tls())
    try:
        body = answer.json()
    except ValueError:
        body = {}
    if answer.status_code != 200 or not isinstance(body.get("access_token"), str):
        error = body.get("error", "") if isinstance(body, dict) else ""
        raise MintingFailed(f"the token endpoint {url} answered {answer.status_code} {error} ({form['grant_type']})")
    return body["access_token"]


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, left alone by responses that set no cookie (what the mock's always are).

    httpx hands every response to ``http.cookiejar`` through urllib stand-ins of the request and the response,
    Set-Cookie or not: a tenth of the CPU of an in-process request of the rule checks. With no Set-Cookie header
    the jar would not change, so nothing is lost."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _client(**options: Any) -> httpx.Client:
    client = httpx.Client(**options)
    client._cookies = _Cookies(client.cookies)  # (the public setter would wrap it back into a plain Cookies)
    return client


@dataclass
class Target:
    origin: str  # scheme://host[:port]
    tokens: tuple[str, ...]  # one per user; the first is the main user
    app: Any | None = None  # the ASGI app when the target is the in-process mock
    credentials: Credentials | None = field(default=None, compare=False)  # live: mints the tokens checks need
    minted: list[str] = field(default_factory=list, compare=False)  # every token minted for a check (masked)
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
            return _client(
                transport=self.in_process.transport(), base_url=self.origin, headers=headers, event_hooks=hooks
            )
        return _client(base_url=self.origin, headers=headers, timeout=30, event_hooks=hooks, verify=_tls())


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


def scoped_token(target: Target, user: int = 0, scope: str | None = None) -> str:
    """A token of ``user`` (0: the main user, 1: the second) limited to ``scope`` (space-separated names; None:
    every scope): from the mock's own token endpoint, or minted by a live server's (``OUTLOOK_TOKEN_URL`` and the
    user's credentials). Without those a live run skips the calling check as not run."""
    if target.is_mock:
        form = {"grant_type": "password", "username": MOCK_USERS[user], "password": MOCK_PASSWORD}
        if scope is not None:
            form["scope"] = scope
        with target.http() as client:
            answer = client.post("/common/oauth2/v2.0/token", data=form)
        answer.raise_for_status()
        return answer.json()["access_token"]
    credentials = target.credentials
    if credentials is None or len(credentials.users) <= user:
        import pytest

        pytest.skip(
            f"{NOT_RUN}needs a token with scope {scope or '(all)'!r} of user {user + 1}, minted by the server's token "
            "endpoint: give --token-url with --username/--password (--username-2/--password-2 for user 2)"
        )
    username, password = credentials.users[user]
    form = {"grant_type": "password", "username": username, "password": password}
    form["scope"] = scope if scope is not None else f"{MOCK_ORIGIN}/.default"
    token = _mint(credentials.token_url, form)
    target.minted.append(token)
    return token


mock_token = scoped_token  # the checks' older name


def app_only_token(target: Target) -> str | None:
    """An app-only token (client credentials) for a live target: ``OUTLOOK_APP_TOKEN``, or minted with the app's
    credentials (``OUTLOOK_CLIENT_ID``/``OUTLOOK_CLIENT_SECRET``); None when neither is given."""
    given = os.environ.get("OUTLOOK_APP_TOKEN")
    if given:
        return given
    credentials = target.credentials
    if credentials is None or credentials.app is None:
        return None
    client_id, secret = credentials.app
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
    token = _mint(credentials.app_token_url, {**form, "scope": f"{MOCK_ORIGIN}/.default"})
    target.minted.append(token)
    return token


def from_environment() -> Target:
    base = os.environ.get("OUTLOOK_BASE_URL", "").rstrip("/")
    if not base:
        return mock_target()
    credentials = Credentials.from_environment()
    tokens = tuple(t for t in (os.environ.get("OUTLOOK_TOKEN"), os.environ.get("OUTLOOK_TOKEN_2")) if t)
    if not tokens and credentials is not None and credentials.users:
        # No tokens given, but credentials: the users' tokens come from the token endpoint too.
        try:
            tokens = tuple(
                _mint(
                    credentials.token_url,
                    {"grant_type": "password", "username": u, "password": p, "scope": f"{MOCK_ORIGIN}/.default"},
                )  # fmt: skip
                for u, p in credentials.users
            )
        except (MintingFailed, httpx.HTTPError) as error:
            raise RuntimeError(f"OUTLOOK_TOKEN_URL: {error}") from None
    if not tokens:
        raise RuntimeError("OUTLOOK_BASE_URL is set but OUTLOOK_TOKEN is not (nor OUTLOOK_TOKEN_URL with credentials)")
    return Target(base, tokens, credentials=credentials)
