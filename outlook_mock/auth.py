"""Access tokens: the mock is its own identity provider (signed JWTs, HS256).

Two kinds of token, as the identity platform issued them for Outlook:
*delegated* (a user signed in; ``scp`` lists the scopes, ``oid``/``upn`` name the
user) and *app-only* (OAuth 2.0 client credentials of an app registration;
``roles`` lists its application permissions, no user). Every token is checked
for its signature, expiry, ``iss`` (this tenant's issuer), ``aud`` (this API) and
``tid``. Scopes are compared without their resource prefix and case-insensitively,
so ``https://outlook.office.com/Tasks.ReadWrite`` and ``tasks.readwrite`` are the same.
"""

from __future__ import annotations

import functools
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Protocol

import jwt

from . import faults
from .errors import ErrorAccessDenied, InvalidAudience, InvalidAuthenticationToken
from .faults import broken
from .store import AppRegistration, Tenant, User
from .store.tenant import PERMISSIONS

__all__ = [
    "ALL_SCOPES",
    "AUDIENCE",
    "SIGN_IN_AUDIENCE",
    "Principal",
    "Grant",
    "VerifiedTokens",
    "authenticate",
    "forget_verified",
    "tenant_of_token",
    "grant_for",
    "issue_token",
    "issue_app_token",
    "verify_token",
    "verify_token_cached",
    "normalise_scopes",
]

AUDIENCE = "https://outlook.office.com"
# Where the identity platform sends a token whose request named only sign-in scopes (openid, profile, email,
# offline_access): to Microsoft Graph, for the user's own profile. Such a token is no good for this API (401).
SIGN_IN_AUDIENCE = "https://graph.microsoft.com"
LIFETIME_SECONDS = 3600
ALL_SCOPES = PERMISSIONS
_SIGN_IN_SCOPES = {"openid", "profile", "email", "offline_access"}


@dataclass(frozen=True)
class Principal:
    """Who calls: a signed-in user (delegated token), or an app acting on ``user``'s mailbox (app-only token)."""

    user: User | None  # None: an app-only token before its request named a mailbox
    scopes: frozenset[str]  # lower-case, without resource prefix: ``scp`` or, for an app, ``roles``
    app: AppRegistration | None = None  # set for app-only tokens
    client_id: str = ""  # the client a delegated token was issued to (its ``appid``), when the sign-in named one

    @property
    def app_only(self) -> bool:
        return self.app is not None

    def require(self, *any_of: str) -> None:
        """Raise 403 unless the token carries one of ``any_of``."""
        if self.app_only and broken("app_roles_ignored"):
            return
        if self.scopes.isdisjoint(_lowered(any_of)):
            kind = "application permissions (roles)" if self.app_only else "scopes"
            raise ErrorAccessDenied(f"Access is denied. The token needs one of the {kind}: {', '.join(any_of)}.")


@functools.lru_cache(maxsize=256)  # a route's scopes, lower-cased once rather than on every request
def _lowered(scopes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s.lower() for s in scopes)


@dataclass(frozen=True)
class Grant:
    """What the identity platform issues for a ``scope`` request: the token's audience and its scopes."""

    audience: str
    scopes: tuple[str, ...]


def normalise_scopes(text: str) -> tuple[str, ...]:
    """The resource scopes named in a space-separated ``scope`` value, as given (prefix stripped)."""
    out = []
    for scope in text.split():
        name = scope.rsplit("/", 1)[-1]
        if name and name.lower() not in _SIGN_IN_SCOPES and name.lower() != ".default":
            out.append(name)
    return tuple(out)


def grant_for(scope: str | None) -> Grant:
    """The token the identity platform would issue for a delegated request asking ``scope``.

    ``.default`` (or, a mock convenience, no ``scope`` at all): every permission consented, which in the
    mock tenant is all of them. Named resource scopes: exactly those. Sign-in scopes only (``openid profile
    offline_access``): an ID token's companion access token for Microsoft Graph, carrying no Outlook scope, so a
    client that forgot its resource scopes is told by a 401 ``InvalidAudience`` on its first call.
    """
    text = (scope or "").strip()
    names = {s.rsplit("/", 1)[-1].lower() for s in text.split()}
    if not text or ".default" in names:
        return Grant(AUDIENCE, ALL_SCOPES)
    resource = normalise_scopes(text)
    if resource:
        return Grant(AUDIENCE, resource)
    if broken("sign_in_scopes_grant_everything"):
        return Grant(AUDIENCE, ALL_SCOPES)
    return Grant(SIGN_IN_AUDIENCE, tuple(s for s in text.split() if s.lower() != "offline_access"))


