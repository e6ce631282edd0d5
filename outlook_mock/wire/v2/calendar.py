"""Calendars and events in v2.0: their JSON both ways, and their handlers.

As for mail and contacts, every rule lives in the store (``store/calendar.py``);
this module maps JSON to store fields and back. Start/End travel as
DateTimeTimeZone through the task machinery (``formats.parse_local`` in,
``formats.local_fixed`` out, in UTC or the ``Prefer: outlook.timezone`` zone).
Extended properties travel exactly as on messages (``extended.py``).
Event writes go through ``store/meetings.py``, so a meeting created here
invites, updates and cancels like one created through the 2014 preview.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlencode

from starlette.responses import Response

from ...errors import ErrorInvalidParameter, ErrorInvalidProperty, RequestBodyRead
from ...faults import broken
from ...odata_query import EntityShape
from ...store import Mailbox, meetings
from ...store.calendar import (
    Attendee,
    AttendeeType,
    Calendar,
    CalendarColor,
    CalendarGroup,
    Event,
    FreeBusyStatus,
    ResponseStatus,
)
from ...store.extended_properties import ExtendedChanges
from ...store.indexes import ALL
from ...store.values import Importance, Sensitivity, ZonedInstant
from ..formats import local_fixed, offset_trimmed, parse_instant
from ..http import Call
from ..listing import Kind, StoredList
from . import extended, sync
from .common import collection, entity_response, expanded_properties, request_view, single_extended, url_key
from .mail import _email_address, _recipient, _recipient_input
from .representations import (
    NS,
    View,
    _bool,
    _enum,
    _int,
    _item_body,
    _local_date_time,
    _nullable,
    _patterned_recurrence,
    _properties,
    _recurrence,
    _string,
    _strings,
    etag,
    parse_fields,
    parse_name,
)

UNSET_TIME = "0001-01-01T00:00:00Z"  # ResponseStatus.Time / Attendee Status.Time before any response


# -- rendering ---------------------------------------------------------------------
def _event_time(value: ZonedInstant, view: View) -> dict:
    zone = "UTC" if broken("event_prefer_timezone_ignored") else (view.zone or "UTC")
    return {"DateTime": local_fixed(value.utc, zone), "TimeZone": zone}


def _response_status(status: ResponseStatus) -> dict:
    return {"Response": status.response.value, "Time": offset_trimmed(status.time, None) if status.time else UNSET_TIME}


def _attendee(attendee: Attendee) -> dict:
    return {
        "Status": _response_status(attendee.status),
        "Type": attendee.type.value,
        "EmailAddress": {"Name": attendee.email.name, "Address": attendee.email.address},
    }


def render_event(event: Event, organizer: Any, view: View) -> dict:
    origin = view.base_url.split("/api/", 1)[0]
    lost = broken("event_original_zone_not_recorded")
    return {
        "@odata.id": view.entity_id(f"Events('{event.id}')"),
        "@odata.etag": etag(event.change_key),
        "Id": event.id,
        "CreatedDateTime": offset_trimmed(event.created, None),
        "LastModifiedDateTime": offset_trimmed(event.last_modified, None),
        "ChangeKey": event.change_key,
        "Categories": list(event.categories),
        "OriginalStartTimeZone": "UTC" if lost else event.start.zone,
        "OriginalEndTimeZone": "UTC" if lost else event.end.zone,
        "ResponseStatus": _response_status(event.response),
        "iCalUId": event.ical_uid,
        "ReminderMinutesBeforeStart": event.reminder_minutes,
        "IsReminderOn": event.is_reminder_on,
        "HasAttachments": event.has_attachments,
        "Subject": event.subject,
        "Body": {"ContentType": event.body.content_type.value, "Content": event.body.content},
        "BodyPreview": event.body_preview,
        "Importance": event.importance.value,
        "Sensitivity": event.sensitivity.value,
        "Start": _event_time(event.start, view),
        "End": _event_time(event.end, view),
        "Location": {"DisplayName": event.location},
        "IsAllDay": event.is_all_day,
        "IsCancelled": event.is_cancelled,
        "IsOrganizer": event.is_organizer,
        "Recurrence": _recurrence(event.recurrence),
        "ResponseRequested": event.response_requested,
        "SeriesMasterId": event.series_master_id,  # set on occurrences and exceptions
        "ShowAs": event.show_as.value,
        "Type": event.type,
        "Attendees": [_attendee(a) for a in event.attendees],
        "Organizer": _recipient(event.organizer or organizer),
        "WebLink": f"{origin}/owa/?ItemID={quote(event.id, safe='')}&exvsurl=1"
        "&viewmodel=ICalendarItemDetailsViewModelFactory",
    }


def render_group(group: CalendarGroup, view: View) -> dict:
    return {
        "@odata.id": view.entity_id(f"CalendarGroups('{group.id}')"),
        "@odata.etag": etag(group.change_key),
        "Id": group.id,
        "Name": group.name,
        "ChangeKey": group.change_key,
        "ClassId": group.class_id,
    }


def render_calendar(calendar: Calendar, view: View) -> dict:
    return {
        "@odata.id": view.entity_id(f"Calendars('{calendar.id}')"),
        "Id": calendar.id,
        "Name": calendar.name,
        "Color": calendar.color.value,
        "ChangeKey": calendar.change_key,
    }


# -- query shapes --------------------------------------------------------------------
# Filterable: the Filterable column of the Event [v2] and Calendar [v2] property tables (plus Subject, which
# the table excerpt lacks and the real service filtered on).
EVENT_SHAPE = EntityShape(
    name=f"{NS}.Event",
    properties={
        "Id": "String",
        "CreatedDateTime": "DateTimeOffset",
        "LastModifiedDateTime": "DateTimeOffset",
        "ChangeKey": "String",
        "Categories": "Collection(String)",
        "OriginalStartTimeZone": "String",
        "OriginalEndTimeZone": "String",
        "ResponseStatus": "ResponseStatus",
        "iCalUId": "String",
        "ReminderMinutesBeforeStart": "Int32",
        "IsReminderOn": "Boolean",
        "HasAttachments": "Boolean",
        "Subject": "String",
        "Body": "ItemBody",
        "BodyPreview": "String",
        "Importance": "Enum",
        "Sensitivity": "Enum",
        "Start": "DateTimeTimeZone",
        "End": "DateTimeTimeZone",
        "Location": "Location",
        "IsAllDay": "Boolean",
        "IsCancelled": "Boolean",
        "IsOrganizer": "Boolean",
        "Recurrence": "PatternedRecurrence",
        "ResponseRequested": "Boolean",
        "SeriesMasterId": "String",
        "ShowAs": "Enum",
        "Type": "Enum",
        "Attendees": "Collection(Attendee)",
        "Organizer": "Recipient",
        "WebLink": "String",
        **extended.SHAPE_PROPERTIES,
    },
    filterable=frozenset(
        {
            extended.SINGLE,
            "CreatedDateTime",
            "LastModifiedDateTime",
            "End",
            "HasAttachments",
            "Importance",
            "iCalUId",
            "IsAllDay",
            "IsCancelled",
            "IsOrganizer",
            "IsReminderOn",
            "Location",
            "OriginalEndTimeZone",
            "OriginalStartTimeZone",
            "Organizer",
            "ResponseRequested",
            "ResponseStatus",
            "Sensitivity",
            "ShowAs",
            "Start",
            "Subject",
            "Type",
        }
    ),
)
CALENDAR_SHAPE = EntityShape(
    name=f"{NS}.Calendar",
    properties={"Id": "String", "Name": "String", "Color": "Enum", "ChangeKey": "String", **extended.SHAPE_PROPERTIES},
    filterable=frozenset({extended.SINGLE, "Name", "Color"}),
)

# The CalendarGroup table of the reference: Name and ClassId are filterable.
GROUP_SHAPE = EntityShape(
    name=f"{NS}.CalendarGroup",
    properties={"Id": "String", "Name": "String", "ChangeKey": "String", "ClassId": "Guid"},
    filterable=frozenset({"Name", "ClassId"}),
)
GROUP_READ_ONLY = frozenset({"Id", "ChangeKey", "ClassId", "Calendars"})


# -- list members as the query engine reads them (see wire/listing.py) -----------------
# Organizer has no getter: an event without one shows the mailbox's owner, which is not a value of the event.
def _original_zone(value: ZonedInstant) -> str:
    return "UTC" if broken("event_original_zone_not_recorded") else value.zone


EVENT_KIND = Kind(
    EVENT_SHAPE,
    {
        extended.SINGLE: single_extended("event_lists_ignore_extended_filter"),
        "CreatedDateTime": lambda e, v: offset_trimmed(e.created, None),
        "LastModifiedDateTime": lambda e, v: offset_trimmed(e.last_modified, None),
        "End": lambda e, v: _event_time(e.end, v),
        "HasAttachments": lambda e, v: e.has_attachments,
        "Importance": lambda e, v: e.importance.value,
        "iCalUId": lambda e, v: e.ical_uid,
        "IsAllDay": lambda e, v: e.is_all_day,
        "IsCancelled": lambda e, v: e.is_cancelled,
        "IsOrganizer": lambda e, v: e.is_organizer,
        "IsReminderOn": lambda e, v: e.is_reminder_on,
        "Location": lambda e, v: {"DisplayName": e.location},
        "OriginalEndTimeZone": lambda e, v: _original_zone(e.end),
        "OriginalStartTimeZone": lambda e, v: _original_zone(e.start),
        "ResponseRequested": lambda e, v: e.response_requested,
        "ResponseStatus": lambda e, v: _response_status(e.response),
        "Sensitivity": lambda e, v: e.sensitivity.value,
        "ShowAs": lambda e, v: e.show_as.value,
        "Start": lambda e, v: _event_time(e.start, v),
        "Subject": lambda e, v: e.subject,
        "Type": lambda e, v: e.type,
    },
)
GROUP_KIND = Kind(GROUP_SHAPE, {"Name": lambda g, v: g.name, "ClassId": lambda g, v: g.class_id})
CALENDAR_KIND = Kind(
    CALENDAR_SHAPE,
    {
        extended.SINGLE: single_extended("event_lists_ignore_extended_filter"),
        "Name": lambda c, v: c.name,
        "Color": lambda c, v: c.color.value,
    },
)


# -- parsing ---------------------------------------------------------------------------
def _attendee_input(value: Any, field: str) -> Attendee:
    # Status is the server's (accepted so a client can send back what it read, then ignored).
    props = _properties(
        value,
        field,
        {"EmailAddress": _email_address, "Type": _enum(AttendeeType), "Status": lambda v, f: v},
        required=("EmailAddress",),
    )
    return Attendee(props["EmailAddress"], props.get("Type", AttendeeType.REQUIRED))


def _attendees(value: Any, field: str) -> tuple[Attendee, ...]:
    if not isinstance(value, list):
        raise RequestBodyRead(f"The property '{field}' must be an array of attendees.")
    return tuple(_attendee_input(item, field) for item in value)


def _location(value: Any, field: str) -> str:
    if value is None:
        return ""
    return _properties(value, field, {"DisplayName": _string}).get("DisplayName", "")


def _reminder_minutes(value: Any, field: str) -> int:
    minutes = _int(value, field)
    if minutes < 0:
        raise RequestBodyRead(f"The property '{field}' must not be negative.")
    return minutes


_EVENT_WRITABLE: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "Subject": ("subject", lambda v, f: "" if v is None else _string(v, f)),
    "Body": ("body", _item_body),
    "Importance": ("importance", _enum(Importance)),
    "Sensitivity": ("sensitivity", _enum(Sensitivity)),
    "ShowAs": ("show_as", _enum(FreeBusyStatus)),
    "Start": ("start", _local_date_time),
    "End": ("end", _local_date_time),
    "IsAllDay": ("is_all_day", _bool),
    "Attendees": ("attendees", _attendees),
    "Location": ("location", _location),
    "Categories": ("categories", _strings),
    "IsReminderOn": ("is_reminder_on", _bool),
    "ReminderMinutesBeforeStart": ("reminder_minutes", _reminder_minutes),
    "ResponseRequested": ("response_requested", _bool),
    "Recurrence": ("recurrence", _nullable(_patterned_recurrence)),
    "Organizer": ("organizer", _nullable(_recipient_input)),
    "IsCancelled": ("is_cancelled", _bool),
}
_EVENT_READ_ONLY = frozenset(
    {
        "Id",
        "ChangeKey",
        "CreatedDateTime",
        "LastModifiedDateTime",
        "OriginalStartTimeZone",
        "OriginalEndTimeZone",
        "ResponseStatus",
        "iCalUId",
        "HasAttachments",
        "BodyPreview",
        "IsOrganizer",
        "SeriesMasterId",
        "Type",
        "WebLink",
        "Attachments",
        "Calendar",
        "Instances",
    }
)
_CALENDAR_READ_ONLY = frozenset({"Id", "ChangeKey", "Events", "CalendarView"})


def parse_event(body: Mapping[str, Any]) -> dict[str, Any]:
    """Request JSON -> store fields of an event (POST and PATCH alike)."""
    return parse_fields(body, _EVENT_WRITABLE, _EVENT_READ_ONLY, "Event")


def parse_calendar(
    body: Mapping[str, Any], required: bool
) -> tuple[str | None, CalendarColor | None, ExtendedChanges | None]:
    """(Name, Color, extended properties) of a calendar body."""
    body, extended_part = extended.split_body(body)
    for name in body:
        if name.startswith("@") or name in ("Name", "Color"):
            continue
        if name in _CALENDAR_READ_ONLY:
            raise ErrorInvalidProperty(f"The property '{name}' is read-only and cannot be set.")
        raise RequestBodyRead(f"The property '{name}' does not exist on type '{NS}.Calendar'.")
    if "Name" not in body and required:
        raise RequestBodyRead("The property 'Name' is required.")
    name = _string(body["Name"], "Name") if "Name" in body else None
    color = _enum(CalendarColor)(body["Color"], "Color") if "Color" in body else None
    return name, color, (extended.parse(extended_part) if extended_part else None)


# -- handlers: calendar groups (the same groups the 2014 preview shows) -----------------
def list_groups(call: Call, mailbox: Mailbox) -> Response:
    view = request_view(call)
    listing = StoredList(GROUP_KIND, view, lambda g: render_group(g, view), mailbox.calendar.groups)
    return collection(call, "Me/CalendarGroups", listing, "me/calendargroups")


def get_group(call: Call, mailbox: Mailbox) -> Response:
    group = mailbox.calendar.get_group(call.params["group_id"])
    return entity_response(call, "Me/CalendarGroups", GROUP_SHAPE, render_group(group, request_view(call)))


def create_group(call: Call, mailbox: Mailbox) -> Response:
    name = parse_name(call.json(), "CalendarGroup", GROUP_READ_ONLY, required=True)
    group = mailbox.calendar.create_group(name or "")
    return entity_response(call, "Me/CalendarGroups", GROUP_SHAPE, render_group(group, request_view(call)), 201)


def update_group(call: Call, mailbox: Mailbox) -> Response:
    group = mailbox.calendar.get_group(call.params["group_id"])  # 404 before 400
    name = parse_name(call.json(), "CalendarGroup", GROUP_READ_ONLY, required=False)
    if name is not None:
        group = mailbox.calendar.rename_group(group.id, name)
    return entity_response(call, "Me/CalendarGroups", GROUP_SHAPE, render_group(group, request_view(call)))


def delete_group(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.delete_group(call.params["group_id"])
    return Response(status_code=204)


# -- handlers: calendars ----------------------------------------------------------------


def _calendar_id(call: Call) -> str | None:
    """The calendar of the path: ``calendars('{id}')``, or None for ``/me/calendar`` (the default one)."""
    return call.params.get("calendar_id")


def list_calendars(call: Call, mailbox: Mailbox) -> Response:
    """GET /me/calendars (every calendar) and /me/calendargroups/{id}/calendars (those of one group)."""
    view = request_view(call)
    group_id = call.params.get("group_id")
    container = mailbox.calendar.calendar_container(group_id)
    calendars = mailbox.calendar.calendars
    listing = StoredList(CALENDAR_KIND, view, lambda c: render_calendar(c, view), calendars, container)
    path = "Calendars" if group_id is None else f"CalendarGroups('{url_key(call.params['group_id'])}')/Calendars"
    return collection(call, f"Me/{path}", listing, f"me/{path}")


def get_calendar(call: Call, mailbox: Mailbox) -> Response:
    calendar = mailbox.calendar.get_calendar(_calendar_id(call))
    expanded = expanded_properties(call, calendar.extended, f"Me/Calendars('{url_key(calendar.id)}')")
    item = render_calendar(calendar, request_view(call))
    context = "Me/Calendars" if _calendar_id(call) is not None else "Me/Calendar"
    return entity_response(call, context, CALENDAR_SHAPE, item, expanded=expanded)


def create_calendar(call: Call, mailbox: Mailbox) -> Response:
    """POST /me/calendars (into the default group) and /me/calendargroups/{id}/calendars."""
    group_id = call.params.get("group_id")
    if group_id is not None:
        group_id = mailbox.calendar.get_group(group_id).id  # 404 before 400
    name, color, extended_part = parse_calendar(call.json(), required=True)
    calendar = mailbox.calendar.create_calendar(name or "", color, extended_part, group_id)
    return entity_response(call, "Me/Calendars", CALENDAR_SHAPE, render_calendar(calendar, request_view(call)), 201)


def update_calendar(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.get_calendar(_calendar_id(call))  # 404 before 400
    name, color, extended_part = parse_calendar(call.json(), required=False)
    calendar = mailbox.calendar.update_calendar(_calendar_id(call), name, color, extended_part)
    context = "Me/Calendars" if _calendar_id(call) is not None else "Me/Calendar"
    return entity_response(call, context, CALENDAR_SHAPE, render_calendar(calendar, request_view(call)))


def delete_calendar(call: Call, mailbox: Mailbox) -> Response:
    calendar_id = _calendar_id(call)
    mailbox.calendar.delete_calendar(mailbox.calendar.default.id if calendar_id is None else calendar_id)
    return Response(status_code=204)


# -- handlers: events --------------------------------------------------------------------
def _event_collection(call: Call, mailbox: Mailbox, container: object, path: str) -> Response:
    return collection(call, f"Me/{path}", _events(call, mailbox, mailbox.calendar.events, container), f"me/{path}")


def _events(call: Call, mailbox: Mailbox, events: Mapping[str, Event], container: Hashable = ALL) -> StoredList:
    """A list of events as every event list shows them, with their $expand (Attachments, extended properties)."""
    from .attached import EVENT_ATTACHMENTS  # (attached.py renders events: imported here, not at the top)

    view = request_view(call)
    expand = EVENT_ATTACHMENTS.list_expansion(call)
    owner = mailbox.calendar.owner
    return StoredList(EVENT_KIND, view, lambda e: render_event(e, owner, view), events, container, expand)


def list_events(call: Call, mailbox: Mailbox) -> Response:
    return _event_collection(call, mailbox, mailbox.calendar.event_container(), "Events")


def list_events_in_calendar(call: Call, mailbox: Mailbox) -> Response:
    calendar = mailbox.calendar.get_calendar(_calendar_id(call))
    path = "Calendar/Events" if _calendar_id(call) is None else f"Calendars('{url_key(calendar.id)}')/Events"
    return _event_collection(call, mailbox, calendar.id, path)


def get_event(call: Call, mailbox: Mailbox) -> Response:
    from .attached import EVENT_ATTACHMENTS  # (attached.py renders events: imported here, not at the top)

    event = mailbox.calendar.get_event(call.params["event_id"])
    expanded = EVENT_ATTACHMENTS.expanded(call, mailbox, event, event.extended, f"Me/Events('{url_key(event.id)}')")
    item = render_event(event, mailbox.calendar.owner, request_view(call))
    return entity_response(call, "Me/Events", EVENT_SHAPE, item, expanded=expanded)


def create_event(call: Call, mailbox: Mailbox) -> Response:
    calendar_id = _calendar_id(call)
    if calendar_id is not None:
        calendar_id = mailbox.calendar.get_calendar(calendar_id).id  # 404 before 400: the calendar must exist
    from .attached import new_attachments  # (attached.py renders events: not at the top)

    body, attachments = new_attachments(mailbox, call.json())
    user = call.tenant.owner_of(mailbox)
    event = meetings.create_event(call.tenant, user, parse_event(body), calendar_id, attachments)
    item = render_event(event, mailbox.calendar.owner, request_view(call))
    return entity_response(call, "Me/Events", EVENT_SHAPE, item, 201)


def update_event(call: Call, mailbox: Mailbox) -> Response:
    from .attached import new_attachments  # (attached.py renders events: not at the top)

    mailbox.calendar.get_event(call.params["event_id"])  # 404 before 400
    user = call.tenant.owner_of(mailbox)
    # Attachments in a PATCH are added, as on create (O365-Python uploads an event's new attachments that way).
    body, attachments = new_attachments(mailbox, call.json())
    event = meetings.update_event(call.tenant, user, call.params["event_id"], parse_event(body), attachments)
    item = render_event(event, mailbox.calendar.owner, request_view(call))
    return entity_response(call, "Me/Events", EVENT_SHAPE, item)


def delete_event(call: Call, mailbox: Mailbox) -> Response:
    meetings.delete_event(call.tenant, call.tenant.owner_of(mailbox), call.params["event_id"])
    return Response(status_code=204)


# -- handlers: calendar views and instances ----------------------------------------------
WINDOW = ("startDateTime", "endDateTime")


def _window(call: Call) -> tuple[datetime, datetime, str]:
    """The view's [start, end) from startDateTime/endDateTime (an offset-less value is UTC), and the query
    string that carries them into @odata.nextLink."""
    texts = [call.query.get(name.lower()) for name in WINDOW]
    if any(text is None or not text.strip() for text in texts):
        raise ErrorInvalidParameter(
            "This request requires a time window specified by the query string parameters StartDateTime and "
            "EndDateTime."
        )
    instants = []
    for name, text in zip(WINDOW, texts, strict=True):
        value = text.strip()
        if "T" in value and not value.endswith("Z") and not any(c in value[value.index("T") :] for c in "+-"):
            value += "Z"
        try:
            instants.append(parse_instant(value, name))
        except RequestBodyRead:
            raise ErrorInvalidParameter(
                f"The value '{text}' of the parameter '{name}' is not a date and time."
            ) from None
    return instants[0], instants[1], urlencode(dict(zip(WINDOW, texts, strict=True)))


def _view_collection(call: Call, mailbox: Mailbox, events: list[Event], path: str, window: str) -> Response:
    # Occurrences are computed for the window (O(window)), not stored: a plain mapping, no indexes.
    listing = _events(call, mailbox, {e.id: e for e in events})
    return collection(call, f"Me/{path}", listing, f"me/{path}?{window}")


def calendar_view(call: Call, mailbox: Mailbox, path: str = "CalendarView") -> Response:
    """GET /me/calendarview and /me/calendars/{id}/calendarview: the window's single events and occurrences."""
    calendar_id = _calendar_id(call)
    calendar = mailbox.calendar.get_calendar(calendar_id)  # 404 before 400
    start, end, window = _window(call)
    if calendar_id is not None:
        path = f"Calendars('{url_key(calendar.id)}')/CalendarView"
    if sync.is_sync(call):  # the window's changes (the machinery: sync.py)
        view = request_view(call)
        render = lambda e: render_event(e, mailbox.calendar.owner, view)  # noqa: E731
        return sync.sync_calendar_view(call, mailbox.calendar, calendar.id, (start, end, window), path, render)
    events = mailbox.calendar.calendar_view(start, end, calendar.id)
    return _view_collection(call, mailbox, events, path, window)


