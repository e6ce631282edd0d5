from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DateTimeTimeZoneInput")


@_attrs_define
class DateTimeTimeZoneInput:
    """A local date (and optional time, no offset) plus the time zone it is expressed in: a Windows time zone name
    (`Pacific Standard Time`) or an IANA name (`America/Los_Angeles`); unknown zone: 400
    TimeZoneNotSupportedException. `DateTime` is `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS` and up to 7
    fractional digits; the pattern limits years to 1601-4500 (roughly the range Outlook/Exchange can store)
    and checks month, day and time ranges (a day that does not exist, e.g. 2015-02-29, gives 400).
    OData annotations (`@…` keys) are accepted and ignored.

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

        date_time_time_zone_input = cls(
            date_time=date_time,
            time_zone=time_zone,
        )

        return date_time_time_zone_input
