from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attached_event import AttachedEvent
    from ..models.attached_message import AttachedMessage


T = TypeVar("T", bound="ItemAttachment")


@_attrs_define
class ItemAttachment:
    """A message or event attached to an event (entity type `ItemAttachment`). `@odata.type`, `@odata.id`,
    `@odata.editLink` and `Id` are always present; `Item` only with `$expand=Item` (getEventAttachment).

        Attributes:
            odata_id (str): `{base}/Users('{mailbox address}')/Events('{event id}')/Attachments('{id}')`.
            odata_edit_link (str): `{base}/Users('{mailbox address}')/Events('{event id}')/Attachments('{id}')`.
            id (str): Opaque attachment id (EWS format; may contain `/`, `+`, `=`).
            odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.ItemAttachment']):
            odata_context (str | Unset): Absolute `@odata.context` URL: `{base}/$metadata#Me/Events/$entity` for one entity,
                `{base}/$metadata#Me/Events`
                for a collection (`{base}` is the request's scheme, host and `/ews/odata` as written).
            name (None | str | Unset): Display name of the attachment.
            content_type (None | str | Unset): MIME type of the attachment.
            size (int | Unset): Size of the attachment in bytes.
            is_inline (bool | Unset): True for an inline attachment.
            last_modified_time (datetime.datetime | Unset): When the attachment was last changed.
            item (AttachedEvent | AttachedMessage | Unset): The message or event of an item attachment (only with
                `$expand=Item`), rendered as the entity is, told apart
                by `@odata.type`. It is in no folder or calendar.
    """

    odata_id: str
    odata_edit_link: str
    id: str
    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.ItemAttachment"]
    odata_context: str | Unset = UNSET
    name: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | Unset = UNSET
    is_inline: bool | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    item: AttachedEvent | AttachedMessage | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.attached_message import AttachedMessage

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

        item: dict[str, Any] | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        elif isinstance(self.item, AttachedMessage):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

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
        if item is not UNSET:
            field_dict["Item"] = item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attached_event import AttachedEvent
        from ..models.attached_message import AttachedMessage

        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        odata_edit_link = d.pop("@odata.editLink")

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.ItemAttachment"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.ItemAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.ItemAttachment', got '{odata_type}'"
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

        def _parse_item(data: object) -> AttachedEvent | AttachedMessage | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_type_0 = AttachedMessage.from_dict(data)

                return componentsschemas_attached_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attached_item_type_1 = AttachedEvent.from_dict(data)

            return componentsschemas_attached_item_type_1

        item = _parse_item(d.pop("Item", UNSET))

        item_attachment = cls(
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
            item=item,
        )

        return item_attachment
