from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarGroup")


@_attrs_define
class CalendarGroup:
    """A calendar group (the reference's CalendarGroup: Name writable; ChangeKey, ClassId, Id read-only), as
    returned; the same group the 2014 preview shows. Only `@odata.id` and `Id` are always present (`$select`
    may drop the rest). The default group is `My Calendars`.

        Attributes:
            odata_id (str): Absolute URL of the group, built from the request's host.
            id (str): Opaque group id.
            odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            name (str | Unset):
            change_key (str | Unset): Changes with every write.
            class_id (UUID | Unset): The group's class identifier.
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    name: str | Unset = UNSET
    change_key: str | Unset = UNSET
    class_id: UUID | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        odata_context = self.odata_context

        name = self.name

        change_key = self.change_key

        class_id: str | Unset = UNSET
        if not isinstance(self.class_id, Unset):
            class_id = str(self.class_id)

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
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if class_id is not UNSET:
            field_dict["ClassId"] = class_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_context = d.pop("@odata.context", UNSET)

        name = d.pop("Name", UNSET)

        change_key = d.pop("ChangeKey", UNSET)

        _class_id = d.pop("ClassId", UNSET)
        class_id: UUID | Unset
        if isinstance(_class_id, Unset):
            class_id = UNSET
        else:
            class_id = UUID(_class_id)

        calendar_group = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            name=name,
            change_key=change_key,
            class_id=class_id,
        )

        return calendar_group
