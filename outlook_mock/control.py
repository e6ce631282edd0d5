"""The control API under ``/_mock/`` (its contract: ``spec/mock-control.yaml``): tenants, snapshots, faults, traffic.

``/_mock/`` can't collide with Outlook's paths (they start with ``/api``, ``/ews`` or a tenant's token endpoint).
Everything but ``/_mock/health`` is off the network by default: it answers loopback clients (and in-process calls),
and other clients only when the server has a control token (``--control-token`` or ``OUTLOOK_MOCK_CONTROL_TOKEN``)
and they send it as ``Authorization: Bearer <control token>``.

A tenant is created from the tenant file's JSON shape (users, apps, seed, faults, throttling, chaos); its state
right after seeding is remembered, so ``reset`` brings it back (with the faults and traffic it was created with).
Snapshots are kept in the server's memory under opaque ids (not serialised: a blob a client could upload would be
state the mock never checked); ``restore`` puts the tenant's users, mailboxes and apps back as they were, keeping
its id and signing secret (its access tokens stay valid). Snapshots go with their tenant.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.responses import Response
from starlette.types import Receive, Scope

from . import faults
from .errors import (
    BadRequest,
    ErrorAccessDenied,
    ErrorNoSuchTenant,
    ErrorTenantExists,
    InvalidAuthenticationToken,
    MethodNotAllowed,
    NotFound,
    OutlookError,
    RequestBodyRead,
)
from .store import Tenant, TenantExists, TenantState
from .tenant_file import TenantDefinition, TenantFileError, tenant_definition
from .throttling import Chaos, SettingsError, Throttling, Traffic
from .wire.http import error_response, json_response, read_body

if TYPE_CHECKING:
    from .app import MockApp

__all__ = ["CONTROL_PREFIX", "CONTROL_TOKEN_ENV", "Control", "install"]

CONTROL_PREFIX = "/_mock/"
CONTROL_TOKEN_ENV = "OUTLOOK_MOCK_CONTROL_TOKEN"
MAX_SNAPSHOTS = 64  # per tenant: each is a full copy of its mailboxes
_MAX_CONTROL_BODY = 16 * 1024 * 1024  # a tenant with inline seed data
# Loopback addresses, and what in-process callers (Starlette's TestClient and the conformance suite) name themselves.
_LOOPBACK = re.compile(r"127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+|localhost|testclient")


@dataclass
class _Record:
    """What the control API keeps of a tenant: how to reset it, and its snapshots."""

    initial: TenantState
    faults: frozenset[str]
    throttling: Throttling | None
    chaos: Chaos | None
    snapshots: dict[str, tuple[TenantState, str]] = field(default_factory=dict)  # id -> (state, when)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def set_traffic(tenant: Tenant, throttling: Throttling | None, chaos: Chaos | None) -> None:
    """Switch a tenant's throttling and chaos (fresh counters; None and None: off, the request path untouched)."""
    traffic = Traffic(throttling, chaos)
    tenant.traffic = traffic if traffic.active else None


def install(app: MockApp, definition: TenantDefinition, *, default: bool = False) -> Tenant:
    """Serve a defined tenant: registered (unless it is the default one), seeded, its faults and traffic set,
    and its state remembered for ``reset``. Seeding runs before faults and throttling apply."""
    from .app import MockApp
    from .seeding import seed_app

    tenant = definition.tenant
    if not default:
        app.tenants.add(tenant)
    try:
        seeds = definition.seed if isinstance(definition.seed, list) else [definition.seed]
        for seed in seeds:
            if seed is not None:
                seed_app(MockApp(tenant), seed)
    except BaseException:
        if not default:
            app.tenants.remove(tenant)
        raise
    tenant.faults = set(definition.faults)
    set_traffic(tenant, definition.throttling, definition.chaos)
    app.control.remember(tenant)
    return tenant


Handler = Callable[..., Awaitable[Response]]


