from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..models.recurrence_range_type import (
    RecurrenceRangeType,
    check_recurrence_range_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrenceRangeInput")


@_attrs_define
class RecurrenceRangeInput:
    """How long the task recurs. `Type` and `StartDate` are always required; each range type also requires:
    * `EndDate`: `StartDate`, `EndDate`
    * `NoEnd`: `StartDate`
    * `Numbered`: `StartDate`, `NumberOfOccurrences` (at least 1)

    A missing field gives 400 ErrorCalendarInvalidRecurrence. Enum values are matched case-insensitively.
    The date patterns limit years to 1601-4500 (roughly the range Outlook/Exchange can store); `EndDate` also
    accepts `0001-01-01`, Outlook's "unset" value that responses carry, so a returned recurrence can be sent
    back as it is. `NumberOfOccurrences` is at most 999 (as in Outlook) and must be in range even where the
    range type does not use it. OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            type_ (RecurrenceRangeType): Kind of recurrence range. Request values are matched case-insensitively.
            start_date (datetime.date):
            end_date (datetime.date | Literal['0001-01-01'] | None | Unset):
            number_of_occurrences (int | Unset):
            recurrence_time_zone (None | str | Unset): Accepted for compatibility with clients that send it, and ignored
                (ranges are dates).
    """

    type_: RecurrenceRangeType
    start_date: datetime.date
    end_date: datetime.date | Literal["0001-01-01"] | None | Unset = UNSET
    number_of_occurrences: int | Unset = UNSET
    recurrence_time_zone: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        start_date = self.start_date.isoformat()

        end_date: Literal["0001-01-01"] | None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        number_of_occurrences = self.number_of_occurrences

        recurrence_time_zone: None | str | Unset
        if isinstance(self.recurrence_time_zone, Unset):
            recurrence_time_zone = UNSET
        else:
            recurrence_time_zone = self.recurrence_time_zone

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
        if recurrence_time_zone is not UNSET:
            field_dict["RecurrenceTimeZone"] = recurrence_time_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_recurrence_range_type(d.pop("Type"))

        start_date = datetime.date.fromisoformat(d.pop("StartDate"))

        def _parse_end_date(
            data: object,
        ) -> datetime.date | Literal["0001-01-01"] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            end_date_type_1 = cast(Literal["0001-01-01"], data)
            if end_date_type_1 != "0001-01-01":
                raise ValueError(
                    f"EndDate_type_1 must match const '0001-01-01', got '{end_date_type_1}'"
                )
            return end_date_type_1
            return cast(datetime.date | Literal["0001-01-01"] | None | Unset, data)

        end_date = _parse_end_date(d.pop("EndDate", UNSET))

        number_of_occurrences = d.pop("NumberOfOccurrences", UNSET)

        def _parse_recurrence_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recurrence_time_zone = _parse_recurrence_time_zone(
            d.pop("RecurrenceTimeZone", UNSET)
        )

        recurrence_range_input = cls(
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            number_of_occurrences=number_of_occurrences,
            recurrence_time_zone=recurrence_time_zone,
        )

        return recurrence_range_input
