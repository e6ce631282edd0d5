"""The mail state of one mailbox: mail folders (with the well-known ones) and messages.

Rules that live here: the well-known folders Inbox, Drafts, SentItems and
DeletedItems exist in every mailbox (reachable by name, protected: ``folders.py``);
a message created without a folder is a draft in Drafts; a folder's
TotalItemCount and UnreadItemCount follow its messages; BodyPreview follows
Body; every write to a message gives it a new ChangeKey; moving a message
gives it a new Id (Exchange's ids name the folder); a message is unflagged
(FlagStatus NotFlagged) until a client writes its Flag, which is replaced whole.

Besides what clients write, the store files what the tenant delivers: meeting
messages (``meetings.py``) and deleted events, which land in Deleted Items.
"""

from __future__ import annotations

import enum
import html
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from .. import timezones
from ..errors import ErrorItemNotFound
from ..faults import broken
from ..ids import check_id, new_change_key, new_id
from .changes import Sequence
from .extended_properties import ExtendedProperties
from .folders import Folder, FolderRules, FolderTree
from .indexes import ALL, ItemTable, Tracked
from .values import FollowupFlag, FollowupFlagStatus, Importance, ItemBody, LocalDateTime, ZonedInstant

__all__ = [
    "EmailAddress",
    "MailFolder",
    "MailStore",
    "MeetingMessageType",
    "Message",
    "MESSAGE_FIELDS",
    "WELL_KNOWN_FOLDERS",
]

# well-known name (as a client writes it in a URL) -> DisplayName
WELL_KNOWN_FOLDERS = {"Inbox": "Inbox", "Drafts": "Drafts", "SentItems": "Sent Items", "DeletedItems": "Deleted Items"}
MAIL_FOLDER_RULES = FolderRules(
    id_kind="mailfolder",
    well_known=WELL_KNOWN_FOLDERS,
    protected_as="well-known",
    no_well_known_fault="no_wellknown_mail_folders",
    rename_fault="allow_rename_wellknown_mail_folder",
    delete_fault="allow_delete_wellknown_mail_folder",
    extended_dropped_fault="mail_extended_properties_dropped",
)
PREVIEW_LENGTH = 255

# The writable fields of a message, by their store names.
MESSAGE_FIELDS = frozenset(
    {
        "subject",
        "body",
        "importance",
        "sender",
        "from_",
        "to_recipients",
        "cc_recipients",
        "bcc_recipients",
        "reply_to",
        "is_delivery_receipt_requested",
        "is_read_receipt_requested",
        "is_read",
        "categories",
        "flag",
        "extended",
    }
)


class MeetingMessageType(enum.StrEnum):
    NONE = "None"
    MEETING_REQUEST = "MeetingRequest"
    MEETING_CANCELLED = "MeetingCancelled"
    MEETING_ACCEPTED = "MeetingAccepted"
    MEETING_TENTATIVELY_ACCEPTED = "MeetingTenativelyAccepted"  # sic: the preview model's spelling
    MEETING_DECLINED = "MeetingDeclined"


@dataclass(frozen=True)
class EmailAddress:
    """A recipient (``Recipient.EmailAddress`` on the wire)."""

    name: str | None = None
    address: str | None = None


MailFolder = Folder  # a plain Folder: its members and rules are in folders.py


@dataclass
class Message(Tracked):
    id: str
    folder_id: str
    created: datetime
    last_modified: datetime
    conversation_id: str
    internet_message_id: str
    change_key: str = field(default_factory=new_change_key)
    subject: str = ""
    body: ItemBody = field(default_factory=ItemBody)
    importance: Importance = Importance.NORMAL
    sender: EmailAddress | None = None
    from_: EmailAddress | None = None
    to_recipients: tuple[EmailAddress, ...] = ()
    cc_recipients: tuple[EmailAddress, ...] = ()
    bcc_recipients: tuple[EmailAddress, ...] = ()
    reply_to: tuple[EmailAddress, ...] = ()
    is_delivery_receipt_requested: bool = False
    is_read_receipt_requested: bool = False
    is_read: bool = True
    is_draft: bool = True
    categories: tuple[str, ...] = ()
    flag: FollowupFlag = field(default_factory=FollowupFlag)
    received: datetime | None = None
    sent: datetime | None = None
    body_preview: str = ""
    extended: ExtendedProperties = field(default_factory=ExtendedProperties)
    # What kind of item this is (IPM.Note: a plain message) and, for a meeting message, its event.
    class_name: str = "IPM.Note"
    meeting_message_type: MeetingMessageType = MeetingMessageType.NONE
    event_id: str | None = None

    @property
    def has_attachments(self) -> bool:
        return False  # attachments of messages are not served (yet)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _instant(value: LocalDateTime | None) -> ZonedInstant | None:
    if value is None:
        return None
    zone = timezones.canonical_name(value.zone)  # an unknown zone: 400 TimeZoneNotSupportedException
    return ZonedInstant(timezones.local_to_utc(value.value, zone), zone)