def _claims(tenant: Tenant, audience: str, now: float | None) -> dict:
    now = time.time() if now is None else now
    return {
        "aud": audience,
        "iss": tenant.issuer,
        "tid": str(tenant.id),
        "iat": int(now),
        "nbf": int(now),
        "exp": int(now) + LIFETIME_SECONDS,
    }


def issue_token(
    tenant: Tenant,
    user: User,
    scopes: tuple[str, ...],
    now: float | None = None,
    audience: str = AUDIENCE,
    client_id: str | None = None,
) -> str:
    """A delegated token of ``user`` carrying ``scopes`` (``scp``), issued to ``client_id`` (``appid``) if given."""
    claims = _claims(tenant, audience, now) | {
        "oid": str(user.id),
        "upn": user.email,
        "name": user.display_name,
        "scp": " ".join(scopes),
    }
    if client_id:
        claims["appid"] = client_id
    return jwt.encode(claims, tenant.secret, algorithm="HS256")


def issue_app_token(tenant: Tenant, app: AppRegistration, now: float | None = None) -> str:
    """An app-only token of ``app`` carrying its application permissions (``roles``), no user."""
    claims = _claims(tenant, AUDIENCE, now) | {
        "oid": str(app.object_id),
        "appid": app.client_id,
        "app_displayname": app.display_name,
        "idtyp": "app",
        "roles": list(app.roles),
    }
    return jwt.encode(claims, tenant.secret, algorithm="HS256")


def verify_token(tenant: Tenant, authorization: str | None) -> Principal:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise InvalidAuthenticationToken("Access token is empty or not a bearer token.")
    required = ["exp", "aud", "oid", "tid"] if broken("token_issuer_unchecked") else ["exp", "aud", "iss", "oid", "tid"]
    try:
        claims = jwt.decode(
            token.strip(),
            tenant.secret,
            algorithms=["HS256"],
            issuer=None if broken("token_issuer_unchecked") else tenant.issuer,
            options={"require": required, "verify_aud": False},  # the audience is checked below, with its own code
        )
    except jwt.ExpiredSignatureError:
        raise InvalidAuthenticationToken("Access token has expired.") from None
    except (jwt.InvalidIssuerError, jwt.MissingRequiredClaimError) as error:
        raise InvalidAuthenticationToken(f"Access token validation failure: {error}.") from None
    except jwt.PyJWTError:
        raise InvalidAuthenticationToken("Access token validation failure.") from None
    audience = claims["aud"]
    if audience != AUDIENCE and not (isinstance(audience, list) and AUDIENCE in audience):
        raise InvalidAudience(f"The audience claim value is invalid '{audience}'.")
    if claims["tid"] != str(tenant.id):
        raise InvalidAuthenticationToken("The token's tenant is not this tenant.")
    if "roles" in claims and "scp" not in claims:
        return _app_principal(tenant, claims)
    user = tenant.user_by_id(str(claims["oid"]))
    if user is None:
        raise InvalidAuthenticationToken("The token's user is not in this tenant.")
    scopes = frozenset(s.lower() for s in str(claims.get("scp", "")).split())
    return Principal(user, scopes, client_id=str(claims.get("appid", "")).lower())


def _app_principal(tenant: Tenant, claims: dict) -> Principal:
    app = tenant.find_app(str(claims.get("appid", "")))
    roles = claims["roles"]
    if app is None or str(app.object_id) != str(claims["oid"]) or not isinstance(roles, list):
        raise InvalidAuthenticationToken("The token's application is not registered in this tenant.")
    return Principal(None, frozenset(str(role).lower() for role in roles), app)


