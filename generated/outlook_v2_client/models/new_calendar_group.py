from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NewCalendarGroup")


@_attrs_define
class NewCalendarGroup:
    """A calendar group to create: `Name` only. Unknown properties give 400 RequestBodyRead, read-only ones
    (`Id`, `ChangeKey`, `ClassId`, `Calendars`) 400 ErrorInvalidProperty. OData annotations are ignored.

        Attributes:
            name (str): Name (not only blanks).
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name")

        new_calendar_group = cls(
            name=name,
        )

        return new_calendar_group
