from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multi_value_legacy_extended_property import (
        MultiValueLegacyExtendedProperty,
    )
    from ..models.single_value_legacy_extended_property import (
        SingleValueLegacyExtendedProperty,
    )


T = TypeVar("T", bound="MailFolder")


@_attrs_define
class MailFolder:
    """A mail folder, as returned. Only `@odata.id` and `Id` are always present (`$select` may drop the rest);
    `@odata.context` only on single-entity responses. `ChildFolderCount`, `TotalItemCount` and `UnreadItemCount`
    follow the folder's contents. The well-known folders have the DisplayNames `Inbox`, `Drafts`, `Sent Items`
    and `Deleted Items`; top-level folders share one `ParentFolderId` (the mailbox's root folder, which is not
    listed). Filterable (`$filter`/`$orderby`): DisplayName, ParentFolderId, ChildFolderCount, UnreadItemCount,
    TotalItemCount.

        Attributes:
            odata_id (str): Absolute URL of the mail folder, built from the request's host.
            id (str): Opaque mail folder id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            display_name (str | Unset):
            parent_folder_id (str | Unset): Id of the folder holding this one.
            child_folder_count (int | Unset):
            unread_item_count (int | Unset):
            total_item_count (int | Unset):
            single_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded single-value extended
                properties, e.g.
                `https://<host>/api/v2.0/$metadata#Me/MailFolders('<url-encoded id>')/SingleValueExtendedProperties`.
                Only with `$expand=SingleValueExtendedProperties(…)`.
            single_value_extended_properties (list[SingleValueLegacyExtendedProperty] | Unset): The matching single-value
                extended properties; only with that `$expand` (`getMailFolder`).
            multi_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded multi-value extended
                properties; only with that `$expand`.
            multi_value_extended_properties (list[MultiValueLegacyExtendedProperty] | Unset): The matching multi-value
                extended properties; only with that `$expand` (`getMailFolder`).
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    display_name: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    child_folder_count: int | Unset = UNSET
    unread_item_count: int | Unset = UNSET
    total_item_count: int | Unset = UNSET
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

        display_name = self.display_name

        parent_folder_id = self.parent_folder_id

        child_folder_count = self.child_folder_count

        unread_item_count = self.unread_item_count

        total_item_count = self.total_item_count

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
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if parent_folder_id is not UNSET:
            field_dict["ParentFolderId"] = parent_folder_id
        if child_folder_count is not UNSET:
            field_dict["ChildFolderCount"] = child_folder_count
        if unread_item_count is not UNSET:
            field_dict["UnreadItemCount"] = unread_item_count
        if total_item_count is not UNSET:
            field_dict["TotalItemCount"] = total_item_count
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

        display_name = d.pop("DisplayName", UNSET)

        parent_folder_id = d.pop("ParentFolderId", UNSET)

        child_folder_count = d.pop("ChildFolderCount", UNSET)

        unread_item_count = d.pop("UnreadItemCount", UNSET)

        total_item_count = d.pop("TotalItemCount", UNSET)

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

        mail_folder = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            display_name=display_name,
            parent_folder_id=parent_folder_id,
            child_folder_count=child_folder_count,
            unread_item_count=unread_item_count,
            total_item_count=total_item_count,
            single_value_extended_propertiesodata_context=single_value_extended_propertiesodata_context,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_propertiesodata_context=multi_value_extended_propertiesodata_context,
            multi_value_extended_properties=multi_value_extended_properties,
        )

        return mail_folder
