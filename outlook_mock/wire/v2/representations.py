"""How the Task API's resources look in v2.0 JSON, both ways.

``render_*`` turns store objects into response JSON; ``parse_*`` turns request
JSON into store fields, checking every value's type (400 RequestBodyRead) and
that only writable properties are written (400 ErrorInvalidProperty).
"""

from __future__ import annotations

import base64
import binascii
import enum
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ... import recurrence as rec
from ...errors import ErrorCalendarInvalidRecurrence, ErrorInvalidProperty, RequestBodyRead
from ...faults import broken
from ...odata_query import EntityShape
from ...store.attachments import Attachment, FileAttachment, ItemAttachment, ReferenceAttachment
from ...store.tasks import Task, TaskFolder, TaskGroup
from ...store.values import (
    BodyType,
    Importance,
    ItemBody,
    LocalDateTime,
    ReferencePermission,
    ReferenceProvider,
    Sensitivity,
    TaskStatus,
    ZonedInstant,
)
from ..formats import local_fixed, offset_trimmed, parse_date, parse_local
from ..listing import Kind
from . import extended

NS = "Microsoft.OutlookServices"


@dataclass(frozen=True)
class View:
    """Per-request rendering context: where links point and which zone dates are shown in."""

    base_url: str
    user_ref: str  # Users('<user guid>@<tenant guid>')
    zone: str | None  # Prefer: outlook.timezone, None = UTC

    def entity_id(self, path: str) -> str:
        if broken("relative_odata_id"):
            return f"{self.user_ref}/{path}"
        return f"{self.base_url}/{self.user_ref}/{path}"


# -- rendering ---------------------------------------------------------------
def _dtz(value: ZonedInstant | None, view: View) -> dict | None:
    if value is None:
        return None
    zone = view.zone or "UTC"
    return {"DateTime": local_fixed(value.utc, zone), "TimeZone": zone}


def _recurrence(value: rec.PatternedRecurrence | None) -> dict | None:
    if value is None:
        return None
    p, r = value.pattern, value.range
    return {
        "Pattern": {
            "Type": p.type.value,
            "Interval": p.interval,
            "Month": p.month,
            "DayOfMonth": p.day_of_month,
            "DaysOfWeek": [d.value for d in p.days_of_week],
            "FirstDayOfWeek": p.first_day_of_week.value,
            "Index": p.index.value,
        },
        "Range": {
            "Type": r.type.value,
            "StartDate": r.start_date.isoformat() if r.start_date else "0001-01-01",
            "EndDate": r.end_date.isoformat() if r.end_date else "0001-01-01",
            "NumberOfOccurrences": r.number_of_occurrences,
        },
    }


def etag(change_key: str) -> str:
    return f'W/"{change_key}"'


def render_task(task: Task, view: View) -> dict:
    stamp_zone = None if broken("utc_offsets_despite_prefer") else view.zone
    return {
        "@odata.id": view.entity_id(f"Tasks('{task.id}')"),
        "@odata.etag": etag(task.change_key),
        "Id": task.id,
        "CreatedDateTime": offset_trimmed(task.created, stamp_zone),
        "LastModifiedDateTime": offset_trimmed(task.last_modified, stamp_zone),
        "ChangeKey": task.change_key,
        "Categories": list(task.categories),
        "AssignedTo": task.assigned_to,
        "Body": {"ContentType": task.body.content_type._value_, "Content": task.body.content},
        "CompletedDateTime": _dtz(task.completed, view),
        "DueDateTime": _dtz(task.due, view),
        "HasAttachments": task.has_attachments,
        "Importance": task.importance._value_,
        "IsReminderOn": task.is_reminder_on,
        "Owner": task.owner,
        "ParentFolderId": task.folder_id,
        "Recurrence": _recurrence(task.recurrence),
        "ReminderDateTime": _dtz(task.reminder, view),
        "Sensitivity": task.sensitivity._value_,
        "StartDateTime": _dtz(task.start, view),
        "Status": task.status._value_,
        "Subject": task.subject,
    }


