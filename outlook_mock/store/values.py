"""Value types shared by the mailbox's resources. No JSON casing here: the wire layers map names."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "BodyType",
    "Importance",
    "Sensitivity",
    "TaskStatus",
    "ReferenceProvider",
    "ReferencePermission",
    "FollowupFlag",
    "FollowupFlagStatus",
    "ItemBody",
    "NO_BODY",
    "LocalDateTime",
    "ZonedInstant",
]


class BodyType(enum.StrEnum):
    TEXT = "Text"
    HTML = "HTML"


class Importance(enum.StrEnum):
    LOW = "Low"
    NORMAL = "Normal"
    HIGH = "High"


class Sensitivity(enum.StrEnum):
    NORMAL = "Normal"
    PERSONAL = "Personal"
    PRIVATE = "Private"
    CONFIDENTIAL = "Confidential"


class TaskStatus(enum.StrEnum):
    NOT_STARTED = "NotStarted"
    IN_PROGRESS = "InProgress"
    COMPLETED = "Completed"
    WAITING_ON_OTHERS = "WaitingOnOthers"
    DEFERRED = "Deferred"


class ReferenceProvider(enum.StrEnum):
    OTHER = "Other"
    ONE_DRIVE_BUSINESS = "OneDriveBusiness"
    ONE_DRIVE_CONSUMER = "OneDriveConsumer"
    DROPBOX = "Dropbox"


class ReferencePermission(enum.StrEnum):
    OTHER = "Other"
    VIEW = "View"
    EDIT = "Edit"
    ANONYMOUS_VIEW = "AnonymousView"
    ANONYMOUS_EDIT = "AnonymousEdit"
    ORGANIZATION_VIEW = "OrganizationView"
    ORGANIZATION_EDIT = "OrganizationEdit"


class FollowupFlagStatus(enum.StrEnum):
    NOT_FLAGGED = "NotFlagged"
    COMPLETE = "Complete"
    FLAGGED = "Flagged"


@dataclass(frozen=True)
class ItemBody:
    content_type: BodyType = BodyType.TEXT
    content: str = ""


# The body of an item written without one: one instance for all of them (issue 8: memory per item, and
# objects the garbage collector scans). A stored item's values are frozen: a write gives it new ones.
NO_BODY = ItemBody()


@dataclass(frozen=True)
class LocalDateTime:
    """A wall-clock time as a client wrote it, with the zone it named (not yet validated)."""

    value: datetime  # naive
    zone: str


@dataclass(frozen=True)
class ZonedInstant:
    """A stored instant (aware, UTC) and the zone the client gave it in."""

    utc: datetime
    zone: str


@dataclass(frozen=True)
class FollowupFlag:
    """Follow-up information of a message (Microsoft.OutlookServices.FollowupFlag); unflagged by default."""

    status: FollowupFlagStatus = FollowupFlagStatus.NOT_FLAGGED
    start: ZonedInstant | None = None
    due: ZonedInstant | None = None
    completed: ZonedInstant | None = None
