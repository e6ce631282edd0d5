"""The mock tenants as one ASGI application.

A plain ASGI callable rather than a Starlette application: every request is either the token endpoint,
the health probe or one of the dialects, so Starlette's middleware stack, route regexes and exception
middleware were per-request work (12 % of the server's CPU, issue 8) that decided nothing.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.metadata
import logging
import re

from starlette.datastructures import State
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from . import ids
from .auth import forget_verified
from .errors import MethodNotAllowed, NotFound, OutlookError, UriTooLong
from .notifier import Notifier
from .notifier import serve as serve_notifications
from .persistence import Persistence
from .store import Tenant, TenantRegistry
from .wire.dialect import MAILBOX_SCOPE_KEY, Dialect
from .wire.http import MAX_URL_BYTES, error_response, json_response
from .wire.oauth import token_endpoint
from .wire.preview.urls import ROUTES as PREVIEW_ROUTES
from .wire.routing import Router
from .wire.v2.urls import ROUTES as V2_ROUTES

__all__ = ["HEALTH_PATH", "MockApp", "create_app"]

log = logging.getLogger("outlook_mock")

# The identity platform's token endpoint: /common/…, or the tenant's own (its id or domain).
TOKEN_PATH = re.compile(r"/([^/]+)/oauth2/v2\.0/token")
HEALTH_PATH = "/_mock/health"
CONTROL_PREFIX = "/_mock/"
_MAX_FORM_BYTES = 64 * 1024  # a token request is a few hundred bytes of form
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class _FormTooLarge(Exception):
    pass


def _version() -> str:
    try:
        return importlib.metadata.version("outlook-contract-kit")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


class MockApp:
    """The mock tenants over ASGI: the token endpoint, ``/_mock/health`` and the dialects.

    ``tenants`` holds every tenant served (``tenant``: the default one). A request of the APIs belongs to the
    tenant its bearer token names (``tid``, found in O(1) by the cache of verified tokens); a token request to
    the tenant its path names (``/{tenant id or domain}/oauth2/v2.0/token``; ``/common``: the default tenant).
    With ``persistence`` (``--data-dir``; its root is ``tenants``), what each request changed is saved before
    its response is sent.
    """

    def __init__(
        self,
        tenants: Tenant | TenantRegistry,
        *,
        control_token: str | None = None,
        persistence: Persistence | None = None,
    ) -> None:
        from .control import Control

        self.tenants = tenants if isinstance(tenants, TenantRegistry) else TenantRegistry(tenants)
        self.tenants.listeners.append(forget_verified)
        self.control = Control(self, control_token)  # /_mock/…: tenants, snapshots, faults, throttling
        self.state = State({"tenant": self.tenants.default, "tenants": self.tenants})
        self.persistence: Persistence | None = None
        self._commit: asyncio.Future[bool] | None = None  # the group commit under way (see ``_saved``)
        if persistence is not None:
            self.keep_in(persistence)
        self.dialects = _dialects()

    def keep_in(self, persistence: Persistence) -> None:
        """Save the tenants there from now on, each request's changes before its answer (``--data-dir``)."""
        self.persistence = persistence
        self.tenants.listeners.append(persistence.tenant_changed)

    @property
    def tenant(self) -> Tenant:
        """The default tenant (``/common``'s; the only one unless tenants were added)."""
        return self.tenants.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            try:
                response = await self.respond(scope, receive)
            except Exception:
                if self.persistence is not None:
                    self._save(scope)  # whatever the failed request changed, memory and disk agree on it
                # An answer the client can parse, then the exception for the server's log (and the TestClient).
                await error_response(OutlookError("The server failed to process the request."))(scope, receive, send)
                raise
            if self.persistence is not None and not await self._saved(scope):
                response = error_response(
                    OutlookError("The change could not be saved to the data directory; it may be lost on restart.")
                )
            await response(scope, receive, send)
        elif scope["type"] == "lifespan":
            await _lifespan(receive, send, self.persistence)

    def _mark(self, scope: Scope) -> Persistence:
        """Tell the persistence what the request may have changed beyond what its tables and logs report."""
        persistence = self.persistence
        assert persistence is not None
        if scope["method"] not in _READS:
            mailbox = scope.get(MAILBOX_SCOPE_KEY)
            if mailbox is not None:
                persistence.touched(mailbox)
            if scope["path"].startswith("/_mock/"):
                persistence.touched_tenants()
        return persistence

    def _save(self, scope: Scope) -> bool:
        """Save what the request changed, now; False if that failed (the error is logged)."""
        self._mark(scope)
        return self._save_pending()

    async def _saved(self, scope: Scope) -> bool:
        """Wait until what the request changed is saved (``--data-dir``); False if that failed.

        A group commit: the requests handled in one turn of the event loop are saved in one transaction, at
        the end of that turn, and each is answered after it. A request that changed nothing still waits for a
        commit under way: what it read may be a write not saved yet, which it must not be the first to show."""
        persistence = self._mark(scope)
        commit = self._commit
        if commit is None:
            if not persistence.pending():
                return True
            loop = asyncio.get_running_loop()
            commit = self._commit = loop.create_future()
            loop.call_soon(self._run_commit, commit)
        return await asyncio.shield(commit)

    def _run_commit(self, commit: asyncio.Future[bool]) -> None:
        self._commit = None
        commit.set_result(self._save_pending())

    def _save_pending(self) -> bool:
        persistence = self.persistence
        assert persistence is not None
        try:
            persistence.flush()
        except Exception:
            log.exception("outlook-mock: saving to %s failed", persistence.directory)
            return False
        return True

    async def respond(self, scope: Scope, receive: Receive) -> Response:
        raw = scope.get("raw_path")
        if len(raw if raw is not None else scope["path"]) + len(scope.get("query_string", b"")) > MAX_URL_BYTES:
            return error_response(UriTooLong(f"The request URL is longer than the limit of {MAX_URL_BYTES:,} bytes."))
        raw_path = raw.decode("latin-1").split("?", 1)[0] if raw is not None else scope["path"]
        for dialect in self.dialects:
            if dialect.owns(raw_path):
                return await dialect.handle(Request(scope, receive), self.tenants)
        path = scope["path"]
        token = TOKEN_PATH.fullmatch(path)
        if token:
            if scope["method"] != "POST":
                return error_response(MethodNotAllowed("Method not allowed.", ("POST",)))
            request = Request(scope, _capped(receive, _MAX_FORM_BYTES))
            return await token_endpoint(request, self.tenants, token[1])
        if path == HEALTH_PATH:
            if scope["method"] not in ("GET", "HEAD"):
                return error_response(MethodNotAllowed("Method not allowed.", ("GET", "HEAD")))
            return json_response({"status": "ok", "version": _version()})
        if path.startswith(CONTROL_PREFIX):
            return await self.control.handle(scope, receive)
        return error_response(NotFound(f"No API is served at '{path}'."))