def render_folder(folder: TaskFolder, view: View) -> dict:
    return {
        "@odata.id": view.entity_id(f"TaskFolders('{folder.id}')"),
        "Id": folder.id,
        "ChangeKey": folder.change_key,
        "Name": folder.name,
        "IsDefaultFolder": folder.is_default,
        "ParentGroupKey": str(folder.group_key),
    }


def render_group(group: TaskGroup, view: View) -> dict:
    return {
        "@odata.id": view.entity_id(f"TaskGroups('{group.id}')"),
        "Id": group.id,
        "ChangeKey": group.change_key,
        "Name": group.name,
        "IsDefaultGroup": group.is_default,
        "GroupKey": str(group.group_key),
    }


def render_attachment(attachment: Attachment, item_id: str, view: View, entity_set: str = "Tasks") -> dict:
    """An attachment of the item ``{entity_set}('{item_id}')`` (a task, an event or a message)."""
    kind = type(attachment).__name__
    out = {
        "@odata.type": f"#{NS}.{kind}",
        "@odata.id": view.entity_id(f"{entity_set}('{item_id}')/Attachments('{attachment.id}')"),
        "Id": attachment.id,
        "LastModifiedDateTime": offset_trimmed(attachment.last_modified, view.zone),
        "Name": attachment.name,
        "ContentType": attachment.content_type,
        "Size": attachment.size,
        "IsInline": attachment.is_inline,
    }
    if isinstance(attachment, FileAttachment):
        out |= {
            "ContentId": attachment.content_id,
            "ContentLocation": attachment.content_location,
            "ContentBytes": base64.b64encode(attachment.content).decode("ascii"),
        }
    elif isinstance(attachment, ReferenceAttachment):
        out |= {
            "SourceUrl": attachment.source_url,
            "ProviderType": attachment.provider_type.value,
            "ThumbnailUrl": attachment.thumbnail_url,
            "PreviewUrl": attachment.preview_url,
            "Permission": attachment.permission.value,
            "IsFolder": attachment.is_folder,
        }
    return out


# -- query shapes (what $filter/$orderby/$select may name) -------------------
TASK_SHAPE = EntityShape(
    name=f"{NS}.Task",
    properties={
        "Id": "String",
        "CreatedDateTime": "DateTimeOffset",
        "LastModifiedDateTime": "DateTimeOffset",
        "ChangeKey": "String",
        "Categories": "Collection(String)",
        "AssignedTo": "String",
        "Body": "ItemBody",
        "CompletedDateTime": "DateTimeTimeZone",
        "DueDateTime": "DateTimeTimeZone",
        "HasAttachments": "Boolean",
        "Importance": "Enum",
        "IsReminderOn": "Boolean",
        "Owner": "String",
        "ParentFolderId": "String",
        "Recurrence": "PatternedRecurrence",
        "ReminderDateTime": "DateTimeTimeZone",
        "Sensitivity": "Enum",
        "StartDateTime": "DateTimeTimeZone",
        "Status": "Enum",
        "Subject": "String",
        **extended.SHAPE_PROPERTIES,
    },
    # Filterable column of the Task property table.
    filterable=frozenset(
        {
            extended.SINGLE,
            "AssignedTo",
            "Categories",
            "CompletedDateTime",
            "CreatedDateTime",
            "DueDateTime",
            "Importance",
            "LastModifiedDateTime",
            "Owner",
            "StartDateTime",
            "Status",
            "Subject",
        }
    ),
)
FOLDER_SHAPE = EntityShape(
    name=f"{NS}.TaskFolder",
    properties={
        "Id": "String",
        "ChangeKey": "String",
        "Name": "String",
        "IsDefaultFolder": "Boolean",
        "ParentGroupKey": "Guid",
        **extended.SHAPE_PROPERTIES,
    },
    filterable=frozenset({"IsDefaultFolder", "Name", extended.SINGLE}),
)
GROUP_SHAPE = EntityShape(
    name=f"{NS}.TaskGroup",
    properties={
        "Id": "String",
        "ChangeKey": "String",
        "Name": "String",
        "IsDefaultGroup": "Boolean",
        "GroupKey": "Guid",
    },
    filterable=frozenset({"IsDefaultGroup", "Name"}),
)
ATTACHMENT_SHAPE = EntityShape(
    name=f"{NS}.Attachment",
    # $select may name the properties of every kind of attachment; a kind that lacks one simply
    # does not show it (the spec's AttachmentSelect).
    properties={
        "Id": "String",
        "LastModifiedDateTime": "DateTimeOffset",
        "Name": "String",
        "ContentType": "String",
        "Size": "Int32",
        "IsInline": "Boolean",
        "ContentId": "String",
        "ContentLocation": "String",
        "ContentBytes": "String",
        "SourceUrl": "String",
        "ProviderType": "Enum",
        "ThumbnailUrl": "String",
        "PreviewUrl": "String",
        "Permission": "Enum",
        "IsFolder": "Boolean",
    },
    # The spec's AttachmentFilter/AttachmentOrderBy.
    filterable=frozenset({"LastModifiedDateTime", "Name", "IsInline"}),
)


