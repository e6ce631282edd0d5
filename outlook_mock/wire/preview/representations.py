"""How the 2014 preview's resources look in JSON, both ways.

The preview model (``Microsoft.Exchange.Services.OData.Model``) differs from
v2.0 in shape, not in meaning: Start/End are UTC instants (``2014-02-13T20:30:00Z``)
instead of DateTimeTimeZone, recipients are flat ``{Name, Address}``, every entity
carries ``@odata.editLink`` and ``…@odata.navigationLink`` annotations, and its
enums have members v2.0 lacks (``NotResponded``, ``MeetingTenativelyAccepted``).
The store objects are the same ones v2.0 renders. The JSON value parsers
(``_string``, ``_enum``, ...) are shared with v2.0.
"""

from __future__ import annotations

import base64
import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from ... import recurrence as rec
from ...errors import ErrorInvalidProperty, ErrorInvalidRequest, RequestBodyRead
from ...faults import broken
from ...ids import Spelling, spell
from ...odata_query import EntityShape
from ...store.attachments import Attachment, FileAttachment, ItemAttachment
from ...store.calendar import Attendee, AttendeeType, Calendar, CalendarGroup, Event, FreeBusyStatus, ResponseStatus
from ...store.mail import EmailAddress, MailFolder, MailStore, Message
from ...store.values import BodyType, Importance, ItemBody, LocalDateTime
from ..formats import offset_trimmed, parse_instant
from ..listing import Kind
from ..v2.representations import (
    _ATTACHMENT_COMMON,
    _base64,
    _bool,
    _enum,
    _int_between,
    _nullable,
    _pattern,
    _properties,
    _string,
    _strings,
    parse_fields,
)
from ..v2.representations import _recurrence as _v2_recurrence
from ..v2.representations import parse_name as v2_parse_name

NS = "Microsoft.Exchange.Services.OData.Model"
UNSET_TIME = "0001-01-01T00:00:00Z"  # an attendee's Status.Time before any response
DEFAULT_DURATION = timedelta(minutes=30)  # a new event without End lasts half an hour (Outlook's default)


@dataclass(frozen=True)
class View:
    """Where a response's links point: ``{base}/Users('{address}')/…``."""

    base_url: str  # e.g. https://outlook.office365.com/ews/odata
    address: str

    def link(self, path: str) -> str:
        return f"{self.base_url}/Users('{self.address}')/{path}"

    def entity(self, path: str, *navigations: str) -> dict:
        """``@odata.id``, ``@odata.editLink`` (the same URL) and a navigation link per name."""
        url = self.link(path)
        out = {"@odata.id": url, "@odata.editLink": url}
        return out | {f"{name}@odata.navigationLink": f"{url}/{name}" for name in navigations}


def ews(value: str | None) -> str | None:
    """An id as the preview shows it: the EWS spelling (standard base64 alphabet) of the canonical id."""
    return None if value is None else spell(value, Spelling.EWS)


def _instant(value: datetime | None) -> str | None:
    return None if value is None else offset_trimmed(value, None)


def _event_time(value: datetime) -> str:
    # The preview shows event times to the second (``2014-02-13T20:30:00Z``); v2.0 keeps 7 fractional digits.
    return offset_trimmed(value.replace(microsecond=0), None)


def _recipient(value: EmailAddress | None) -> dict | None:
    return None if value is None else {"Name": value.name, "Address": value.address}


# -- rendering -----------------------------------------------------------------------------
def render_group(group: CalendarGroup, view: View) -> dict:
    return {
        **view.entity(f"CalendarGroups('{ews(group.id)}')", "Calendars"),
        "Id": ews(group.id),
        "Name": group.name,
        "ChangeKey": group.change_key,
        "ClassId": group.class_id,
    }


def render_calendar(calendar: Calendar, view: View) -> dict:
    return {
        **view.entity(f"Calendars('{ews(calendar.id)}')", "Events"),
        "Id": ews(calendar.id),
        "Name": calendar.name,
        "ChangeKey": calendar.change_key,
    }


