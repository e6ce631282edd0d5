from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CalendarGroupPatch")


@_attrs_define
class CalendarGroupPatch:
    """Changes to a calendar group: `Name`, its only writable property (an empty body: 400 ErrorInvalidRequest;
    another known property: 400 ErrorInvalidProperty; an unknown one: 400 RequestBodyRead). OData annotations
    (`@…` keys) are accepted and ignored.

        Attributes:
            name (str): The name (empty or only blanks - 400 ErrorInvalidRequest).
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

        calendar_group_patch = cls(
            name=name,
        )

        return calendar_group_patch
