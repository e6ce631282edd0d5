from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.body_type import BodyType, check_body_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemBodyInput")


@_attrs_define
class ItemBodyInput:
    """The body of an event, as sent.

    Attributes:
        content_type (BodyType | Unset): Content type of a body (Edm enum `BodyType`).
        content (str | Unset):
    """

    content_type: BodyType | Unset = UNSET
    content: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if content is not UNSET:
            field_dict["Content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _content_type = d.pop("ContentType", UNSET)
        content_type: BodyType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_body_type(_content_type)

        content = d.pop("Content", UNSET)

        item_body_input = cls(
            content_type=content_type,
            content=content,
        )

        return item_body_input
