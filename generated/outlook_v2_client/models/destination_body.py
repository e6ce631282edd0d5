from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DestinationBody")


@_attrs_define
class DestinationBody:
    """The parameter of `move` and `copy`.

    Attributes:
        destination_id (str): A mail folder id, or a well-known name (`Inbox`, `Drafts`, `SentItems`, `DeletedItems`,
            any case).
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

        destination_body = cls(
            destination_id=destination_id,
        )

        return destination_body