def _status(status: ResponseStatus) -> dict:
    return {"Response": status.response.value, "Time": _instant(status.time) or UNSET_TIME}


def _recurrence(value: rec.PatternedRecurrence | None) -> dict | None:
    """As v2.0 renders it, but the range's dates are DateTimeOffsets (midnight UTC) in the preview model."""
    out = _v2_recurrence(value)
    if out is not None and value is not None:
        out["Range"] |= {
            "StartDate": _range_instant(value.range.start_date),
            "EndDate": _range_instant(value.range.end_date),
        }
    return out


def _range_instant(value: date | None) -> str | None:
    return None if value is None else f"{value.isoformat()}T00:00:00Z"


def render_event(event: Event, view: View) -> dict:
    return {
        **view.entity(f"Events('{ews(event.id)}')"),
        "Id": ews(event.id),
        "ChangeKey": event.change_key,
        "ClassName": "IPM.Appointment",
        "Subject": event.subject,
        "BodyPreview": event.body_preview,
        "Body": {"ContentType": event.body.content_type.value, "Content": event.body.content},
        "Importance": event.importance.value,
        "Categories": list(event.categories),
        "HasAttachments": event.has_attachments,
        "Start": _event_time(event.start.utc),
        "End": _event_time(event.end.utc),
        "Location": {"DisplayName": event.location},
        "ShowAs": event.show_as.value,
        "IsAllDay": event.is_all_day,
        "IsCancelled": event.is_cancelled,
        "IsOrganizer": event.is_organizer,
        "ResponseRequested": event.response_requested,
        "Type": event.type,
        "SeriesId": ews(event.series_id),
        "Attendees": [
            {**_recipient(a.email), "Status": _status(a.status), "Type": a.type.value} for a in event.attendees
        ],
        "Recurrence": _recurrence(event.recurrence),
        **{
            f"{name}@odata.navigationLink": view.link(f"Events('{ews(event.id)}')/{name}")
            for name in ("Attachments", "Calendar")
        },
    }


def render_message(message: Message, view: View) -> dict:
    return {
        **view.entity(f"Messages('{ews(message.id)}')"),
        "Id": ews(message.id),
        "ChangeKey": message.change_key,
        "ClassName": message.class_name,
        "Subject": message.subject,
        "BodyPreview": message.body_preview,
        "Body": {"ContentType": message.body.content_type.value, "Content": message.body.content},
        "Importance": message.importance.value,
        "Categories": list(message.categories),
        "HasAttachments": message.has_attachments,
        "ParentFolderId": ews(message.folder_id),
        "From": _recipient(message.from_),
        "Sender": _recipient(message.sender),
        "ToRecipients": [_recipient(r) for r in message.to_recipients],
        "CcRecipients": [_recipient(r) for r in message.cc_recipients],
        "BccRecipients": [_recipient(r) for r in message.bcc_recipients],
        "ReplyTo": [_recipient(r) for r in message.reply_to],
        "ConversationId": ews(message.conversation_id),
        "DateTimeReceived": _instant(message.received),
        "DateTimeSent": None if message.is_draft else _instant(message.sent),
        "IsDeliveryReceiptRequested": message.is_delivery_receipt_requested,
        "IsReadReceiptRequested": message.is_read_receipt_requested,
        "IsDraft": message.is_draft,
        "IsRead": message.is_read,
        "EventId": ews(message.event_id),
        "MeetingMessageType": message.meeting_message_type.value,
        "DateTimeCreated": _instant(message.created),
        "LastModifiedTime": _instant(message.last_modified),
        "Attachments@odata.navigationLink": view.link(f"Messages('{ews(message.id)}')/Attachments"),
    }


def render_folder(folder: MailFolder, store: MailStore, view: View) -> dict:
    return {
        **view.entity(f"Folders('{ews(folder.id)}')", "ChildFolders", "Messages"),
        "Id": ews(folder.id),
        "ParentFolderId": ews(folder.parent_id),
        "DisplayName": folder.display_name,
        "ClassName": "IPF.Note",
        "TotalCount": store.total_item_count(folder),
        "ChildFolderCount": store.child_folder_count(folder),
        "UnreadItemCount": store.unread_item_count(folder),
    }


