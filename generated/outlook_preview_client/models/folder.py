from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """A mail folder, as returned (entity type `Folder`). Only `@odata.id`, `@odata.editLink` and `Id` are always
    present (`$select` may drop the rest). `ClassName` is `IPF.Note`; the counts follow the folder's contents.
    Filterable (`$filter`/`$orderby`): DisplayName, ParentFolderId, TotalCount, ChildFolderCount,
    UnreadItemCount.

        Attributes:
            odata_id (str): `{base}/Users('{mailbox address}')/Folders('{id}')`.
            odata_edit_link (str): `{base}/Users('{mailbox address}')/Folders('{id}')`.
            id (str): Opaque folder id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL: `{base}/$metadata#Me/Events/$entity` for one entity,
                `{base}/$metadata#Me/Events`
                for a collection (`{base}` is the request's scheme, host and `/ews/odata` as written).
            parent_folder_id (str | Unset):
            display_name (str | Unset):
            class_name (str | Unset):
            total_count (int | Unset):
            child_folder_count (int | Unset):
            unread_item_count (int | Unset):
            child_foldersodata_navigation_link (str | Unset): `…/Folders('{id}')/ChildFolders` (child folders are not served
                by this document).
            messagesodata_navigation_link (str | Unset): `…/Folders('{id}')/Messages`: the folder's messages.
    """

    odata_id: str
    odata_edit_link: str
    id: str
    odata_context: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    class_name: str | Unset = UNSET
    total_count: int | Unset = UNSET
    child_folder_count: int | Unset = UNSET
    unread_item_count: int | Unset = UNSET
    child_foldersodata_navigation_link: str | Unset = UNSET
    messagesodata_navigation_link: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        odata_edit_link = self.odata_edit_link

        id = self.id

        odata_context = self.odata_context

        parent_folder_id = self.parent_folder_id

        display_name = self.display_name

        class_name = self.class_name

        total_count = self.total_count

        child_folder_count = self.child_folder_count

        unread_item_count = self.unread_item_count

        child_foldersodata_navigation_link = self.child_foldersodata_navigation_link

        messagesodata_navigation_link = self.messagesodata_navigation_link

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.id": odata_id,
                "@odata.editLink": odata_edit_link,
                "Id": id,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if parent_folder_id is not UNSET:
            field_dict["ParentFolderId"] = parent_folder_id
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if class_name is not UNSET:
            field_dict["ClassName"] = class_name
        if total_count is not UNSET:
            field_dict["TotalCount"] = total_count
        if child_folder_count is not UNSET:
            field_dict["ChildFolderCount"] = child_folder_count
        if unread_item_count is not UNSET:
            field_dict["UnreadItemCount"] = unread_item_count
        if child_foldersodata_navigation_link is not UNSET:
            field_dict["ChildFolders@odata.navigationLink"] = (
                child_foldersodata_navigation_link
            )
        if messagesodata_navigation_link is not UNSET:
            field_dict["Messages@odata.navigationLink"] = messagesodata_navigation_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        odata_edit_link = d.pop("@odata.editLink")

        id = d.pop("Id")

        odata_context = d.pop("@odata.context", UNSET)

        parent_folder_id = d.pop("ParentFolderId", UNSET)

        display_name = d.pop("DisplayName", UNSET)

        class_name = d.pop("ClassName", UNSET)

        total_count = d.pop("TotalCount", UNSET)

        child_folder_count = d.pop("ChildFolderCount", UNSET)

        unread_item_count = d.pop("UnreadItemCount", UNSET)

        child_foldersodata_navigation_link = d.pop(
            "ChildFolders@odata.navigationLink", UNSET
        )

        messagesodata_navigation_link = d.pop("Messages@odata.navigationLink", UNSET)

        folder = cls(
            odata_id=odata_id,
            odata_edit_link=odata_edit_link,
            id=id,
            odata_context=odata_context,
            parent_folder_id=parent_folder_id,
            display_name=display_name,
            class_name=class_name,
            total_count=total_count,
            child_folder_count=child_folder_count,
            unread_item_count=unread_item_count,
            child_foldersodata_navigation_link=child_foldersodata_navigation_link,
            messagesodata_navigation_link=messagesodata_navigation_link,
        )

        return folder
