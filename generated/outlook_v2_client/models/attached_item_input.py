from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attached_item_input_odata_type import (
    AttachedItemInputOdataType,
    check_attached_item_input_odata_type,
)

T = TypeVar("T", bound="AttachedItemInput")


@_attrs_define
class AttachedItemInput:
    """The message, event or contact to attach, with its properties (free-form). `@odata.type` names its kind,
    with or without the leading `#` (Microsoft's own example omits it).

        Attributes:
            odata_type (AttachedItemInputOdataType):
    """

    odata_type: AttachedItemInputOdataType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        odata_type: str = self.odata_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.type": odata_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_type = check_attached_item_input_odata_type(d.pop("@odata.type"))

        attached_item_input = cls(
            odata_type=odata_type,
        )

        attached_item_input.additional_properties = d
        return attached_item_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