def render_attachment(attachment: Attachment, event_id: str, view: View) -> dict:
    out = {
        "@odata.type": f"#{NS}.{type(attachment).__name__}",
        **view.entity(f"Events('{ews(event_id)}')/Attachments('{ews(attachment.id)}')"),
        "Id": ews(attachment.id),
        "Name": attachment.name,
        "ContentType": attachment.content_type,
        "Size": attachment.size,
        "IsInline": attachment.is_inline,
        "LastModifiedTime": _instant(attachment.last_modified),
    }
    if isinstance(attachment, FileAttachment):
        out |= {
            "ContentId": attachment.content_id,
            "ContentLocation": attachment.content_location,
            "IsContactPhoto": False,
            "ContentBytes": base64.b64encode(attachment.content).decode("ascii"),
        }
    return out


def render_item(item: Any, view: View) -> dict:
    """An item attachment's Item, rendered as its resource is, with its ``@odata.type``."""
    if isinstance(item, Event):
        return {"@odata.type": f"#{NS}.Event", **render_event(item, view)}
    if isinstance(item, Message):
        return {"@odata.type": f"#{NS}.Message", **render_message(item, view)}
    return dict(item)  # kept as sent (only with the item_attachment_not_validated fault planted)


# -- query shapes -------------------------------------------------------------------------------
_COMMON = {"Id": "String", "Name": "String", "ChangeKey": "String"}
GROUP_SHAPE = EntityShape(f"{NS}.CalendarGroup", {**_COMMON, "ClassId": "Guid"}, frozenset({"Name", "ClassId"}))
CALENDAR_SHAPE = EntityShape(f"{NS}.Calendar", dict(_COMMON), frozenset({"Name"}))
EVENT_SHAPE = EntityShape(
    f"{NS}.Event",
    {
        "Id": "String",
        "ChangeKey": "String",
        "ClassName": "String",
        "Subject": "String",
        "BodyPreview": "String",
        "Body": "ItemBody",
        "Importance": "Enum",
        "Categories": "Collection(String)",
        "HasAttachments": "Boolean",
        "Start": "DateTimeOffset",
        "End": "DateTimeOffset",
        "Location": "Location",
        "ShowAs": "Enum",
        "IsAllDay": "Boolean",
        "IsCancelled": "Boolean",
        "IsOrganizer": "Boolean",
        "ResponseRequested": "Boolean",
        "Type": "Enum",
        "SeriesId": "String",
        "Attendees": "Collection(Attendee)",
        "Recurrence": "PatternedRecurrence",
    },
    frozenset(
        {
            "Subject",
            "Start",
            "End",
            "ShowAs",
            "Importance",
            "IsAllDay",
            "IsCancelled",
            "IsOrganizer",
            "ResponseRequested",
            "Type",
            "SeriesId",
            "HasAttachments",
            "ClassName",
        }
    ),
)
MESSAGE_SHAPE = EntityShape(
    f"{NS}.Message",
    {
        "Id": "String",
        "ChangeKey": "String",
        "ClassName": "String",
        "Subject": "String",
        "BodyPreview": "String",
        "Body": "ItemBody",
        "Importance": "Enum",
        "Categories": "Collection(String)",
        "HasAttachments": "Boolean",
        "ParentFolderId": "String",
        "From": "Recipient",
        "Sender": "Recipient",
        "ToRecipients": "Collection(Recipient)",
        "CcRecipients": "Collection(Recipient)",
        "BccRecipients": "Collection(Recipient)",
        "ReplyTo": "Collection(Recipient)",
        "ConversationId": "String",
        "DateTimeReceived": "DateTimeOffset",
        "DateTimeSent": "DateTimeOffset",
        "IsDeliveryReceiptRequested": "Boolean",
        "IsReadReceiptRequested": "Boolean",
        "IsDraft": "Boolean",
        "IsRead": "Boolean",
        "EventId": "String",
        "MeetingMessageType": "Enum",
        "DateTimeCreated": "DateTimeOffset",
        "LastModifiedTime": "DateTimeOffset",
    },
    frozenset(
        {
            "Subject",
            "IsRead",
            "IsDraft",
            "ClassName",
            "MeetingMessageType",
            "EventId",
            "DateTimeReceived",
            "DateTimeSent",
            "Importance",
            "HasAttachments",
            "ConversationId",
        }
    ),
)
FOLDER_SHAPE = EntityShape(
    f"{NS}.Folder",
    {
        "Id": "String",
        "ParentFolderId": "String",
        "DisplayName": "String",
        "ClassName": "String",
        "TotalCount": "Int32",
        "ChildFolderCount": "Int32",
        "UnreadItemCount": "Int32",
    },
    frozenset({"DisplayName", "ParentFolderId", "TotalCount", "ChildFolderCount", "UnreadItemCount"}),
)
ATTACHMENT_SHAPE = EntityShape(
    f"{NS}.Attachment",
    {
        "Id": "String",
        "Name": "String",
        "ContentType": "String",
        "Size": "Int32",
        "IsInline": "Boolean",
        "LastModifiedTime": "DateTimeOffset",
        "ContentId": "String",
        "ContentLocation": "String",
        "IsContactPhoto": "Boolean",
        "ContentBytes": "Binary",
    },
    frozenset({"Name", "ContentType", "Size", "IsInline", "LastModifiedTime"}),
)


