from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.calendar_color import CalendarColor, check_calendar_color
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_value_legacy_extended_property import (
        MultiValueLegacyExtendedProperty,
    )
    from ..models.single_value_legacy_extended_property import (
        SingleValueLegacyExtendedProperty,
    )


T = TypeVar("T", bound="Calendar")


@_attrs_define
class Calendar:
    """A calendar, as returned. Only `@odata.id` and `Id` are always present (`$select` may drop the rest);
    `@odata.context` only on single-entity responses. The default calendar is named `Calendar` in a fresh mailbox.
    Filterable: Name, Color.

        Attributes:
            odata_id (str): Absolute URL of the calendar, built from the request's host.
            id (str): Opaque calendar id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            name (str | Unset):
            color (CalendarColor | Unset): The colour theme of a calendar. Request values are matched case-insensitively.
            change_key (str | Unset): Changes with every write.
            single_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded single-value extended
                properties; only with that `$expand`.
            single_value_extended_properties (list[SingleValueLegacyExtendedProperty] | Unset): The matching single-value
                extended properties; only with that `$expand`.
            multi_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded multi-value extended
                properties; only with that `$expand`.
            multi_value_extended_properties (list[MultiValueLegacyExtendedProperty] | Unset): The matching multi-value
                extended properties; only with that `$expand`.
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    name: str | Unset = UNSET
    color: CalendarColor | Unset = UNSET
    change_key: str | Unset = UNSET
    single_value_extended_propertiesodata_context: str | Unset = UNSET
    single_value_extended_properties: (
        list[SingleValueLegacyExtendedProperty] | Unset
    ) = UNSET
    multi_value_extended_propertiesodata_context: str | Unset = UNSET
    multi_value_extended_properties: list[MultiValueLegacyExtendedProperty] | Unset = (
        UNSET
    )

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        odata_context = self.odata_context

        name = self.name

        color: str | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color

        change_key = self.change_key

        single_value_extended_propertiesodata_context = (
            self.single_value_extended_propertiesodata_context
        )

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

        multi_value_extended_propertiesodata_context = (
            self.multi_value_extended_propertiesodata_context
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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.id": odata_id,
                "Id": id,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if name is not UNSET:
            field_dict["Name"] = name
        if color is not UNSET:
            field_dict["Color"] = color
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if single_value_extended_propertiesodata_context is not UNSET:
            field_dict["SingleValueExtendedProperties@odata.context"] = (
                single_value_extended_propertiesodata_context
            )
        if single_value_extended_properties is not UNSET:
            field_dict["SingleValueExtendedProperties"] = (
                single_value_extended_properties
            )
        if multi_value_extended_propertiesodata_context is not UNSET:
            field_dict["MultiValueExtendedProperties@odata.context"] = (
                multi_value_extended_propertiesodata_context
            )
        if multi_value_extended_properties is not UNSET:
            field_dict["MultiValueExtendedProperties"] = multi_value_extended_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multi_value_legacy_extended_property import (
            MultiValueLegacyExtendedProperty,
        )
        from ..models.single_value_legacy_extended_property import (
            SingleValueLegacyExtendedProperty,
        )

        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_context = d.pop("@odata.context", UNSET)

        name = d.pop("Name", UNSET)

        _color = d.pop("Color", UNSET)
        color: CalendarColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = check_calendar_color(_color)

        change_key = d.pop("ChangeKey", UNSET)

        single_value_extended_propertiesodata_context = d.pop(
            "SingleValueExtendedProperties@odata.context", UNSET
        )

        _single_value_extended_properties = d.pop(
            "SingleValueExtendedProperties", UNSET
        )
        single_value_extended_properties: (
            list[SingleValueLegacyExtendedProperty] | Unset
        ) = UNSET
        if _single_value_extended_properties is not UNSET:
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in _single_value_extended_properties:
                single_value_extended_properties_item = (
                    SingleValueLegacyExtendedProperty.from_dict(
                        single_value_extended_properties_item_data
                    )
                )

                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        multi_value_extended_propertiesodata_context = d.pop(
            "MultiValueExtendedProperties@odata.context", UNSET
        )

        _multi_value_extended_properties = d.pop("MultiValueExtendedProperties", UNSET)
        multi_value_extended_properties: (
            list[MultiValueLegacyExtendedProperty] | Unset
        ) = UNSET
        if _multi_value_extended_properties is not UNSET:
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in _multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    MultiValueLegacyExtendedProperty.from_dict(
                        multi_value_extended_properties_item_data
                    )
                )

                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        calendar = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            name=name,
            color=color,
            change_key=change_key,
            single_value_extended_propertiesodata_context=single_value_extended_propertiesodata_context,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_propertiesodata_context=multi_value_extended_propertiesodata_context,
            multi_value_extended_properties=multi_value_extended_properties,
        )

        return calendar
