from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MultiValueExtendedPropertyInput")


@_attrs_define
class MultiValueExtendedPropertyInput:
    """A multi-value extended property to set (`MultiValueLegacyExtendedProperty`): exactly `PropertyId` and
    `Value`, both required (anything else gives 400 RequestBodyRead). `Value` is an array of strings, each of
    which must fit the element type of `PropertyId` (as for the single-value types, see
    `SingleValueExtendedPropertyInput`), else 400 ErrorInvalidExtendedPropertyValue.

        Attributes:
            property_id (str): Identifies the property, in one of two formats: `"{type} {guid} Name {name}"` (e.g.
                `StringArray {66f5a359-4659-4830-9070-00049ec6ac6e} Name Palette`) or `"{type} {guid} Id {id}"` (e.g.
                `IntegerArray {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Id 0x8013`), with the same rules as for single-value
                properties. `{type}` is one of `StringArray`, `IntegerArray`, `ShortArray`, `LongArray`, `DoubleArray`,
                `FloatArray`, `CurrencyArray`, `SystemTimeArray`, `BinaryArray`, `CLSIDArray` (there is no boolean or
                object array). The pattern lists the canonical spellings; the server matches type names
                case-insensitively. A `PropertyId` in neither format gives 400 ErrorInvalidProperty; a single-value type,
                an `Id` that is not 1 to 4 hex digits, or a blank name gives 400 ErrorInvalidExtendedProperty.
            value (list[str]): The values, each written as a string that fits the element type.
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

        multi_value_extended_property_input = cls(
            property_id=property_id,
            value=value,
        )

        return multi_value_extended_property_input