# -- list members as the query engine reads them (see wire/listing.py) -------------------------------
# The folder counts are no getters: they are not values of the folder (an index would keep them stale).
GROUP_KIND = Kind(GROUP_SHAPE, {"Name": lambda g, v: g.name, "ClassId": lambda g, v: g.class_id})
CALENDAR_KIND = Kind(CALENDAR_SHAPE, {"Name": lambda c, v: c.name})
EVENT_KIND = Kind(
    EVENT_SHAPE,
    {
        "Subject": lambda e, v: e.subject,
        "Start": lambda e, v: _event_time(e.start.utc),
        "End": lambda e, v: _event_time(e.end.utc),
        "ShowAs": lambda e, v: e.show_as.value,
        "Importance": lambda e, v: e.importance.value,
        "IsAllDay": lambda e, v: e.is_all_day,
        "IsCancelled": lambda e, v: e.is_cancelled,
        "IsOrganizer": lambda e, v: e.is_organizer,
        "ResponseRequested": lambda e, v: e.response_requested,
        "Type": lambda e, v: e.type,
        "SeriesId": lambda e, v: ews(e.series_id),
        "HasAttachments": lambda e, v: e.has_attachments,
        "ClassName": lambda e, v: "IPM.Appointment",
    },
)
MESSAGE_KIND = Kind(
    MESSAGE_SHAPE,
    {
        "Subject": lambda m, v: m.subject,
        "IsRead": lambda m, v: m.is_read,
        "IsDraft": lambda m, v: m.is_draft,
        "ClassName": lambda m, v: m.class_name,
        "MeetingMessageType": lambda m, v: m.meeting_message_type.value,
        "EventId": lambda m, v: ews(m.event_id),
        "DateTimeReceived": lambda m, v: _instant(m.received),
        "DateTimeSent": lambda m, v: None if m.is_draft else _instant(m.sent),
        "Importance": lambda m, v: m.importance.value,
        "HasAttachments": lambda m, v: m.has_attachments,
        "ConversationId": lambda m, v: ews(m.conversation_id),
    },
)
FOLDER_KIND = Kind(
    FOLDER_SHAPE, {"DisplayName": lambda f, v: f.display_name, "ParentFolderId": lambda f, v: ews(f.parent_id)}
)
ATTACHMENT_KIND = Kind(
    ATTACHMENT_SHAPE,
    {
        "Name": lambda a, v: a.name,
        "ContentType": lambda a, v: a.content_type,
        "Size": lambda a, v: a.size,
        "IsInline": lambda a, v: a.is_inline,
        "LastModifiedTime": lambda a, v: _instant(a.last_modified),
    },
)


