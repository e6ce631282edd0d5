"""The mock tenant as one ASGI application."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import MethodNotAllowed, NotFound, OutlookError
from .store import Tenant
from .wire.dialect import Dialect
from .wire.http import error_response
from .wire.oauth import token_endpoint
from .wire.routing import Router
from .wire.v2.urls import ROUTES as V2_ROUTES

__all__ = ["create_app"]

_METHODS = ["GET", "POST", "PATCH", "PUT", "DELETE", "HEAD", "OPTIONS"]


def create_app(tenant: Tenant | None = None) -> Starlette:
    """A fresh mock tenant (two users by default) served over ASGI."""
    tenant = tenant or Tenant.with_default_users()
    dialects = [Dialect("/api/v2.0", Router(V2_ROUTES))]

    async def token(request: Request) -> Response:
        return await token_endpoint(request, tenant)

    async def dispatch(request: Request) -> Response:
        raw_path = request.scope.get("raw_path", b"").decode("latin-1").split("?", 1)[0] or request.url.path
        for dialect in dialects:
            if dialect.owns(raw_path):
                return await dialect.handle(request, tenant)
        return error_response(NotFound(f"No API is served at '{request.url.path}'."))

    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        error: OutlookError = MethodNotAllowed("Method not allowed.") if status == 405 else NotFound("Not found.")
        return error_response(error)

    app = Starlette(
        routes=[Route("/common/oauth2/v2.0/token", token, methods=["POST"]),
                Route("/{path:path}", dispatch, methods=_METHODS)],
        exception_handlers={404: http_error, 405: http_error},
    )
    app.state.tenant = tenant
    return app
