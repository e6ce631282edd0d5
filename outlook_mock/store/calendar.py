"""The calendars of one mailbox: calendar groups, calendars (with the defaults) and their events.

Rules that live here: every mailbox has the default calendar group ``My
Calendars`` holding the default calendar ``Calendar`` (``/me/calendar``);
neither can be deleted or renamed; deleting a group deletes its calendars and
their events; a calendar created without a group lands in the default group and
an event created without a calendar in the default calendar; Start and End are
wall-clock times in a named zone (Windows or IANA), stored as UTC instants *with
their time of day* (unlike task dates) and the zones they were given in recorded
as OriginalStartTimeZone / OriginalEndTimeZone; End must not be before Start; an
all-day event starts and ends at midnight (in its zones) and lasts at least a
day; a recurrence must be a valid pattern, and one occurrence may not last longer than the shortest gap
between two pattern dates (it would overlap the next: ErrorOccurrenceTimeSpanTooBig); BodyPreview follows
Body; every write to an event, calendar or group gives it a new ChangeKey.

A calendar view (``calendar_view``, ``instances``) is a time window: it must be
given, End not before Start, at most 1825 days long (the real service's limit);
it holds the single events that overlap it and, in place of each series master,
the series' occurrences that overlap it. Occurrences are computed, not stored:
each one is its master at the pattern date's wall-clock time (in the master's
start zone), lasting as long, with Type Occurrence, its SeriesMasterId and an id
that names (master, date), so GET of that id finds it again (``get_event``). One view computes at most
MAX_VIEW_OCCURRENCES occurrences (more: ErrorRestrictionTooComplex).

Meetings between mailboxes (invitations, responses, updates, cancellations) are
``meetings.py``'s job: this store only keeps one mailbox's copy of each event.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from .. import recurrence, timezones
from ..errors import (
    ErrorDeleteDistinguishedFolder,
    ErrorFolderNotFound,
    ErrorInvalidRequest,
    ErrorItemNotFound,
    ErrorOccurrenceCrossingBoundary,
    ErrorOccurrenceTimeSpanTooBig,
    ErrorRestrictionTooComplex,
    TimeZoneNotSupportedException,
)
from ..faults import broken
from ..ids import check_id, new_change_key, new_id, occurrence_id, occurrence_of
from .attachments import Attachment, AttachmentStore, WithAttachments
from .changes import Sequence
from .extended_properties import ExtendedChanges, ExtendedProperties
from .indexes import ALL, ItemTable, Tracked
from .mail import EmailAddress, preview
from .values import NO_BODY, Importance, ItemBody, LocalDateTime, Sensitivity, ZonedInstant

__all__ = [
    "Attendee",
    "AttendeeType",
    "Calendar",
    "CalendarGroup",
    "CalendarStore",
    "Event",
    "EVENT_FIELDS",
    "DEFAULT_CALENDAR",
    "FreeBusyStatus",
    "ResponseStatus",
    "ResponseType",
]

DEFAULT_CALENDAR = "Calendar"  # the default calendar's Name
DEFAULT_GROUP = "My Calendars"  # the default calendar group's Name
MAX_VIEW_DAYS = 1825  # the longest calendar view window the real service answers
# The most occurrences one calendar view (or instances request) may compute, over all its series: each series
# yields at most window / shortest gap of them (a daily series: 1825), so only many such series in one long
# window reach it. Like the list pipeline's query budget, past it the request is a 400 ErrorRestrictionTooComplex.
MAX_VIEW_OCCURRENCES = 10_000
# The MAPI class of every calendar group (the seed's ClassId).
CALENDAR_GROUP_CLASS_ID = "0006f0b7-0000-0000-c000-000000000046"


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


class ResponseType(enum.StrEnum):
    NONE = "None"
    ORGANIZER = "Organizer"
    TENTATIVELY_ACCEPTED = "TentativelyAccepted"
    ACCEPTED = "Accepted"
    DECLINED = "Declined"
    NOT_RESPONDED = "NotResponded"


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
class ResponseStatus:
    response: ResponseType = ResponseType.NONE
    time: datetime | None = None  # when it was given; None before any response


@dataclass(frozen=True)
class Attendee:
    email: EmailAddress
    type: AttendeeType = AttendeeType.REQUIRED
    status: ResponseStatus = ResponseStatus()

    def is_(self, address: str | None) -> bool:
        return bool(address) and (self.email.address or "").lower() == address.lower()


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
        "recurrence",
        "organizer",
        "is_cancelled",
        "extended",
    }
)


@dataclass
class CalendarGroup(Tracked):
    id: str
    name: str
    change_key: str = field(default_factory=new_change_key)
    class_id: str = CALENDAR_GROUP_CLASS_ID
    is_default: bool = False


@dataclass
class Calendar(Tracked):
    id: str
    name: str
    group_id: str = ""
    change_key: str = field(default_factory=new_change_key)
    color: CalendarColor = CalendarColor.AUTO
    is_default: bool = False
    extended: ExtendedProperties = field(default_factory=ExtendedProperties.none)


@dataclass
class Event(Tracked, WithAttachments):
    id: str
    calendar_id: str
    created: datetime
    last_modified: datetime
    ical_uid: str
    start: ZonedInstant
    end: ZonedInstant
    change_key: str = field(default_factory=new_change_key)
    subject: str = ""
    body: ItemBody = NO_BODY
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
    recurrence: recurrence.PatternedRecurrence | None = None
    # A meeting: who organises it, and this mailbox's own answer (the organizer's copy answers Organizer).
    organizer: EmailAddress | None = None  # None: the mailbox owner
    response: ResponseStatus = ResponseStatus(ResponseType.ORGANIZER)
    is_cancelled: bool = False
    extended: ExtendedProperties = field(default_factory=ExtendedProperties.none)
    # Attachment by id: an ItemTable from the first attachment on (most items have none: a dict is lighter).
    attachments: dict[str, Attachment] = field(default_factory=dict)
    series_master_id: str | None = None  # set on an occurrence (computed, never stored)
    is_exception: bool = False  # an occurrence changed on its own (kept in its master's ``exceptions``)
    # On a series master: the occurrences deleted one by one, and those changed one by one, by date.
    removed_days: frozenset[date] = frozenset()
    exceptions: dict[date, Event] = field(default_factory=dict)

    @property
    def is_organizer(self) -> bool:
        return self.response.response is ResponseType.ORGANIZER

    @property
    def type(self) -> str:
        if self.series_master_id is not None:
            return "Exception" if self.is_exception else "Occurrence"
        return "SeriesMaster" if self.recurrence else "SingleInstance"

    @property
    def series_id(self) -> str | None:
        return self.id if self.recurrence else self.series_master_id


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


class CalendarStore(AttachmentStore):
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
        self.default_group = CalendarGroup(new_id("calendargroup"), DEFAULT_GROUP, is_default=True)
        self.groups: ItemTable = ItemTable()
        self.groups[self.default_group.id] = self.default_group
        self.default = Calendar(new_id("calendar"), DEFAULT_CALENDAR, self.default_group.id, is_default=True)
        self.calendars: ItemTable = ItemTable(container="group_id")
        self.calendars[self.default.id] = self.default
        self.events: ItemTable = ItemTable(container="calendar_id", changes=seq.next)
        self._by_uid: dict[str, str] = {}  # iCalUId -> event id: meetings find their copies in O(1)

    def __getstate__(self) -> dict:
        # _by_uid follows the events: saved (--data-dir) without it, rebuilt on load.
        return {name: value for name, value in self.__dict__.items() if name != "_by_uid"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._by_uid = {event.ical_uid: event.id for event in self.events.values()}

    # -- calendar groups -------------------------------------------------------------
    def list_groups(self) -> list[CalendarGroup]:
        return list(self.groups.values())

    def get_group(self, group_id: str) -> CalendarGroup:
        group = self.groups.get(check_id(group_id))
        if group is None:
            raise ErrorFolderNotFound("The specified calendar group could not be found in the store.")
        return group

    def create_group(self, name: str) -> CalendarGroup:
        group = CalendarGroup(new_id("calendargroup"), _require_name(name))
        self.groups[group.id] = group
        return group

    def rename_group(self, group_id: str, name: str) -> CalendarGroup:
        group = self.get_group(group_id)
        if group.is_default and name != group.name and not broken("allow_rename_default_calendar_group"):
            raise ErrorInvalidRequest(f"The default calendar group '{DEFAULT_GROUP}' cannot be renamed.")
        group.name = _require_name(name)
        group.change_key = new_change_key()
        return group

    def delete_group(self, group_id: str) -> None:
        """Delete a group with its calendars and their events."""
        group = self.get_group(group_id)
        if group.is_default and not broken("allow_delete_default_calendar_group"):
            raise ErrorDeleteDistinguishedFolder(f"The default calendar group '{DEFAULT_GROUP}' cannot be deleted.")
        if not broken("calendar_group_delete_keeps_calendars"):
            for calendar in [c for c in self.calendars.members(group.id) if not c.is_default]:
                self.delete_calendar(calendar.id)
        del self.groups[group.id]

    # -- calendars -----------------------------------------------------------------
    def list_calendars(self, group_id: str | None = None) -> list[Calendar]:
        """Every calendar of the mailbox, or those of one group."""
        return list(self.calendars.members(self.calendar_container(group_id)))

    def calendar_container(self, group_id: str | None = None) -> object:
        """Where ``self.calendars`` files a group's calendars (``ALL``: every calendar)."""
        if group_id is None:
            return ALL
        group = self.get_group(group_id)
        return ALL if broken("calendar_group_calendars_unfiltered") else group.id

    def get_calendar(self, calendar_id: str | None) -> Calendar:
        """A calendar by id; ``None`` is the default calendar (``/me/calendar``)."""
        if calendar_id is None:
            return self.default
        calendar = self.calendars.get(check_id(calendar_id))
        if calendar is None:
            raise ErrorFolderNotFound("The specified calendar could not be found in the store.")
        return calendar

    def create_calendar(
        self,
        name: str,
        color: CalendarColor | None = None,
        extended: ExtendedChanges | None = None,
        group_id: str | None = None,
    ) -> Calendar:
        """A new calendar in the given group (default: My Calendars)."""
        group = self.default_group if group_id is None else self.get_group(group_id)
        if broken("calendar_created_in_default_group"):
            group = self.default_group
        props = self._extended(ExtendedProperties(), extended)
        calendar = Calendar(
            new_id("calendar"), _require_name(name), group.id, color=color or CalendarColor.AUTO, extended=props
        )
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
        if name is not None and name != calendar.name:
            if calendar.is_default and not broken("allow_rename_default_calendar"):
                raise ErrorInvalidRequest(f"The default calendar '{DEFAULT_CALENDAR}' cannot be renamed.")
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
        for event in list(self.events.members(calendar.id)):
            self._forget(event.id)
        del self.calendars[calendar.id]
        if calendar.is_default:  # only with the fault planted: keep a default calendar
            self.default = next(iter(self.calendars.values()), None) or Calendar(
                new_id("calendar"), DEFAULT_CALENDAR, self.default_group.id, is_default=True
            )
            self.calendars[self.default.id] = self.default

    # -- events ----------------------------------------------------------------------
    def all_events(self) -> list[Event]:
        """The events of every calendar (the preview's ``/Me/Events``)."""
        return list(self.events.values())

    def find_meeting(self, ical_uid: str) -> Event | None:
        """This mailbox's copy of a meeting, by the UID every copy shares."""
        event_id = self._by_uid.get(ical_uid)
        return None if event_id is None else self.events.get(event_id)

    def list_events(self, calendar_id: str | None = None) -> list[Event]:
        """The events of a calendar; without one, those of the default calendar (GET /me/events)."""
        return list(self.events.members(self.event_container(calendar_id)))

    def event_container(self, calendar_id: str | None = None) -> object:
        """Where ``self.events`` files a calendar's events; without one, the default calendar's."""
        if calendar_id is None and broken("events_list_all_calendars"):
            return ALL
        return self.get_calendar(calendar_id).id

    def get_event(self, event_id: str) -> Event:
        """An event by id: a stored one, or an occurrence of a stored series."""
        event = self.events.get(check_id(event_id))
        if event is None:
            event = self._find_occurrence(event_id)
        if event is None:
            raise ErrorItemNotFound("The specified object was not found in the store.")
        return event

    # -- calendar views ----------------------------------------------------------------
    def calendar_view(self, start: datetime, end: datetime, calendar_id: str | None = None) -> list[Event]:
        """Single events and occurrences overlapping [start, end) in one calendar (default: the default one),
        in order of Start."""
        check_window(start, end)
        calendar = self.get_calendar(calendar_id)
        found: list[Event] = []
        budget = _OccurrenceBudget()
        for event in self.events.values():
            if event.calendar_id != calendar.id:
                continue
            if event.recurrence is None:
                if _overlaps(event, start, end):
                    found.append(event)
            elif broken("calendar_view_series_not_expanded"):
                found.append(event)
            else:
                found.extend(self._expand(event, start, end, budget))
        return sorted(found, key=lambda e: (e.start.utc, e.id))

    def instances(self, event_id: str, start: datetime, end: datetime) -> list[Event]:
        """The occurrences of one series overlapping [start, end); a single event has none."""
        check_window(start, end)
        event = self.get_event(event_id)
        if event.recurrence is None:
            return []
        return self._expand(event, start, end, _OccurrenceBudget())

    def _expand(self, master: Event, start: datetime, end: datetime, budget: _OccurrenceBudget) -> list[Event]:
        duration = master.end.utc - master.start.utc
        zone = master.start.zone
        # Pattern dates are wall-clock dates in the master's zone: widen by the duration and a day each side.
        # No occurrence starts before the master, and a duration of centuries must not reach before year 1.
        earliest = master.start.utc if start - master.start.utc <= duration else start - duration
        first = timezones.utc_to_local(earliest, zone).date() - timedelta(days=1)
        last = timezones.utc_to_local(end, zone).date() + timedelta(days=1)
        found = [
            self._occurrence(master, day)
            for day in budget.spend(recurrence.occurrences_between(master.recurrence, first, last))
            if day not in master.removed_days and day not in master.exceptions
        ]
        # An exception may have moved far from its pattern date: it is in the window by its own times.
        found += master.exceptions.values()
        return sorted((e for e in found if _overlaps(e, start, end)), key=lambda e: (e.start.utc, e.id))

    def _occurrence(self, master: Event, day: date) -> Event:
        local_start = timezones.utc_to_local(master.start.utc, master.start.zone)
        utc_start = timezones.local_to_utc(datetime.combine(day, local_start.time()), master.start.zone)
        return replace(
            master,
            id=occurrence_id(master.id, day),
            start=ZonedInstant(utc_start, master.start.zone),
            end=ZonedInstant(utc_start + (master.end.utc - master.start.utc), master.end.zone),
            recurrence=None,
            series_master_id=master.id,
            removed_days=frozenset(),
            exceptions={},
            attachments=dict(master.attachments),  # its own dict: a write through it must not reach the master
        )

    def _find_occurrence(self, event_id: str) -> Event | None:
        named = occurrence_of(event_id)
        if named is None:
            return None
        master = self.events.get(named[0])
        if master is None or master.recurrence is None:
            return None
        day = named[1]
        if day in master.removed_days:
            return None
        if day in master.exceptions:
            return master.exceptions[day]
        if next(recurrence.occurrences_between(master.recurrence, day, day), None) != day:
            return None
        return self._occurrence(master, day)

    def create_event(self, fields: Mapping[str, Any], calendar_id: str | None = None) -> Event:
        calendar = self.get_calendar(calendar_id)
        if broken("event_created_elsewhere"):
            calendar = self.default
        return self._store(self.build_event(fields, calendar.id))

    def add_event(self, event: Event) -> Event:
        """Store an event built elsewhere (a meeting invitation's copy) in the default calendar."""
        event.calendar_id = self.default.id
        return self._store(event)

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
        found = self.get_event(event_id)
        if found.series_master_id is not None:
            return self._update_occurrence(found, fields)
        event = self._apply(found, fields)
        if not broken("event_changekey_not_updated"):
            event.change_key = new_change_key()
        event.last_modified = self._clock().replace(microsecond=0)
        return self._store(event)

    def delete_event(self, event_id: str) -> Event:
        """Remove an event and hand it back (the caller files it in Deleted Items).

        Deleting one occurrence of a series removes that date from the series (its master stays)."""
        event = self.get_event(event_id)
        if event.series_master_id is None:
            return self._forget(event.id)
        master = self.events[event.series_master_id]
        day = _occurrence_day(event)
        if broken("occurrence_delete_ignored"):
            return event
        master.removed_days = master.removed_days | {day}
        master.exceptions.pop(day, None)
        self.touch(master)
        return event

    def _update_occurrence(self, occurrence: Event, fields: Mapping[str, Any]) -> Event:
        """PATCH of one occurrence: it becomes an exception of its series (the master keeps it by date)."""
        if fields.get("recurrence") is not None:
            raise ErrorInvalidRequest("An occurrence or exception of a series cannot have its own Recurrence.")
        master = self.events[occurrence.series_master_id]
        exception = self._apply(occurrence, {k: v for k, v in fields.items() if k != "recurrence"})
        if "start" in fields or "end" in fields:
            _check_within_neighbours(master, _occurrence_day(occurrence), exception)
        exception.is_exception = True
        exception.recurrence = None
        exception.change_key = new_change_key()
        exception.last_modified = self._clock().replace(microsecond=0)
        master.exceptions[_occurrence_day(exception)] = exception
        self.touch(master)  # the series changed (calendar view sync reports it)
        return exception

    def set_response(self, event_id: str, response: ResponseStatus, show_as: FreeBusyStatus) -> Event:
        """This mailbox's own answer to a meeting; an occurrence answered on its own becomes an exception."""
        event = self.get_event(event_id)
        if event.series_master_id is not None and not event.is_exception:
            event = self._update_occurrence(event, {})
        event.response = response
        event.show_as = show_as
        self.touch(event)
        return event

    # -- attachments (attachments.py: the same for every kind of item) ------------------
    def attachment_host(self, item_id: str) -> Event:
        """An event by id; an occurrence shows, and takes, its master's attachments (an exception has its own)."""
        event = self.get_event(item_id)
        if event.series_master_id is not None and not event.is_exception:
            return self.events[event.series_master_id]
        return event

    def attachment_written(self, item: Event) -> None:
        self.touch(item)

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
        if draft.recurrence is not None and not broken("event_recurrence_not_validated"):
            recurrence.validate(draft.recurrence)
            _check_occurrence_span(draft)
        if "body" in fields:
            draft.body_preview = preview(draft.body)
        draft.extended = self._extended(event.extended, fields.get("extended"))
        return draft

    def _store(self, event: Event) -> Event:
        self.events[event.id] = event
        self._by_uid[event.ical_uid] = event.id
        return event

    def _forget(self, event_id: str) -> Event:
        event = self.events.pop(event_id)
        self._by_uid.pop(event.ical_uid, None)
        return event

    def touch(self, event: Event) -> None:
        """A write to ``event`` happened (an attachment, a meeting's answer): new ChangeKey, LastModified."""
        event.change_key = new_change_key()
        event.last_modified = self._clock().replace(microsecond=0)

    @staticmethod
    def _extended(props: ExtendedProperties, changes: ExtendedChanges | None) -> ExtendedProperties:
        if not changes or broken("event_extended_properties_dropped"):
            return props
        return props.with_changes(*changes)


