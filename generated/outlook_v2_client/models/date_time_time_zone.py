from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DateTimeTimeZone")


@_attrs_define
class DateTimeTimeZone:
    """A date and time in a time zone, as returned: `DateTime` has no offset and exactly 7 fractional digits;
    `TimeZone` is `UTC` unless `Prefer: outlook.timezone` named another zone.

        Attributes:
            date_time (str):
            time_zone (str):
    """

    date_time: str
    time_zone: str

    def to_dict(self) -> dict[str, Any]:
        date_time = self.date_time

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "DateTime": date_time,
                "TimeZone": time_zone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date_time = d.pop("DateTime")

        time_zone = d.pop("TimeZone")

        date_time_time_zone = cls(
            date_time=date_time,
            time_zone=time_zone,
        )

        return date_time_time_zone
