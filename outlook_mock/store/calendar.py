"""The calendars of one mailbox: calendars (with the default one) and their events.

Rules that live here: every mailbox has the default calendar named ``Calendar``
(``/me/calendar``), which cannot be deleted; an event created without a
calendar lands in it; Start and End are wall-clock times in a named zone (Windows
or IANA), stored as UTC instants *with their time of day* (unlike task dates)
and the zones they were given in recorded as OriginalStartTimeZone /
OriginalEndTimeZone; End must not be before Start; an all-day event starts and
ends at midnight (in its zones) and lasts at least a day; BodyPreview follows
Body; every write to an event or calendar gives it a new ChangeKey.

No meeting flows (issue 4): attendees are recorded with Status None, nothing is
delivered to them, and the signed-in user is the Organizer of every event.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time
from typing import Any

from .. import timezones
from ..errors import (
    ErrorDeleteDistinguishedFolder,
    ErrorFolderNotFound,
    ErrorInvalidRequest,
    ErrorItemNotFound,
    TimeZoneNotSupportedException,
)
from ..faults import broken
from ..ids import check_id, new_change_key, new_id
from .changes import Sequence
from .extended_properties import ExtendedChanges, ExtendedProperties
from .mail import EmailAddress, preview
from .values import Importance, ItemBody, LocalDateTime, Sensitivity, ZonedInstant

__all__ = [
    "Attendee",
    "AttendeeType",
    "Calendar",
    "CalendarStore",
    "Event",
    "EVENT_FIELDS",
    "DEFAULT_CALENDAR",
    "FreeBusyStatus",
]

DEFAULT_CALENDAR = "Calendar"  # the default calendar's Name


class FreeBusyStatus(enum.StrEnum):
    FREE = "Free"
    TENTATIVE = "Tentative"
    BUSY = "Busy"
    OOF = "Oof"
    WORKING_ELSEWHERE = "WorkingElsewhere"
    UNKNOWN = "Unknown"


class AttendeeType(enum.StrEnum):
    REQUIRED = "Required"
    OPTIONAL = "Optional"
    RESOURCE = "Resource"


class CalendarColor(enum.StrEnum):
    LIGHT_BLUE = "LightBlue"
    LIGHT_GREEN = "LightGreen"
    LIGHT_ORANGE = "LightOrange"
    LIGHT_GRAY = "LightGray"
    LIGHT_YELLOW = "LightYellow"
    LIGHT_TEAL = "LightTeal"
    LIGHT_PINK = "LightPink"
    LIGHT_BROWN = "LightBrown"
    LIGHT_RED = "LightRed"
    MAX_COLOR = "MaxColor"
    AUTO = "Auto"


@dataclass(frozen=True)
class Attendee:
    email: EmailAddress
    type: AttendeeType = AttendeeType.REQUIRED


EVENT_FIELDS = frozenset(
    {
        "subject",
        "body",
        "importance",
        "sensitivity",
        "show_as",
        "start",
        "end",
        "is_all_day",
        "attendees",
        "location",
        "categories",
        "is_reminder_on",
        "reminder_minutes",
        "response_requested",
        "extended",
    }
)


@dataclass
class Calendar:
    id: str
    name: str
    change_key: str = field(default_factory=new_change_key)
    color: CalendarColor = CalendarColor.AUTO
    is_default: bool = False
    extended: ExtendedProperties = field(default_factory=ExtendedProperties)


@dataclass
class Event:
    id: str
    calendar_id: str
    created: datetime
    last_modified: datetime
    ical_uid: str
    start: ZonedInstant
    end: ZonedInstant
    change_key: str = field(default_factory=new_change_key)
    subject: str = ""
    body: ItemBody = field(default_factory=ItemBody)
    body_preview: str = ""
    importance: Importance = Importance.NORMAL
    sensitivity: Sensitivity = Sensitivity.NORMAL
    show_as: FreeBusyStatus = FreeBusyStatus.BUSY
    is_all_day: bool = False
    attendees: tuple[Attendee, ...] = ()
    location: str = ""
    categories: tuple[str, ...] = ()
    is_reminder_on: bool = True
    reminder_minutes: int = 15
    response_requested: bool = True
    extended: ExtendedProperties = field(default_factory=ExtendedProperties)

    @property
    def has_attachments(self) -> bool:
        return False  # event attachments: issue 4


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _instant(value: LocalDateTime) -> ZonedInstant:
    """An event time keeps its time of day: the wall clock in the given zone, as a UTC instant."""
    try:
        zone = timezones.canonical_name(value.zone)
    except TimeZoneNotSupportedException:
        if not broken("accept_unknown_event_zone"):
            raise
        zone = "UTC"
    local = value.value
    if broken("event_time_truncated"):
        local = datetime.combine(local.date(), time())
    return ZonedInstant(timezones.local_to_utc(local, "UTC" if broken("event_input_zone_ignored") else zone), zone)


def _is_midnight(value: ZonedInstant) -> bool:
    return timezones.utc_to_local(value.utc, value.zone).time() == time()


class CalendarStore:
    """The calendars and events of one mailbox."""

    def __init__(
        self,
        owner: str,
        seq: Sequence,
        clock: Callable[[], datetime] = _utc_now,
        owner_address: str | None = None,
    ) -> None:
        self.owner = EmailAddress(owner, owner_address)
        self._next_seq = seq.next
        self._clock = clock
        self.default = Calendar(new_id("calendar"), DEFAULT_CALENDAR, is_default=True)
        self.calendars: dict[str, Calendar] = {self.default.id: self.default}
        self.events: dict[str, Event] = {}

    # -- calendars -----------------------------------------------------------------
    def list_calendars(self) -> list[Calendar]:
        return list(self.calendars.values())

    def get_calendar(self, calendar_id: str | None) -> Calendar:
        """A calendar by id; ``None`` is the default calendar (``/me/calendar``)."""
        if calendar_id is None:
            return self.default
        calendar = self.calendars.get(check_id(calendar_id))
        if calendar is None:
            raise ErrorFolderNotFound("The specified calendar could not be found in the store.")
        return calendar

    def create_calendar(
        self, name: str, color: CalendarColor | None = None, extended: ExtendedChanges | None = None
    ) -> Calendar:
        props = self._extended(ExtendedProperties(), extended)
        calendar = Calendar(new_id("calendar"), _require_name(name), color=color or CalendarColor.AUTO, extended=props)
        self.calendars[calendar.id] = calendar
        return calendar

    def update_calendar(
        self,
        calendar_id: str | None,
        name: str | None,
        color: CalendarColor | None = None,
        extended: ExtendedChanges | None = None,
    ) -> Calendar:
        calendar = self.get_calendar(calendar_id)
        props = self._extended(calendar.extended, extended)
        if name is not None:
            calendar.name = _require_name(name)
        if color is not None:
            calendar.color = color
        calendar.extended = props
        if not broken("calendar_changekey_not_updated"):
            calendar.change_key = new_change_key()
        return calendar

    def delete_calendar(self, calendar_id: str) -> None:
        calendar = self.get_calendar(calendar_id)
        if calendar.is_default and not broken("allow_delete_default_calendar"):
            raise ErrorDeleteDistinguishedFolder("The default calendar 'Calendar' cannot be deleted.")
        for event in [e for e in self.events.values() if e.calendar_id == calendar.id]:
            del self.events[event.id]
        del self.calendars[calendar.id]
        if calendar.is_default:  # only with the fault planted: keep a default calendar
            self.default = next(iter(self.calendars.values()), None) or Calendar(
                new_id("calendar"), DEFAULT_CALENDAR, is_default=True
            )
            self.calendars[self.default.id] = self.default

    # -- events ----------------------------------------------------------------------
    def list_events(self, calendar_id: str | None = None) -> list[Event]:
        """The events of a calendar; without one, those of the default calendar (GET /me/events)."""
        if calendar_id is None and broken("events_list_all_calendars"):
            return list(self.events.values())
        calendar = self.get_calendar(calendar_id)
        return [e for e in self.events.values() if e.calendar_id == calendar.id]

    def get_event(self, event_id: str) -> Event:
        event = self.events.get(check_id(event_id))
        if event is None:
            raise ErrorItemNotFound("The specified object was not found in the store.")
        return event

    def create_event(self, fields: Mapping[str, Any], calendar_id: str | None = None) -> Event:
        calendar = self.get_calendar(calendar_id)
        if broken("event_created_elsewhere"):
            calendar = self.default
        event = self.build_event(fields, calendar.id)
        self.events[event.id] = event
        return event

    def build_event(self, fields: Mapping[str, Any], calendar_id: str = "") -> Event:
        """A new event with every rule checked, in no calendar (an item attachment's event) unless given one."""
        if "start" not in fields or "end" not in fields:
            raise ErrorInvalidRequest("An event needs both Start and End.")
        now = self._clock().replace(microsecond=0)
        placeholder = ZonedInstant(now, "UTC")
        event = Event(
            id=new_id("event"),
            calendar_id=calendar_id,
            created=now,
            last_modified=now,
            ical_uid="040000008200E00074C5B7101A82E008" + secrets.token_hex(24).upper(),
            start=placeholder,
            end=placeholder,
        )
        return self._apply(event, fields)

    def update_event(self, event_id: str, fields: Mapping[str, Any]) -> Event:
        event = self._apply(self.get_event(event_id), fields)
        if not broken("event_changekey_not_updated"):
            event.change_key = new_change_key()
        event.last_modified = self._clock().replace(microsecond=0)
        self.events[event.id] = event
        return event

    def delete_event(self, event_id: str) -> None:
        del self.events[self.get_event(event_id).id]

    # -- bookkeeping -------------------------------------------------------------------
    def _apply(self, event: Event, fields: Mapping[str, Any]) -> Event:
        """A copy of ``event`` with ``fields`` applied and checked: a refused write changes nothing."""
        unknown = set(fields) - EVENT_FIELDS
        if unknown:
            raise ValueError(f"not event fields: {sorted(unknown)}")
        plain = {k: v for k, v in fields.items() if k not in ("extended", "start", "end")}
        draft = replace(event, **plain)
        if "start" in fields:
            draft.start = _instant(fields["start"])
        if "end" in fields:
            draft.end = _instant(fields["end"])
        if draft.end.utc < draft.start.utc and not broken("accept_event_end_before_start"):
            raise ErrorInvalidRequest("The event's End must not be before its Start.")
        if draft.is_all_day and not broken("accept_all_day_not_midnight"):
            if not (_is_midnight(draft.start) and _is_midnight(draft.end)) or draft.end.utc <= draft.start.utc:
                raise ErrorInvalidRequest(
                    "An all-day event must start and end at midnight (in its time zones) and last at least a day."
                )
        if "body" in fields:
            draft.body_preview = preview(draft.body)
        draft.extended = self._extended(event.extended, fields.get("extended"))
        return draft

    @staticmethod
    def _extended(props: ExtendedProperties, changes: ExtendedChanges | None) -> ExtendedProperties:
        if not changes or broken("event_extended_properties_dropped"):
            return props
        return props.with_changes(*changes)


def _require_name(name: str) -> str:
    if not name or not name.strip():
        raise ErrorInvalidRequest("The Name property must not be empty.")
    return name
