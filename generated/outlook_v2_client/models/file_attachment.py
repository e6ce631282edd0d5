from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="FileAttachment")


@_attrs_define
class FileAttachment:
    """A file attached to a task. `@odata.type`, `@odata.id` and `Id` are always present.

    Attributes:
        odata_id (str): Absolute URL of the attachment (under its task, event or message), built from the request's
            host.
        id (str): Opaque attachment id (base64; may contain `/`, `+`, `=`).
        odata_type (Literal['#Microsoft.OutlookServices.FileAttachment']):
        odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
            `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
        last_modified_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the
            offset of the zone named in
            `Prefer: outlook.timezone`; at most 7 fractional digits.
        name (str | Unset): Display name of the attachment (need not be a file name).
        content_type (None | str | Unset): MIME type of the attachment.
        size (int | Unset): Size of the attachment in bytes.
        is_inline (bool | Unset): True for an inline attachment.
        content_id (None | str | Unset): Id of the attachment in the Exchange store.
        content_location (None | str | Unset): URI of the attachment's content location.
        content_bytes (str | Unset): The file's content, base64-encoded.
    """

    odata_id: str
    id: str
    odata_type: Literal["#Microsoft.OutlookServices.FileAttachment"]
    odata_context: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | Unset = UNSET
    is_inline: bool | Unset = UNSET
    content_id: None | str | Unset = UNSET
    content_location: None | str | Unset = UNSET
    content_bytes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        odata_type = self.odata_type

        odata_context = self.odata_context

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        name = self.name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        size = self.size

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

        field_dict.update(
            {
                "@odata.id": odata_id,
                "Id": id,
                "@odata.type": odata_type,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if last_modified_date_time is not UNSET:
            field_dict["LastModifiedDateTime"] = last_modified_date_time
        if name is not UNSET:
            field_dict["Name"] = name
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if size is not UNSET:
            field_dict["Size"] = size
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
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.OutlookServices.FileAttachment"], d.pop("@odata.type")
        )
        if odata_type != "#Microsoft.OutlookServices.FileAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.FileAttachment', got '{odata_type}'"
            )

        odata_context = d.pop("@odata.context", UNSET)

        _last_modified_date_time = d.pop("LastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(
                _last_modified_date_time
            )

        name = d.pop("Name", UNSET)

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("ContentType", UNSET))

        size = d.pop("Size", UNSET)

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

        file_attachment = cls(
            odata_id=odata_id,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            last_modified_date_time=last_modified_date_time,
            name=name,
            content_type=content_type,
            size=size,
            is_inline=is_inline,
            content_id=content_id,
            content_location=content_location,
            content_bytes=content_bytes,
        )

        return file_attachment
