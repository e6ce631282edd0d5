"""Unit tests for outlook_mock.recurrence (patterned recurrence rules).

Expected dates were checked by hand against ``calendar.month(...)``; e.g.
April 2016 starts on a Friday, May 2016 on a Sunday, June 2016 on a Wednesday.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

import pytest

from outlook_mock.errors import ErrorCalendarInvalidRecurrence
from outlook_mock.recurrence import (
    MAX_INTERVAL,
    MAX_OCCURRENCES,
    DayOfWeek,
    PatternedRecurrence,
    PatternType,
    RangeType,
    RecurrencePattern,
    RecurrenceRange,
    WeekIndex,
    next_occurrence,
    occurrences,
    validate,
)

D = date


def rec(pattern: RecurrencePattern, range_: RecurrenceRange) -> PatternedRecurrence:
    return PatternedRecurrence(pattern, range_)


def no_end(start: date) -> RecurrenceRange:
    return RecurrenceRange(RangeType.NoEnd, start)


def numbered(start: date, count: int) -> RecurrenceRange:
    return RecurrenceRange(RangeType.Numbered, start, number_of_occurrences=count)


def until(start: date, end: date) -> RecurrenceRange:
    return RecurrenceRange(RangeType.EndDate, start, end)


def first(series: PatternedRecurrence, n: int) -> list[date]:
    return list(itertools.islice(occurrences(series), n))


# --- pattern types -------------------------------------------------------------


def test_daily() -> None:
    series = rec(RecurrencePattern(PatternType.Daily), numbered(D(2016, 4, 29), 4))
    assert list(occurrences(series)) == [
        D(2016, 4, 29),
        D(2016, 4, 30),
        D(2016, 5, 1),
        D(2016, 5, 2),
    ]


def test_daily_interval_3_until_end_date_inclusive() -> None:
    series = rec(
        RecurrencePattern(PatternType.Daily, interval=3),
        until(D(2016, 4, 20), D(2016, 4, 29)),
    )
    assert list(occurrences(series)) == [
        D(2016, 4, 20),
        D(2016, 4, 23),
        D(2016, 4, 26),
        D(2016, 4, 29),
    ]


def test_weekly_several_days_starting_mid_week() -> None:
    # Saturday 23 April; Mon/Wed/Fri from there.
    pattern = RecurrencePattern(
        PatternType.Weekly,
        days_of_week=(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday),
    )
    assert list(occurrences(rec(pattern, numbered(D(2016, 4, 23), 4)))) == [
        D(2016, 4, 25),
        D(2016, 4, 27),
        D(2016, 4, 29),
        D(2016, 5, 2),
    ]


def test_weekly_start_date_itself_counts_when_it_matches() -> None:
    pattern = RecurrencePattern(PatternType.Weekly, days_of_week=(DayOfWeek.Saturday,))
    assert first(rec(pattern, no_end(D(2016, 4, 23))), 3) == [
        D(2016, 4, 23),
        D(2016, 4, 30),
        D(2016, 5, 7),
    ]


@pytest.mark.parametrize(
    ("first_day", "expected"),
    [
        # Weeks Mon 4-Sun 10 (start week), Mon 18-Sun 24, Mon 2 May-Sun 8 May.
        (
            DayOfWeek.Monday,
            [
                D(2016, 4, 10),
                D(2016, 4, 18),
                D(2016, 4, 24),
                D(2016, 5, 2),
                D(2016, 5, 8),
            ],
        ),
        # Weeks Sun 3-Sat 9 (start week: its Sun/Mon are before the start),
        # Sun 17-Sat 23, Sun 1 May-Sat 7 May.
        (
            DayOfWeek.Sunday,
            [
                D(2016, 4, 17),
                D(2016, 4, 18),
                D(2016, 5, 1),
                D(2016, 5, 2),
                D(2016, 5, 15),
            ],
        ),
    ],
)
def test_weekly_interval_2_depends_on_first_day_of_week(first_day: DayOfWeek, expected: list[date]) -> None:
    pattern = RecurrencePattern(
        PatternType.Weekly,
        interval=2,
        days_of_week=(DayOfWeek.Sunday, DayOfWeek.Monday),
        first_day_of_week=first_day,
    )
    # Tuesday 5 April 2016.
    assert first(rec(pattern, no_end(D(2016, 4, 5))), 5) == expected


def test_absolute_monthly() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteMonthly, day_of_month=15)
    series = rec(pattern, until(D(2016, 4, 20), D(2016, 7, 15)))
    assert list(occurrences(series)) == [D(2016, 5, 15), D(2016, 6, 15), D(2016, 7, 15)]


def test_absolute_monthly_interval_2() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteMonthly, interval=2, day_of_month=10)
    assert list(occurrences(rec(pattern, numbered(D(2016, 1, 10), 3)))) == [
        D(2016, 1, 10),
        D(2016, 3, 10),
        D(2016, 5, 10),
    ]


def test_absolute_monthly_day_31_falls_back_to_the_last_day() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteMonthly, day_of_month=31)
    assert first(rec(pattern, no_end(D(2016, 1, 1))), 14) == [
        D(2016, 1, 31),
        D(2016, 2, 29),  # leap year
        D(2016, 3, 31),
        D(2016, 4, 30),
        D(2016, 5, 31),
        D(2016, 6, 30),
        D(2016, 7, 31),
        D(2016, 8, 31),
        D(2016, 9, 30),
        D(2016, 10, 31),
        D(2016, 11, 30),
        D(2016, 12, 31),
        D(2017, 1, 31),
        D(2017, 2, 28),
    ]


def test_absolute_monthly_day_30_in_february() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteMonthly, day_of_month=30)
    assert first(rec(pattern, no_end(D(2017, 1, 31))), 3) == [
        D(2017, 2, 28),
        D(2017, 3, 30),
        D(2017, 4, 30),
    ]


def test_relative_monthly_second_tuesday() -> None:
    pattern = RecurrencePattern(
        PatternType.RelativeMonthly,
        days_of_week=(DayOfWeek.Tuesday,),
        index=WeekIndex.Second,
    )
    assert list(occurrences(rec(pattern, numbered(D(2016, 4, 1), 3)))) == [
        D(2016, 4, 12),
        D(2016, 5, 10),
        D(2016, 6, 14),
    ]


def test_relative_monthly_last_friday_after_this_months_has_passed() -> None:
    pattern = RecurrencePattern(
        PatternType.RelativeMonthly,
        days_of_week=(DayOfWeek.Friday,),
        index=WeekIndex.Last,
    )
    # The last Friday of April 2016 (29th) is before the start (30th).
    assert list(occurrences(rec(pattern, numbered(D(2016, 4, 30), 3)))) == [
        D(2016, 5, 27),
        D(2016, 6, 24),
        D(2016, 7, 29),
    ]


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (WeekIndex.First, [D(2016, 4, 2), D(2016, 5, 1), D(2016, 6, 4)]),
        (WeekIndex.Last, [D(2016, 4, 30), D(2016, 5, 29), D(2016, 6, 26)]),
    ],
)
def test_relative_monthly_index_selects_among_several_days(index: WeekIndex, expected: list[date]) -> None:
    weekend = (DayOfWeek.Saturday, DayOfWeek.Sunday)
    pattern = RecurrencePattern(PatternType.RelativeMonthly, days_of_week=weekend, index=index)
    assert first(rec(pattern, no_end(D(2016, 4, 1))), 3) == expected


def test_relative_monthly_fourth_weekday() -> None:
    weekdays = (
        DayOfWeek.Monday,
        DayOfWeek.Tuesday,
        DayOfWeek.Wednesday,
        DayOfWeek.Thursday,
        DayOfWeek.Friday,
    )
    pattern = RecurrencePattern(PatternType.RelativeMonthly, days_of_week=weekdays, index=WeekIndex.Fourth)
    # April 2016 weekdays: Fri 1, Mon 4, Tue 5, Wed 6; May: Mon 2 .. Thu 5.
    assert first(rec(pattern, no_end(D(2016, 4, 1))), 2) == [
        D(2016, 4, 6),
        D(2016, 5, 5),
    ]


def test_relative_monthly_interval_3() -> None:
    pattern = RecurrencePattern(
        PatternType.RelativeMonthly,
        interval=3,
        days_of_week=(DayOfWeek.Monday,),
        index=WeekIndex.First,
    )
    # First Mondays: April 4, July 4, October 3 (2016), January 2 (2017).
    assert first(rec(pattern, no_end(D(2016, 4, 1))), 4) == [
        D(2016, 4, 4),
        D(2016, 7, 4),
        D(2016, 10, 3),
        D(2017, 1, 2),
    ]


def test_absolute_yearly() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteYearly, month=4, day_of_month=23)
    # The start is a day past this year's date, so the series begins in 2017.
    assert first(rec(pattern, no_end(D(2016, 4, 24))), 2) == [
        D(2017, 4, 23),
        D(2018, 4, 23),
    ]


def test_absolute_yearly_interval_2() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteYearly, interval=2, month=12, day_of_month=25)
    assert list(occurrences(rec(pattern, until(D(2016, 1, 1), D(2020, 12, 25))))) == [
        D(2016, 12, 25),
        D(2018, 12, 25),
        D(2020, 12, 25),
    ]


def test_absolute_yearly_29_february_uses_28th_in_common_years() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteYearly, month=2, day_of_month=29)
    assert first(rec(pattern, no_end(D(2016, 1, 1))), 5) == [
        D(2016, 2, 29),
        D(2017, 2, 28),
        D(2018, 2, 28),
        D(2019, 2, 28),
        D(2020, 2, 29),
    ]


def test_relative_yearly_fourth_thursday_of_november() -> None:
    pattern = RecurrencePattern(
        PatternType.RelativeYearly,
        month=11,
        days_of_week=(DayOfWeek.Thursday,),
        index=WeekIndex.Fourth,
    )
    assert list(occurrences(rec(pattern, numbered(D(2016, 1, 1), 3)))) == [
        D(2016, 11, 24),
        D(2017, 11, 23),
        D(2018, 11, 22),
    ]


def test_relative_yearly_last_monday_of_may() -> None:
    pattern = RecurrencePattern(
        PatternType.RelativeYearly,
        month=5,
        days_of_week=(DayOfWeek.Monday,),
        index=WeekIndex.Last,
    )
    assert first(rec(pattern, no_end(D(2016, 5, 1))), 2) == [
        D(2016, 5, 30),
        D(2017, 5, 29),
    ]


# --- ranges and next_occurrence --------------------------------------------------


def test_no_end_series_is_a_lazy_iterator() -> None:
    series = rec(RecurrencePattern(PatternType.Daily), no_end(D(2016, 4, 23)))
    stream = occurrences(series)
    assert next(stream) == D(2016, 4, 23)
    assert next(stream) == D(2016, 4, 24)


def test_next_occurrence_is_strictly_after() -> None:
    pattern = RecurrencePattern(PatternType.Weekly, days_of_week=(DayOfWeek.Monday,))
    series = rec(pattern, no_end(D(2016, 4, 4)))
    assert next_occurrence(series, D(2016, 4, 4)) == D(2016, 4, 11)
    assert next_occurrence(series, D(2016, 4, 10)) == D(2016, 4, 11)
    assert next_occurrence(series, D(2016, 4, 11)) == D(2016, 4, 18)


def test_next_occurrence_before_the_start_is_the_first_occurrence() -> None:
    pattern = RecurrencePattern(PatternType.Weekly, days_of_week=(DayOfWeek.Monday,))
    series = rec(pattern, no_end(D(2016, 4, 5)))
    assert next_occurrence(series, D(2015, 1, 1)) == D(2016, 4, 11)


def test_next_occurrence_accepts_a_datetime() -> None:
    series = rec(RecurrencePattern(PatternType.Daily), no_end(D(2016, 4, 23)))
    assert next_occurrence(series, datetime(2016, 4, 24, 23, 59)) == D(2016, 4, 25)


def test_numbered_series_is_exhausted() -> None:
    series = rec(RecurrencePattern(PatternType.Daily, interval=2), numbered(D(2016, 4, 23), 3))
    assert list(occurrences(series)) == [D(2016, 4, 23), D(2016, 4, 25), D(2016, 4, 27)]
    assert next_occurrence(series, D(2016, 4, 25)) == D(2016, 4, 27)
    assert next_occurrence(series, D(2016, 4, 27)) is None
    assert next_occurrence(series, D(2030, 1, 1)) is None


def test_end_date_series_is_exhausted() -> None:
    pattern = RecurrencePattern(PatternType.AbsoluteMonthly, day_of_month=31)
    series = rec(pattern, until(D(2016, 1, 1), D(2016, 4, 30)))
    assert list(occurrences(series)) == [
        D(2016, 1, 31),
        D(2016, 2, 29),
        D(2016, 3, 31),
        D(2016, 4, 30),
    ]
    assert next_occurrence(series, D(2016, 3, 31)) == D(2016, 4, 30)
    assert next_occurrence(series, D(2016, 4, 30)) is None
    assert next_occurrence(series, D(2200, 1, 1)) is None


def test_end_date_equal_to_start_date() -> None:
    series = rec(RecurrencePattern(PatternType.Daily), until(D(2016, 4, 23), D(2016, 4, 23)))
    assert list(occurrences(series)) == [D(2016, 4, 23)]


def test_end_date_before_any_match_yields_nothing() -> None:
    pattern = RecurrencePattern(PatternType.Weekly, days_of_week=(DayOfWeek.Monday,))
    series = rec(pattern, until(D(2016, 4, 5), D(2016, 4, 10)))
    assert list(occurrences(series)) == []
    assert next_occurrence(series, D(2016, 4, 1)) is None


def test_numbered_allows_the_maximum_count() -> None:
    series = rec(RecurrencePattern(PatternType.Daily), numbered(D(2016, 1, 1), MAX_OCCURRENCES))
    dates = list(occurrences(series))
    assert len(dates) == MAX_OCCURRENCES
    assert next_occurrence(series, dates[-1]) is None


# --- next_occurrence far ahead: no walking from the start ---------------------------


@pytest.mark.parametrize(
    ("pattern", "start", "after", "expected"),
    [
        (
            RecurrencePattern(PatternType.Daily),
            D(2016, 1, 1),
            D(9000, 6, 1),
            D(9000, 6, 2),
        ),
        # Every 7 days from 2016-01-02: 9000-06-01 is 2_551_004 days later,
        # 364_429 weeks and 1 day, so the next one is 6 days after it.
        (
            RecurrencePattern(PatternType.Daily, interval=7),
            D(2016, 1, 2),
            D(9000, 6, 1),
            D(9000, 6, 7),
        ),
        (
            RecurrencePattern(PatternType.AbsoluteMonthly, interval=5, day_of_month=31),
            D(2016, 1, 31),
            # 2016-01 + 5k months; 8016-01 is k = 14_400, then 8016-06 (30 days).
            D(8016, 1, 31),
            D(8016, 6, 30),
        ),
        (
            RecurrencePattern(PatternType.AbsoluteYearly, interval=4, month=2, day_of_month=29),
            D(2016, 1, 1),
            D(8000, 3, 1),
            D(8004, 2, 29),
        ),
    ],
)
def test_next_occurrence_far_in_the_future_is_fast(
    pattern: RecurrencePattern, start: date, after: date, expected: date
) -> None:
    series = rec(pattern, no_end(start))
    began = time.perf_counter()
    assert next_occurrence(series, after) == expected
    # A walk from 2016 would take seconds (millions of daily steps).
    assert time.perf_counter() - began < 0.1


def test_weekly_far_future_keeps_the_biweekly_phase() -> None:
    # Every other Sunday from Sunday 2016-04-03: dates are start + 14k days.
    pattern = RecurrencePattern(PatternType.Weekly, interval=2, days_of_week=(DayOfWeek.Sunday,))
    start = D(2016, 4, 3)
    after = D(7777, 7, 7)
    k = (after - start).days // 14 + 1
    assert next_occurrence(rec(pattern, no_end(start)), after) == start + timedelta(days=14 * k)


def test_next_occurrence_at_the_end_of_the_calendar() -> None:
    series = rec(RecurrencePattern(PatternType.Daily), no_end(D(2016, 1, 1)))
    began = time.perf_counter()
    assert next_occurrence(series, D(9999, 12, 31)) is None
    assert time.perf_counter() - began < 0.1


SAMPLE_PATTERNS = [
    RecurrencePattern(PatternType.Daily, interval=3),
    RecurrencePattern(
        PatternType.Weekly,
        interval=2,
        days_of_week=(DayOfWeek.Sunday, DayOfWeek.Wednesday),
        first_day_of_week=DayOfWeek.Monday,
    ),
    RecurrencePattern(PatternType.Weekly, interval=3, days_of_week=(DayOfWeek.Saturday,)),
    RecurrencePattern(PatternType.AbsoluteMonthly, interval=2, day_of_month=31),
    RecurrencePattern(
        PatternType.RelativeMonthly,
        interval=3,
        days_of_week=(DayOfWeek.Monday, DayOfWeek.Tuesday),
        index=WeekIndex.Second,
    ),
    RecurrencePattern(PatternType.AbsoluteYearly, interval=3, month=2, day_of_month=29),
    RecurrencePattern(
        PatternType.RelativeYearly,
        interval=2,
        month=11,
        days_of_week=(DayOfWeek.Thursday,),
        index=WeekIndex.Last,
    ),
]


@pytest.mark.parametrize("pattern", SAMPLE_PATTERNS, ids=lambda p: p.type.value)
def test_next_occurrence_agrees_with_plain_expansion(
    pattern: RecurrencePattern,
) -> None:
    # The shortcut in next_occurrence must give what walking the series gives.
    series = rec(pattern, until(D(2016, 2, 17), D(2040, 12, 31)))
    expanded = list(occurrences(series))
    for offset in range(-40, 365 * 26, 23):
        after = D(2016, 2, 17) + timedelta(days=offset)
        expected = next((d for d in expanded if d > after), None)
        assert next_occurrence(series, after) == expected, after
    no_end_series = rec(pattern, no_end(D(2016, 2, 17)))
    for position in range(0, len(expanded) - 1, 7):
        after = expanded[position]
        assert next_occurrence(no_end_series, after) == expanded[position + 1]


# --- construction and validation ---------------------------------------------------


def test_outlook_names_are_accepted_and_stored_as_members() -> None:
    pattern = RecurrencePattern(
        "RelativeMonthly",  # type: ignore[arg-type]
        days_of_week=["Monday", "Friday"],  # type: ignore[arg-type]
        first_day_of_week="Monday",  # type: ignore[arg-type]
        index="Last",  # type: ignore[arg-type]
    )
    assert pattern.type is PatternType.RelativeMonthly
    assert pattern.days_of_week == (DayOfWeek.Monday, DayOfWeek.Friday)
    assert pattern.first_day_of_week is DayOfWeek.Monday
    assert pattern.index is WeekIndex.Last
    range_ = RecurrenceRange("NoEnd", datetime(2016, 4, 23, 9, 0))  # type: ignore[arg-type]
    assert range_.type is RangeType.NoEnd
    assert range_.start_date == D(2016, 4, 23)
    assert hash(PatternedRecurrence(pattern, range_))  # frozen and hashable


def test_enum_values_are_the_outlook_names() -> None:
    assert [t.value for t in PatternType] == [
        "Daily",
        "Weekly",
        "AbsoluteMonthly",
        "RelativeMonthly",
        "AbsoluteYearly",
        "RelativeYearly",
    ]
    assert [d.value for d in DayOfWeek] == [
        "Sunday",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
    ]
    assert [i.value for i in WeekIndex] == [
        "First",
        "Second",
        "Third",
        "Fourth",
        "Last",
    ]
    assert [r.value for r in RangeType] == ["EndDate", "NoEnd", "Numbered"]


@pytest.mark.parametrize(
    "build",
    [
        lambda: RecurrencePattern("Hourly"),  # type: ignore[arg-type]
        lambda: RecurrencePattern(PatternType.Weekly, days_of_week=("Funday",)),  # type: ignore[arg-type]
        lambda: RecurrencePattern(PatternType.Weekly, first_day_of_week="monday"),  # type: ignore[arg-type]
        lambda: RecurrencePattern(PatternType.RelativeMonthly, index="Fifth"),  # type: ignore[arg-type]
        lambda: RecurrenceRange("Forever", D(2016, 1, 1)),  # type: ignore[arg-type]
    ],
)
def test_unknown_enum_names_are_rejected(build: Callable[[], object]) -> None:
    with pytest.raises(ErrorCalendarInvalidRecurrence):
        build()


START = D(2016, 4, 23)
MON = (DayOfWeek.Monday,)

INVALID = {
    "daily interval 0": (
        RecurrencePattern(PatternType.Daily, interval=0),
        no_end(START),
    ),
    "daily interval negative": (
        RecurrencePattern(PatternType.Daily, interval=-1),
        no_end(START),
    ),
    "interval too large": (
        RecurrencePattern(PatternType.Daily, interval=MAX_INTERVAL + 1),
        no_end(START),
    ),
    "interval bool": (
        RecurrencePattern(PatternType.Daily, interval=True),
        no_end(START),
    ),
    "interval float": (
        RecurrencePattern(PatternType.Daily, interval=1.5),  # type: ignore[arg-type]
        no_end(START),
    ),
    "weekly no days": (RecurrencePattern(PatternType.Weekly), no_end(START)),
    "weekly interval 0": (
        RecurrencePattern(PatternType.Weekly, interval=0, days_of_week=MON),
        no_end(START),
    ),
    "abs monthly day 0": (
        RecurrencePattern(PatternType.AbsoluteMonthly),
        no_end(START),
    ),
    "abs monthly day 32": (
        RecurrencePattern(PatternType.AbsoluteMonthly, day_of_month=32),
        no_end(START),
    ),
    "rel monthly no days": (
        RecurrencePattern(PatternType.RelativeMonthly),
        no_end(START),
    ),
    "abs yearly month 0": (
        RecurrencePattern(PatternType.AbsoluteYearly, day_of_month=1),
        no_end(START),
    ),
    "abs yearly month 13": (
        RecurrencePattern(PatternType.AbsoluteYearly, month=13, day_of_month=1),
        no_end(START),
    ),
    "abs yearly day 0": (
        RecurrencePattern(PatternType.AbsoluteYearly, month=1),
        no_end(START),
    ),
    "abs yearly 30 feb": (
        RecurrencePattern(PatternType.AbsoluteYearly, month=2, day_of_month=30),
        no_end(START),
    ),
    "abs yearly 31 apr": (
        RecurrencePattern(PatternType.AbsoluteYearly, month=4, day_of_month=31),
        no_end(START),
    ),
    "rel yearly no month": (
        RecurrencePattern(PatternType.RelativeYearly, days_of_week=MON),
        no_end(START),
    ),
    "rel yearly no days": (
        RecurrencePattern(PatternType.RelativeYearly, month=5),
        no_end(START),
    ),
    "no start date": (
        RecurrencePattern(PatternType.Daily),
        RecurrenceRange(RangeType.NoEnd, None),
    ),
    "end date missing": (
        RecurrencePattern(PatternType.Daily),
        RecurrenceRange(RangeType.EndDate, START),
    ),
    "end before start": (
        RecurrencePattern(PatternType.Daily),
        until(START, D(2016, 4, 22)),
    ),
    "numbered zero": (RecurrencePattern(PatternType.Daily), numbered(START, 0)),
    "numbered negative": (RecurrencePattern(PatternType.Daily), numbered(START, -3)),
    "numbered too many": (
        RecurrencePattern(PatternType.Daily),
        numbered(START, MAX_OCCURRENCES + 1),
    ),
}


@pytest.mark.parametrize(("pattern", "range_"), INVALID.values(), ids=INVALID.keys())
def test_invalid_recurrences_are_rejected(pattern: RecurrencePattern, range_: RecurrenceRange) -> None:
    series = PatternedRecurrence(pattern, range_)
    with pytest.raises(ErrorCalendarInvalidRecurrence) as caught:
        validate(series)
    assert caught.value.status == 400
    assert caught.value.message  # says what is wrong
    # Expansion validates too, so a bad rule can never reach rrule.
    with pytest.raises(ErrorCalendarInvalidRecurrence):
        occurrences(series)
    with pytest.raises(ErrorCalendarInvalidRecurrence):
        next_occurrence(series, START)


def test_validation_message_names_the_problem() -> None:
    series = PatternedRecurrence(RecurrencePattern(PatternType.Weekly), no_end(START))
    with pytest.raises(ErrorCalendarInvalidRecurrence, match="DaysOfWeek"):
        validate(series)


@pytest.mark.parametrize(
    "series",
    [
        PatternedRecurrence(None, no_end(START)),  # type: ignore[arg-type]
        PatternedRecurrence(RecurrencePattern(PatternType.Daily), None),  # type: ignore[arg-type]
        None,
    ],
)
def test_missing_parts_are_rejected(series: PatternedRecurrence) -> None:
    with pytest.raises(ErrorCalendarInvalidRecurrence):
        validate(series)


@pytest.mark.parametrize(
    "series",
    [
        PatternedRecurrence(RecurrencePattern(PatternType.Daily, interval=MAX_INTERVAL), no_end(START)),
        PatternedRecurrence(
            RecurrencePattern(PatternType.AbsoluteYearly, month=2, day_of_month=29),
            no_end(START),
        ),
        PatternedRecurrence(
            RecurrencePattern(PatternType.AbsoluteMonthly, day_of_month=31),
            no_end(START),
        ),
        PatternedRecurrence(
            RecurrencePattern(PatternType.RelativeMonthly, days_of_week=MON, index=WeekIndex.Fourth),
            no_end(START),
        ),
        # Extra fields a type does not use are ignored, as the service does.
        PatternedRecurrence(
            RecurrencePattern(PatternType.Daily, month=7, day_of_month=40, days_of_week=MON),
            RecurrenceRange(RangeType.NoEnd, START, end_date=D(2000, 1, 1), number_of_occurrences=-5),
        ),
    ],
)
def test_valid_edge_cases_pass(series: PatternedRecurrence) -> None:
    validate(series)
    assert next(occurrences(series)) >= START
