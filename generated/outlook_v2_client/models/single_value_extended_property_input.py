from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SingleValueExtendedPropertyInput")


@_attrs_define
class SingleValueExtendedPropertyInput:
    """A single-value extended property to set (`SingleValueLegacyExtendedProperty`): exactly `PropertyId` and
    `Value`, both required (anything else gives 400 RequestBodyRead).

    `Value` is the value written as a string, and must fit the type named in `PropertyId`, else
    400 ErrorInvalidExtendedPropertyValue:

    | type | `Value` |
    |---|---|
    | `String` | any text |
    | `Integer` / `Short` / `Long` | a decimal integer within 32 / 16 / 64 bits (`12`, `-7`) |
    | `Boolean` | `true` or `false` (any casing) |
    | `Double` / `Float` | a finite decimal number (`1.5`, `2.5E-3`; no `NaN`, `Infinity`) |
    | `Currency` | a finite decimal number of at most ±922337203685477.5807 (`12.34`) |
    | `SystemTime` | an ISO 8601 date and time (`2016-04-22T05:44:01Z`) |
    | `Binary` / `Object` | base64 (with padding) |
    | `CLSID` | a GUID (`b9cf8971-7d55-4b73-9ffa-a584611b600b`) |

        Attributes:
            property_id (str): Identifies the property, in one of two formats: `"{type} {guid} Name {name}"` (a namespace
                GUID and a
                name of at most 255 characters, e.g. `String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color`) or
                `"{type} {guid} Id {id}"` (a namespace GUID and a hexadecimal id of 1 to 4 digits, e.g.
                `Integer {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Id 0x8012`). The GUID may be written with or without braces.
                `{type}` is one of `String`, `Integer`, `Short`, `Long`, `Boolean`, `Double`, `Float`, `Currency`,
                `SystemTime`, `Binary`, `CLSID`, `Object`. The pattern lists the canonical spellings; the server matches
                type names case-insensitively.

                The format is part of the property's identity: a property written with `Name` is only found with that
                name, not by an `Id`, and vice versa. A `PropertyId` in neither format gives 400 ErrorInvalidProperty
                ("PropertyId values may only be in one of the following formats: 'MapiPropertyType namespaceGuid Name
                propertyName' or 'MapiPropertyType namespaceGuid Id propertyId'."); a type that is not a single-value type
                (e.g. `StringArray`), an `Id` that is not 1 to 4 hex digits, or a blank name gives
                400 ErrorInvalidExtendedProperty.
            value (str): The value, written as a string that fits the property's type (see above).
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

        single_value_extended_property_input = cls(
            property_id=property_id,
            value=value,
        )

        return single_value_extended_property_input
