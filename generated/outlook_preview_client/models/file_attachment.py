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
    """A file attached to an event (entity type `FileAttachment`). `@odata.type`, `@odata.id`, `@odata.editLink`
    and `Id` are always present.

        Attributes:
            odata_id (str): `{base}/Users('{mailbox address}')/Events('{event id}')/Attachments('{id}')`.
            odata_edit_link (str): `{base}/Users('{mailbox address}')/Events('{event id}')/Attachments('{id}')`.
            id (str): Opaque attachment id (EWS format; may contain `/`, `+`, `=`).
            odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.FileAttachment']):
            odata_context (str | Unset): Absolute `@odata.context` URL: `{base}/$metadata#Me/Events/$entity` for one entity,
                `{base}/$metadata#Me/Events`
                for a collection (`{base}` is the request's scheme, host and `/ews/odata` as written).
            name (None | str | Unset): Display name of the attachment.
            content_type (None | str | Unset): MIME type of the attachment.
            size (int | Unset): Size of the attachment in bytes.
            is_inline (bool | Unset): True for an inline attachment.
            last_modified_time (datetime.datetime | Unset): When the attachment was last changed.
            content_id (None | str | Unset): The attachment's content id (for inline attachments).
            content_location (None | str | Unset): URI of the attachment's content location.
            is_contact_photo (bool | Unset): True for a contact's photo (always false on events).
            content_bytes (str | Unset): The file's content, base64-encoded.
    """

    odata_id: str
    odata_edit_link: str
    id: str
    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.FileAttachment"]
    odata_context: str | Unset = UNSET
    name: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | Unset = UNSET
    is_inline: bool | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    content_id: None | str | Unset = UNSET
    content_location: None | str | Unset = UNSET
    is_contact_photo: bool | Unset = UNSET
    content_bytes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        odata_edit_link = self.odata_edit_link

        id = self.id

        odata_type = self.odata_type

        odata_context = self.odata_context

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        size = self.size

        is_inline = self.is_inline

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

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

        is_contact_photo = self.is_contact_photo

        content_bytes = self.content_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.id": odata_id,
                "@odata.editLink": odata_edit_link,
                "Id": id,
                "@odata.type": odata_type,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if name is not UNSET:
            field_dict["Name"] = name
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if size is not UNSET:
            field_dict["Size"] = size
        if is_inline is not UNSET:
            field_dict["IsInline"] = is_inline
        if last_modified_time is not UNSET:
            field_dict["LastModifiedTime"] = last_modified_time
        if content_id is not UNSET:
            field_dict["ContentId"] = content_id
        if content_location is not UNSET:
            field_dict["ContentLocation"] = content_location
        if is_contact_photo is not UNSET:
            field_dict["IsContactPhoto"] = is_contact_photo
        if content_bytes is not UNSET:
            field_dict["ContentBytes"] = content_bytes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        odata_edit_link = d.pop("@odata.editLink")

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.FileAttachment"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.FileAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.FileAttachment', got '{odata_type}'"
            )

        odata_context = d.pop("@odata.context", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("ContentType", UNSET))

        size = d.pop("Size", UNSET)

        is_inline = d.pop("IsInline", UNSET)

        _last_modified_time = d.pop("LastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

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

        is_contact_photo = d.pop("IsContactPhoto", UNSET)

        content_bytes = d.pop("ContentBytes", UNSET)

        file_attachment = cls(
            odata_id=odata_id,
            odata_edit_link=odata_edit_link,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            name=name,
            content_type=content_type,
            size=size,
            is_inline=is_inline,
            last_modified_time=last_modified_time,
            content_id=content_id,
            content_location=content_location,
            is_contact_photo=is_contact_photo,
            content_bytes=content_bytes,
        )

        return file_attachment
