from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MultiValueLegacyExtendedProperty")


@_attrs_define
class MultiValueLegacyExtendedProperty:
    """A multi-value extended property, as returned by `$expand`. `PropertyId` is the text the property was first
    written with.

        Attributes:
            property_id (str):
            value (list[str]):
    """

    property_id: str
    value: list[str]

    def to_dict(self) -> dict[str, Any]:
        property_id = self.property_id

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "PropertyId": property_id,
                "Value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        property_id = d.pop("PropertyId")

        value = cast(list[str], d.pop("Value"))

        multi_value_legacy_extended_property = cls(
            property_id=property_id,
            value=value,
        )

        return multi_value_legacy_extended_property