# -- parsing --------------------------------------------------------------------------------------
# The preview model's enum numbering (its CSDL's Member values). OData JSON may write an enum value as the
# member's name or as its number in a string ("3" is Busy), so both are read; responses use names.
_NUMBERING: dict[type, tuple[str, ...]] = {
    BodyType: ("Text", "HTML"),
    Importance: ("Normal", "Low", "High"),
    AttendeeType: ("Required", "Optional", "Resource"),
    FreeBusyStatus: ("Unknown", "Free", "Tentative", "Busy", "Oof", "WorkingElsewhere"),
}


@functools.cache  # one parser per enum, built once
def _numbered(kind: type) -> Callable[[Any, str], Any]:
    by_name = _enum(kind)
    names = _NUMBERING[kind]

    def parse(value: Any, field: str) -> Any:
        if isinstance(value, str) and value.isascii() and value.isdigit() and int(value) < len(names):
            value = names[int(value)]
        return by_name(value, field)

    return parse


def _body(value: Any, field: str) -> ItemBody:
    props = _properties(value, field, {"ContentType": _numbered(BodyType), "Content": _string})
    return ItemBody(props.get("ContentType", BodyType.TEXT), props.get("Content") or "")


def require_type(body: Mapping[str, Any], *entities: str) -> str:
    """The entity named by a create body's ``@odata.type`` (required in the preview), one of ``entities``."""
    kind = body.get("@odata.type")
    name = kind.removeprefix("#") if isinstance(kind, str) else None
    for entity in entities:
        if name == f"{NS}.{entity}":
            return entity
    if broken("preview_odata_type_not_required") and kind is None:
        return entities[0]
    expected = " or ".join(f"#{NS}.{e}" for e in entities)
    if kind is None:
        raise RequestBodyRead(f"The property '@odata.type' is required; expected {expected}.")
    raise RequestBodyRead(f"'@odata.type' is '{kind}'; expected {expected}.")


def _instant_field(value: Any, field: str) -> LocalDateTime:
    """An event's Start or End: any offset in, the UTC wall clock (zone UTC) to the store, to the second."""
    return LocalDateTime(parse_instant(value, field).replace(tzinfo=None, microsecond=0), "UTC")


def _recipient_input(value: Any, field: str) -> EmailAddress:
    props = _properties(value, field, {"Name": _nullable(_string), "Address": _nullable(_string)})
    return EmailAddress(props.get("Name"), props.get("Address"))


def _recipients(value: Any, field: str) -> tuple[EmailAddress, ...]:
    if not isinstance(value, list):
        raise RequestBodyRead(f"The property '{field}' must be an array of recipients.")
    return tuple(_recipient_input(item, field) for item in value)


def _attendee(value: Any, field: str) -> Attendee:
    # Status is the server's (accepted so a client can send back what it read, then ignored).
    props = _properties(
        value,
        field,
        {
            "Name": _nullable(_string),
            "Address": _string,
            "Type": _numbered(AttendeeType),
            "Status": lambda v, f: v,
        },
        required=("Address",),
    )
    email = EmailAddress(props.get("Name"), props.get("Address"))
    return Attendee(email, props.get("Type", AttendeeType.REQUIRED))


def _attendees(value: Any, field: str) -> tuple[Attendee, ...]:
    if not isinstance(value, list):
        raise RequestBodyRead(f"The property '{field}' must be an array of attendees.")
    return tuple(_attendee(item, field) for item in value)


def _location(value: Any, field: str) -> str:
    if value is None:
        return ""
    return _properties(value, field, {"DisplayName": _nullable(_string)}).get("DisplayName") or ""


def _range_date(value: Any, field: str) -> date | None:
    # The date as the client wrote it (a DateTimeOffset's date part, before any conversion).
    if value is None:
        return None
    parse_instant(value, field)
    return date.fromisoformat(value[:10])


