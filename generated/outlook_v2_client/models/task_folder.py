from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_value_legacy_extended_property import (
        MultiValueLegacyExtendedProperty,
    )
    from ..models.single_value_legacy_extended_property import (
        SingleValueLegacyExtendedProperty,
    )


T = TypeVar("T", bound="TaskFolder")


@_attrs_define
class TaskFolder:
    """A task folder, as returned. Only `@odata.id` and `Id` are always present (`$select` may drop the rest);
    `@odata.context` only on single-entity responses; `@odata.etag` may be present.
    Filterable (`$filter`/`$orderby`): Name, IsDefaultFolder.

        Attributes:
            odata_id (str): Absolute URL of the task folder, built from the request's host.
            id (str): Opaque task folder id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            odata_etag (str | Unset): Weak entity tag of the current version; changes with every write.
            change_key (str | Unset): Version of the task folder; changes with every write.
            name (str | Unset):
            is_default_folder (bool | Unset): True for the default task folder `Tasks`.
            parent_group_key (UUID | Unset): `GroupKey` of the task group holding the folder.
            single_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded single-value extended
                properties, e.g.
                `https://<host>/api/v2.0/$metadata#Me/TaskFolders('<url-encoded id>')/SingleValueExtendedProperties`.
                Only with `$expand=SingleValueExtendedProperties(…)`.
            single_value_extended_properties (list[SingleValueLegacyExtendedProperty] | Unset): The folder's single-value
                extended properties that match the `$filter` of
                `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')` (an empty array when none does).
                Only with that `$expand` (`getTaskFolder`); never in other responses.
            multi_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded multi-value extended
                properties, e.g.
                `https://<host>/api/v2.0/$metadata#Me/TaskFolders('<url-encoded id>')/MultiValueExtendedProperties`.
                Only with `$expand=MultiValueExtendedProperties(…)`.
            multi_value_extended_properties (list[MultiValueLegacyExtendedProperty] | Unset): The folder's multi-value
                extended properties that match the `$filter` of
                `$expand=MultiValueExtendedProperties($filter=PropertyId eq '<id>')` (an empty array when none does).
                Only with that `$expand` (`getTaskFolder`); never in other responses.
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    odata_etag: str | Unset = UNSET
    change_key: str | Unset = UNSET
    name: str | Unset = UNSET
    is_default_folder: bool | Unset = UNSET
    parent_group_key: UUID | Unset = UNSET
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

        odata_etag = self.odata_etag

        change_key = self.change_key

        name = self.name

        is_default_folder = self.is_default_folder

        parent_group_key: str | Unset = UNSET
        if not isinstance(self.parent_group_key, Unset):
            parent_group_key = str(self.parent_group_key)

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
        if odata_etag is not UNSET:
            field_dict["@odata.etag"] = odata_etag
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if name is not UNSET:
            field_dict["Name"] = name
        if is_default_folder is not UNSET:
            field_dict["IsDefaultFolder"] = is_default_folder
        if parent_group_key is not UNSET:
            field_dict["ParentGroupKey"] = parent_group_key
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

        odata_etag = d.pop("@odata.etag", UNSET)

        change_key = d.pop("ChangeKey", UNSET)

        name = d.pop("Name", UNSET)

        is_default_folder = d.pop("IsDefaultFolder", UNSET)

        _parent_group_key = d.pop("ParentGroupKey", UNSET)
        parent_group_key: UUID | Unset
        if isinstance(_parent_group_key, Unset):
            parent_group_key = UNSET
        else:
            parent_group_key = UUID(_parent_group_key)

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

        task_folder = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            odata_etag=odata_etag,
            change_key=change_key,
            name=name,
            is_default_folder=is_default_folder,
            parent_group_key=parent_group_key,
            single_value_extended_propertiesodata_context=single_value_extended_propertiesodata_context,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_propertiesodata_context=multi_value_extended_propertiesodata_context,
            multi_value_extended_properties=multi_value_extended_properties,
        )

        return task_folder
