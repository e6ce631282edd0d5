from __future__ import annotations

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
    from ..models.new_attached_message import NewAttachedMessage
    from ..models.new_event import NewEvent


T = TypeVar("T", bound="NewItemAttachment")


@_attrs_define
class NewItemAttachment:
    """A message or event to attach: `@odata.type`, `Name` (not empty) and `Item` (with its own `@odata.type`) are
    required. Any other property gives 400 RequestBodyRead (so does a missing `Name` or `Item`). `Item` is read
    and checked as the body of `createEvent` is (an event) or with the writable Message properties (a message),
    but is put in no calendar or folder. Other OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.ItemAttachment']):
            name (str): Display name of the attachment (not empty).
            item (NewAttachedMessage | NewEvent): The message or event to attach, in the shape of this API, with its
                `@odata.type` (required).
            content_type (None | str | Unset): MIME type of the file.
            is_inline (bool | Unset):
    """

    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.ItemAttachment"]
    name: str
    item: NewAttachedMessage | NewEvent
    content_type: None | str | Unset = UNSET
    is_inline: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_attached_message import NewAttachedMessage

        odata_type = self.odata_type

        name = self.name

        item: dict[str, Any]
        if isinstance(self.item, NewAttachedMessage):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        is_inline = self.is_inline

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.type": odata_type,
                "Name": name,
                "Item": item,
            }
        )
        if content_type is not UNSET:
            field_dict["ContentType"] = content_type
        if is_inline is not UNSET:
            field_dict["IsInline"] = is_inline

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_attached_message import NewAttachedMessage
        from ..models.new_event import NewEvent

        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.ItemAttachment"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.ItemAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.ItemAttachment', got '{odata_type}'"
            )

        name = d.pop("Name")

        def _parse_item(data: object) -> NewAttachedMessage | NewEvent:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_input_type_0 = (
                    NewAttachedMessage.from_dict(data)
                )

                return componentsschemas_attached_item_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attached_item_input_type_1 = NewEvent.from_dict(data)

            return componentsschemas_attached_item_input_type_1

        item = _parse_item(d.pop("Item"))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("ContentType", UNSET))

        is_inline = d.pop("IsInline", UNSET)

        new_item_attachment = cls(
            odata_type=odata_type,
            name=name,
            item=item,
            content_type=content_type,
            is_inline=is_inline,
        )

        return new_item_attachment
