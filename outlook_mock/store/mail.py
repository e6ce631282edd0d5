"""The mail state of one mailbox: mail folders (with the well-known ones) and messages.

Rules that live here: the well-known folders Inbox, Drafts, SentItems and
DeletedItems exist in every mailbox (reachable by name, protected: ``folders.py``);
a message created without a folder is a draft in Drafts; a folder's
TotalItemCount and UnreadItemCount follow its messages; BodyPreview follows
Body; every write to a message gives it a new ChangeKey; moving a message
gives it a new Id (Exchange's ids name the folder); a message is unflagged
(FlagStatus NotFlagged) until a client writes its Flag, which is replaced whole.

Moving and copying: a moved or copied message comes back under a new Id (the copy
keeps its ConversationId and InternetMessageId: it is the same mail); a mail folder
moved keeps its Id, a copied one is a new folder with copies of its child folders
and messages; the well-known folders cannot be moved (``folders.py``).

Focused Inbox: every message has an InferenceClassification (Focused unless a
client or an override said Other); the mailbox's overrides, one per sender
address (at most ``MAX_OVERRIDES``), decide the classification of mail delivered
to the Inbox afterwards (``deliver``), by the From address, in O(1).

Replies and forwards: ``reply_draft`` and ``forward_draft`` build the draft of a
reply (RE:), reply-all or forward (FW:) of a message: its recipients follow the
original's, it stays in the original's conversation, and its body is the comment
above the original's header and body. ``delivery.py`` sends them.

The mailbox-wide message list leaves out Deleted Items and the folders below it
(``unlisted_folder_ids``); a folder's list, its sync and a GET of one message do not.

Besides what clients write, the store files what the tenant delivers: meeting
messages (``meetings.py``) and deleted events, which land in Deleted Items.
"""

from __future__ import annotations

import enum
import html
import re
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from .. import timezones
from ..errors import ErrorInvalidIdMalformed, ErrorInvalidRequest, ErrorItemNotFound
from ..faults import broken
from ..ids import check_id, new_change_key, new_id
from .attachments import Attachment, AttachmentStore, WithAttachments
from .changes import Sequence
from .extended_properties import ExtendedProperties
from .folders import Folder, FolderRules, FolderTree
from .indexes import ALL, ItemTable, Tracked
from .values import (
    NO_BODY,
    BodyType,
    FollowupFlag,
    FollowupFlagStatus,
    Importance,
    ItemBody,
    LocalDateTime,
    ZonedInstant,
)

__all__ = [
    "Classification",
    "ClassificationOverride",
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
MAX_OVERRIDES = 1000  # per mailbox, one per sender address (the reference's Focused Inbox section)
REPLY_PREFIX, FORWARD_PREFIX = "RE: ", "FW: "

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
        "inference_classification",
        "extended",
    }
)


class Classification(enum.StrEnum):
    """InferenceClassificationType: how Focused Inbox shows a message."""

    FOCUSED = "Focused"
    OTHER = "Other"


@dataclass
class ClassificationOverride:
    """Mail from ``sender`` is always classified ``classify_as`` (InferenceClassificationOverride)."""

    id: str  # a GUID, as the reference's overrides have
    classify_as: Classification
    sender: EmailAddress


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
class Message(Tracked, WithAttachments):
    id: str
    folder_id: str
    created: datetime
    last_modified: datetime
    conversation_id: str
    internet_message_id: str
    change_key: str = field(default_factory=new_change_key)
    subject: str = ""
    body: ItemBody = NO_BODY
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
    inference_classification: Classification = Classification.FOCUSED
    received: datetime | None = None
    sent: datetime | None = None
    body_preview: str = ""
    extended: ExtendedProperties = field(default_factory=ExtendedProperties.none)
    # What kind of item this is (IPM.Note: a plain message) and, for a meeting message, its event.
    class_name: str = "IPM.Note"
    meeting_message_type: MeetingMessageType = MeetingMessageType.NONE
    event_id: str | None = None
    attachments: dict[str, Attachment] = field(default_factory=dict)  # see attachments.WithAttachments


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


