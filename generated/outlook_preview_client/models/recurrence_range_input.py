from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.recurrence_range_type import (
    RecurrenceRangeType,
    check_recurrence_range_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceRangeInput")


@_attrs_define
class RecurrenceRangeInput:
    """How long the event recurs, as sent: `Type` and `StartDate` are required, `EndDate` for an `EndDate` range,
    `NumberOfOccurrences` (1-999) for a `Numbered` one. The dates are DateTimeOffsets of which the date (as
    written) counts.

        Attributes:
            type_ (RecurrenceRangeType): Kind of recurrence range (Edm enum `RecurrenceRangeType`).
            start_date (datetime.datetime):
            end_date (datetime.datetime | None | Unset):
            number_of_occurrences (int | Unset):
    """

    type_: RecurrenceRangeType
    start_date: datetime.datetime
    end_date: datetime.datetime | None | Unset = UNSET
    number_of_occurrences: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        start_date = self.start_date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        number_of_occurrences = self.number_of_occurrences

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Type": type_,
                "StartDate": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["EndDate"] = end_date
        if number_of_occurrences is not UNSET:
            field_dict["NumberOfOccurrences"] = number_of_occurrences

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_recurrence_range_type(d.pop("Type"))

        start_date = datetime.datetime.fromisoformat(d.pop("StartDate"))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("EndDate", UNSET))

        number_of_occurrences = d.pop("NumberOfOccurrences", UNSET)

        recurrence_range_input = cls(
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            number_of_occurrences=number_of_occurrences,
        )

        return recurrence_range_input