def check_window(start: datetime, end: datetime) -> None:
    """A calendar view's window: End not before Start, at most MAX_VIEW_DAYS long."""
    if end < start:
        raise ErrorInvalidRequest("The end of the time window must not be before its start.")
    if end - start > timedelta(days=MAX_VIEW_DAYS):
        raise ErrorInvalidRequest(
            "Your request can't be completed. The range between the start and end dates is greater than "
            f"the allowed range. Maximum number of days: {MAX_VIEW_DAYS}"
        )


class _OccurrenceBudget:
    """What is left of MAX_VIEW_OCCURRENCES for one view request, across the series it expands."""

    def __init__(self) -> None:
        self.left = MAX_VIEW_OCCURRENCES

    def spend(self, days: Iterator[date]) -> Iterator[date]:
        for day in days:
            if self.left <= 0:
                raise ErrorRestrictionTooComplex(
                    f"The time window holds more than {MAX_VIEW_OCCURRENCES} occurrences of recurring events; "
                    "ask for a shorter window."
                )
            self.left -= 1
            yield day


def _check_occurrence_span(event: Event) -> None:
    """One occurrence must end before the next one starts (Exchange: ErrorOccurrenceTimeSpanTooBig).

    The duration is measured on the wall clock of the start's zone, so a daily all-day event lasts one day
    even across a daylight-saving change (23 or 25 hours of UTC)."""
    zone = event.start.zone
    duration = timezones.utc_to_local(event.end.utc, zone) - timezones.utc_to_local(event.start.utc, zone)
    gap = recurrence.shortest_gap(event.recurrence.pattern)
    if duration > gap and not broken("occurrence_longer_than_interval_accepted"):
        raise ErrorOccurrenceTimeSpanTooBig(
            f"The duration of the occurrence ({_span(duration)}) must not be longer than the shortest interval "
            f"between two occurrences of the recurrence pattern ({_span(gap)})."
        )


