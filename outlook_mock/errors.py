"""Every error the mock tenant can answer with, in one place.

One class per Outlook error code (as moto does per AWS error code). The store
raises them; the wire layer renders them as an OData error body
``{"error": {"code": ..., "message": ...}}`` with the class's HTTP status.
"""

from __future__ import annotations


class OutlookError(Exception):
    status: int = 500
    code: str = "ErrorInternalServerError"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


# 400 ---------------------------------------------------------------------
class BadRequest(OutlookError):
    status = 400
    code = "ErrorInvalidRequest"


class ErrorInvalidRequest(BadRequest):
    """A rule of the resource is broken (e.g. Start after Due)."""


class RequestBodyRead(BadRequest):
    """The body is not JSON, or a value has the wrong type or an unknown name."""

    code = "RequestBodyRead"


class ErrorInvalidProperty(BadRequest):
    """A read-only property was written, or a property cannot be filtered/sorted."""

    code = "ErrorInvalidProperty"


class ErrorInvalidExtendedProperty(BadRequest):
    """A PropertyId whose type and attributes do not combine."""

    code = "ErrorInvalidExtendedProperty"


class ErrorInvalidExtendedPropertyValue(BadRequest):
    """An extended property value that does not fit its MAPI type."""

    code = "ErrorInvalidExtendedPropertyValue"


class ErrorInvalidUrlQuery(BadRequest):
    """A query option is malformed or not allowed here (e.g. $filter in a sync)."""

    code = "ErrorInvalidUrlQuery"


class ErrorInvalidParameter(BadRequest):
    """A required URL parameter is missing or unreadable (a calendar view's startDateTime/endDateTime)."""

    code = "ErrorInvalidParameter"


class ErrorInvalidUrlQueryFilter(BadRequest):
    code = "ErrorInvalidUrlQueryFilter"


class ErrorInvalidIdMalformed(BadRequest):
    code = "ErrorInvalidIdMalformed"


class TimeZoneNotSupportedException(BadRequest):
    code = "TimeZoneNotSupportedException"


class ErrorCalendarInvalidRecurrence(BadRequest):
    code = "ErrorCalendarInvalidRecurrence"


class ErrorInvalidSyncStateData(BadRequest):
    """A $deltatoken/$skiptoken that this server did not issue for this collection."""

    code = "ErrorInvalidSyncStateData"


class ErrorDeleteDistinguishedFolder(BadRequest):
    code = "ErrorDeleteDistinguishedFolder"


class ErrorCalendarIsOrganizerForAccept(BadRequest):
    code = "ErrorCalendarIsOrganizerForAccept"


class ErrorCalendarIsOrganizerForDecline(BadRequest):
    code = "ErrorCalendarIsOrganizerForDecline"


class ErrorCalendarIsOrganizerForTentative(BadRequest):
    code = "ErrorCalendarIsOrganizerForTentative"


class ErrorCalendarIsCancelledForAccept(BadRequest):
    code = "ErrorCalendarIsCancelledForAccept"


class ErrorCalendarIsCancelledForDecline(BadRequest):
    code = "ErrorCalendarIsCancelledForDecline"


class ErrorCalendarIsCancelledForTentative(BadRequest):
    code = "ErrorCalendarIsCancelledForTentative"


class ErrorInvalidGrant(BadRequest):
    """Token endpoint: wrong user name or password (OAuth2 ``invalid_grant``)."""

    code = "invalid_grant"


# 401 / 403 ---------------------------------------------------------------
class InvalidAuthenticationToken(OutlookError):
    status = 401
    code = "InvalidAuthenticationToken"


class ErrorAccessDenied(OutlookError):
    status = 403
    code = "ErrorAccessDenied"


# 404 / 405 ---------------------------------------------------------------
class NotFound(OutlookError):
    status = 404
    code = "ResourceNotFound"


class ErrorItemNotFound(NotFound):
    code = "ErrorItemNotFound"


class ErrorFolderNotFound(NotFound):
    code = "ErrorFolderNotFound"


