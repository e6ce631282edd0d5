"""The mock's token endpoint, ``POST /common/oauth2/v2.0/token`` (resource-owner password grant).

Its errors use the OAuth 2.0 shape (RFC 6749 §5.2: ``{"error": "invalid_grant",
"error_description": ...}``) because that is what the real identity platform
answers and what OAuth libraries parse; it is not an OData endpoint.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from ..auth import ALL_SCOPES, LIFETIME_SECONDS, issue_token, normalise_scopes
from ..store import Tenant


def _oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


async def token_endpoint(request: Request, tenant: Tenant) -> JSONResponse:
    try:
        form = await request.form()
    except Exception:  # noqa: BLE001 - any unparsable body is the client's error
        return _oauth_error("invalid_request", "The body must be application/x-www-form-urlencoded.")
    if form.get("grant_type") != "password":
        return _oauth_error("unsupported_grant_type", "Only grant_type=password is supported by the mock tenant.")
    username, password = form.get("username"), form.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return _oauth_error("invalid_request", "username and password are required.")
    user = tenant.find_user(username)
    if user is None or user.password != password:
        return _oauth_error(
            "invalid_grant", "AADSTS50126: Error validating credentials due to invalid username or password."
        )
    scope = form.get("scope")
    scopes = normalise_scopes(scope) if isinstance(scope, str) and scope.strip() else ()
    scopes = scopes or ALL_SCOPES  # no scope asked: everything the mock knows
    return JSONResponse(
        {
            "token_type": "Bearer",
            "scope": " ".join(scopes),
            "expires_in": LIFETIME_SECONDS,
            "ext_expires_in": LIFETIME_SECONDS,
            "access_token": issue_token(tenant, user, scopes),
        }
    )
