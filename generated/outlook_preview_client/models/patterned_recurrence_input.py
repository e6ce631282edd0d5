from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.recurrence_pattern_input import RecurrencePatternInput
    from ..models.recurrence_range_input import RecurrenceRangeInput


T = TypeVar("T", bound="PatternedRecurrenceInput")


@_attrs_define
class PatternedRecurrenceInput:
    """Recurrence of an event, as sent: both parts are required. An incomplete or inconsistent pattern or range
    (e.g. a Weekly pattern without DaysOfWeek, an EndDate range without EndDate) gives
    400 ErrorCalendarInvalidRecurrence. With the event's Start and End, one occurrence may not last longer than
    the shortest gap between two dates of the pattern (400 ErrorOccurrenceTimeSpanTooBig).

        Attributes:
            pattern (RecurrencePatternInput): How often the event recurs, as sent. `Type` and `Interval` are always
                required; each pattern type also
                requires (a missing field gives 400 ErrorCalendarInvalidRecurrence):
                * `Daily`: nothing more
                * `Weekly`: `DaysOfWeek`, `FirstDayOfWeek`
                * `AbsoluteMonthly`: `DayOfMonth`
                * `RelativeMonthly`: `DaysOfWeek`, `Index`
                * `AbsoluteYearly`: `DayOfMonth`, `Month`
                * `RelativeYearly`: `DaysOfWeek`, `Index`, `Month`
            range_ (RecurrenceRangeInput): How long the event recurs, as sent: `Type` and `StartDate` are required,
                `EndDate` for an `EndDate` range,
                `NumberOfOccurrences` (1-999) for a `Numbered` one. The dates are DateTimeOffsets of which the date (as
                written) counts.
    """

    pattern: RecurrencePatternInput
    range_: RecurrenceRangeInput

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern.to_dict()

        range_ = self.range_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Pattern": pattern,
                "Range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recurrence_pattern_input import RecurrencePatternInput
        from ..models.recurrence_range_input import RecurrenceRangeInput

        d = dict(src_dict)
        pattern = RecurrencePatternInput.from_dict(d.pop("Pattern"))

        range_ = RecurrenceRangeInput.from_dict(d.pop("Range"))

        patterned_recurrence_input = cls(
            pattern=pattern,
            range_=range_,
        )

        return patterned_recurrence_input