def _span(value: timedelta) -> str:
    minutes = int(value.total_seconds()) // 60
    days, minutes = divmod(minutes, 24 * 60)
    return f"{days} days {minutes // 60:02d}:{minutes % 60:02d}" if days else f"{minutes // 60:02d}:{minutes % 60:02d}"


# How far from its date the neighbours of an occurrence are looked for: beyond the longest gap of any pattern
# (a yearly pattern's Feb 29 aside, 366 days per interval), with room for removed occurrences in between.
_NEIGHBOUR_DAYS = 3 * 366


def _check_within_neighbours(master: Event, day: date, moved: Event) -> None:
    """An occurrence (of pattern date ``day``) moved by a PATCH must stay between its neighbours: start after the
    day of the previous occurrence and before the day of the next one (ErrorOccurrenceCrossingBoundary).

    Days are wall-clock days of the series' start zone; a neighbour that is itself an exception counts at its own
    start; removed occurrences are no neighbours."""
    if broken("occurrence_crossing_boundary_accepted"):
        return
    zone = master.start.zone
    reach = timedelta(days=_NEIGHBOUR_DAYS * master.recurrence.pattern.interval)

    def effective(other: date) -> date:
        exception = master.exceptions.get(other)
        return other if exception is None else timezones.utc_to_local(exception.start.utc, zone).date()

    def present(days: Iterator[date]) -> list[date]:
        return [d for d in days if d != day and d not in master.removed_days]

    earlier = present(recurrence.occurrences_between(master.recurrence, _shift(day, -reach), _shift(day, -_DAY)))
    later = present(recurrence.occurrences_between(master.recurrence, _shift(day, _DAY), _shift(day, reach)))
    new_day = timezones.utc_to_local(moved.start.utc, zone).date()
    if earlier and new_day <= effective(earlier[-1]):
        raise ErrorOccurrenceCrossingBoundary(
            f"The occurrence cannot start on or before {effective(earlier[-1]).isoformat()}, the day of the "
            "previous occurrence of its series."
        )
    if later and new_day >= effective(later[0]):
        raise ErrorOccurrenceCrossingBoundary(
            f"The occurrence cannot start on or after {effective(later[0]).isoformat()}, the day of the next "
            "occurrence of its series."
        )


_DAY = timedelta(days=1)


def _shift(day: date, by: timedelta) -> date:
    """``day + by``, held within the calendar (the years 1 to 9999)."""
    try:
        return day + by
    except OverflowError:
        return date.min if by < timedelta() else date.max


def _occurrence_day(event: Event) -> date:
    """The pattern date an occurrence or exception stands for (its id names it, whatever its times now)."""
    named = occurrence_of(event.id)
    assert named is not None, "not an occurrence"
    return named[1]


def _overlaps(event: Event, start: datetime, end: datetime) -> bool:
    """Does ``event`` meet the window [start, end)? An event of no length counts at its instant."""
    if event.start.utc == event.end.utc:
        return start <= event.start.utc < end
    return event.start.utc < end and event.end.utc > start


def _require_name(name: str) -> str:
    if not name or not name.strip():
        raise ErrorInvalidRequest("The Name property must not be empty.")
    return name
