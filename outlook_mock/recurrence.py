"""Patterned recurrence rules: check them and expand them into dates.

A ``PatternedRecurrence`` is Outlook's pattern (how often) plus range (from
when, until when). Expansion is delegated to ``dateutil.rrule``; this module
only translates Outlook's vocabulary into rrule arguments and adds the two
places where Outlook differs from RFC 5545 (see ``_day_of_month``).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from dateutil import rrule

from .errors import ErrorCalendarInvalidRecurrence

__all__ = [
    "MAX_INTERVAL",
    "MAX_OCCURRENCES",
    "DayOfWeek",
    "PatternType",
    "PatternedRecurrence",
    "RangeType",
    "RecurrencePattern",
    "RecurrenceRange",
    "WeekIndex",
    "next_occurrence",
    "occurrences",
    "occurrences_between",
    "validate",
]

# Outlook's own UI stops at 999 for both. The bounds also keep every expansion
# cheap: a Numbered series never yields more than 999 dates, and because every
# valid pattern matches at least once per period, rrule never scans long
# stretches of empty periods (an unbounded interval could push it through
# thousands of years before it gives up at datetime.MAXYEAR).
MAX_INTERVAL = 999
MAX_OCCURRENCES = 999


class PatternType(StrEnum):
    Daily = "Daily"
    Weekly = "Weekly"
    AbsoluteMonthly = "AbsoluteMonthly"
    RelativeMonthly = "RelativeMonthly"
    AbsoluteYearly = "AbsoluteYearly"
    RelativeYearly = "RelativeYearly"


class DayOfWeek(StrEnum):
    Sunday = "Sunday"
    Monday = "Monday"
    Tuesday = "Tuesday"
    Wednesday = "Wednesday"
    Thursday = "Thursday"
    Friday = "Friday"
    Saturday = "Saturday"


class WeekIndex(StrEnum):
    First = "First"
    Second = "Second"
    Third = "Third"
    Fourth = "Fourth"
    Last = "Last"


class RangeType(StrEnum):
    EndDate = "EndDate"
    NoEnd = "NoEnd"
    Numbered = "Numbered"


_RRULE_DAY = {
    DayOfWeek.Monday: rrule.MO,
    DayOfWeek.Tuesday: rrule.TU,
    DayOfWeek.Wednesday: rrule.WE,
    DayOfWeek.Thursday: rrule.TH,
    DayOfWeek.Friday: rrule.FR,
    DayOfWeek.Saturday: rrule.SA,
    DayOfWeek.Sunday: rrule.SU,
}
# Index picks among all matching days of the period, as rrule's bysetpos does.
_SETPOS = {
    WeekIndex.First: 1,
    WeekIndex.Second: 2,
    WeekIndex.Third: 3,
    WeekIndex.Fourth: 4,
    WeekIndex.Last: -1,
}


def _coerce(enum: type[StrEnum], value: Any, what: str) -> Any:
    """An enum member from a member or its Outlook name; bad names are a 400."""
    try:
        return enum(value)
    except (TypeError, ValueError):
        raise ErrorCalendarInvalidRecurrence(f"'{value}' is not a valid {what}.") from None


def _as_date(value: Any) -> Any:
    # A datetime is a date too, but mixing the two breaks comparisons.
    return value.date() if isinstance(value, datetime) else value


@dataclass(frozen=True)
class RecurrencePattern:
    """How often: the pattern type and the fields that type uses."""

    type: PatternType
    interval: int = 1
    month: int = 0
    day_of_month: int = 0
    days_of_week: tuple[DayOfWeek, ...] = ()
    first_day_of_week: DayOfWeek = DayOfWeek.Sunday
    index: WeekIndex = WeekIndex.First

    def __post_init__(self) -> None:
        # Accept Outlook names and any iterable (the wire layer has lists), but
        # store members and a tuple so the value stays hashable and comparable.
        days = self.days_of_week
        if days is None:
            days = ()
        elif isinstance(days, str):
            days = (days,)
        object.__setattr__(self, "type", _coerce(PatternType, self.type, "pattern type"))
        object.__setattr__(
            self,
            "days_of_week",
            tuple(_coerce(DayOfWeek, d, "day of the week") for d in days),
        )
        object.__setattr__(
            self,
            "first_day_of_week",
            _coerce(DayOfWeek, self.first_day_of_week, "first day of the week"),
        )
        object.__setattr__(self, "index", _coerce(WeekIndex, self.index, "week index"))


@dataclass(frozen=True)
class RecurrenceRange:
    """From when and until when the pattern applies."""

    type: RangeType
    start_date: date | None
    end_date: date | None = None
    number_of_occurrences: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "type", _coerce(RangeType, self.type, "range type"))
        object.__setattr__(self, "start_date", _as_date(self.start_date))
        object.__setattr__(self, "end_date", _as_date(self.end_date))


@dataclass(frozen=True)
class PatternedRecurrence:
    pattern: RecurrencePattern
    range: RecurrenceRange


def _is_int(value: Any) -> bool:
    # bool is an int subclass; True must not pass as an interval of 1.
    return isinstance(value, int) and not isinstance(value, bool)


def _check(ok: bool, message: str) -> None:
    if not ok:
        raise ErrorCalendarInvalidRecurrence(message)


def _validate_pattern(p: RecurrencePattern) -> None:
    kind = p.type.value
    _check(
        _is_int(p.interval) and 1 <= p.interval <= MAX_INTERVAL,
        f"Interval must be between 1 and {MAX_INTERVAL} for a {kind} pattern; got {p.interval!r}.",
    )
    if p.type in (
        PatternType.Weekly,
        PatternType.RelativeMonthly,
        PatternType.RelativeYearly,
    ):
        _check(
            bool(p.days_of_week),
            f"A {kind} pattern needs at least one day in DaysOfWeek.",
        )
    if p.type in (PatternType.AbsoluteYearly, PatternType.RelativeYearly):
        _check(
            _is_int(p.month) and 1 <= p.month <= 12,
            f"Month must be between 1 and 12 for a {kind} pattern; got {p.month!r}.",
        )
    if p.type is PatternType.AbsoluteMonthly:
        _check(
            _is_int(p.day_of_month) and 1 <= p.day_of_month <= 31,
            f"DayOfMonth must be between 1 and 31 for a {kind} pattern; got {p.day_of_month!r}.",
        )
    if p.type is PatternType.AbsoluteYearly:
        # 2000 is a leap year, so 29 February counts as a valid day.
        longest = calendar.monthrange(2000, p.month)[1]
        _check(
            _is_int(p.day_of_month) and 1 <= p.day_of_month <= longest,
            f"DayOfMonth must be between 1 and {longest} for month {p.month} "
            f"in a {kind} pattern; got {p.day_of_month!r}.",
        )


def _validate_range(r: RecurrenceRange) -> None:
    kind = r.type.value
    _check(isinstance(r.start_date, date), f"A {kind} range needs a StartDate.")
    if r.type is RangeType.EndDate:
        _check(isinstance(r.end_date, date), "An EndDate range needs an EndDate.")
        _check(
            r.end_date >= r.start_date,
            f"EndDate {r.end_date.isoformat()} is before StartDate {r.start_date.isoformat()}.",
        )
    elif r.type is RangeType.Numbered:
        n = r.number_of_occurrences
        _check(
            _is_int(n) and 1 <= n <= MAX_OCCURRENCES,
            f"NumberOfOccurrences must be between 1 and {MAX_OCCURRENCES} for a Numbered range; got {n!r}.",
        )


def validate(rec: PatternedRecurrence) -> None:
    """Raise ErrorCalendarInvalidRecurrence unless ``rec`` can be expanded."""
    _check(
        isinstance(rec, PatternedRecurrence),
        "Recurrence must have a Pattern and a Range.",
    )
    _check(isinstance(rec.pattern, RecurrencePattern), "Recurrence needs a Pattern.")
    _check(isinstance(rec.range, RecurrenceRange), "Recurrence needs a Range.")
    _validate_pattern(rec.pattern)
    _validate_range(rec.range)


def _day_of_month(day: int) -> dict[str, Any]:
    """rrule arguments for "day N of the month", Outlook style.

    RFC 5545 skips months that lack day N; Outlook instead falls back to the
    month's last day (day 31 lands on 30 April, 28/29 February; a yearly
    29 February lands on 28 February in common years). Asking for every day
    from 28 to N and keeping the last one present (bysetpos=-1) gives exactly
    min(N, days in month).
    """
    if day <= 28:
        return {"bymonthday": day}
    return {"bymonthday": tuple(range(28, day + 1)), "bysetpos": -1}


def _rule(rec: PatternedRecurrence, start: date) -> rrule.rrule:
    """The rrule for ``rec``, counting periods from ``start``."""
    p, r = rec.pattern, rec.range
    days = tuple(_RRULE_DAY[d] for d in p.days_of_week)
    # wkst decides where a week begins, hence which weeks an interval > 1 skips.
    args: dict[str, Any] = {
        "dtstart": datetime.combine(start, time()),
        "interval": p.interval,
        "wkst": _RRULE_DAY[p.first_day_of_week],
    }
    if r.type is RangeType.EndDate:
        args["until"] = datetime.combine(r.end_date, time())  # inclusive
    elif r.type is RangeType.Numbered:
        args["count"] = r.number_of_occurrences

    if p.type is PatternType.Daily:
        freq = rrule.DAILY
    elif p.type is PatternType.Weekly:
        freq = rrule.WEEKLY
        args["byweekday"] = days
    elif p.type is PatternType.AbsoluteMonthly:
        freq = rrule.MONTHLY
        args.update(_day_of_month(p.day_of_month))
    elif p.type is PatternType.RelativeMonthly:
        freq = rrule.MONTHLY
        args.update(byweekday=days, bysetpos=_SETPOS[p.index])
    elif p.type is PatternType.AbsoluteYearly:
        freq = rrule.YEARLY
        args.update(bymonth=p.month, **_day_of_month(p.day_of_month))
    else:  # RelativeYearly
        freq = rrule.YEARLY
        args.update(bymonth=p.month, byweekday=days, bysetpos=_SETPOS[p.index])
    return rrule.rrule(freq, **args)


def occurrences(rec: PatternedRecurrence) -> Iterator[date]:
    """The series' dates in order, from the first pattern date on/after StartDate.

    EndDate is inclusive; a Numbered range stops after its count; a NoEnd
    series runs until rrule's own limit (year 9999), so consume it lazily.
    """
    validate(rec)
    return (moment.date() for moment in _rule(rec, rec.range.start_date))


def _week_start(day: date, first_day: DayOfWeek) -> date:
    back = (day.weekday() - _RRULE_DAY[first_day].weekday) % 7
    return day - timedelta(days=back)


def _period_start_near(rec: PatternedRecurrence, after: date) -> date:
    """A date on or before ``after`` from which the series can be recomputed.

    rrule's ``after()`` walks the series from dtstart, which for a daily NoEnd
    series and a date centuries ahead means hundreds of thousands of steps. The
    returned date starts a pattern period that lies a whole number of intervals
    after the range start, so an rrule started there yields the same dates from
    that point on. A Numbered series must be counted from its real start, but
    it has at most MAX_OCCURRENCES dates, so walking it is cheap anyway.
    """
    p, r = rec.pattern, rec.range
    start = r.start_date
    if after <= start or r.type is RangeType.Numbered:
        return start
    n = p.interval
    if p.type is PatternType.Daily:
        return start + timedelta(days=(after - start).days // n * n)
    if p.type is PatternType.Weekly:
        first = _week_start(start, p.first_day_of_week)
        weeks = (_week_start(after, p.first_day_of_week) - first).days // 7 // n * n
        return first + timedelta(weeks=weeks) if weeks else start
    if p.type in (PatternType.AbsoluteMonthly, PatternType.RelativeMonthly):
        months = ((after.year - start.year) * 12 + after.month - start.month) // n * n
        if not months:
            return start
        index = start.year * 12 + start.month - 1 + months
        return date(index // 12, index % 12 + 1, 1)
    years = (after.year - start.year) // n * n  # the yearly types
    return date(start.year + years, 1, 1) if years else start


def next_occurrence(rec: PatternedRecurrence, after: date) -> date | None:
    """The first occurrence strictly after ``after``; None once the series ended.

    Completing a recurring task moves it to this date.
    """
    validate(rec)
    after = _as_date(after)
    rule = _rule(rec, _period_start_near(rec, after))
    found = rule.after(datetime.combine(after, time()))
    return None if found is None else found.date()


def occurrences_between(rec: PatternedRecurrence, first: date, last: date) -> Iterator[date]:
    """The series' dates from ``first`` to ``last`` (both inclusive), in order.

    A calendar view asks for a window anywhere in a series: the rule is restarted
    near ``first`` (as ``next_occurrence`` does), so the cost follows the window,
    not the distance from the series' start.
    """
    validate(rec)
    first, last = _as_date(first), _as_date(last)
    rule = _rule(rec, _period_start_near(rec, first))
    for moment in rule.xafter(datetime.combine(first, time()), inc=True):
        if moment.date() > last:
            return
        yield moment.date()