def _range(value: Any, field: str) -> rec.RecurrenceRange:
    props = _properties(
        value,
        field,
        {
            "Type": _enum(rec.RangeType),
            "StartDate": _range_date,
            "EndDate": _range_date,
            "NumberOfOccurrences": _int_between(0, rec.MAX_OCCURRENCES),
        },
        required=("Type",),
    )
    return rec.RecurrenceRange(
        props["Type"], props.get("StartDate"), props.get("EndDate"), props.get("NumberOfOccurrences", 0)
    )


def _patterned_recurrence(value: Any, field: str) -> rec.PatternedRecurrence | None:
    if value is None:
        return None
    props = _properties(value, field, {"Pattern": _pattern, "Range": _range}, required=("Pattern", "Range"))
    return rec.PatternedRecurrence(props["Pattern"], props["Range"])


# The seed's table 2: what a create (and so an update) may carry.
_EVENT_WRITABLE: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "Subject": ("subject", lambda v, f: "" if v is None else _string(v, f)),
    "Body": ("body", _body),
    "Importance": ("importance", _numbered(Importance)),
    "Categories": ("categories", _strings),
    "Start": ("start", _instant_field),
    "End": ("end", _instant_field),
    "Location": ("location", _location),
    "ShowAs": ("show_as", _numbered(FreeBusyStatus)),
    "IsAllDay": ("is_all_day", _bool),
    "ResponseRequested": ("response_requested", _bool),
    "Attendees": ("attendees", _attendees),
    "Recurrence": ("recurrence", _patterned_recurrence),
}
_EVENT_READ_ONLY = frozenset(
    {
        "Id",
        "ChangeKey",
        "ClassName",
        "BodyPreview",
        "HasAttachments",
        "IsCancelled",
        "IsOrganizer",
        "Type",
        "SeriesId",
        "Attachments",
        "Calendar",
    }
)
_MESSAGE_WRITABLE: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "Subject": ("subject", lambda v, f: "" if v is None else _string(v, f)),
    "Body": ("body", _body),
    "Importance": ("importance", _numbered(Importance)),
    "Categories": ("categories", _strings),
    "From": ("from_", _nullable(_recipient_input)),
    "Sender": ("sender", _nullable(_recipient_input)),
    "ToRecipients": ("to_recipients", _recipients),
    "CcRecipients": ("cc_recipients", _recipients),
    "BccRecipients": ("bcc_recipients", _recipients),
    "ReplyTo": ("reply_to", _recipients),
    "IsDeliveryReceiptRequested": ("is_delivery_receipt_requested", _bool),
    "IsReadReceiptRequested": ("is_read_receipt_requested", _bool),
    "IsRead": ("is_read", _bool),
}
_MESSAGE_READ_ONLY = frozenset(
    {
        "Id",
        "ChangeKey",
        "ClassName",
        "BodyPreview",
        "HasAttachments",
        "ParentFolderId",
        "ConversationId",
        "DateTimeReceived",
        "DateTimeSent",
        "IsDraft",
        "EventId",
        "MeetingMessageType",
        "DateTimeCreated",
        "LastModifiedTime",
        "Attachments",
    }
)


def parse_event(body: Mapping[str, Any], *, create: bool, now: datetime | None = None) -> dict[str, Any]:
    """Request JSON -> store fields of an event.

    A create may leave out Start (the next full half hour) and End (half an hour after Start); an
    update must change something (the seed: at least one of the create parameters).
    """
    fields = parse_fields(body, _EVENT_WRITABLE, _EVENT_READ_ONLY, "Event", namespace=NS, with_extended=False)
    if not create:
        if not fields and not broken("accept_empty_event_patch"):
            raise ErrorInvalidRequest("The request must contain at least one property of the event to update.")
        return fields
    if "start" not in fields:
        now = (now or datetime.now(UTC)).replace(tzinfo=None, second=0, microsecond=0)
        start = now.replace(minute=0) + timedelta(minutes=30 if now.minute < 30 else 60)
        if fields.get("is_all_day"):
            start = datetime.combine(now.date() + timedelta(days=1), time())
        fields["start"] = LocalDateTime(start, "UTC")
    if "end" not in fields:
        length = timedelta(days=1) if fields.get("is_all_day") else DEFAULT_DURATION
        fields["end"] = LocalDateTime(fields["start"].value + length, "UTC")
    return fields


