"""Access tokens: the mock is its own identity provider (signed JWTs, HS256).

Scopes are compared without their resource prefix and case-insensitively, so
``https://outlook.office.com/Tasks.ReadWrite`` and ``tasks.readwrite`` are the same.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import jwt

from .errors import ErrorAccessDenied, InvalidAuthenticationToken
from .store import Tenant, User

__all__ = ["ALL_SCOPES", "AUDIENCE", "Principal", "issue_token", "verify_token", "normalise_scopes"]

AUDIENCE = "https://outlook.office.com"
LIFETIME_SECONDS = 3600
ALL_SCOPES = (
    "Tasks.Read",
    "Tasks.ReadWrite",
    "Calendars.Read",
    "Calendars.ReadWrite",
    "Contacts.Read",
    "Contacts.ReadWrite",
    "Mail.Read",
    "Mail.ReadWrite",
    "Mail.Send",
    # The 2014 preview's names (its Calendar.Write is v2.0's Calendars.ReadWrite, and so on).
    "Calendar.Read",
    "Calendar.Write",
    "Mail.Write",
)
_NOT_RESOURCE_SCOPES = {"openid", "profile", "email", "offline_access"}


@dataclass(frozen=True)
class Principal:
    user: User
    scopes: frozenset[str]  # lower-case, without resource prefix

    def require(self, *any_of: str) -> None:
        """Raise 403 unless the token carries one of ``any_of``."""
        if not self.scopes & {s.lower() for s in any_of}:
            raise ErrorAccessDenied(f"Access is denied. The token needs one of the scopes: {', '.join(any_of)}.")


def normalise_scopes(text: str) -> tuple[str, ...]:
    """The resource scopes named in a space-separated ``scope`` value, as given (prefix stripped)."""
    out = []
    for scope in text.split():
        name = scope.rsplit("/", 1)[-1]
        if name and name.lower() not in _NOT_RESOURCE_SCOPES and name.lower() != ".default":
            out.append(name)
    return tuple(out)


def issue_token(tenant: Tenant, user: User, scopes: tuple[str, ...], now: float | None = None) -> str:
    now = time.time() if now is None else now
    claims = {
        "aud": AUDIENCE,
        "iss": f"https://sts.windows.net/{tenant.id}/",
        "tid": str(tenant.id),
        "oid": str(user.id),
        "upn": user.email,
        "name": user.display_name,
        "scp": " ".join(scopes),
        "iat": int(now),
        "nbf": int(now),
        "exp": int(now) + LIFETIME_SECONDS,
    }
    return jwt.encode(claims, tenant.secret, algorithm="HS256")


def verify_token(tenant: Tenant, authorization: str | None) -> Principal:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise InvalidAuthenticationToken("Access token is empty or not a bearer token.")
    try:
        claims = jwt.decode(
            token.strip(),
            tenant.secret,
            algorithms=["HS256"],
            audience=AUDIENCE,
            options={"require": ["exp", "aud", "oid", "tid"]},
        )
    except jwt.ExpiredSignatureError:
        raise InvalidAuthenticationToken("Access token has expired.") from None
    except jwt.PyJWTError:
        raise InvalidAuthenticationToken("Access token validation failure.") from None
    user = tenant.user_by_id(str(claims["oid"]))
    if user is None or claims["tid"] != str(tenant.id):
        raise InvalidAuthenticationToken("The token's user is not in this tenant.")
    return Principal(user, frozenset(s.lower() for s in str(claims.get("scp", "")).split()))
