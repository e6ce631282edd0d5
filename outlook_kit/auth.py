"""Where a session's bearer tokens come from: a token (or a function giving one), or an OAuth 2.0 grant against
the server's token endpoint ``/{tenant}/oauth2/v2.0/token``, refreshed before it expires.

All three are ``httpx.Auth``: the grant's token request goes through the same client (and transport) as the API
calls, so it works against a served mock, a real server or the in-process mock alike, sync or async.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator
from typing import Any

import httpx

from .errors import TokenError

__all__ = ["AUDIENCE", "BearerToken", "ClientCredentialsGrant", "OAuthGrant", "PasswordGrant", "token_url"]

AUDIENCE = "https://outlook.office.com"
DEFAULT_SCOPE = f"{AUDIENCE}/.default"


def token_url(base_url: str, tenant: str = "common") -> str:
    """The identity endpoint of ``tenant`` (``common``, a tenant id or a domain) on the server at ``base_url``."""
    return f"{base_url.rstrip('/')}/{tenant}/oauth2/v2.0/token"


class BearerToken(httpx.Auth):
    """A token obtained elsewhere: a string, or a function called for every request (it may cache and refresh)."""

    def __init__(self, token: str | Callable[[], str]) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        token = self._token() if callable(self._token) else self._token
        request.headers["Authorization"] = f"Bearer {token}"
        yield request


class OAuthGrant(httpx.Auth):
    """A token from the token endpoint, asked for when first needed and again ``leeway`` seconds before it
    expires (``expires_in`` of the answer); a 401 with a token the grant issued is retried once with a new one.

    Two threads may both refresh at the same moment; each then uses a valid token (the second one wins)."""

    requires_response_body = True

    def __init__(self, url: str, *, scope: str | None = None, leeway: float = 60.0) -> None:
        self.url = url
        self.scope = scope
        self.leeway = leeway
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self.clock: Callable[[], float] = time.monotonic

    def form(self) -> dict[str, str]:  # pragma: no cover - each grant says its own
        raise NotImplementedError

    @property
    def expires_at(self) -> float:
        """When the current token expires, on ``clock`` (0 before the first token)."""
        return self._expires_at

    def _fresh(self) -> bool:
        return self._token is not None and self.clock() < self._expires_at - self.leeway

    def _token_request(self) -> httpx.Request:
        form = self.form()
        if self.scope is not None:
            form["scope"] = self.scope
        return httpx.Request("POST", self.url, data=form, headers={"Accept": "application/json"})

    def _store(self, response: httpx.Response) -> None:
        try:
            answer: Any = response.json()
        except ValueError:
            answer = {}
        if response.status_code != 200 or not isinstance(answer, dict) or "access_token" not in answer:
            error = answer.get("error") if isinstance(answer, dict) else None
            description = answer.get("error_description") if isinstance(answer, dict) else None
            raise TokenError(
                str(description or response.text[:500] or f"HTTP {response.status_code}"),
                code=str(error or "invalid_response"),
                status=response.status_code,
                body=response.content,
                method="POST",
                url=self.url,
            )
        lifetime = float(answer.get("expires_in", 3600))
        with self._lock:
            self._token = str(answer["access_token"])
            self._expires_at = self.clock() + lifetime

    def token(self, client: httpx.Client | None = None) -> str:
        """A valid token now, from ``client`` (default: a fresh one) if it needs to be asked for."""
        if not self._fresh():
            if client is None:
                with httpx.Client() as own:
                    self._store(own.send(self._token_request()))
            else:
                self._store(client.send(self._token_request()))
        assert self._token is not None
        return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._fresh():
            self._store((yield self._token_request()))
        sent = self._token
        request.headers["Authorization"] = f"Bearer {sent}"
        response = yield request
        if response.status_code == 401 and sent == self._token:
            self._store((yield self._token_request()))  # revoked or rotated keys: one new token, one retry
            request.headers["Authorization"] = f"Bearer {self._token}"
            yield request


class PasswordGrant(OAuthGrant):
    """A user's token (resource-owner password grant). ``scope`` None asks for everything consented."""

    def __init__(self, url: str, username: str, password: str, *, scope: str | None = None, **options: Any) -> None:
        super().__init__(url, scope=scope, **options)
        self.username = username
        self._password = password

    def form(self) -> dict[str, str]:
        return {"grant_type": "password", "username": self.username, "password": self._password}

    def __repr__(self) -> str:
        return f"PasswordGrant({self.url!r}, {self.username!r}, password=…)"


class ClientCredentialsGrant(OAuthGrant):
    """An app-only token (client-credentials grant), from the tenant's own endpoint (not ``/common``);
    the scope is the resource's ``/.default``."""

    def __init__(
        self, url: str, client_id: str, client_secret: str, *, scope: str = DEFAULT_SCOPE, **options: Any
    ) -> None:
        super().__init__(url, scope=scope, **options)
        self.client_id = client_id
        self._secret = client_secret

    def form(self) -> dict[str, str]:
        return {"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self._secret}

    def __repr__(self) -> str:
        return f"ClientCredentialsGrant({self.url!r}, {self.client_id!r}, client_secret=…)"
