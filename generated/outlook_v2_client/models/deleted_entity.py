from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="DeletedEntity")


@_attrs_define
class DeletedEntity:
    """An entity deleted (or moved out of the synced collection) since the sync token was issued (OData
    `$deletedEntity`, the v2.0 format; Microsoft Graph's `@removed` is not used). `id` is the entity's key path,
    e.g. `Tasks('<id>')`, `TaskFolders('<id>')`, `Messages('<id>')`, `MailFolders('<id>')`, `Contacts('<id>')`,
    `ContactFolders('<id>')` or `CalendarView('<id>')` (the reference's example); `reason` is always `deleted`.

        Attributes:
            odata_context (str):
            id (str):
            reason (Literal['deleted']):
    """

    odata_context: str
    id: str
    reason: Literal["deleted"]

    def to_dict(self) -> dict[str, Any]:
        odata_context = self.odata_context

        id = self.id

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.context": odata_context,
                "id": id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_context = d.pop("@odata.context")

        id = d.pop("id")

        reason = cast(Literal["deleted"], d.pop("reason"))
        if reason != "deleted":
            raise ValueError(f"reason must match const 'deleted', got '{reason}'")

        deleted_entity = cls(
            odata_context=odata_context,
            id=id,
            reason=reason,
        )

        return deleted_entity
