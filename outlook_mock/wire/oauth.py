"""The mock's token endpoint, ``POST /{tenant}/oauth2/v2.0/token``: the password and client-credentials grants.

``{tenant}`` is ``common`` or ``organizations`` (delegated sign-in only, as on the
identity platform: the server's default tenant, or the tenant owning the user's domain),
a tenant's id or one of its domains (``contoso.com``): the token is that tenant's.
Its errors use the OAuth 2.0 shape (RFC 6749 §5.2: ``{"error": "invalid_grant",
"error_description": ...}``) because that is what the real identity platform
answers and what OAuth libraries parse; it is not an OData endpoint.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from .. import faults
from ..auth import AUDIENCE, LIFETIME_SECONDS, grant_for, issue_app_token, issue_token
from ..store import Tenant, TenantRegistry
from ..store.tenant import MULTI_TENANT_AUTHORITIES as _MULTI_TENANT


def _oauth_error(error: str, description: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


def _token(access_token: str, scope: str) -> JSONResponse:
    return JSONResponse(
        {
            "token_type": "Bearer",
            "scope": scope,
            "expires_in": LIFETIME_SECONDS,
            "ext_expires_in": LIFETIME_SECONDS,
            "access_token": access_token,
        }
    )


async def token_endpoint(request: Request, tenants: TenantRegistry, authority: str = "common") -> JSONResponse:
    authority = authority.lower()
    if authority not in _MULTI_TENANT and tenants.find(authority) is None:
        return _oauth_error("invalid_request", f"AADSTS90002: Tenant '{authority}' not found.")
    try:
        form = await request.form()
    except Exception:  # noqa: BLE001 - any unparsable body is the client's error
        return _oauth_error("invalid_request", "The body must be application/x-www-form-urlencoded.")
    username = form.get("username")
    tenant = tenants.find(authority, username if isinstance(username, str) else None)
    if tenant is None:  # removed while the form arrived
        return _oauth_error("invalid_request", f"AADSTS90002: Tenant '{authority}' not found.")
    if tenant.faults:
        with faults.in_tenant(tenant.faults):
            return _grant(form, tenant, authority)
    return _grant(form, tenant, authority)


def _grant(form, tenant: Tenant, authority: str) -> JSONResponse:
    grant_type = form.get("grant_type")
    if grant_type == "password":
        return _password_grant(form, tenant)
    if grant_type == "client_credentials":
        if authority in _MULTI_TENANT:
            # The identity platform needs to know whose app registration it is: no /common for app-only tokens.
            return _oauth_error(
                "invalid_request",
                "The client credentials grant needs the tenant's own endpoint "
                "(/{tenant id or domain}/oauth2/v2.0/token), not /common or /organizations.",
            )
        return _client_credentials_grant(form, tenant)
    return _oauth_error(
        "unsupported_grant_type", "The mock tenant supports grant_type=password and grant_type=client_credentials."
    )


def _password_grant(form, tenant: Tenant) -> JSONResponse:
    username, password = form.get("username"), form.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return _oauth_error("invalid_request", "username and password are required.")
    user = tenant.find_user(username)
    if user is None or user.password != password:
        return _oauth_error(
            "invalid_grant", "AADSTS50126: Error validating credentials due to invalid username or password."
        )
    scope, client_id = form.get("scope"), form.get("client_id")
    grant = grant_for(scope if isinstance(scope, str) else None)
    # The client the user signed in to, as the token's appid (recorded, not checked: the mock registers no
    # public clients); per-app throttling counts by it.
    client = client_id.strip()[:128] if isinstance(client_id, str) else None
    token = issue_token(tenant, user, grant.scopes, audience=grant.audience, client_id=client)
    return _token(token, " ".join(grant.scopes))


def _client_credentials_grant(form, tenant: Tenant) -> JSONResponse:
    client_id, secret, scope = form.get("client_id"), form.get("client_secret"), form.get("scope")
    if not isinstance(client_id, str) or not isinstance(secret, str):
        return _oauth_error("invalid_request", "client_id and client_secret are required.")
    app = tenant.find_app(client_id)
    if app is None:
        return _oauth_error(
            "unauthorized_client", f"AADSTS700016: Application with identifier '{client_id}' was not found."
        )
    if app.secret != secret:
        return _oauth_error("invalid_client", "AADSTS7000215: Invalid client secret provided.", status=401)
    names = scope.split() if isinstance(scope, str) else []
    if len(names) != 1 or not names[0].lower().endswith("/.default"):
        return _oauth_error(
            "invalid_scope",
            "AADSTS1002012: The provided value for scope is not valid. Client credential flows must have a scope "
            f"value with /.default suffixed to the resource identifier (application ID URI), e.g. {AUDIENCE}/.default.",
        )
    return _token(issue_app_token(tenant, app), " ".join(app.roles))
