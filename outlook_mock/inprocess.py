"""Using the mock tenant from a test: in-process through httpx (no sockets), or on a real loopback socket.

- :class:`InProcessTransport` is one httpx transport for both ``httpx.Client`` and ``httpx.AsyncClient``:
  async requests go straight to ``httpx.ASGITransport``; sync ones run the same ASGI call on a private
  event loop in a daemon thread. A thread rather than ``loop.run_until_complete`` so a sync client also
  works from inside a running event loop (an async test calling sync code). Starlette's ``TestClient``
  is not used: it warns that its httpx use is deprecated.
- :func:`mock_tenant` gives a :class:`MockTenant`: a fresh tenant, its users' tokens, authorised httpx
  clients and the generated clients bound to it (what the ``outlook_tenant`` pytest fixture yields).
- :func:`serving` serves a tenant on a free loopback port from a background uvicorn thread (like moto's
  ``mock_aws`` or pytest-httpserver), for code that only takes a URL.

Requests of the sync and the async client run on different threads: don't interleave them in flight
(one request at a time, as a test naturally does); the store is not meant for concurrent threads.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from . import faults as _faults
from .store import Tenant

__all__ = ["InProcessTransport", "MockTenant", "MockUser", "build_app", "mock_tenant", "serving"]

ORIGIN = "https://outlook.office.com"  # what the mock's links look like in-process, as on the real service
V2_ROOT = "/api/v2.0"
PREVIEW_ROOT = "/ews/odata"
TOKEN_PATH = "/common/oauth2/v2.0/token"
PathLike = str | os.PathLike[str]


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport that calls an ASGI app in-process, for sync and async clients alike."""

    def __init__(self, app: Any, *, raise_app_exceptions: bool = True) -> None:
        self.app = app
        self._asgi = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._asgi.handle_async_request(request)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a sync body becomes a ByteStream, which the ASGI transport can iterate asynchronously
        return asyncio.run_coroutine_threadsafe(self._buffered(request), self._private_loop()).result()

    async def _buffered(self, request: httpx.Request) -> httpx.Response:
        response = await self._asgi.handle_async_request(request)
        body = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(body),
            extensions=response.extensions,
        )

    def _private_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="outlook-mock-inprocess", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def close(self) -> None:
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=10)
            loop.close()

    async def aclose(self) -> None:
        await self._asgi.aclose()


def build_app(
    tenant_file: PathLike | None = None,
    seed: PathLike | None = None,
    *,
    tenant: Tenant | None = None,
    faults: Iterable[str] = (),
    throttling: Any = None,
    chaos: Any = None,
    control_token: str | None = None,
) -> Any:
    """The mock's ASGI app over ``tenant``, or the tenants ``tenant_file`` describes (default: the two
    default users; the file's first tenant is the default one), each filled from its seed data, and the default
    tenant also from the ``seed`` file (refused as the API would refuse it). ``faults``, ``throttling`` and
    ``chaos`` (``throttling.Throttling``/``Chaos``) are added to the default tenant's own."""
    from .app import create_app
    from .control import install
    from .tenant_file import TenantDefinition, load_tenants

    if tenant is not None and tenant_file is not None:
        raise TypeError("give either a tenant or a tenant file, not both")
    if tenant_file is not None:
        definitions = load_tenants(tenant_file)
    else:
        definitions = [TenantDefinition(tenant or Tenant.with_default_users())]
    default = definitions[0]
    if seed is not None:
        default.seed = [s for s in (default.seed, seed) if s is not None]
    default.faults = [*default.faults, *_faults.check_names(faults)]  # an unknown name: KeyError
    default.throttling = throttling or default.throttling
    default.chaos = chaos or default.chaos
    app = create_app(default.tenant, control_token=control_token)
    install(app, default, default=True)
    for definition in definitions[1:]:
        install(app, definition)
    return app


def key(value: str) -> str:
    """An id as it goes between the quotes of a key segment (``taskfolders('…')``): ids hold ``/ + =``."""
    return quote(value, safe="")


def password_token(http: httpx.Client, address: str, password: str, scope: str | None = None) -> str:
    """A user's access token from the mock's own token endpoint (resource-owner password grant)."""
    form = {"grant_type": "password", "username": address, "password": password}
    if scope is not None:
        form["scope"] = scope
    answer = http.post(TOKEN_PATH, data=form)
    if answer.status_code != 200:
        raise RuntimeError(f"the mock refused a token for {address}: {answer.status_code} {answer.text}")
    return answer.json()["access_token"]


@dataclass
class MockUser:
    address: str
    display_name: str
    password: str
    token: str  # every scope; :meth:`MockTenant.token` gives narrower ones


