"""Mail folders and messages in v2.0: their JSON both ways, and their handlers.

As for tasks, every rule lives in the store (``store/mail.py``); this module
only maps JSON to store fields and back; the mail folder handlers are the
ones all folders share (``common.py``), given the MailFolder's shape and JSON.
Extended properties travel exactly as on tasks (``extended.py``): in POST/PATCH
bodies, in ``$expand`` on a GET of one item, and in the
``SingleValueExtendedProperties/Any(...)`` filter of the lists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any
from urllib.parse import quote

from starlette.responses import Response

from ...errors import ErrorInvalidUrlQuery, RequestBodyRead
from ...faults import broken
from ...odata_query import EntityShape
from ...store import Mailbox
from ...store.indexes import all_but
from ...store.mail import Classification, EmailAddress, MailFolder, MailStore, MeetingMessageType, Message
from ...store.values import FollowupFlag, FollowupFlagStatus, Importance
from ..formats import offset_trimmed
from ..http import Call
from ..listing import Kind, StoredList
from . import extended, sync
from .common import (
    FolderHandlers,
    collection,
    entity_response,
    request_view,
    single_extended,
    url_key,
)
from .extended import split_expand
from .representations import (
    NS,
    View,
    _bool,
    _dtz,
    _enum,
    _item_body,
    _local_date_time,
    _nullable,
    _properties,
    _string,
    _strings,
    etag,
    parse_fields,
)


# -- rendering ---------------------------------------------------------------------
def _recipient(value: EmailAddress | None) -> dict | None:
    if value is None:
        return None
    return {"EmailAddress": {"Name": value.name, "Address": value.address}}


def _flag(value: FollowupFlag, view: View) -> dict:
    return {
        "FlagStatus": value.status.value,
        "StartDateTime": _dtz(value.start, view),
        "DueDateTime": _dtz(value.due, view),
        "CompletedDateTime": _dtz(value.completed, view),
    }


def render_message(message: Message, view: View) -> dict:
    origin = view.base_url.split("/api/", 1)[0]
    # A meeting request, response or cancellation is the CSDL's derived EventMessage.
    meeting = message.meeting_message_type is not MeetingMessageType.NONE
    return {
        **({"@odata.type": f"#{NS}.EventMessage"} if meeting else {}),
        "@odata.id": view.entity_id(f"Messages('{message.id}')"),
        "@odata.etag": etag(message.change_key),
        "Id": message.id,
        "CreatedDateTime": offset_trimmed(message.created, None),
        "LastModifiedDateTime": offset_trimmed(message.last_modified, None),
        "ChangeKey": message.change_key,
        "Categories": list(message.categories),
        "ReceivedDateTime": offset_trimmed(message.received, None) if message.received else None,
        "SentDateTime": offset_trimmed(message.sent, None) if message.sent else None,
        "HasAttachments": message.has_attachments,
        "InternetMessageId": message.internet_message_id,
        "Subject": message.subject,
        "Body": {"ContentType": message.body.content_type.value, "Content": message.body.content},
        "BodyPreview": message.body_preview,
        "Importance": message.importance.value,
        "ParentFolderId": message.folder_id,
        "Sender": _recipient(message.sender),
        "From": _recipient(message.from_),
        "ToRecipients": [_recipient(r) for r in message.to_recipients],
        "CcRecipients": [_recipient(r) for r in message.cc_recipients],
        "BccRecipients": [_recipient(r) for r in message.bcc_recipients],
        "ReplyTo": [_recipient(r) for r in message.reply_to],
        "ConversationId": message.conversation_id,
        "IsDeliveryReceiptRequested": message.is_delivery_receipt_requested,
        "IsReadReceiptRequested": message.is_read_receipt_requested,
        "IsRead": message.is_read,
        "IsDraft": message.is_draft,
        "Flag": _flag(message.flag, view),
        "InferenceClassification": message.inference_classification.value,
        "WebLink": f"{origin}/owa/?ItemID={quote(message.id, safe='')}&exvsurl=1&viewmodel=ReadMessageItem",
        **({"MeetingMessageType": message.meeting_message_type.value} if meeting else {}),
    }


def render_mail_folder(folder: MailFolder, store: MailStore, view: View) -> dict:
    return {
        "@odata.id": view.entity_id(f"MailFolders('{folder.id}')"),
        "Id": folder.id,
        "DisplayName": folder.display_name,
        "ParentFolderId": folder.parent_id,
        "ChildFolderCount": store.child_folder_count(folder),
        "UnreadItemCount": store.unread_item_count(folder),
        "TotalItemCount": store.total_item_count(folder),
    }


# -- query shapes --------------------------------------------------------------------
# Microsoft's property tables of the time have no Message/MailFolder table; the filterable
# properties are those the real service filtered on (recipient collections and bodies were not).
MESSAGE_SHAPE = EntityShape(
    name=f"{NS}.Message",
    properties={
        "Id": "String",
        "CreatedDateTime": "DateTimeOffset",
        "LastModifiedDateTime": "DateTimeOffset",
        "ChangeKey": "String",
        "Categories": "Collection(String)",
        "ReceivedDateTime": "DateTimeOffset",
        "SentDateTime": "DateTimeOffset",
        "HasAttachments": "Boolean",
        "InternetMessageId": "String",
        "Subject": "String",
        "Body": "ItemBody",
        "BodyPreview": "String",
        "Importance": "Enum",
        "ParentFolderId": "String",
        "Sender": "Recipient",
        "From": "Recipient",
        "ToRecipients": "Collection(Recipient)",
        "CcRecipients": "Collection(Recipient)",
        "BccRecipients": "Collection(Recipient)",
        "ReplyTo": "Collection(Recipient)",
        "ConversationId": "String",
        "IsDeliveryReceiptRequested": "Boolean",
        "IsReadReceiptRequested": "Boolean",
        "IsRead": "Boolean",
        "IsDraft": "Boolean",
        "Flag": "FollowupFlag",
        "InferenceClassification": "Enum",
        "WebLink": "String",
        "MeetingMessageType": "Enum",
        **extended.SHAPE_PROPERTIES,
    },
    filterable=frozenset(
        {
            extended.SINGLE,
            "Categories",
            "ConversationId",
            "CreatedDateTime",
            "Flag",
            "From",
            "HasAttachments",
            "Importance",
            "InferenceClassification",
            "InternetMessageId",
            "IsDeliveryReceiptRequested",
            "IsDraft",
            "IsRead",
            "IsReadReceiptRequested",
            "LastModifiedDateTime",
            "ParentFolderId",
            "ReceivedDateTime",
            "Sender",
            "SentDateTime",
            "Subject",
        }
    ),
)
MAIL_FOLDER_SHAPE = EntityShape(
    name=f"{NS}.MailFolder",
    properties={
        "Id": "String",
        "DisplayName": "String",
        "ParentFolderId": "String",
        "ChildFolderCount": "Int32",
        "UnreadItemCount": "Int32",
        "TotalItemCount": "Int32",
        **extended.SHAPE_PROPERTIES,
    },
    filterable=frozenset(
        {extended.SINGLE, "DisplayName", "ParentFolderId", "ChildFolderCount", "UnreadItemCount", "TotalItemCount"}
    ),
)


# -- list members as the query engine reads them (see wire/listing.py) -----------------
def _instant(value: Any) -> str | None:
    return offset_trimmed(value, None) if value else None


MESSAGE_KIND = Kind(
    MESSAGE_SHAPE,
    {
        extended.SINGLE: single_extended("mail_lists_ignore_extended_filter"),
        "Categories": lambda m, v: list(m.categories),
        "ConversationId": lambda m, v: m.conversation_id,
        "CreatedDateTime": lambda m, v: offset_trimmed(m.created, None),
        "Flag": lambda m, v: _flag(m.flag, v),
        "From": lambda m, v: _recipient(m.from_),
        "HasAttachments": lambda m, v: m.has_attachments,
        "Importance": lambda m, v: m.importance.value,
        "InferenceClassification": lambda m, v: m.inference_classification.value,
        "InternetMessageId": lambda m, v: m.internet_message_id,
        "IsDeliveryReceiptRequested": lambda m, v: m.is_delivery_receipt_requested,
        "IsDraft": lambda m, v: m.is_draft,
        "IsRead": lambda m, v: m.is_read,
        "IsReadReceiptRequested": lambda m, v: m.is_read_receipt_requested,
        "LastModifiedDateTime": lambda m, v: offset_trimmed(m.last_modified, None),
        "ParentFolderId": lambda m, v: m.folder_id,
        "ReceivedDateTime": lambda m, v: _instant(m.received),
        "Sender": lambda m, v: _recipient(m.sender),
        "SentDateTime": lambda m, v: _instant(m.sent),
        "Subject": lambda m, v: m.subject,
    },
)
# The item counts are no getters: they are not values of the folder (an index would keep them stale).
MAIL_FOLDER_KIND = Kind(
    MAIL_FOLDER_SHAPE,
    {
        extended.SINGLE: single_extended("mail_lists_ignore_extended_filter"),
        "DisplayName": lambda f, v: f.display_name,
        "ParentFolderId": lambda f, v: f.parent_id,
    },
)


# -- parsing ---------------------------------------------------------------------------
def _email_address(value: Any, field: str) -> EmailAddress:
    props = _properties(value, field, {"Name": _nullable(_string), "Address": _nullable(_string)})
    return EmailAddress(props.get("Name"), props.get("Address"))


def _recipient_input(value: Any, field: str) -> EmailAddress:
    return _properties(value, field, {"EmailAddress": _email_address}, required=("EmailAddress",))["EmailAddress"]


def _recipients(value: Any, field: str) -> tuple[EmailAddress, ...]:
    if not isinstance(value, list):
        raise RequestBodyRead(f"The property '{field}' must be an array of recipients.")
    return tuple(_recipient_input(item, field) for item in value)


def _flag_input(value: Any, field: str) -> dict[str, Any]:
    """The written members of a FollowupFlag, by store names (the store fills in the others)."""
    dates = _nullable(_local_date_time)
    props = _properties(
        value,
        field,
        {
            "FlagStatus": _enum(FollowupFlagStatus),
            "StartDateTime": dates,
            "DueDateTime": dates,
            "CompletedDateTime": dates,
        },
    )
    names = {"FlagStatus": "status", "StartDateTime": "start", "DueDateTime": "due", "CompletedDateTime": "completed"}
    return {names[name]: member for name, member in props.items()}


_MESSAGE_WRITABLE: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "Subject": ("subject", _string),
    "Body": ("body", _item_body),
    "Importance": ("importance", _enum(Importance)),
    "Sender": ("sender", _nullable(_recipient_input)),
    "From": ("from_", _nullable(_recipient_input)),
    "ToRecipients": ("to_recipients", _recipients),
    "CcRecipients": ("cc_recipients", _recipients),
    "BccRecipients": ("bcc_recipients", _recipients),
    "ReplyTo": ("reply_to", _recipients),
    "IsDeliveryReceiptRequested": ("is_delivery_receipt_requested", _bool),
    "IsReadReceiptRequested": ("is_read_receipt_requested", _bool),
    "IsRead": ("is_read", _bool),
    "Categories": ("categories", _strings),
    "Flag": ("flag", _flag_input),
    "InferenceClassification": ("inference_classification", _enum(Classification)),
}
_MESSAGE_READ_ONLY = frozenset(
    {
        "Id",
        "ChangeKey",
        "CreatedDateTime",
        "LastModifiedDateTime",
        "ReceivedDateTime",
        "SentDateTime",
        "HasAttachments",
        "InternetMessageId",
        "BodyPreview",
        "ParentFolderId",
        "ConversationId",
        "IsDraft",
        "WebLink",
        "Attachments",
        "MeetingMessageType",
    }
)
_MAIL_FOLDER_READ_ONLY = frozenset(
    {"Id", "ParentFolderId", "ChildFolderCount", "UnreadItemCount", "TotalItemCount", "ChildFolders", "Messages"}
)


def parse_message(body: Mapping[str, Any]) -> dict[str, Any]:
    """Request JSON -> store fields of a message (POST and PATCH alike)."""
    return parse_fields(body, _MESSAGE_WRITABLE, _MESSAGE_READ_ONLY, "Message")


# -- handlers: mail folders -------------------------------------------------------------
MAIL_FOLDERS = FolderHandlers(
    entity_set="MailFolders",
    kind=MAIL_FOLDER_KIND,
    read_only=_MAIL_FOLDER_READ_ONLY,
    store=attrgetter("mail"),
    render=render_mail_folder,
)


# -- handlers: messages ------------------------------------------------------------------
def _message_collection(call: Call, mailbox: Mailbox, container: object, path: str) -> Response:
    from .attached import MESSAGE_ATTACHMENTS  # (attached.py renders messages: imported here, not at the top)

    view = request_view(call)
    expand = MESSAGE_ATTACHMENTS.list_expansion(call)  # Attachments, extended properties (not a meeting's Event)
    messages = mailbox.mail.messages
    listing = StoredList(MESSAGE_KIND, view, lambda m: render_message(m, view), messages, container, expand)
    return collection(call, f"Me/{path}", listing, f"me/{path}")


def list_messages(call: Call, mailbox: Mailbox) -> Response:
    """The whole mailbox but Deleted Items and the folders below it (the store says which), as one container
    (``indexes.AllBut``): a page costs O(page) whatever they hold, with or without $orderby. A change of that
    subtree (a folder created, moved or deleted there) names another container: its first $orderby by a key
    builds that index again (O(n log n), as any index's first use)."""
    return _message_collection(call, mailbox, all_but(mailbox.mail.unlisted_folder_ids()), "Messages")


def list_messages_in_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.mail.get_folder(call.params["folder_id"])
    path = f"MailFolders('{url_key(folder.id)}')/Messages"
    if sync.is_sync(call):  # a mail folder's messages sync (moves in or out included)
        view = request_view(call)
        render = lambda m: render_message(m, view)  # noqa: E731
        return sync.sync_messages(call, mailbox.mail.messages, folder.id, path, render, MESSAGE_SHAPE)
    return _message_collection(call, mailbox, folder.id, path)


def get_message(call: Call, mailbox: Mailbox) -> Response:
    from .attached import MESSAGE_ATTACHMENTS  # (attached.py renders messages: imported here, not at the top)

    message = mailbox.mail.get_message(call.params["message_id"])
    entity_path = f"Me/Messages('{url_key(message.id)}')"
    view = request_view(call)
    item = render_message(message, view)
    expanded = {}
    if "$expand" in call.query:
        names, rest = split_expand(call.query["$expand"], EVENT_EXPANDS)
        if rest or not names:  # Attachments and the extended properties (an empty $expand is refused there)
            expand = rest or call.query["$expand"]
            expanded.update(MESSAGE_ATTACHMENTS.expanded(call, mailbox, message, message.extended, entity_path, expand))
        if names:
            expanded.update(_expanded_event(message, mailbox, view, cast=EVENT_EXPANDS[0] in names))
    return entity_response(call, "Me/Messages", MESSAGE_SHAPE, item, expanded=expanded)


# $expand of a meeting message's Event, with the type cast (what clients send) or without it.
EVENT_EXPANDS = (f"{NS}.EventMessage/Event".lower(), "event")


def _expanded_event(message: Message, mailbox: Mailbox, view: View, *, cast: bool) -> dict:
    """``Event``: the event a meeting message is about (null when it has left the calendar).

    With the cast, a message that is no EventMessage simply has nothing to expand; without it, ``Event`` is no
    navigation property of Message: 400, as for any other name.
    """
    if message.meeting_message_type is MeetingMessageType.NONE:
        if cast:
            return {}
        raise ErrorInvalidUrlQuery(f"'Event' cannot be expanded: it is not a navigation property of {NS}.Message.")
    if broken("event_message_expand_ignored"):
        return {}
    from .calendar import render_event  # calendar.py imports this module (recipients): imported when used

    event = mailbox.calendar.events.get(message.event_id) if message.event_id else None
    return {"Event": None if event is None else render_event(event, mailbox.calendar.owner, view)}


def create_message(call: Call, mailbox: Mailbox) -> Response:
    folder_id = call.params.get("folder_id")
    if folder_id is not None:
        folder_id = mailbox.mail.get_folder(folder_id).id  # 404 before 400: the folder must exist
    from .attached import attach_all, new_attachments  # (attached.py renders messages: not at the top)

    body, attachments = new_attachments(mailbox, call.json())
    message = mailbox.mail.create_message(parse_message(body), folder_id)
    attach_all(mailbox.mail, message.id, attachments)
    context = "Me/Messages" if folder_id is None else f"Me/MailFolders('{url_key(folder_id)}')/Messages"
    return entity_response(call, context, MESSAGE_SHAPE, render_message(message, request_view(call)), 201)


def update_message(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
    message = mailbox.mail.update_message(call.params["message_id"], parse_message(call.json()))
    return entity_response(call, "Me/Messages", MESSAGE_SHAPE, render_message(message, request_view(call)))


def delete_message(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.delete_message(call.params["message_id"])
    return Response(status_code=204)