class ErrorNonExistentMailbox(NotFound):
    """A ``Users('{address}')`` path naming nobody in the tenant."""

    code = "ErrorNonExistentMailbox"


class MethodNotAllowed(OutlookError):
    status = 405
    code = "ErrorInvalidRequest"

    def __init__(self, message: str, allow: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.allow = allow  # the methods the resource does support (the ``Allow`` header, RFC 9110)


class UnsupportedMediaType(OutlookError):
    status = 415
    code = "ErrorInvalidRequest"


class ErrorRestrictionTooComplex(BadRequest):
    """A query costs more than one request may: lambdas in lambdas, too many $orderby keys, or more
    work than the per-request budget allows (EWS: "the restriction or sort order is too complex")."""

    code = "ErrorRestrictionTooComplex"


# 412 ---------------------------------------------------------------------
class ErrorIrresolvableConflict(OutlookError):
    """``If-Match`` named a ChangeKey that is not the item's current one: someone else wrote it since."""

    status = 412
    code = "ErrorIrresolvableConflict"


# -- addressing and tokens (issues 9 and 10) --------------------------------------------
class InvalidAudience(InvalidAuthenticationToken):
    """A valid token issued for another resource (e.g. Microsoft Graph, for sign-in scopes only)."""

    code = "InvalidAudience"


class ErrorInvalidUser(BadRequest):
    """An app-only token on ``/me``: there is no signed-in user to stand for; name the mailbox with ``/users/{id}``."""

    code = "ErrorInvalidUser"


# -- limits of the server (``wire/http.py``); the service's own codes where it had one ------------------
class RequestTimeout(OutlookError):
    status = 408
    code = "ErrorTimeoutExpired"  # EWS's code for an operation that ran out of time


class RequestEntityTooLarge(OutlookError):
    status = 413
    code = "ErrorRequestEntityTooLarge"


class UriTooLong(OutlookError):
    status = 414
    code = "ErrorInvalidUrl"


class RequestHeaderFieldsTooLarge(OutlookError):
    status = 431
    code = "ErrorInvalidRequest"


class ErrorServerBusy(OutlookError):
    status = 503
    code = "ErrorServerBusy"  # EWS's code for a server that is too busy to take the request


# -- recurring events -------------------------------------------------------------------------
class ErrorOccurrenceTimeSpanTooBig(BadRequest):
    """A recurring event whose one occurrence lasts longer than the shortest gap between two of its occurrences
    (they would overlap). EWS: "the time allotment for a given occurrence overlaps with another occurrence of the
    same recurring item"."""

    code = "ErrorOccurrenceTimeSpanTooBig"


# -- mail actions: move/copy of folders, sending ------------------------------------------------
class ErrorMoveDistinguishedFolder(BadRequest):
    """A well-known (distinguished) folder cannot be moved (EWS's code)."""

    code = "ErrorMoveDistinguishedFolder"


class ErrorMoveCopyFailed(BadRequest):
    """A move or copy that cannot be done: a folder into itself or one of its subfolders (EWS's code)."""

    code = "ErrorMoveCopyFailed"


class ErrorInvalidRecipients(BadRequest):
    """A message sent without any recipient, or with a recipient without an address (EWS's code)."""

    code = "ErrorInvalidRecipients"


# -- the mock's control API (/_mock/; spec/mock-control.yaml), not Outlook's --------------------------
class ErrorNoSuchTenant(NotFound):
    """A control API path names a tenant the server does not hold."""

    code = "ErrorNoSuchTenant"


class ErrorTenantExists(OutlookError):
    """A tenant created with the id of one the server already holds."""

    status = 409
    code = "ErrorTenantExists"


class ErrorOccurrenceCrossingBoundary(BadRequest):
    """One occurrence of a series moved to or past the day of an adjacent occurrence. EWS: "the modified occurrence
    crosses or overlaps an adjacent occurrence"; Outlook: an occurrence cannot skip over a later or earlier
    occurrence of the same series, nor share its day."""

    code = "ErrorOccurrenceCrossingBoundary"
