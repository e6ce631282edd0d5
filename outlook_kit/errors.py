"""OData errors as exceptions: one class per common error code, grouped under one per HTTP status.

Every error answer of the Outlook REST APIs is an OData error body, ``{"error": {"code": ..., "message": ...}}``;
:func:`error_from_response` turns one into the most specific class below (by ``code`` first, then by status),
so callers catch what they mean (``except ItemNotFound``) or broadly (``except NotFound``, ``except OutlookError``).
The token endpoint's answers (RFC 6749 §5.2: ``{"error": "invalid_grant", "error_description": ...}``) become
:class:`TokenError`.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from typing import Any, ClassVar

__all__ = [
    "AccessDenied",
    "BadRequest",
    "DeleteDistinguishedFolder",
    "FolderNotFound",
    "InvalidAudience",
    "InvalidAuthenticationToken",
    "InvalidIdMalformed",
    "InvalidProperty",
    "InvalidRequest",
    "InvalidSyncStateData",
    "InvalidUrlQuery",
    "IrresolvableConflict",
    "ItemNotFound",
    "NonExistentMailbox",
    "NotFound",
    "OutlookError",
    "ServerBusy",
    "ServerError",
    "SyncNotSupported",
    "Throttled",
    "TimeZoneNotSupported",
    "TokenError",
    "Unauthorized",
    "error_from_response",
]


class OutlookError(Exception):
    """An error answer of the service: its HTTP ``status``, OData ``code`` and ``message``.

    ``retry_after`` is the ``Retry-After`` header in seconds (429, 503), else None; ``body`` the raw answer."""

    status: int | None = None
    codes: ClassVar[tuple[str, ...]] = ()  # the OData error codes this class stands for

    def __init__(
        self,
        message: str,
        *,
        code: str = "",
        status: int | None = None,
        retry_after: float | None = None,
        body: bytes = b"",
        method: str = "",
        url: str = "",
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        if status is not None:
            self.status = status
        self.retry_after = retry_after
        self.body = body
        self.method = method
        self.url = url

    def __str__(self) -> str:
        where = " ".join(part for part in (self.method, self.url) if part)
        where = f" ({where})" if where else ""
        status = f"{self.status} " if self.status is not None else ""
        return f"{status}{self.code}: {self.message}{where}"


class BadRequest(OutlookError):
    status = 400


class InvalidRequest(BadRequest):
    codes = ("ErrorInvalidRequest",)


class InvalidIdMalformed(BadRequest):
    codes = ("ErrorInvalidIdMalformed",)


class InvalidProperty(BadRequest):
    codes = ("ErrorInvalidProperty",)


class InvalidUrlQuery(BadRequest):
    codes = ("ErrorInvalidUrlQuery", "ErrorInvalidUrlQueryFilter")


class TimeZoneNotSupported(BadRequest):
    codes = ("TimeZoneNotSupportedException",)


class InvalidSyncStateData(BadRequest):
    """A sync token the server did not issue for this collection: start a new sync (drop the deltaLink)."""

    codes = ("ErrorInvalidSyncStateData",)


class DeleteDistinguishedFolder(BadRequest):
    codes = ("ErrorDeleteDistinguishedFolder",)


class Unauthorized(OutlookError):
    status = 401


class InvalidAuthenticationToken(Unauthorized):
    codes = ("InvalidAuthenticationToken",)


class InvalidAudience(Unauthorized):
    """A token for another resource (e.g. one asked with sign-in scopes only): ask for the Outlook scopes."""

    codes = ("InvalidAudience",)


class AccessDenied(OutlookError):
    status = 403
    codes = ("ErrorAccessDenied",)


class NotFound(OutlookError):
    status = 404


class ItemNotFound(NotFound):
    codes = ("ErrorItemNotFound",)


class FolderNotFound(NotFound):
    codes = ("ErrorFolderNotFound",)


class NonExistentMailbox(NotFound):
    codes = ("ErrorNonExistentMailbox",)


class IrresolvableConflict(OutlookError):
    """412: the ``If-Match`` tag names an older version of the item; nothing was changed. Read it again."""

    status = 412
    codes = ("ErrorIrresolvableConflict",)


class Throttled(OutlookError):
    """429: too many requests; wait ``retry_after`` seconds (the ``Retry-After`` header) and try again."""

    status = 429
    codes = ("ApplicationThrottled",)


class ServerError(OutlookError):
    status = 500


class ServerBusy(ServerError):
    """503: the server is too busy; ``retry_after`` says when to try again."""

    status = 503
    codes = ("ErrorServerBusy",)


class TokenError(OutlookError):
    """The token endpoint refused the grant (``code`` is the OAuth error, e.g. ``invalid_grant``)."""


class SyncNotSupported(OutlookError):
    """The collection answered a sync request without ``Preference-Applied: odata.track-changes``."""


def _leaves(cls: type[OutlookError]) -> list[type[OutlookError]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_leaves(sub)]
    return found


_BY_CODE: dict[str, type[OutlookError]] = {
    code: cls for cls in _leaves(OutlookError) for code in cls.codes if cls not in (TokenError, SyncNotSupported)
}
_BY_STATUS: dict[int, type[OutlookError]] = {
    400: BadRequest,
    401: Unauthorized,
    403: AccessDenied,
    404: NotFound,
    412: IrresolvableConflict,
    429: Throttled,
    503: ServerBusy,
}


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def error_from_response(
    status: int, content: bytes, headers: Mapping[str, str] | None = None, *, method: str = "", url: str = ""
) -> OutlookError:
    """The exception for an error answer: the class of its OData ``code``, else of its ``status``."""
    code, message = "", ""
    try:
        error: Any = json.loads(content).get("error")
    except (ValueError, AttributeError, UnicodeDecodeError):
        error = None
    if isinstance(error, dict):
        code, message = str(error.get("code", "")), str(error.get("message", ""))
    if not message:
        message = content[:500].decode("utf-8", "replace") or f"HTTP {status}"
    cls = _BY_CODE.get(code) or _BY_STATUS.get(status) or (ServerError if status >= 500 else OutlookError)
    retry = retry_after_seconds((headers or {}).get("Retry-After"))
    return cls(message, code=code, status=status, retry_after=retry, body=content, method=method, url=url)
