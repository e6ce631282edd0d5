"""The mock tenant as one ASGI application."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import ids
from .errors import MethodNotAllowed, NotFound, OutlookError
from .store import Tenant
from .wire.dialect import Dialect
from .wire.http import error_response
from .wire.oauth import token_endpoint
from .wire.preview.urls import ROUTES as PREVIEW_ROUTES
from .wire.routing import Router
from .wire.v2.urls import ROUTES as V2_ROUTES

__all__ = ["create_app"]


class _AnyMethod:
    """An ASGI endpoint for ``handler``.

    Starlette hands a function endpoint only the methods it lists and answers every
    other one itself; an ASGI endpoint gets all of them, so unknown methods (TRACE,
    QUERY, ...) reach the dialect's router, which answers an OData 405 with ``Allow``.
    """

    def __init__(self, handler: Callable[[Request], Awaitable[Response]]) -> None:
        self.handler = handler

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = await self.handler(Request(scope, receive))
        await response(scope, receive, send)


def create_app(tenant: Tenant | None = None) -> Starlette:
    """A fresh mock tenant (two users by default) served over ASGI."""
    tenant = tenant or Tenant.with_default_users()
    v2 = Router(V2_ROUTES)
    # Seed 001 uses /api/beta in two examples: the beta endpoint serves the v2.0 resources too.
    dialects = [
        Dialect("/api/v2.0", v2),
        Dialect("/api/beta", v2),
        # The 2014 preview: another wire format over the same mailboxes (the seed writes /EWS/OData too).
        Dialect("/ews/odata", Router(PREVIEW_ROUTES), ids.Spelling.EWS),
    ]

    async def token(request: Request) -> Response:
        return await token_endpoint(request, tenant, request.path_params["authority"])

    async def dispatch(request: Request) -> Response:
        raw_path = request.scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0] or request.url.path
        for dialect in dialects:
            if dialect.owns(raw_path):
                return await dialect.handle(request, tenant)
        return error_response(NotFound(f"No API is served at '{request.url.path}'."))

    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        if status == 405:
            allow = (getattr(exc, "headers", None) or {}).get("Allow", "")  # Starlette names the route's methods
            methods = tuple(method.strip() for method in allow.split(",") if method.strip())
            error: OutlookError = MethodNotAllowed("Method not allowed.", methods)
        else:
            error = NotFound("Not found.")
        return error_response(error)

    app = Starlette(
        routes=[
            Route("/{authority}/oauth2/v2.0/token", token, methods=["POST"]),  # common, or the tenant's id/domain
            Route("/{path:path}", _AnyMethod(dispatch)),
        ],
        exception_handlers={404: http_error, 405: http_error},
    )
    app.state.tenant = tenant
    return app