@functools.cache  # the URL maps are fixed: every app (a test's fresh tenant) shares their routers and tables
def _dialects() -> list[Dialect]:
    v2 = Router(V2_ROUTES)
    # Seed 001 uses /api/beta in two examples: the beta endpoint serves the v2.0 resources too.
    return [
        Dialect("/api/v2.0", v2),
        Dialect("/api/beta", v2),
        # The 2014 preview: another wire format over the same mailboxes (the seed writes /EWS/OData too).
        Dialect("/ews/odata", Router(PREVIEW_ROUTES), ids.Spelling.EWS),
    ]


def _capped(receive: Receive, limit: int) -> Receive:
    """``receive`` that fails once more than ``limit`` body bytes arrived (the token endpoint answers 400)."""
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > limit:
            raise _FormTooLarge(f"the form is larger than {limit} bytes")
        return message

    return capped


async def _lifespan(receive: Receive, send: Send, persistence: Persistence | None) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            if persistence is not None:
                persistence.close()  # (everything acknowledged is saved already: this folds the log in)
            await send({"type": "lifespan.shutdown.complete"})
            return


def create_app(
    tenant: Tenant | TenantRegistry | None = None,
    *,
    control_token: str | None = None,
    notifier: Notifier | None = None,
    persistence: Persistence | None = None,
) -> MockApp:
    """A fresh mock tenant (two users by default) served over ASGI; more tenants: ``app.tenants.add(...)`` or
    ``POST /_mock/tenants``. ``control_token``: what non-loopback clients of the control API must send.

    ``notifier``: what sends the default tenant's push notifications (in-process, e.g.
    ``Notifier(transport=httpx.MockTransport(...))``); default: the process's shared one, over the network
    (see ``notifier.py``). ``persistence``: where the tenants are saved as they change (``--data-dir``)."""
    app = MockApp(tenant or Tenant.with_default_users(), control_token=control_token, persistence=persistence)
    if notifier is not None:
        serve_notifications(app.tenant, notifier)
    return app
