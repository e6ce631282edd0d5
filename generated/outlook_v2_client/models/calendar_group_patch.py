from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarGroupPatch")


@_attrs_define
class CalendarGroupPatch:
    """Changes to a calendar group (`Name` only). OData annotations are ignored.

    Attributes:
        name (str | Unset): Name (not only blanks).
    """

    name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        calendar_group_patch = cls(
            name=name,
        )

        return calendar_group_patch
