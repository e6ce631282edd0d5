"""One API dialect mounted under a URL prefix: authenticate, route, call the handler, render errors."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .. import faults, ids
from ..auth import Principal, TenantLookup, authenticate, tenant_of_token
from ..errors import (
    ErrorAccessDenied,
    ErrorInvalidUser,
    ErrorNonExistentMailbox,
    InvalidAuthenticationToken,
    OutlookError,
    UnsupportedMediaType,
)
from ..faults import broken
from ..store import Tenant, User
from .http import Call, error_response, parse_prefer, parse_query, read_body
from .preconditions import Preconditions
from .routing import Router, Segment, split_path

__all__ = ["Dialect", "MAILBOX_SCOPE_KEY"]

_BODY_METHODS = {"POST", "PATCH", "PUT"}
MAILBOX_SCOPE_KEY = "outlook_mock.mailbox"  # the ASGI scope's entry naming the mailbox a request addressed


@dataclass
class Dialect:
    prefix: str  # e.g. "/api/v2.0", matched case-insensitively
    router: Router
    # How this dialect's clients write ids (v2.0: REST, the 2014 preview: EWS); the store keeps the canonical form.
    spelling: ids.Spelling = ids.Spelling.REST
    preconditions: Preconditions = field(init=False)  # If-Match on every write route

    def __post_init__(self) -> None:
        self.preconditions = Preconditions(self.router.routes)

    def owns(self, raw_path: str) -> bool:
        lowered = raw_path.lower()
        return lowered == self.prefix or lowered.startswith(self.prefix + "/")

    async def handle(
        self, request: Request, tenants: TenantLookup, resolved: _Resolved | None = None, ticket: Any = None
    ) -> Response:
        """Answer a request of the tenant its bearer token names (``tenants``: the server's registry).

        A tenant with planted faults or throttling/chaos is served through :meth:`_special` (which calls back
        with the request ``resolved``), so the others' requests pay nothing for those features.
        """
        # Everything is read from the ASGI scope once (Starlette's Request.url/.headers re-parse per access).
        scope = request.scope
        try:
            if resolved is None:
                head = _Head(scope["headers"])
                tenant, principal = self._authenticate(head.authorization, tenants)
                if tenant.faults or tenant.traffic is not None:
                    return await self._special(request, tenants, (head, tenant, principal))
            else:
                head, tenant, principal = resolved
            method = scope["method"]
            raw_path = _raw_path(scope)
            path = raw_path[len(self.prefix) :]
            sync_form = len(path) > 1 and path.endswith("/")  # e.g. …/tasks/?$deltatoken=…: GET only
            segments, owner = self._addressed(split_path(path), principal, tenant)
            if owner is not principal.user:  # Users('…')/… of another mailbox (app-only): act as its owner
                principal = replace(principal, user=owner)
            if ticket is not None:  # throttling.Ticket: limits are per app and mailbox
                refused = await ticket.admit(principal.app.client_id if principal.app else principal.client_id, owner)
                if refused is not None:
                    return refused
            route, params = self.router.match(method, segments, get_only=sync_form)
            params = {name: ids.read(value, self.spelling) for name, value in params.items()}
            if route.scopes:
                principal.require(*route.scopes)
            body = await read_body(scope, request.receive)
            content_type = (head.content_type or "application/json").split(";")[0].strip().lower()
            if body and method in _BODY_METHODS and not content_type.endswith("json"):
                raise UnsupportedMediaType(f"Content-Type '{content_type}' is not supported; send application/json.")
            call = Call(
                tenant=tenant,
                principal=principal,
                params=params,
                query=parse_query(_query_string(scope)),
                prefer=parse_prefer(head.prefer),
                base_url=f"{scope.get('scheme', 'http')}://{head.host or _server(scope)}{raw_path[: len(self.prefix)]}",
                body=body,
            )
            user = next(iter(tenant.users.values())) if broken("shared_mailbox") else principal.user
            if user is not None:
                scope[MAILBOX_SCOPE_KEY] = user.mailbox  # (for --data-dir: the mailbox this request may change)
            if_match = ", ".join(head.if_match) if head.if_match else None
            # No await from here on: the If-Match check and the write happen as one step.
            return self.preconditions.run(route, call, user.mailbox if user is not None else None, if_match)
        except OutlookError as error:
            return error_response(error)

    async def _special(self, request: Request, tenants: TenantLookup, resolved: _Resolved) -> Response:
        """A request of a tenant with planted faults (for this request only) or throttling/chaos."""
        _, tenant, _ = resolved
        with faults.in_tenant(tenant.faults):
            if tenant.traffic is None:
                return await self.handle(request, tenants, resolved)
            ticket = tenant.traffic.ticket()
            response: Response | None = None
            try:
                response = await self.handle(request, tenants, resolved, ticket)
                return response
            finally:
                ticket.release(response)

    @staticmethod
    def _addressed(segments: list[Segment], principal: Principal, tenant: Tenant) -> tuple[list[Segment], User | None]:
        """The path with its mailbox written ``Me``, and the owner of that mailbox.

        ``Me/…``, ``Users('{upn}')/…``, ``Users/{upn}/…`` and ``Users('{oid}@{tid}')/…`` (the form of every
        ``@odata.id``) all name a mailbox. A delegated token reaches only its user's own (403 for another one);
        an app-only token reaches any mailbox of its tenant by ``Users``, and has no ``Me`` (400).
        """
        first = segments[0] if segments else None
        if first is not None and first.name == "me" and first.key is None:
            if principal.app_only and broken("app_token_has_me"):
                return segments, next(iter(tenant.users.values()))  # some mailbox, as a careless server would
            if principal.app_only:
                raise ErrorInvalidUser(
                    "The requested user 'me' is invalid: an app-only token has no signed-in user. "
                    "Name the mailbox: /users/{id or SMTP address}/…"
                )
            return segments, principal.user
        if first is None or first.name != "users":
            return segments, principal.user  # e.g. $metadata: no mailbox
        address, rest = first.key, segments[1:]
        if address is not None and broken("odata_id_not_addressable"):
            return segments, principal.user  # Users('…')/… left unserved: 404
        if address is None and rest and rest[0].key is None:  # the Users/{address}/… form
            address, rest = rest[0].text, rest[1:]
        if address is None:
            return segments, principal.user  # the Users collection itself is not served: 404
        user = tenant.resolve_user(address)
        if user is None:
            raise ErrorNonExistentMailbox(f"The mailbox '{address}' does not exist in this tenant.")
        if not principal.app_only and user is not principal.user and not broken("other_mailboxes_open"):
            raise ErrorAccessDenied("Access is denied: another user's mailbox is not shared with the caller.")
        return [Segment("Me"), *rest], user

    @staticmethod
    def _authenticate(authorization: str | None, tenants: TenantLookup) -> tuple[Tenant, Principal]:
        try:
            return authenticate(tenants, authorization)
        except InvalidAuthenticationToken:
            tenant = tenant_of_token(tenants, authorization)
            with faults.in_tenant(tenant.faults):
                if not broken("accept_any_token"):
                    raise
            return tenant, Principal(next(iter(tenant.users.values())), frozenset({"tasks.readwrite"}))


class _Head:
    """The request headers a dialect reads, found in one pass over the ASGI header list."""

    __slots__ = ("authorization", "content_type", "host", "if_match", "prefer")

    def __init__(self, headers: list[tuple[bytes, bytes]]) -> None:
        self.authorization: str | None = None
        self.content_type: str | None = None
        self.host: str | None = None
        self.prefer: list[str] = []
        self.if_match: list[str] = []
        for name, value in headers:  # the first of a repeated header counts, as with Starlette's Headers
            if name == b"authorization":
                if self.authorization is None:
                    self.authorization = value.decode("latin-1")
            elif name == b"content-type":
                if self.content_type is None:
                    self.content_type = value.decode("latin-1")
            elif name == b"host":
                if self.host is None:
                    self.host = value.decode("latin-1")
            elif name == b"prefer":
                self.prefer.append(value.decode("latin-1"))
            elif name == b"if-match":
                self.if_match.append(value.decode("latin-1"))


def _raw_path(scope) -> str:
    raw = scope.get("raw_path")
    return raw.decode("latin-1").split("?", 1)[0] if raw is not None else scope["path"]


def _query_string(scope) -> str:
    raw = scope.get("query_string", b"")
    try:
        return raw.decode("utf-8")  # what Starlette's request.url.query gave
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _server(scope) -> str:
    """host[:port] of the socket, when the request named no Host (HTTP/1.0)."""
    host, port = scope.get("server") or ("localhost", None)
    default = {"http": 80, "https": 443}.get(scope.get("scheme", "http"))
    return host if port in (None, default) else f"{host}:{port}"


_Resolved = tuple[_Head, Tenant, Principal]  # a request's headers, tenant and caller, once authenticated