@dataclass
class MockTenant:
    """A fresh mock tenant in-process: its users, their tokens, and clients bound to it (no sockets).

    ``client`` (async) and ``sync_client`` are httpx clients at the server root, authorised as the main
    (first) user; ``v2`` and ``preview`` are the generated clients (``outlook_v2_client`` and
    ``outlook_preview_client``) for the main user; ``http``, ``async_http``, ``v2_client`` and
    ``preview_client`` give the same for any user, by address.
    """

    app: Any
    transport: InProcessTransport
    users: dict[str, MockUser]  # by lower-case address, in the tenant's order
    origin: str = ORIGIN
    _closing: list[Any] = field(default_factory=list, repr=False)

    @property
    def tenant(self) -> Tenant:
        """The store behind the app (for white-box assertions; tests of behaviour should use HTTP)."""
        return self.app.state.tenant

    @property
    def user(self) -> MockUser:
        """The main user: the first of the tenant."""
        return next(iter(self.users.values()))

    def _user(self, address: str | None) -> MockUser:
        if address is None:
            return self.user
        try:
            return self.users[address.lower()]
        except KeyError:
            raise KeyError(f"no user {address!r} in this tenant (users: {', '.join(self.users)})") from None

    def token(self, address: str | None = None, scope: str | None = None) -> str:
        """A fresh token of ``address`` (default: the main user), limited to ``scope`` if given."""
        user = self._user(address)
        with httpx.Client(transport=self.transport, base_url=self.origin) as http:
            return password_token(http, user.address, user.password, scope)

    def _headers(self, address: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._user(address).token}"}

    def http(self, address: str | None = None, *, base_url: str | None = None) -> httpx.Client:
        client = httpx.Client(
            transport=self.transport, base_url=base_url or self.origin, headers=self._headers(address)
        )
        self._closing.append(client)
        return client

    def async_http(self, address: str | None = None, *, base_url: str | None = None) -> httpx.AsyncClient:
        client = httpx.AsyncClient(
            transport=self.transport, base_url=base_url or self.origin, headers=self._headers(address)
        )
        self._closing.append(client)
        return client

    def v2_client(self, address: str | None = None, **options: Any) -> Any:
        """``outlook_v2_client.AuthenticatedClient`` of ``address``; ``.sync``/``.asyncio`` calls both work."""
        from outlook_v2_client import AuthenticatedClient

        return AuthenticatedClient(
            base_url=self.origin + V2_ROOT,
            token=self._user(address).token,
            httpx_args={"transport": self.transport},
            **options,
        )

    def preview_client(self, address: str | None = None, **options: Any) -> Any:
        """``outlook_preview_client.AuthenticatedClient`` of ``address`` (the 2014 preview Calendar API)."""
        from outlook_preview_client import AuthenticatedClient

        return AuthenticatedClient(
            base_url=self.origin + PREVIEW_ROOT,
            token=self._user(address).token,
            httpx_args={"transport": self.transport},
            **options,
        )

    @property
    def client(self) -> httpx.AsyncClient:
        return self._cached("client", self.async_http)

    @property
    def sync_client(self) -> httpx.Client:
        return self._cached("sync_client", self.http)

    @property
    def v2(self) -> Any:
        return self._cached("v2", self.v2_client)

    @property
    def preview(self) -> Any:
        return self._cached("preview", self.preview_client)

    def _cached(self, name: str, make: Any) -> Any:
        cache = self.__dict__.setdefault("_cache", {})
        if name not in cache:
            cache[name] = make()
        return cache[name]

    def close(self) -> None:
        for client in self._closing:
            if isinstance(client, httpx.Client):
                client.close()
            # An AsyncClient over this transport holds nothing to release (no connection pool).
        self._closing.clear()
        self.transport.close()


@contextlib.contextmanager
def mock_tenant(
    tenant_file: PathLike | None = None,
    seed: PathLike | None = None,
    *,
    tenant: Tenant | None = None,
    origin: str = ORIGIN,
) -> Iterator[MockTenant]:
    """A fresh :class:`MockTenant` (the ``outlook_tenant`` fixture outside pytest)."""
    app = build_app(tenant_file, seed, tenant=tenant)
    transport = InProcessTransport(app)
    users: dict[str, MockUser] = {}
    try:
        with httpx.Client(transport=transport, base_url=origin) as http:
            for user in app.state.tenant.users.values():
                token = password_token(http, user.email, user.password)
                users[user.email] = MockUser(user.email, user.display_name, user.password, token)
        mock = MockTenant(app, transport, users, origin)
    except BaseException:
        transport.close()
        raise
    try:
        yield mock
    finally:
        mock.close()


@contextlib.contextmanager
def serving(
    tenant_file: PathLike | None = None,
    seed: PathLike | None = None,
    *,
    tenant: Tenant | None = None,
    host: str = "127.0.0.1",
    port: int = 0,
    faults: Iterable[str] = (),
    log_level: str = "warning",
    startup_seconds: float = 30.0,
) -> Iterator[str]:
    """Serve a fresh mock tenant on a real socket from a background thread; yields its root URL.

    ``port=0`` (the default) takes a free port: the socket is bound before the server starts, so there is
    no race with another process. ``faults`` are planted in the served default tenant (as ``--plant-fault``);
    more tenants, and faults, throttling and chaos in each: the control API at ``{url}/_mock/``.
    """
    import uvicorn

    app = build_app(tenant_file, seed, tenant=tenant, faults=faults)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    with contextlib.ExitStack() as stack:
        stack.callback(sock.close)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.set_inheritable(True)
        config = uvicorn.Config(app, log_level=log_level, access_log=False, lifespan="off")
        server = uvicorn.Server(config)  # signal handlers are left alone outside the main thread
        failure: list[BaseException] = []

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as error:  # noqa: BLE001 - reported to the caller below
                failure.append(error)

        thread = threading.Thread(target=run, name="outlook-mock-serving", daemon=True)
        thread.start()
        deadline = time.monotonic() + startup_seconds
        while not server.started:
            if failure or not thread.is_alive():
                raise RuntimeError("the mock tenant's server did not start") from (failure[0] if failure else None)
            if time.monotonic() > deadline:
                server.should_exit = True
                raise RuntimeError(f"the mock tenant's server did not start within {startup_seconds:g} s")
            threading.Event().wait(0.01)
        bound_host, bound_port = sock.getsockname()[:2]
        shown = f"[{bound_host}]" if family == socket.AF_INET6 else bound_host
        try:
            yield f"http://{shown}:{bound_port}"
        finally:
            server.should_exit = True
            thread.join(timeout=10)
