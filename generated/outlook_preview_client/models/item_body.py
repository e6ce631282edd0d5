from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.body_type import BodyType, check_body_type

T = TypeVar("T", bound="ItemBody")


@_attrs_define
class ItemBody:
    """The body of an item (complex type `ItemBody`).

    Attributes:
        content_type (BodyType): Content type of a body (Edm enum `BodyType`).
        content (str):
    """

    content_type: BodyType
    content: str

    def to_dict(self) -> dict[str, Any]:
        content_type: str = self.content_type

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ContentType": content_type,
                "Content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content_type = check_body_type(d.pop("ContentType"))

        content = d.pop("Content")

        item_body = cls(
            content_type=content_type,
            content=content,
        )

        return item_body