def followup_flag(fields: Mapping[str, Any]) -> FollowupFlag:
    """A flag from its written members (status, start, due, completed: LocalDateTimes); the rest take defaults."""
    return FollowupFlag(
        status=fields.get("status", FollowupFlagStatus.NOT_FLAGGED),
        start=_instant(fields.get("start")),
        due=_instant(fields.get("due")),
        completed=_instant(fields.get("completed")),
    )


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)


def preview(body: ItemBody) -> str:
    """BodyPreview: the first 255 characters of the body's text (HTML markup removed, blanks collapsed)."""
    text = body.content
    if body.content_type.value == "HTML":
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.split())[:PREVIEW_LENGTH]


def is_unread(message: Message) -> bool:
    """What a folder's UnreadItemCount counts."""
    return not message.is_read


class MailStore(FolderTree):
    """The mail folders (a folder tree) and messages of one mailbox."""

    def __init__(self, owner: str, seq: Sequence, clock: Callable[[], datetime] = _utc_now) -> None:
        self.owner = owner
        self._next_seq = seq.next
        self._clock = clock
        self.messages: ItemTable = ItemTable(container="folder_id", counted=is_unread)
        super().__init__(MAIL_FOLDER_RULES, self.messages)

    # -- mail folders: item counts (the rest: folders.py) ----------------------
    def total_item_count(self, folder: MailFolder) -> int:
        if broken("mail_folder_counts_stale"):
            return 0
        return self.messages.count(folder.id)

    def unread_item_count(self, folder: MailFolder) -> int:
        if broken("mail_folder_counts_stale"):
            return 0
        return self.messages.count_where(folder.id)  # the table counts the unread ones

    # -- messages --------------------------------------------------------------
    def list_messages(self, folder_id: str | None = None) -> list[Message]:
        return list(self.messages.members(ALL if folder_id is None else self.get_folder(folder_id).id))

    def get_message(self, message_id: str) -> Message:
        message = self.messages.get(check_id(message_id))
        if message is None:
            raise ErrorItemNotFound("The specified object was not found in the store.")
        return message

    def create_message(self, fields: Mapping[str, Any], folder_id: str | None = None) -> Message:
        """A new message: a draft in Drafts, or in the given folder."""
        if folder_id is not None:
            folder = self.get_folder(folder_id)
        else:
            folder = self.well_known["inbox" if broken("message_created_in_inbox") else "drafts"]
        message = self.build_message(fields, folder.id)
        self.messages[message.id] = message
        return message

    def build_message(self, fields: Mapping[str, Any], folder_id: str = "") -> Message:
        """A new message with every rule checked, in no folder (an item attachment's message) unless given one."""
        now = self._clock().replace(microsecond=0)
        message = Message(
            id=new_id("message"),
            folder_id=folder_id,
            created=now,
            last_modified=now,
            received=now,
            sent=now,
            conversation_id=new_id("message"),
            internet_message_id=f"<{secrets.token_hex(16).upper()}@contoso.com>",
        )
        return self._apply(message, fields)

    def update_message(self, message_id: str, fields: Mapping[str, Any]) -> Message:
        message = self._apply(self.get_message(message_id), fields)
        if not broken("message_changekey_not_updated"):
            message.change_key = new_change_key()
        message.last_modified = self._clock().replace(microsecond=0)
        self.messages[message.id] = message
        return message

    def delete_message(self, message_id: str) -> None:
        del self.messages[self.get_message(message_id).id]

    def move_message(self, message_id: str, destination_id: str) -> Message:
        """Move a message to another folder; it comes back under a new Id."""
        message = self.get_message(message_id)
        folder = self.get_folder(destination_id)
        moved = replace(message, folder_id=folder.id, change_key=new_change_key())
        if not broken("moved_message_keeps_id"):
            moved.id = new_id("message")
        del self.messages[message.id]
        self.messages[moved.id] = moved
        return moved

    def file(self, well_known: str, fields: Mapping[str, Any], **kind: Any) -> Message:
        """Put a message the tenant made (a delivery, a sent copy, a draft) in a well-known folder.

        ``kind``: the members clients cannot write (class_name, meeting_message_type, event_id,
        is_draft, sent, ...).
        """
        message = replace(self.build_message(fields, self.well_known[well_known.lower()].id), **kind)
        self.messages[message.id] = message
        return message

    # -- bookkeeping -----------------------------------------------------------
    def _apply(self, message: Message, fields: Mapping[str, Any]) -> Message:
        """A copy of ``message`` with ``fields`` applied: a refused write changes nothing."""
        unknown = set(fields) - MESSAGE_FIELDS
        if unknown:
            raise ValueError(f"not message fields: {sorted(unknown)}")
        changes = {name: value for name, value in fields.items() if name != "extended"}
        if "flag" in changes:
            if broken("message_flag_dropped"):
                del changes["flag"]
            else:
                changes["flag"] = followup_flag(changes["flag"])
        draft = replace(message, **changes)
        draft.extended = self._extended(message.extended, fields.get("extended"))
        if not broken("body_preview_stale") or not draft.body_preview:
            draft.body_preview = preview(draft.body)
        return draft
