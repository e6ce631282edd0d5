from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SingleValueLegacyExtendedProperty")


@_attrs_define
class SingleValueLegacyExtendedProperty:
    """A single-value extended property, as returned by `$expand`. `PropertyId` is the text the property was first
    written with (so its type name may be in another casing than the canonical one).

        Attributes:
            property_id (str):
            value (str):
    """

    property_id: str
    value: str

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

        value = d.pop("Value")

        single_value_legacy_extended_property = cls(
            property_id=property_id,
            value=value,
        )

        return single_value_legacy_extended_property