# -- list members as the query engine reads them (see wire/listing.py) -----------------
def _stamp_zone(view: View) -> str | None:
    return None if broken("utc_offsets_despite_prefer") else view.zone


def _single_extended(item: Any, _view: View) -> list[dict]:
    return extended.filter_view(item.extended)[extended.SINGLE]


TASK_KIND = Kind(
    TASK_SHAPE,
    {
        extended.SINGLE: _single_extended,
        "AssignedTo": lambda t, v: t.assigned_to,
        "Categories": lambda t, v: list(t.categories),
        "CompletedDateTime": lambda t, v: _dtz(t.completed, v),
        "CreatedDateTime": lambda t, v: offset_trimmed(t.created, _stamp_zone(v)),
        "DueDateTime": lambda t, v: _dtz(t.due, v),
        "Importance": lambda t, v: t.importance.value,
        "LastModifiedDateTime": lambda t, v: offset_trimmed(t.last_modified, _stamp_zone(v)),
        "Owner": lambda t, v: t.owner,
        "StartDateTime": lambda t, v: _dtz(t.start, v),
        "Status": lambda t, v: t.status.value,
        "Subject": lambda t, v: t.subject,
    },
)
FOLDER_KIND = Kind(
    FOLDER_SHAPE,
    {
        extended.SINGLE: _single_extended,
        "Name": lambda f, v: f.name,
        "IsDefaultFolder": lambda f, v: f.is_default,
    },
)
GROUP_KIND = Kind(GROUP_SHAPE, {"Name": lambda g, v: g.name, "IsDefaultGroup": lambda g, v: g.is_default})
ATTACHMENT_KIND = Kind(
    ATTACHMENT_SHAPE,
    {
        "LastModifiedDateTime": lambda a, v: offset_trimmed(a.last_modified, v.zone),
        "Name": lambda a, v: a.name,
        "IsInline": lambda a, v: a.is_inline,
    },
)


# -- parsing -------------------------------------------------------------------
@functools.cache  # one parser per enum, built once: parsers call it for their members' enums on every body
def _enum(kind: type[enum.Enum]) -> Callable[[Any, str], Any]:
    by_name = {m.value.lower(): m for m in kind}

    def parse(value: Any, field: str) -> Any:
        # Outlook matched enum names case-insensitively (clients sent "weekly").
        member = by_name.get(value.lower()) if isinstance(value, str) else None
        if member is None:
            raise RequestBodyRead(f"Cannot convert the literal '{value}' to the expected type '{NS}.{kind.__name__}'.")
        return member

    return parse