class VerifiedTokens:
    """A bounded LRU of tokens ``verify_token`` accepted, each kept only until its ``exp``.

    Verifying a JWT (base64, HMAC, JSON, claim checks) was a quarter of the server's CPU per
    request (issue 8); a client sends the same token for an hour. Only successes are kept: a
    refused token is verified again each time, so nothing an attacker sends grows the cache.
    An entry remembers the token's tenant too: with several tenants on one server, a request's
    tenant is found by one dictionary lookup on its ``Authorization`` header.
    A hit is re-checked against what can change without a new token: the tenant's secret (a
    reset or removed tenant invalidates its tokens) and that the user is still in the tenant.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._entries: OrderedDict[str, tuple[Principal, float, str, Tenant]] = OrderedDict()
        self._lock = threading.Lock()  # the in-process server helpers call the app from other threads

    def verify(self, tenant: Tenant, authorization: str | None) -> Principal:
        """The principal of a token of ``tenant`` (any other tenant's token is refused)."""
        return self.resolve(_OneTenant(tenant), authorization)[1]

    def resolve(self, tenants: TenantLookup, authorization: str | None) -> tuple[Tenant, Principal]:
        """The tenant a token belongs to (its ``tid``) and its principal, verified in that tenant."""
        key = authorization or ""
        if not faults.planted_globally():  # a planted fault may accept what must be refused: never remember that
            with self._lock:
                entry = self._entries.get(key)
                if entry is not None:
                    self._entries.move_to_end(key)
            if entry is not None:
                principal, expires, secret, tenant = entry
                if (
                    time.time() < expires
                    and secret == tenant.secret
                    and not tenant.faults
                    and tenants.get(str(tenant.id)) is tenant  # (another app's tenant: same id, same token)
                    and _still_in(tenant, principal)
                ):
                    return tenant, principal
                with self._lock:
                    self._entries.pop(key, None)
        tenant = tenant_of_token(tenants, authorization)
        if tenant.faults:
            with faults.in_tenant(tenant.faults):
                return tenant, verify_token(tenant, authorization)
        principal = verify_token(tenant, authorization)
        if faults.planted_globally():
            return tenant, principal
        expires = _expiry(authorization or "")
        with self._lock:
            self._entries[key] = (principal, expires, tenant.secret, tenant)
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return tenant, principal

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def forget(self, tenant: Tenant) -> None:
        """Drop the entries of ``tenant``'s tokens (its state was restored, or it was removed): an entry holds
        its user, so a stale one would keep the replaced mailboxes in memory until that token came again."""
        with self._lock:
            for key in [key for key, entry in self._entries.items() if entry[3] is tenant]:
                del self._entries[key]


class TenantLookup(Protocol):
    """What finds a token's tenant: a ``TenantRegistry`` (or one tenant alone)."""

    default: Tenant

    def get(self, tenant_id: str) -> Tenant | None: ...


class _OneTenant:
    def __init__(self, tenant: Tenant) -> None:
        self.default = tenant

    def get(self, tenant_id: str) -> Tenant | None:
        return self.default if tenant_id == str(self.default.id) else None


def tenant_of_token(tenants: TenantLookup, authorization: str | None) -> Tenant:
    """The tenant named by a bearer token's ``tid`` (read unverified: the tenant then verifies the token),
    or the default tenant for a token without a known one (it then refuses the token)."""
    token = (authorization or "").partition(" ")[2].strip()
    try:
        tid = jwt.decode(token, options={"verify_signature": False}).get("tid")
    except (jwt.PyJWTError, AttributeError):
        return tenants.default
    return (tenants.get(tid.lower()) if isinstance(tid, str) else None) or tenants.default


def _still_in(tenant: Tenant, principal: Principal) -> bool:
    user = getattr(principal, "user", None)
    return user is None or tenant.users.get(user.email) is user


def _expiry(authorization: str) -> float:
    """The ``exp`` of a token ``verify_token`` just accepted (so its payload is known to be well-formed)."""
    token = authorization.partition(" ")[2].strip()
    return float(jwt.decode(token, options={"verify_signature": False})["exp"])


_VERIFIED = VerifiedTokens()


def verify_token_cached(tenant: Tenant, authorization: str | None) -> Principal:
    """``verify_token`` behind the process-wide cache of verified tokens."""
    return _VERIFIED.verify(tenant, authorization)


def forget_verified(event: str, tenant: Tenant) -> None:
    """A ``TenantRegistry`` listener: a tenant restored (reset) or removed loses its cached verifications."""
    if event in ("restored", "removed"):
        _VERIFIED.forget(tenant)


def authenticate(tenants: TenantLookup, authorization: str | None) -> tuple[Tenant, Principal]:
    """The tenant of a request's bearer token and its principal, behind the process-wide cache."""
    return _VERIFIED.resolve(tenants, authorization)
