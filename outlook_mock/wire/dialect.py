"""One API dialect mounted under a URL prefix: authenticate, route, call the handler, render errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.responses import Response

from ..auth import Principal, verify_token
from ..errors import (
    ErrorAccessDenied,
    ErrorNonExistentMailbox,
    InvalidAuthenticationToken,
    OutlookError,
    UnsupportedMediaType,
)
from ..faults import broken
from ..store import Tenant
from .http import Call, error_response, parse_prefer, parse_query
from .preconditions import Preconditions
from .routing import Router, Segment, split_path

__all__ = ["Dialect"]

_BODY_METHODS = {"POST", "PATCH", "PUT"}


@dataclass
class Dialect:
    prefix: str  # e.g. "/api/v2.0", matched case-insensitively
    router: Router
    # Serve ``Users('{address}')/…`` (the links the 2014 preview hands out) as ``Me/…`` for the caller.
    user_paths: bool = False
    preconditions: Preconditions = field(init=False)  # If-Match on every write route

    def __post_init__(self) -> None:
        self.preconditions = Preconditions(self.router.routes)

    def owns(self, raw_path: str) -> bool:
        lowered = raw_path.lower()
        return lowered == self.prefix or lowered.startswith(self.prefix + "/")

    async def handle(self, request: Request, tenant: Tenant) -> Response:
        try:
            raw_path = request.scope.get("raw_path", request.url.path.encode()).decode("latin-1").split("?", 1)[0]
            principal = self._authenticate(request, tenant)
            path = raw_path[len(self.prefix) :]
            sync_form = len(path) > 1 and path.endswith("/")  # e.g. …/tasks/?$deltatoken=…: GET only
            segments = split_path(path)
            if self.user_paths:
                segments = self._as_me(segments, principal, tenant)
            route, params = self.router.match(request.method, segments, get_only=sync_form)
            if route.scopes:
                principal.require(*route.scopes)
            body = await request.body()
            content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
            if body and request.method in _BODY_METHODS and not content_type.endswith("json"):
                raise UnsupportedMediaType(f"Content-Type '{content_type}' is not supported; send application/json.")
            call = Call(
                tenant=tenant,
                principal=principal,
                params=params,
                query=parse_query(request.url.query),
                prefer=parse_prefer(request.headers.getlist("prefer")),
                base_url=f"{request.url.scheme}://{request.url.netloc}{raw_path[: len(self.prefix)]}",
                body=body,
            )
            user = next(iter(tenant.users.values())) if broken("shared_mailbox") else principal.user
            if_match = ", ".join(request.headers.getlist("if-match")) if "if-match" in request.headers else None
            # No await from here on: the If-Match check and the write happen as one step.
            return self.preconditions.run(route, call, user.mailbox, if_match)
        except OutlookError as error:
            return error_response(error)

    @staticmethod
    def _as_me(segments: list[Segment], principal: Principal, tenant: Tenant) -> list[Segment]:
        first = segments[0] if segments else None
        if first is None or first.name != "users":
            return segments
        address, rest = first.key, segments[1:]
        if address is None and rest and rest[0].key is None:  # the Users/{address}/… form
            address, rest = rest[0].text, rest[1:]
        if address is None:
            return segments
        user = tenant.find_user(address)
        if user is None:
            raise ErrorNonExistentMailbox(f"The mailbox '{address}' does not exist in this tenant.")
        if user is not principal.user:
            raise ErrorAccessDenied("Access is denied: another user's mailbox is not shared with the caller.")
        return [Segment("Me"), *rest]

    @staticmethod
    def _authenticate(request: Request, tenant: Tenant) -> Principal:
        try:
            return verify_token(tenant, request.headers.get("authorization"))
        except InvalidAuthenticationToken:
            if not broken("accept_any_token"):
                raise
            return Principal(next(iter(tenant.users.values())), frozenset({"tasks.readwrite"}))
