from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MoveMessage")


@_attrs_define
class MoveMessage:
    """The body of Move: `DestinationId`, a folder id or a well-known name (`Inbox`, `Drafts`, `SentItems`,
    `DeletedItems`). Missing: 400 RequestBodyRead; unknown folder: 404 ErrorFolderNotFound. OData annotations
    (`@…` keys) are accepted and ignored.

        Attributes:
            destination_id (str):
    """

    destination_id: str

    def to_dict(self) -> dict[str, Any]:
        destination_id = self.destination_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "DestinationId": destination_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        destination_id = d.pop("DestinationId")

        move_message = cls(
            destination_id=destination_id,
        )

        return move_message
