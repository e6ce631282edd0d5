from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.day_of_week import DayOfWeek, check_day_of_week
from ..models.recurrence_pattern_type import (
    RecurrencePatternType,
    check_recurrence_pattern_type,
)
from ..models.week_index import WeekIndex, check_week_index
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecurrencePattern")


@_attrs_define
class RecurrencePattern:
    """How often the event recurs (fields a pattern type does not use are 0 / empty / defaults).

    Attributes:
        type_ (RecurrencePatternType): Kind of recurrence pattern (Edm enum `RecurrencePatternType`).
        interval (int):
        day_of_month (int | Unset):
        month (int | Unset):
        days_of_week (list[DayOfWeek] | Unset):
        first_day_of_week (DayOfWeek | Unset): Day of the week (Edm enum `System.DayOfWeek`).
        index (WeekIndex | Unset): Week of the month for relative patterns (Edm enum `WeekIndex`).
    """

    type_: RecurrencePatternType
    interval: int
    day_of_month: int | Unset = UNSET
    month: int | Unset = UNSET
    days_of_week: list[DayOfWeek] | Unset = UNSET
    first_day_of_week: DayOfWeek | Unset = UNSET
    index: WeekIndex | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        interval = self.interval

        day_of_month = self.day_of_month

        month = self.month

        days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = []
            for days_of_week_item_data in self.days_of_week:
                days_of_week_item: str = days_of_week_item_data
                days_of_week.append(days_of_week_item)

        first_day_of_week: str | Unset = UNSET
        if not isinstance(self.first_day_of_week, Unset):
            first_day_of_week = self.first_day_of_week

        index: str | Unset = UNSET
        if not isinstance(self.index, Unset):
            index = self.index

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Type": type_,
                "Interval": interval,
            }
        )
        if day_of_month is not UNSET:
            field_dict["DayOfMonth"] = day_of_month
        if month is not UNSET:
            field_dict["Month"] = month
        if days_of_week is not UNSET:
            field_dict["DaysOfWeek"] = days_of_week
        if first_day_of_week is not UNSET:
            field_dict["FirstDayOfWeek"] = first_day_of_week
        if index is not UNSET:
            field_dict["Index"] = index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_recurrence_pattern_type(d.pop("Type"))

        interval = d.pop("Interval")

        day_of_month = d.pop("DayOfMonth", UNSET)

        month = d.pop("Month", UNSET)

        _days_of_week = d.pop("DaysOfWeek", UNSET)
        days_of_week: list[DayOfWeek] | Unset = UNSET
        if _days_of_week is not UNSET:
            days_of_week = []
            for days_of_week_item_data in _days_of_week:
                days_of_week_item = check_day_of_week(days_of_week_item_data)

                days_of_week.append(days_of_week_item)

        _first_day_of_week = d.pop("FirstDayOfWeek", UNSET)
        first_day_of_week: DayOfWeek | Unset
        if isinstance(_first_day_of_week, Unset):
            first_day_of_week = UNSET
        else:
            first_day_of_week = check_day_of_week(_first_day_of_week)

        _index = d.pop("Index", UNSET)
        index: WeekIndex | Unset
        if isinstance(_index, Unset):
            index = UNSET
        else:
            index = check_week_index(_index)

        recurrence_pattern = cls(
            type_=type_,
            interval=interval,
            day_of_month=day_of_month,
            month=month,
            days_of_week=days_of_week,
            first_day_of_week=first_day_of_week,
            index=index,
        )

        return recurrence_pattern
