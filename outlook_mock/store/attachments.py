"""Attachments: one model for every kind of item (tasks, events, messages).

The three kinds (file, item, reference) are the same whatever they are attached to, and so are the rules: an
attachment belongs to one item, which lists, reads, gains and loses it by id; every such write is a write to
the item (new ChangeKey, LastModifiedDateTime); HasAttachments follows them. A store whose items carry
attachments inherits ``AttachmentStore`` and says only how to find one of its items and what a write to it means.
A meeting's attendees' copies show the organizer's attachments as the last meeting update sent them
(``shared_attachments``; meetings.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..errors import ErrorItemNotFound
from ..faults import broken
from ..ids import check_id, new_id
from .indexes import ItemTable
from .values import ReferencePermission, ReferenceProvider

if TYPE_CHECKING:
    from .calendar import Event
    from .contacts import Contact
    from .mail import Message

__all__ = [
    "Attachment",
    "AttachmentStore",
    "FileAttachment",
    "ItemAttachment",
    "ReferenceAttachment",
    "WithAttachments",
    "find_attachment",
    "same_attachments",
    "shared_attachments",
]


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


def shared_attachments(item: WithAttachments) -> dict[str, Attachment]:
    """``item``'s attachments as they are now, for another item to show as its own (a meeting's copies): the same
    attachments (never changed in place: a write replaces one), in a table of the other item's own."""
    return item.attachments.copy()


def same_attachments(item: WithAttachments, other: WithAttachments) -> bool:
    """Whether two items show the same attachments (one was shared with the other and neither has changed since)."""
    mine, theirs = list(item.attachments.values()), list(other.attachments.values())
    return len(mine) == len(theirs) and all(a is b for a, b in zip(mine, theirs, strict=True))


def find_attachment(attachments: Mapping[str, Attachment], attachment_id: str) -> Attachment:
    """One of an item's attachments by id (a malformed id is a 400, an unknown one a 404)."""
    attachment = attachments.get(check_id(attachment_id))
    if attachment is None:
        raise ErrorItemNotFound("The specified object was not found in the store.")
    return attachment


class WithAttachments:
    """What an item with attachments (a dataclass with an ``attachments`` member: attachment by id, an ItemTable
    from the first attachment on, since most items have none and a dict is lighter) shows of them."""

    __slots__ = ()
    attachments: dict[str, Attachment]

    @property
    def has_attachments(self) -> bool:
        return bool(self.attachments) and not broken("has_attachments_stale")


class AttachmentStore:
    """The attachments of one store's items, the same for every kind of item.

    A store implements ``attachment_host`` (its item by id, 404 as its own GET) and ``attachment_written`` (a
    write to the item happened: its new ChangeKey, LastModifiedDateTime, sync entry)."""

    _clock: Callable[[], datetime]

    def attachment_host(self, item_id: str) -> WithAttachments:
        raise NotImplementedError

    def attachment_written(self, item: Any) -> None:
        raise NotImplementedError

    def list_attachments(self, item_id: str) -> list[Attachment]:
        return list(self.attachment_host(item_id).attachments.values())

    def get_attachment(self, item_id: str, attachment_id: str) -> Attachment:
        return find_attachment(self.attachment_host(item_id).attachments, attachment_id)

    def add_attachment(self, item_id: str, build: Callable[[str, datetime], Attachment]) -> Attachment:
        """Attach what ``build`` makes of a new id and the time (the wire layer's parsed body)."""
        item = self.attachment_host(item_id)
        attachment = self.attach(item, build)
        self.attachment_written(item)
        return attachment

    def attach_all(self, item: WithAttachments, builders: Iterable[Callable[[str, datetime], Attachment]]) -> None:
        """Attach what a create (or an event's PATCH) carried in its ``Attachments`` to the item it made."""
        builders = list(builders)
        if not builders or broken("attachments_not_inserted"):
            return
        for build in builders:
            self.attach(item, build)
        self.attachment_written(item)

    def attach(self, item: WithAttachments, build: Callable[[str, datetime], Attachment]) -> Attachment:
        """Attach to ``item`` itself (also one in no store: an item attachment's own message or event)."""
        attachment = build(new_id("attachment"), self._clock().replace(microsecond=0))
        item.attachments = ItemTable.of(item.attachments)
        item.attachments[attachment.id] = attachment
        return attachment

    def update_attachment(self, item_id: str, attachment_id: str, changes: Mapping[str, Any]) -> Attachment:
        """Change an attachment's writable members (checked by the wire layer against its kind)."""
        item = self.attachment_host(item_id)
        attachment = replace(
            find_attachment(item.attachments, attachment_id),
            **changes,
            last_modified=self._clock().replace(microsecond=0),
        )
        if not broken("attachment_update_ignored"):
            item.attachments[attachment.id] = attachment
        self.attachment_written(item)
        return attachment

    def delete_attachment(self, item_id: str, attachment_id: str) -> None:
        item = self.attachment_host(item_id)
        del item.attachments[find_attachment(item.attachments, attachment_id).id]
        self.attachment_written(item)