def default_calendar_view(call: Call, mailbox: Mailbox) -> Response:
    """GET /me/calendar/calendarview: the default calendar's view, as clients address it through /me/calendar."""
    return calendar_view(call, mailbox, "Calendar/CalendarView")


def list_instances(call: Call, mailbox: Mailbox) -> Response:
    """GET /me/events/{id}/instances: the occurrences (and exceptions) of one series in the window."""
    event = mailbox.calendar.get_event(call.params["event_id"])  # 404 before 400
    start, end, window = _window(call)
    events = mailbox.calendar.instances(event.id, start, end)
    return _view_collection(call, mailbox, events, f"Events('{url_key(event.id)}')/Instances", window)


# -- handlers: meeting responses ---------------------------------------------------------
def _send_response(value: Any, field: str) -> bool:
    """A boolean, or the words the reference's own example sends ("true"; "True", "false", "False" too)."""
    if value in ("true", "True", "false", "False"):
        return value.lower() == "true"
    return _bool(value, field)


_RESPONSE_BODY = {"Comment": _nullable(_string), "SendResponse": _send_response}


def _respond(reply: meetings.Reply) -> Callable[[Call, Mailbox], Response]:
    """POST /me/events/{id}/accept|decline|tentativelyaccept: ``Comment`` and ``SendResponse`` (default true;
    the reference's own example sends it as the string "true"). Answering sends the response to the organizer
    and keeps a copy in Sent Items; SendResponse false sends and keeps nothing. 202, no body."""

    def handler(call: Call, mailbox: Mailbox) -> Response:
        event = mailbox.calendar.get_event(call.params["event_id"])  # 404 before 400
        body = call.json() if call.body.strip() else {}
        props = _properties(body, f"{NS}.{reply.name.title()}", _RESPONSE_BODY)
        send = props.get("SendResponse", True)
        disposition = meetings.MessageDisposition.SEND_AND_SAVE_COPY if send else None
        user = call.tenant.owner_of(mailbox)
        meetings.respond(call.tenant, user, event.id, reply, disposition, props.get("Comment") or "")
        return Response(status_code=202)

    handler.__name__ = f"{reply.name.lower()}_event"
    return handler


accept_event = _respond(meetings.Reply.ACCEPT)
decline_event = _respond(meetings.Reply.DECLINE)
tentatively_accept_event = _respond(meetings.Reply.TENTATIVE)
