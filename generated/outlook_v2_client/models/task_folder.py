from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

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
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`.
            odata_etag (str | Unset): Weak entity tag of the current version; changes with every write.
            change_key (str | Unset): Version of the task folder; changes with every write.
            name (str | Unset):
            is_default_folder (bool | Unset): True for the default task folder `Tasks`.
            parent_group_key (UUID | Unset): `GroupKey` of the task group holding the folder.
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    odata_etag: str | Unset = UNSET
    change_key: str | Unset = UNSET
    name: str | Unset = UNSET
    is_default_folder: bool | Unset = UNSET
    parent_group_key: UUID | Unset = UNSET

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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        task_folder = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            odata_etag=odata_etag,
            change_key=change_key,
            name=name,
            is_default_folder=is_default_folder,
            parent_group_key=parent_group_key,
        )

        return task_folder
