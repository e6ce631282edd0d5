from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskGroup")


@_attrs_define
class TaskGroup:
    """A task group, as returned. Only `@odata.id` and `Id` are always present (`$select` may drop the rest);
    `@odata.context` only on single-entity responses; `@odata.etag` may be present.
    Filterable (`$filter`/`$orderby`): Name, IsDefaultGroup.

        Attributes:
            odata_id (str): Absolute URL of the task group, built from the request's host.
            id (str): Opaque task group id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            odata_etag (str | Unset): Weak entity tag of the current version; changes with every write.
            change_key (str | Unset): Version of the task group; changes with every write.
            name (str | Unset):
            is_default_group (bool | Unset): True for the default task group `My Tasks`.
            group_key (UUID | Unset): Unique GUID of the group (`0006f0b7-0000-0000-c000-000000000046` for `My Tasks`).
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    odata_etag: str | Unset = UNSET
    change_key: str | Unset = UNSET
    name: str | Unset = UNSET
    is_default_group: bool | Unset = UNSET
    group_key: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        odata_context = self.odata_context

        odata_etag = self.odata_etag

        change_key = self.change_key

        name = self.name

        is_default_group = self.is_default_group

        group_key: str | Unset = UNSET
        if not isinstance(self.group_key, Unset):
            group_key = str(self.group_key)

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
        if is_default_group is not UNSET:
            field_dict["IsDefaultGroup"] = is_default_group
        if group_key is not UNSET:
            field_dict["GroupKey"] = group_key

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

        is_default_group = d.pop("IsDefaultGroup", UNSET)

        _group_key = d.pop("GroupKey", UNSET)
        group_key: UUID | Unset
        if isinstance(_group_key, Unset):
            group_key = UNSET
        else:
            group_key = UUID(_group_key)

        task_group = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            odata_etag=odata_etag,
            change_key=change_key,
            name=name,
            is_default_group=is_default_group,
            group_key=group_key,
        )

        return task_group