def parse_message(body: Mapping[str, Any]) -> dict[str, Any]:
    return parse_fields(body, _MESSAGE_WRITABLE, _MESSAGE_READ_ONLY, "Message", namespace=NS, with_extended=False)


def parse_name(body: Mapping[str, Any], entity: str, read_only: frozenset[str], *, create: bool) -> str:
    """CalendarGroup / Calendar bodies: Name is their only writable property (the seed says so twice)."""
    name = v2_parse_name(body, entity, read_only, required=create, namespace=NS)
    if name is None:
        raise ErrorInvalidRequest("The request must contain the property to update (Name).")
    return name


GROUP_READ_ONLY = frozenset({"Id", "ChangeKey", "ClassId", "Calendars"})
CALENDAR_READ_ONLY = frozenset({"Id", "ChangeKey", "Events"})

_FILE_MEMBERS = {
    **_ATTACHMENT_COMMON,
    "ContentBytes": _base64,
    "ContentId": _nullable(_string),
    "ContentLocation": _nullable(_string),
    "IsContactPhoto": _bool,
}
_ATTACHMENT_STORE_NAMES = {
    "Name": "name",
    "ContentType": "content_type",
    "IsInline": "is_inline",
    "ContentBytes": "content",
    "ContentId": "content_id",
    "ContentLocation": "content_location",
}
_ATTACHMENT_READ_ONLY = frozenset({"Id", "Size", "LastModifiedTime", "IsContactPhoto", "Item"})


def parse_attachment(
    body: Mapping[str, Any], parse_item: Callable[[Any, str], Any]
) -> Callable[[str, datetime], Attachment]:
    """A create body -> a builder the store calls with the new id and timestamp."""
    kind = require_type(body, "FileAttachment", "ItemAttachment")
    if kind == "FileAttachment":
        p = _properties(body, "FileAttachment", _FILE_MEMBERS, required=("Name", "ContentBytes"))
        return lambda id_, now: FileAttachment(
            id_,
            p["Name"],
            now,
            p.get("ContentType") or "application/octet-stream",
            p.get("IsInline", False),
            content=p["ContentBytes"],
            content_id=p.get("ContentId"),
            content_location=p.get("ContentLocation"),
        )
    p = _properties(body, "ItemAttachment", {**_ATTACHMENT_COMMON, "Item": parse_item}, required=("Name", "Item"))
    item = p["Item"]
    size = len(json.dumps(render_item(item, View("", "attachment"))).encode())
    return lambda id_, now: ItemAttachment(
        id_, p["Name"], now, p.get("ContentType"), p.get("IsInline", False), item=item, item_size=size
    )


def parse_attachment_update(body: Mapping[str, Any], attachment: Attachment) -> dict[str, Any]:
    """A PATCH body -> the store members to change; what may change depends on the attachment's kind."""
    members = _FILE_MEMBERS if isinstance(attachment, FileAttachment) else _ATTACHMENT_COMMON
    changes = {}
    for name, value in body.items():
        if name.startswith("@"):
            continue
        if name in _ATTACHMENT_READ_ONLY or (name in _FILE_MEMBERS and name not in members):
            raise ErrorInvalidProperty(f"The property '{name}' cannot be changed on this attachment.")
        if name not in members:
            raise RequestBodyRead(f"The property '{name}' does not exist on type '{NS}.{type(attachment).__name__}'.")
        changes[_ATTACHMENT_STORE_NAMES[name]] = members[name](value, name)
    if not changes:
        raise ErrorInvalidRequest("The request must contain at least one property of the attachment to update.")
    return changes
