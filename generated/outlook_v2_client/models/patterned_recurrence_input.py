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
    """Recurrence of a task or event, as sent. Both parts are required; an incomplete or inconsistent recurrence gives
    400 ErrorCalendarInvalidRecurrence. OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            pattern (RecurrencePatternInput): How often the task recurs. `Type` and `Interval` are always required; each
                pattern type also requires
                (a 0 or an empty list counts as missing):
                * `Daily`: `Interval` (every n days)
                * `Weekly`: `Interval`, `DaysOfWeek`, `FirstDayOfWeek`
                * `AbsoluteMonthly`: `Interval`, `DayOfMonth`
                * `RelativeMonthly`: `Interval`, `DaysOfWeek`, `Index`
                * `AbsoluteYearly`: `Interval`, `DayOfMonth`, `Month`
                * `RelativeYearly`: `Interval`, `DaysOfWeek`, `Index`, `Month`

                A missing field gives 400 ErrorCalendarInvalidRecurrence. `Interval` is at most 999 (as in Outlook);
                `Month` and `DayOfMonth` must be in range even where the pattern type does not use them (they are stored
                and returned as sent). Enum values are matched case-insensitively (clients send e.g. `weekly`, `monday`).
                OData annotations (`@…` keys) are accepted and ignored.
            range_ (RecurrenceRangeInput): How long the task recurs. `Type` and `StartDate` are always required; each range
                type also requires:
                * `EndDate`: `StartDate`, `EndDate`
                * `NoEnd`: `StartDate`
                * `Numbered`: `StartDate`, `NumberOfOccurrences` (at least 1)

                A missing field gives 400 ErrorCalendarInvalidRecurrence. Enum values are matched case-insensitively.
                The date patterns limit years to 1601-4500 (roughly the range Outlook/Exchange can store); `EndDate` also
                accepts `0001-01-01`, Outlook's "unset" value that responses carry, so a returned recurrence can be sent
                back as it is. `NumberOfOccurrences` is at most 999 (as in Outlook) and must be in range even where the
                range type does not use it. OData annotations (`@…` keys) are accepted and ignored.
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
