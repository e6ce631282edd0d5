"""Attachments of an item (tasks and events)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..errors import ErrorItemNotFound
from ..ids import check_id
from .values import ReferencePermission, ReferenceProvider

if TYPE_CHECKING:
    from .calendar import Event
    from .contacts import Contact
    from .mail import Message

__all__ = ["Attachment", "FileAttachment", "ItemAttachment", "ReferenceAttachment", "find_attachment"]


@dataclass
class Attachment:
    id: str
    name: str
    last_modified: datetime
    content_type: str | None = None
    is_inline: bool = False

    @property
    def size(self) -> int:
        raise NotImplementedError


@dataclass
class FileAttachment(Attachment):
    content: bytes = b""
    content_id: str | None = None
    content_location: str | None = None

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass
class ItemAttachment(Attachment):
    # The embedded message, event or contact: a store object checked by the same rules as the resource,
    # but in no folder or calendar (only with the fault item_attachment_not_validated planted: the JSON
    # as the client sent it). ``item_size`` is the size of the rendered item.
    item: Message | Event | Contact | Mapping[str, Any] = field(default_factory=dict)
    item_size: int = 0

    @property
    def size(self) -> int:
        return self.item_size


@dataclass
class ReferenceAttachment(Attachment):
    source_url: str = ""
    provider_type: ReferenceProvider = ReferenceProvider.OTHER
    permission: ReferencePermission = ReferencePermission.OTHER
    is_folder: bool = False
    thumbnail_url: str | None = None
    preview_url: str | None = None

    @property
    def size(self) -> int:
        # A link carries no content; report the size of what is stored for it.
        return len(self.source_url.encode()) + len(self.name.encode())


def find_attachment(attachments: Mapping[str, Attachment], attachment_id: str) -> Attachment:
    """One of an item's attachments by id (a malformed id is a 400, an unknown one a 404)."""
    attachment = attachments.get(check_id(attachment_id))
    if attachment is None:
        raise ErrorItemNotFound("The specified object was not found in the store.")
    return attachment