class Control:
    """The ``/_mock/`` endpoints of one app."""

    def __init__(self, app: MockApp, token: str | None = None) -> None:
        self.app = app
        self.token = token
        self.records: dict[str, _Record] = {}
        app.tenants.listeners.append(self._follow)
        for tenant in app.tenants:
            self.remember(tenant)
        self.routes: list[tuple[re.Pattern[str], dict[str, Handler]]] = [
            (re.compile(pattern), methods)
            for pattern, methods in (
                (r"/_mock/tenants", {"GET": self.list_tenants, "POST": self.create_tenant}),
                (r"/_mock/tenants/([^/]+)", {"GET": self.get_tenant, "DELETE": self.delete_tenant}),
                (r"/_mock/tenants/([^/]+)/reset", {"POST": self.reset_tenant}),
                (r"/_mock/tenants/([^/]+)/users", {"GET": self.list_users}),
                (r"/_mock/tenants/([^/]+)/snapshots", {"GET": self.list_snapshots, "POST": self.take_snapshot}),
                (r"/_mock/tenants/([^/]+)/snapshots/([^/]+)", {"DELETE": self.delete_snapshot}),
                (r"/_mock/tenants/([^/]+)/snapshots/([^/]+)/restore", {"POST": self.restore_snapshot}),
                (r"/_mock/tenants/([^/]+)/faults", {"GET": self.list_faults, "DELETE": self.clear_faults}),
                (r"/_mock/tenants/([^/]+)/faults/([^/]+)", {"PUT": self.plant_fault, "DELETE": self.clear_fault}),
                (
                    r"/_mock/tenants/([^/]+)/throttling",
                    {"GET": self.get_throttling, "PUT": self.put_throttling, "DELETE": self.delete_throttling},
                ),
                (
                    r"/_mock/tenants/([^/]+)/chaos",
                    {"GET": self.get_chaos, "PUT": self.put_chaos, "DELETE": self.delete_chaos},
                ),
                (r"/_mock/faults", {"GET": self.fault_catalogue}),
            )
        ]

    def remember(self, tenant: Tenant) -> None:
        """Take ``tenant``'s present state and settings as the ones ``reset`` goes back to."""
        traffic = tenant.traffic
        record = self.records.get(str(tenant.id))
        self.records[str(tenant.id)] = _Record(
            tenant.snapshot(),
            frozenset(tenant.faults),
            traffic.throttling if traffic else None,
            traffic.chaos if traffic else None,
            record.snapshots if record else {},
        )

    def _follow(self, event: str, tenant: Tenant) -> None:
        if event == "added":  # a tenant's first state is the one reset goes back to (install: after seeding)
            self.remember(tenant)
        elif event == "removed":
            self.records.pop(str(tenant.id), None)

    def _record(self, tenant: Tenant) -> _Record:
        if str(tenant.id) not in self.records:  # e.g. a tenant added with app.tenants.add(): its state now
            self.remember(tenant)
        return self.records[str(tenant.id)]

    # -- dispatch ---------------------------------------------------------------------------------
    async def handle(self, scope: Scope, receive: Receive) -> Response:
        try:
            self._authorise(scope)
            path = scope["path"].rstrip("/") or "/"
            for pattern, methods in self.routes:
                match = pattern.fullmatch(path)
                if match is None:
                    continue
                handler = methods.get(scope["method"])
                if handler is None:
                    raise MethodNotAllowed("Method not allowed.", tuple(methods))
                body = await read_body(scope, receive, _MAX_CONTROL_BODY)
                return await handler(*match.groups(), body=body, scope=scope)
            raise NotFound(f"No control endpoint at '{scope['path']}' (see spec/mock-control.yaml).")
        except OutlookError as error:
            return error_response(error)

    def _authorise(self, scope: Scope) -> None:
        client = scope.get("client")
        if client is None or _LOOPBACK.fullmatch(str(client[0])):
            return  # in-process, or from this machine
        if self.token is None:
            raise ErrorAccessDenied(
                "The control API answers loopback clients only; start the server with --control-token "
                "(or OUTLOOK_MOCK_CONTROL_TOKEN) to reach it from elsewhere."
            )
        for name, value in scope["headers"]:
            if name == b"authorization":
                scheme, _, given = value.decode("latin-1").partition(" ")
                if scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), self.token.encode()):
                    return
        raise InvalidAuthenticationToken("The control API needs 'Authorization: Bearer <control token>'.")

    def _tenant(self, reference: str) -> Tenant:
        from urllib.parse import unquote

        reference = unquote(reference)
        tenant = self.app.tenants.default if reference.lower() == "default" else self.app.tenants.find(reference)
        if tenant is None or reference.lower() in ("common", "organizations"):
            raise ErrorNoSuchTenant(f"No tenant '{reference}' is served (use its id, a domain, or 'default').")
        return tenant

    def _view(self, tenant: Tenant) -> dict[str, Any]:
        traffic = tenant.traffic
        return {
            "id": str(tenant.id),
            "default": tenant is self.app.tenants.default,
            "domains": sorted(tenant.domains),
            "tokenEndpoint": f"/{tenant.id}/oauth2/v2.0/token",
            "users": [_user(u) for u in tenant.users.values()],
            "apps": [
                {"clientId": a.client_id, "displayName": a.display_name, "permissions": list(a.roles)}
                for a in tenant.apps.values()
            ],
            "faults": sorted(tenant.faults),
            "throttling": traffic.throttling.to_json() if traffic and traffic.throttling else None,
            "chaos": traffic.chaos.to_json() if traffic and traffic.chaos else None,
        }

    # -- tenants ----------------------------------------------------------------------------------
    async def list_tenants(self, *, body: bytes, scope: Scope) -> Response:
        return json_response({"value": [self._view(t) for t in self.app.tenants]})

    async def create_tenant(self, *, body: bytes, scope: Scope) -> Response:
        document = _json(body)
        try:
            definition = tenant_definition(document, "tenant")
        except TenantFileError as error:
            raise BadRequest(str(error)) from None
        if self.app.tenants.get(str(definition.tenant.id)) is not None:
            raise ErrorTenantExists(f"A tenant with id {definition.tenant.id} is already served.")
        try:
            tenant = install(self.app, definition)
        except TenantExists as error:
            raise ErrorTenantExists(str(error)) from None
        except TenantFileError as error:  # the seed's SeedError: the API refused an entry
            raise BadRequest(str(error)) from None
        return json_response(self._view(tenant), 201, {"Location": f"/_mock/tenants/{tenant.id}"})

    async def get_tenant(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        return json_response(self._view(self._tenant(reference)))

    async def delete_tenant(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        if tenant is self.app.tenants.default:
            raise BadRequest("The default tenant can't be deleted; reset it instead.")
        self.app.tenants.remove(tenant)
        return Response(status_code=204)

    async def reset_tenant(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        record = self._record(tenant)
        self.app.tenants.restore(tenant, record.initial)
        tenant.faults = set(record.faults)
        set_traffic(tenant, record.throttling, record.chaos)
        return json_response(self._view(tenant))

    async def list_users(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        return json_response({"value": [_user(u) for u in self._tenant(reference).users.values()]})

    # -- snapshots --------------------------------------------------------------------------------
    async def list_snapshots(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        snapshots = self._record(self._tenant(reference)).snapshots
        return json_response({"value": [{"id": i, "createdDateTime": when} for i, (_, when) in snapshots.items()]})

    async def take_snapshot(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        snapshots = self._record(tenant).snapshots
        if len(snapshots) >= MAX_SNAPSHOTS:
            raise BadRequest(f"A tenant keeps at most {MAX_SNAPSHOTS} snapshots; delete one first.")
        snapshot_id, when = secrets.token_urlsafe(12), _now()
        snapshots[snapshot_id] = (tenant.snapshot(), when)
        location = f"/_mock/tenants/{tenant.id}/snapshots/{snapshot_id}"
        return json_response({"id": snapshot_id, "createdDateTime": when}, 201, {"Location": location})

    def _snapshot(self, tenant: Tenant, snapshot_id: str) -> TenantState:
        found = self._record(tenant).snapshots.get(snapshot_id)
        if found is None:
            raise NotFound(f"No snapshot '{snapshot_id}' of tenant {tenant.id}.")
        return found[0]

    async def restore_snapshot(self, reference: str, snapshot_id: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        self.app.tenants.restore(tenant, self._snapshot(tenant, snapshot_id))
        return json_response(self._view(tenant))

    async def delete_snapshot(self, reference: str, snapshot_id: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        self._snapshot(tenant, snapshot_id)
        del self._record(tenant).snapshots[snapshot_id]
        return Response(status_code=204)

    # -- faults -----------------------------------------------------------------------------------
    async def fault_catalogue(self, *, body: bytes, scope: Scope) -> Response:
        return json_response({"value": [{"name": f.name, "rule": f.rule} for f in faults.FAULTS.values()]})

    async def list_faults(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        return json_response({"value": sorted(self._tenant(reference).faults)})

    async def clear_faults(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        self._tenant(reference).faults = set()
        return Response(status_code=204)

    @staticmethod
    def _fault(name: str) -> str:
        if name not in faults.FAULTS:
            raise NotFound(f"No fault '{name}' (GET /_mock/faults lists them).")
        return name

    async def plant_fault(self, reference: str, name: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        tenant.faults = tenant.faults | {self._fault(name)}  # a new set: requests in flight keep theirs
        return Response(status_code=204)

    async def clear_fault(self, reference: str, name: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        tenant.faults = tenant.faults - {self._fault(name)}
        return Response(status_code=204)

    # -- throttling and chaos ---------------------------------------------------------------------
    async def get_throttling(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        traffic = self._tenant(reference).traffic
        return json_response(traffic.throttling.to_json() if traffic and traffic.throttling else {})

    async def put_throttling(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        document = _json(body, allow_string=True)
        try:
            throttling = Throttling.from_json(document)
        except (SettingsError, TypeError) as error:
            raise BadRequest(str(error)) from None
        set_traffic(tenant, throttling, tenant.traffic.chaos if tenant.traffic else None)
        return json_response(throttling.to_json())

    async def delete_throttling(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        set_traffic(tenant, None, tenant.traffic.chaos if tenant.traffic else None)
        return Response(status_code=204)

    async def get_chaos(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        traffic = self._tenant(reference).traffic
        return json_response(traffic.chaos.to_json() if traffic and traffic.chaos else {})

    async def put_chaos(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        try:
            chaos = Chaos.from_json(_json(body))
        except (SettingsError, TypeError) as error:
            raise BadRequest(str(error)) from None
        set_traffic(tenant, tenant.traffic.throttling if tenant.traffic else None, chaos)
        return json_response(chaos.to_json())

    async def delete_chaos(self, reference: str, *, body: bytes, scope: Scope) -> Response:
        tenant = self._tenant(reference)
        set_traffic(tenant, tenant.traffic.throttling if tenant.traffic else None, None)
        return Response(status_code=204)


def _user(user: Any) -> dict[str, Any]:
    return {"address": user.email, "displayName": user.display_name, "id": str(user.id)}


def _json(body: bytes, *, allow_string: bool = False) -> Any:
    try:
        value = json.loads(body or b"null")
    except ValueError:
        raise RequestBodyRead("The request body must be JSON.") from None
    if not isinstance(value, dict) and not (allow_string and isinstance(value, str)):
        raise RequestBodyRead("The request body must be a JSON object.")
    return value
