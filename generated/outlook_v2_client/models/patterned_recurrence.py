from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.recurrence_pattern import RecurrencePattern
    from ..models.recurrence_range import RecurrenceRange


T = TypeVar("T", bound="PatternedRecurrence")


@_attrs_define
class PatternedRecurrence:
    """Recurrence of a task or event.

    Attributes:
        pattern (RecurrencePattern): How often the task recurs (fields a pattern type does not use are 0 / empty /
            defaults).
        range_ (RecurrenceRange): How long the task recurs. `EndDate` is `0001-01-01` or null when unused.
    """

    pattern: RecurrencePattern
    range_: RecurrenceRange

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
        from ..models.recurrence_pattern import RecurrencePattern
        from ..models.recurrence_range import RecurrenceRange

        d = dict(src_dict)
        pattern = RecurrencePattern.from_dict(d.pop("Pattern"))

        range_ = RecurrenceRange.from_dict(d.pop("Range"))

        patterned_recurrence = cls(
            pattern=pattern,
            range_=range_,
        )

        return patterned_recurrence
