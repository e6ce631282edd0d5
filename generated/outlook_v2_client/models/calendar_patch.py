from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.calendar_color import CalendarColor, check_calendar_color
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_value_extended_property_input import (
        MultiValueExtendedPropertyInput,
    )
    from ..models.single_value_extended_property_input import (
        SingleValueExtendedPropertyInput,
    )


T = TypeVar("T", bound="CalendarPatch")


@_attrs_define
class CalendarPatch:
    """Changes to a calendar (`Name`, `Color` and/or extended properties). OData annotations are ignored.

    Attributes:
        single_value_extended_properties (list[SingleValueExtendedPropertyInput] | Unset): Single-value extended
            properties to set on the item (a property that exists already gets the new value;
            properties not listed are left as they are). The response does not include them: read them back with
            `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')`.
        multi_value_extended_properties (list[MultiValueExtendedPropertyInput] | Unset): Multi-value extended properties
            to set on the item (a property that exists already gets the new values;
            properties not listed are left as they are). The response does not include them: read them back with
            `$expand=MultiValueExtendedProperties($filter=PropertyId eq '<id>')`.
        name (str | Unset): Name (not only blanks).
        color (CalendarColor | Unset): The colour theme of a calendar. Request values are matched case-insensitively.
    """

    single_value_extended_properties: list[SingleValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    multi_value_extended_properties: list[MultiValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    name: str | Unset = UNSET
    color: CalendarColor | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        single_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.single_value_extended_properties, Unset):
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in self.single_value_extended_properties:
                single_value_extended_properties_item = (
                    single_value_extended_properties_item_data.to_dict()
                )
                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        multi_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_value_extended_properties, Unset):
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in self.multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    multi_value_extended_properties_item_data.to_dict()
                )
                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        name = self.name

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if single_value_extended_properties is not UNSET:
            field_dict["SingleValueExtendedProperties"] = (
                single_value_extended_properties
            )
        if multi_value_extended_properties is not UNSET:
            field_dict["MultiValueExtendedProperties"] = multi_value_extended_properties
        if name is not UNSET:
            field_dict["Name"] = name
        if color is not UNSET:
            field_dict["Color"] = color

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multi_value_extended_property_input import (
            MultiValueExtendedPropertyInput,
        )
        from ..models.single_value_extended_property_input import (
            SingleValueExtendedPropertyInput,
        )

        d = dict(src_dict)
        _single_value_extended_properties = d.pop(
            "SingleValueExtendedProperties", UNSET
        )
        single_value_extended_properties: (
            list[SingleValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _single_value_extended_properties is not UNSET:
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in _single_value_extended_properties:
                single_value_extended_properties_item = (
                    SingleValueExtendedPropertyInput.from_dict(
                        single_value_extended_properties_item_data
                    )
                )

                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        _multi_value_extended_properties = d.pop("MultiValueExtendedProperties", UNSET)
        multi_value_extended_properties: (
            list[MultiValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _multi_value_extended_properties is not UNSET:
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in _multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    MultiValueExtendedPropertyInput.from_dict(
                        multi_value_extended_properties_item_data
                    )
                )

                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        name = d.pop("Name", UNSET)

        _color = d.pop("Color", UNSET)
        color: CalendarColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = check_calendar_color(_color)

        calendar_patch = cls(
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_properties=multi_value_extended_properties,
            name=name,
            color=color,
        )

        return calendar_patch