class MailStore(FolderTree, AttachmentStore):
    """The mail folders (a folder tree) and messages of one mailbox."""

    def __init__(self, owner: str, seq: Sequence, clock: Callable[[], datetime] = _utc_now) -> None:
        self.owner = owner
        self._next_seq = seq.next
        self._clock = clock
        self.messages: ItemTable = ItemTable(container="folder_id", counted=is_unread, changes=seq.next)
        super().__init__(MAIL_FOLDER_RULES, self.messages, seq.next)
        # Focused Inbox overrides: by id, and by lower-case sender address (a delivery's lookup)
        self.overrides: dict[str, ClassificationOverride] = {}
        self._override_of: dict[str, ClassificationOverride] = {}

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
        """The messages of a folder, or (None) every message of the mailbox, Deleted Items included."""
        return list(self.messages.members(ALL if folder_id is None else self.get_folder(folder_id).id))

    def unlisted_folder_ids(self) -> frozenset[str]:
        """The folders whose messages the mailbox-wide message list (GET /me/messages) leaves out.

        The reference: the list covers the mailbox "excluding the Deleted Items and Clutter folders". The mock has
        no Clutter folder. The folders below Deleted Items are left out too (our reading: the reference names the
        folder, not its subtree): they are deleted folders (a folder deleted in Outlook lands there with its
        messages), so what they hold is deleted mail as much as what Deleted Items holds itself.
        O(the folders of that subtree).
        """
        if broken("deleted_items_in_message_list"):
            return frozenset()
        found: set[str] = set()
        below = [self.well_known["deleteditems"].id]
        while below:
            folder_id = below.pop()
            found.add(folder_id)
            below.extend(child.id for child in self.folders.members(folder_id))
        return frozenset(found)

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

    def copy_message(self, message_id: str, destination_id: str) -> Message:
        """A copy of a message in another (or the same) folder, under a new Id; the original stays."""
        message = self.get_message(message_id)
        folder = self.get_folder(destination_id)
        if broken("copied_message_not_stored"):
            return replace(message, id=new_id("message"), folder_id=folder.id)
        return self._add_copy(message, folder.id)

    def _add_copy(self, message: Message, folder_id: str, store: bool = True, **changes: Any) -> Message:
        """A copy of ``message`` (its own Id, ChangeKey and attachments) in ``folder_id``, stored if ``store``."""
        copy = replace(message, id=new_id("message"), folder_id=folder_id, change_key=new_change_key(), **changes)
        attachments = getattr(message, "attachments", None)
        if attachments and "attachments" not in changes:
            copy.attachments = attachments.copy()  # each copy owns its attachments (Message may carry them)
        if store:
            self.messages[copy.id] = copy
        return copy

    def _copy_item(self, item: Message, folder_id: str) -> None:  # a copied folder's messages (folders.py)
        self._add_copy(item, folder_id)

    def file(self, well_known: str, fields: Mapping[str, Any], **kind: Any) -> Message:
        """Put a message the tenant made (a delivery, a sent copy, a draft) in a well-known folder.

        ``kind``: the members clients cannot write (class_name, meeting_message_type, event_id,
        is_draft, sent, ...). Mail delivered to the Inbox (meeting mail) is classified by the overrides.
        """
        if well_known.lower() == "inbox" and "inference_classification" not in kind:
            sender = fields.get("from_") or fields.get("sender")
            kind = {**kind, "inference_classification": self.classification_for(sender.address if sender else None)}
        message = replace(self.build_message(fields, self.well_known[well_known.lower()].id), **kind)
        self.messages[message.id] = message
        return message

    # -- sending (delivery.py): the sent copy, the delivered copy, replies and forwards ----------------
    def file_sent(self, message: Message, sender: EmailAddress, store: bool = True) -> Message:
        """The sent mail: the copy of a message kept in Sent Items (if ``store``; a new Id: it is not the draft)."""
        now = self._clock().replace(microsecond=0)
        return self._add_copy(
            message,
            self.well_known["sentitems"].id,
            store,
            is_draft=False,
            is_read=True,
            sender=sender,
            from_=message.from_ or sender,
            sent=now,
            received=now,
            last_modified=now,
        )

    def deliver(self, message: Message, bcc: tuple[EmailAddress, ...] = ()) -> Message:
        """A sent message arriving in this mailbox's Inbox: unread, no draft, classified by the overrides.

        ``bcc``: what this copy shows as BccRecipients (only the recipient's own address, if they were one).
        What belongs to the sender's copy alone (categories, flag, extended properties) does not travel.
        """
        now = self._clock().replace(microsecond=0)
        sender = message.from_ or message.sender
        return self._add_copy(
            message,
            self.well_known["inbox"].id,
            is_draft=False,
            is_read=False,
            bcc_recipients=() if broken("bcc_delivered_to_everyone") else bcc,
            categories=(),
            flag=FollowupFlag(),
            extended=ExtendedProperties(),
            inference_classification=self.classification_for(sender.address if sender else None),
            event_id=None,  # a meeting message's event is one of the sender's: none of this mailbox
            created=now,
            last_modified=now,
            received=now,
        )

    def reply_draft(
        self, message_id: str, comment: str, me: EmailAddress, *, reply_all: bool, filed: bool = True
    ) -> Message:
        """The draft of a reply (or reply-all) to a message, in Drafts (``filed``) or in no folder yet.

        Its To is the original's ReplyTo, or else its From (Sender); reply-all adds the original's To and keeps its
        Cc, less the replier. A reply to one's own message goes to the original's To recipients.
        """
        original = self.get_message(message_id)
        author = original.from_ or original.sender
        if original.reply_to:
            to: tuple[EmailAddress, ...] = original.reply_to
        elif author is not None and not _same(author, me):
            to = (author,)
        else:
            to = original.to_recipients  # replying to what one sent: to its recipients again
        cc: tuple[EmailAddress, ...] = ()
        if reply_all:
            to = _without(to + original.to_recipients, me) or to
            cc = _without(original.cc_recipients, me, exclude=to)
        fields = {"to_recipients": to, "cc_recipients": cc}
        return self._response_draft(original, REPLY_PREFIX, fields, comment, me, filed)

    def forward_draft(
        self, message_id: str, comment: str, to: tuple[EmailAddress, ...], me: EmailAddress, *, filed: bool = True
    ) -> Message:
        """The draft of a forward (FW:) of a message to ``to``, with the original's attachments."""
        original = self.get_message(message_id)
        draft = self._response_draft(original, FORWARD_PREFIX, {"to_recipients": to}, comment, me, filed)
        attachments = getattr(original, "attachments", None)
        if attachments:
            draft.attachments = attachments.copy()
        return draft

    def _response_draft(
        self, original: Message, prefix: str, fields: dict[str, Any], comment: str, me: EmailAddress, filed: bool
    ) -> Message:
        subject = original.subject
        if not subject.lower().startswith(prefix.strip().lower()) and not broken("reply_subject_not_prefixed"):
            subject = prefix + subject  # not "RE: RE: ...": a prefix already there is kept once
        body = ItemBody(BodyType.HTML, _quoted(original, comment))
        draft = self.build_message(
            {**fields, "subject": subject, "body": body, "sender": me, "importance": original.importance}
        )
        if not broken("reply_leaves_conversation"):
            draft.conversation_id = original.conversation_id
        if filed:
            draft.folder_id = self.well_known["drafts"].id
            self.messages[draft.id] = draft
        return draft

    # -- Focused Inbox: classification overrides --------------------------------------------------
    def list_overrides(self) -> list[ClassificationOverride]:
        return list(self.overrides.values())

    def get_override(self, override_id: str) -> ClassificationOverride:
        try:
            key = str(uuid.UUID(override_id))
        except ValueError:
            raise ErrorInvalidIdMalformed("Id is malformed.") from None
        found = self.overrides.get(key)
        if found is None:
            raise ErrorItemNotFound("The specified object was not found in the store.")
        return found

    def set_override(self, classify_as: Classification, sender: EmailAddress) -> tuple[ClassificationOverride, bool]:
        """Create the override of ``sender``'s address, or (one exists) update its ClassifyAs and Name.

        Returns (the override, whether it is new)."""
        address = (sender.address or "").strip().lower()
        if not address:
            raise ErrorInvalidRequest("SenderEmailAddress needs an Address.")
        existing = self._override_of.get(address)
        if existing is not None:
            existing.classify_as = classify_as
            existing.sender = EmailAddress(sender.name, existing.sender.address)
            return existing, False
        if len(self.overrides) >= MAX_OVERRIDES:
            raise ErrorInvalidRequest(f"A mailbox has at most {MAX_OVERRIDES} classification overrides.")
        override = ClassificationOverride(str(uuid.uuid4()), classify_as, sender)
        self.overrides[override.id] = override
        self._override_of[address] = override
        return override, True

    def update_override(self, override_id: str, classify_as: Classification) -> ClassificationOverride:
        override = self.get_override(override_id)
        override.classify_as = classify_as
        return override

    def delete_override(self, override_id: str) -> None:
        override = self.overrides.pop(self.get_override(override_id).id)
        self._override_of.pop((override.sender.address or "").lower(), None)

    def classification_for(self, address: str | None) -> Classification:
        """How new mail from ``address`` is classified: by its override, else Focused."""
        override = self._override_of.get((address or "").lower())
        if override is None or broken("classification_override_ignored"):
            return Classification.FOCUSED
        return override.classify_as

    # -- attachments (attachments.py: the same for every kind of item) ----------
    def attachment_host(self, item_id: str) -> Message:
        return self.get_message(item_id)

    def attachment_written(self, item: Message) -> None:
        item.change_key = new_change_key()
        item.last_modified = self._clock().replace(microsecond=0)
        self.messages[item.id] = item

    # -- bookkeeping -----------------------------------------------------------
    def _apply(self, message: Message, fields: Mapping[str, Any]) -> Message:
        """A copy of ``message`` with ``fields`` applied: a refused write changes nothing."""
        unknown = set(fields) - MESSAGE_FIELDS
        if unknown:
            raise ValueError(f"not message fields: {sorted(unknown)}")
        changes = {name: value for name, value in fields.items() if name != "extended"}
        if "inference_classification" in changes and broken("message_classification_dropped"):
            del changes["inference_classification"]
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


