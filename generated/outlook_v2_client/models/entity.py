from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entity_odata_type import EntityOdataType, check_entity_odata_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="Entity")


@_attrs_define
class Entity:
    """The changed item: its entity type, URL, `@odata.etag` (its ChangeKey after the change, or the last one before
    a delete) and Id.

        Attributes:
            odata_type (EntityOdataType):
            odata_id (str):
            id (str):
            odata_etag (str | Unset):
    """

    odata_type: EntityOdataType
    odata_id: str
    id: str
    odata_etag: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        odata_type: str = self.odata_type

        odata_id = self.odata_id

        id = self.id

        odata_etag = self.odata_etag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.type": odata_type,
                "@odata.id": odata_id,
                "Id": id,
            }
        )
        if odata_etag is not UNSET:
            field_dict["@odata.etag"] = odata_etag

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_type = check_entity_odata_type(d.pop("@odata.type"))

        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_etag = d.pop("@odata.etag", UNSET)

        entity = cls(
            odata_type=odata_type,
            odata_id=odata_id,
            id=id,
            odata_etag=odata_etag,
        )

        entity.additional_properties = d
        return entity

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