def _string(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise RequestBodyRead(f"The property '{field}' must be a string.")
    return value


def _nonempty_string(value: Any, field: str) -> str:
    if not _string(value, field):
        raise RequestBodyRead(f"The property '{field}' must not be empty.")
    return value


def _bool(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise RequestBodyRead(f"The property '{field}' must be a boolean.")
    return value


def _bool_or_word(value: Any, field: str) -> bool:
    """``"IsFolder": "False"``, as the seed sends it, is read as the boolean it names."""
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return _bool(value, field)


def _int(value: Any, field: str) -> int:
    # JSON has one number type: 3.0 is the integer 3 (JSON Schema agrees), 3.5 is not an integer.
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not -(2**31) <= value < 2**31:
        raise RequestBodyRead(f"The property '{field}' must be a 32-bit integer.")
    return value


def _int_between(low: int, high: int) -> Callable[[Any, str], int]:
    """A recurrence number within the bounds the spec gives it, whether or not the pattern uses it:
    unused fields are stored and echoed as sent, so they must be values a response may carry."""

    def parse(value: Any, field: str) -> int:
        number = _int(value, field)
        if not low <= number <= high:
            raise ErrorCalendarInvalidRecurrence(f"'{field}' must be between {low} and {high}; got {number}.")
        return number

    return parse


def _object(value: Any, field: str) -> dict:
    if not isinstance(value, dict):
        raise RequestBodyRead(f"The property '{field}' must be an object.")
    return value


def _nullable(parse: Callable[[Any, str], Any]) -> Callable[[Any, str], Any]:
    return lambda value, field: None if value is None else parse(value, field)


def _strings(value: Any, field: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RequestBodyRead(f"The property '{field}' must be an array of strings.")
    return tuple(value)


def _properties(
    value: Any, field: str, parsers: Mapping[str, Callable[[Any, str], Any]], required: tuple[str, ...] = ()
) -> dict[str, Any]:
    body = _object(value, field)
    out = {}
    for name, raw in body.items():
        if name.startswith("@"):
            continue  # OData annotations (e.g. @odata.type) carry no data here
        if name not in parsers:
            raise RequestBodyRead(f"The property '{name}' does not exist on type '{field}'.")
        out[name] = parsers[name](raw, f"{field}.{name}")
    missing = [name for name in required if name not in out]
    if missing:
        raise RequestBodyRead(f"The property '{missing[0]}' is required in '{field}'.")
    return out


def _item_body(value: Any, field: str) -> ItemBody:
    props = _properties(value, field, {"ContentType": _enum(BodyType), "Content": _string})
    return ItemBody(props.get("ContentType", BodyType.TEXT), props.get("Content") or "")


_LOCAL_DATE_TIME = {"DateTime": parse_local, "TimeZone": _string}


def _local_date_time(value: Any, field: str) -> LocalDateTime:
    props = _properties(value, field, _LOCAL_DATE_TIME, required=("DateTime", "TimeZone"))
    return LocalDateTime(props["DateTime"], props["TimeZone"])


# What each pattern type needs besides Type and Interval (the spec's RecurrencePatternInput).
# The store would fill in defaults, but a client that leaves them out has not said what it means.
_PATTERN_NEEDS = {
    rec.PatternType.Daily: (),
    rec.PatternType.Weekly: ("DaysOfWeek", "FirstDayOfWeek"),
    rec.PatternType.AbsoluteMonthly: ("DayOfMonth",),
    rec.PatternType.RelativeMonthly: ("DaysOfWeek", "Index"),
    rec.PatternType.AbsoluteYearly: ("DayOfMonth", "Month"),
    rec.PatternType.RelativeYearly: ("DaysOfWeek", "Index", "Month"),
}


def _pattern(value: Any, field: str) -> rec.RecurrencePattern:
    day = _enum(rec.DayOfWeek)
    props = _properties(
        value,
        field,
        {
            "Type": _enum(rec.PatternType),
            "Interval": _int,
            "Month": _int_between(0, 12),
            "DayOfMonth": _int_between(0, 31),
            "DaysOfWeek": lambda v, f: tuple(day(d, f) for d in _strings(v, f)),
            "FirstDayOfWeek": day,
            "Index": _enum(rec.WeekIndex),
        },
        required=("Type",),
    )
    missing = [name for name in ("Interval", *_PATTERN_NEEDS[props["Type"]]) if name not in props]
    if missing:
        raise ErrorCalendarInvalidRecurrence(f"A {props['Type'].value} pattern needs '{field}.{missing[0]}'.")
    return rec.RecurrencePattern(
        type=props["Type"],
        interval=props.get("Interval", 1),
        month=props.get("Month", 0),
        day_of_month=props.get("DayOfMonth", 0),
        days_of_week=props.get("DaysOfWeek", ()),
        first_day_of_week=props.get("FirstDayOfWeek", rec.DayOfWeek.Sunday),
        index=props.get("Index", rec.WeekIndex.First),
    )


def _range_date(value: Any, field: str):
    # Outlook writes an unset range date as 0001-01-01.
    return None if value is None or value == "0001-01-01" else parse_date(value, field)


def _range(value: Any, field: str) -> rec.RecurrenceRange:
    props = _properties(
        value,
        field,
        {
            "Type": _enum(rec.RangeType),
            "StartDate": _range_date,
            "EndDate": _range_date,
            "NumberOfOccurrences": _int_between(0, rec.MAX_OCCURRENCES),
            "RecurrenceTimeZone": _nullable(_string),
        },
        required=("Type",),
    )
    return rec.RecurrenceRange(
        type=props["Type"],
        start_date=props.get("StartDate"),
        end_date=props.get("EndDate"),
        number_of_occurrences=props.get("NumberOfOccurrences", 0),
    )


def _patterned_recurrence(value: Any, field: str) -> rec.PatternedRecurrence:
    props = _properties(value, field, {"Pattern": _pattern, "Range": _range}, required=("Pattern", "Range"))
    return rec.PatternedRecurrence(props["Pattern"], props["Range"])


_TASK_WRITABLE: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    # Not nullable (the spec's NewTask/TaskPatch): "" / {} / [] clear them; null is a wrong value type.
    "Subject": ("subject", _string),
    "Body": ("body", _item_body),
    "Categories": ("categories", _strings),
    "Importance": ("importance", _enum(Importance)),
    "Sensitivity": ("sensitivity", _enum(Sensitivity)),
    "Status": ("status", _enum(TaskStatus)),
    "IsReminderOn": ("is_reminder_on", _bool),
    "StartDateTime": ("start", _nullable(_local_date_time)),
    "DueDateTime": ("due", _nullable(_local_date_time)),
    "CompletedDateTime": ("completed", _nullable(_local_date_time)),
    "ReminderDateTime": ("reminder", _nullable(_local_date_time)),
    "Recurrence": ("recurrence", _nullable(_patterned_recurrence)),
}
_TASK_READ_ONLY = frozenset(
    {
        "Id",
        "ChangeKey",
        "CreatedDateTime",
        "LastModifiedDateTime",
        "HasAttachments",
        "Owner",
        "AssignedTo",
        "ParentFolderId",
        "Attachments",
    }
)


def parse_fields(
    body: Mapping[str, Any],
    writable: Mapping[str, tuple[str, Callable[[Any, str], Any]]],
    read_only: frozenset[str],
    entity: str,
    *,
    namespace: str = NS,
    with_extended: bool = True,
) -> dict[str, Any]:
    """Request JSON -> store fields of an item: only writable properties, each value type-checked.

    ``namespace`` names the entity type in errors; ``with_extended``: the body may carry extended properties
    (v2.0 items; the 2014 preview has none).
    """
    extended_part = None
    if with_extended:
        body, extended_part = extended.split_body(body)
    fields: dict[str, Any] = {"extended": extended.parse(extended_part)} if extended_part else {}
    for name, value in body.items():
        if name.startswith("@"):
            continue
        if name in read_only:
            raise ErrorInvalidProperty(f"The property '{name}' is read-only and cannot be set.")
        if name not in writable:
            if broken("accept_unknown_properties"):
                continue
            raise RequestBodyRead(f"The property '{name}' does not exist on type '{namespace}.{entity}'.")
        store_name, parse = writable[name]
        fields[store_name] = parse(value, name)
    return fields


def parse_task(body: Mapping[str, Any]) -> dict[str, Any]:
    """Request JSON -> store fields of a task (POST and PATCH alike)."""
    return parse_fields(body, _TASK_WRITABLE, _TASK_READ_ONLY, "Task")


def parse_name(
    body: Mapping[str, Any], entity: str, read_only: frozenset[str], required: bool, *, namespace: str = NS
) -> str | None:
    """Bodies whose only writable property is ``Name`` (task folders and groups; preview calendar groups, calendars)."""
    for name in body:
        if name.startswith("@") or name == "Name":
            continue
        if name in read_only:
            raise ErrorInvalidProperty(f"The property '{name}' is read-only and cannot be set.")
        raise RequestBodyRead(f"The property '{name}' does not exist on type '{namespace}.{entity}'.")
    if "Name" not in body:
        if required:
            raise RequestBodyRead("The property 'Name' is required.")
        return None
    return _string(body["Name"], "Name")


FOLDER_READ_ONLY = frozenset({"Id", "ChangeKey", "IsDefaultFolder", "ParentGroupKey", "Tasks"})
GROUP_READ_ONLY = frozenset({"Id", "ChangeKey", "IsDefaultGroup", "GroupKey", "TaskFolders"})

_ATTACHMENT_COMMON = {"Name": _nonempty_string, "ContentType": _nullable(_string), "IsInline": _bool}


def _base64(value: Any, field: str) -> bytes:
    try:
        return base64.b64decode(_string(value, field), validate=True)
    except (binascii.Error, ValueError):
        raise RequestBodyRead(f"The property '{field}' must be base64-encoded binary.") from None


def parse_attachment(
    body: Mapping[str, Any], parse_item: Callable[[Any, str], tuple[Any, int]]
) -> Callable[[str, Any], Attachment]:
    """Request JSON -> a builder the store calls with the new id and timestamp.

    ``parse_item`` reads an item attachment's ``Item`` into (the store object, its size); it raises as
    the resource's own POST would (see ``attached.py``).
    """
    kind = body.get("@odata.type")
    kind = kind.lstrip("#").lower() if isinstance(kind, str) else None
    if kind == f"{NS}.FileAttachment".lower():
        p = _properties(
            body,
            "FileAttachment",
            {
                **_ATTACHMENT_COMMON,
                "ContentBytes": _base64,
                "ContentId": _nullable(_string),
                "ContentLocation": _nullable(_string),
            },
            required=("Name",) if broken("accept_attachment_without_content") else ("Name", "ContentBytes"),
        )
        return lambda id_, now: FileAttachment(
            id_,
            p["Name"],
            now,
            p.get("ContentType") or "application/octet-stream",
            p.get("IsInline", False),
            content=p.get("ContentBytes", b""),
            content_id=p.get("ContentId"),
            content_location=p.get("ContentLocation"),
        )
    if kind == f"{NS}.ItemAttachment".lower():
        p = _properties(body, "ItemAttachment", {**_ATTACHMENT_COMMON, "Item": parse_item}, required=("Name", "Item"))
        item, size = p["Item"]
        return lambda id_, now: ItemAttachment(
            id_, p["Name"], now, p.get("ContentType"), p.get("IsInline", False), item=item, item_size=size
        )
    if kind == f"{NS}.ReferenceAttachment".lower():
        p = _properties(
            body,
            "ReferenceAttachment",
            {
                **_ATTACHMENT_COMMON,
                "SourceUrl": _nonempty_string,
                "ProviderType": _enum(ReferenceProvider),
                "Permission": _enum(ReferencePermission),
                "IsFolder": _bool_or_word,
                "ThumbnailUrl": _nullable(_string),
                "PreviewUrl": _nullable(_string),
            },
            required=("Name", "SourceUrl"),
        )
        return lambda id_, now: ReferenceAttachment(
            id_,
            p["Name"],
            now,
            p.get("ContentType"),
            p.get("IsInline", True),
            source_url=p["SourceUrl"],
            provider_type=p.get("ProviderType", ReferenceProvider.OTHER),
            permission=p.get("Permission", ReferencePermission.OTHER),
            is_folder=p.get("IsFolder", False),
            thumbnail_url=p.get("ThumbnailUrl"),
            preview_url=p.get("PreviewUrl"),
        )
    raise RequestBodyRead(f"'@odata.type' must be #{NS}.FileAttachment, ItemAttachment or ReferenceAttachment.")