def _same(a: EmailAddress, b: EmailAddress) -> bool:
    return (a.address or "").lower() == (b.address or "").lower()


def _without(
    recipients: tuple[EmailAddress, ...], me: EmailAddress, exclude: tuple[EmailAddress, ...] = ()
) -> tuple[EmailAddress, ...]:
    """``recipients`` less ``me``, less ``exclude`` and less repeats (by address, case-insensitively)."""
    seen = {(me.address or "").lower()} | {(e.address or "").lower() for e in exclude}
    kept = []
    for recipient in recipients:
        key = (recipient.address or "").lower()
        if key not in seen:
            seen.add(key)
            kept.append(recipient)
    return tuple(kept)


def _names(recipients: tuple[EmailAddress, ...]) -> str:
    return "; ".join(html.escape(r.name or r.address or "") for r in recipients)


def _quoted(original: Message, comment: str) -> str:
    """The HTML body of a reply or forward: the comment, then the original's header and body (as Outlook quotes)."""
    author = original.from_ or original.sender
    sent = original.sent.strftime("%A, %B %d, %Y %I:%M:%S %p") if original.sent else ""
    if original.body.content_type is BodyType.HTML:
        quoted = original.body.content
    else:
        quoted = html.escape(original.body.content).replace("\n", "<br>")
    header = (
        f"<b>From:</b> {_names((author,)) if author else ''}<br>"
        f"<b>Sent:</b> {sent}<br>"
        f"<b>To:</b> {_names(original.to_recipients)}<br>"
        f"<b>Subject:</b> {html.escape(original.subject)}"
    )
    return (
        f"<html><body><div>{html.escape(comment)}</div><hr>"
        f'<div id="divRplyFwdMsg">{header}</div><div>{quoted}</div></body></html>'
    )
