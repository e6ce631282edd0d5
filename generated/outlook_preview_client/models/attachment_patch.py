from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AttachmentPatch")


@_attrs_define
class AttachmentPatch:
    """Changes to an attachment, at least one of: `Name`, `ContentType`, `IsInline`, and for a file attachment
    `ContentId`, `ContentLocation` and `ContentBytes` (no change at all: 400 ErrorInvalidRequest). Other known
    properties (`Id`, `Size`, `LastModifiedTime`, `IsContactPhoto`, `Item`, or a file-only one on an item
    attachment) give 400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead. OData annotations (`@…` keys)
    are accepted and ignored.

        Attributes:
            name (str | Unset): Display name of the attachment (not empty).
            content_type (None | str | Unset): MIME type of the file.
            is_inline (bool | Unset):
            content_id (None | str | Unset):
            content_location (None | str | Unset):
            content_bytes (str | Unset): Content of the file, base64-encoded.
    """

    name: str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    is_inline: bool | Unset = UNSET
    content_id: None | str | Unset = UNSET
    content_location: None | str | Unset = UNSET
    content_bytes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        is_inline = self.is_inline

        content_id: None | str | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        content_location: None | str | Unset
        if isinstance(self.content_location, Unset):
            content_location = UNSET
        else:
            content_location = self.content_location

        content_bytes = self.content_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if is_inline is not UNSET:
            field_dict["IsInline"] = is_inline
        if content_id is not UNSET:
            field_dict["ContentId"] = content_id
        if content_location is not UNSET:
            field_dict["ContentLocation"] = content_location
        if content_bytes is not UNSET:
            field_dict["ContentBytes"] = content_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("ContentType", UNSET))

        is_inline = d.pop("IsInline", UNSET)

        def _parse_content_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_id = _parse_content_id(d.pop("ContentId", UNSET))

        def _parse_content_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_location = _parse_content_location(d.pop("ContentLocation", UNSET))

        content_bytes = d.pop("ContentBytes", UNSET)

        attachment_patch = cls(
            name=name,
            content_type=content_type,
            is_inline=is_inline,
            content_id=content_id,
            content_location=content_location,
            content_bytes=content_bytes,
        )

        return attachment_patch
