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
    from ..models.attached_contact import AttachedContact
    from ..models.attached_event import AttachedEvent
    from ..models.attached_message import AttachedMessage


T = TypeVar("T", bound="ItemAttachment")


@_attrs_define
class ItemAttachment:
    """A message, event or contact attached to a task, event or message. `@odata.type`, `@odata.id` and `Id` are
    always present. `Item` is only returned with `$expand=Microsoft.OutlookServices.ItemAttachment/Item`
    (getTaskAttachment, getEventAttachment, getMessageAttachment).

        Attributes:
            odata_id (str): Absolute URL of the attachment (under its task, event or message), built from the request's
                host.
            id (str): Opaque attachment id (base64; may contain `/`, `+`, `=`).
            odata_type (Literal['#Microsoft.OutlookServices.ItemAttachment']):
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
            item (AttachedContact | AttachedEvent | AttachedMessage | Unset): The message, event or contact of an item
                attachment (only with `$expand`), rendered as the resource is,
                told apart by `@odata.type`. It is in no mail folder, calendar or contact folder.
    """

    odata_id: str
    id: str
    odata_type: Literal["#Microsoft.OutlookServices.ItemAttachment"]
    odata_context: str | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    name: str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | Unset = UNSET
    is_inline: bool | Unset = UNSET
    item: AttachedContact | AttachedEvent | AttachedMessage | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.attached_event import AttachedEvent
        from ..models.attached_message import AttachedMessage

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

        item: dict[str, Any] | Unset
        if isinstance(self.item, Unset):
            item = UNSET
        elif isinstance(self.item, AttachedMessage) or isinstance(
            self.item, AttachedEvent
        ):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

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
        if item is not UNSET:
            field_dict["Item"] = item

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attached_contact import AttachedContact
        from ..models.attached_event import AttachedEvent
        from ..models.attached_message import AttachedMessage

        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.OutlookServices.ItemAttachment"], d.pop("@odata.type")
        )
        if odata_type != "#Microsoft.OutlookServices.ItemAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.ItemAttachment', got '{odata_type}'"
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

        def _parse_item(
            data: object,
        ) -> AttachedContact | AttachedEvent | AttachedMessage | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_type_0 = AttachedMessage.from_dict(data)

                return componentsschemas_attached_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_type_1 = AttachedEvent.from_dict(data)

                return componentsschemas_attached_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attached_item_type_2 = AttachedContact.from_dict(data)

            return componentsschemas_attached_item_type_2

        item = _parse_item(d.pop("Item", UNSET))

        item_attachment = cls(
            odata_id=odata_id,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            last_modified_date_time=last_modified_date_time,
            name=name,
            content_type=content_type,
            size=size,
            is_inline=is_inline,
            item=item,
        )

        return item_attachment
