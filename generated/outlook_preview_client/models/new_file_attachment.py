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

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewFileAttachment")


@_attrs_define
class NewFileAttachment:
    """A file to attach: `@odata.type`, `Name` (not empty) and `ContentBytes` (base64) are required; `ContentType`
    defaults to `application/octet-stream`. Any other property gives 400 RequestBodyRead (so does a missing
    `Name` or `ContentBytes`). Other OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.FileAttachment']):
            name (str): Display name of the attachment (not empty).
            content_bytes (str): Content of the file, base64-encoded.
            content_type (None | str | Unset): MIME type of the file.
            is_inline (bool | Unset):
            content_id (None | str | Unset):
            content_location (None | str | Unset):
    """

    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.FileAttachment"]
    name: str
    content_bytes: str
    content_type: None | str | Unset = UNSET
    is_inline: bool | Unset = UNSET
    content_id: None | str | Unset = UNSET
    content_location: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_type = self.odata_type

        name = self.name

        content_bytes = self.content_bytes

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

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.type": odata_type,
                "Name": name,
                "ContentBytes": content_bytes,
            }
        )
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if is_inline is not UNSET:
            field_dict["IsInline"] = is_inline
        if content_id is not UNSET:
            field_dict["ContentId"] = content_id
        if content_location is not UNSET:
            field_dict["ContentLocation"] = content_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.FileAttachment"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.FileAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.FileAttachment', got '{odata_type}'"
            )

        name = d.pop("Name")

        content_bytes = d.pop("ContentBytes")

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

        new_file_attachment = cls(
            odata_type=odata_type,
            name=name,
            content_bytes=content_bytes,
            content_type=content_type,
            is_inline=is_inline,
            content_id=content_id,
            content_location=content_location,
        )

        return new_file_attachment
