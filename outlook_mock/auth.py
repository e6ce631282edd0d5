"""Access tokens: the mock is its own identity provider (signed JWTs, HS256).

Scopes are compared without their resource prefix and case-insensitively, so
``https://outlook.office.com/Tasks.ReadWrite`` and ``tasks.readwrite`` are the same.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

import jwt

from . import faults
from .errors import ErrorAccessDenied, InvalidAuthenticationToken
from .store import Tenant, User

__all__ = [
    "ALL_SCOPES",
    "AUDIENCE",
    "Principal",
    "VerifiedTokens",
    "issue_token",
    "verify_token",
    "verify_token_cached",
    "normalise_scopes",
]

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


class VerifiedTokens:
    """A bounded LRU of tokens ``verify_token`` accepted, each kept only until its ``exp``.

    Verifying a JWT (base64, HMAC, JSON, claim checks) was a quarter of the server's CPU per
    request (issue 8); a client sends the same token for an hour. Only successes are kept: a
    refused token is verified again each time, so nothing an attacker sends grows the cache.
    A hit is re-checked against what can change without a new token: the tenant's secret (a
    reset tenant invalidates its tokens) and that the user is still in the tenant.
    """

    def __init__(self, size: int = 4096) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[int, str], tuple[Principal, float, str]] = OrderedDict()
        self._lock = threading.Lock()  # the in-process server helpers call the app from other threads

    def verify(self, tenant: Tenant, authorization: str | None) -> Principal:
        if faults.any_planted():  # a planted fault may accept what must be refused: never remember that
            return verify_token(tenant, authorization)
        key = (id(tenant), authorization or "")
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
        if entry is not None:
            principal, expires, secret = entry
            if time.time() < expires and secret == tenant.secret and _still_in(tenant, principal):
                return principal
            with self._lock:
                self._entries.pop(key, None)
        principal = verify_token(tenant, authorization)
        expires = _expiry(authorization or "")
        with self._lock:
            self._entries[key] = (principal, expires, tenant.secret)
            if len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return principal

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


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
