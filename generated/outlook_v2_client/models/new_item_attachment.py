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
    from ..models.new_attached_contact import NewAttachedContact
    from ..models.new_attached_event import NewAttachedEvent
    from ..models.new_attached_message import NewAttachedMessage


T = TypeVar("T", bound="NewItemAttachment")


@_attrs_define
class NewItemAttachment:
    """A message, event or contact to attach: `@odata.type`, `Name` and `Item` are required. Unknown properties
    give 400 RequestBodyRead. Other OData annotations (`@…` keys) are accepted and ignored. `Item` is read and
    checked exactly as the body of `createMessage` / `createEvent` / `createContact` (an invalid item is the 400
    that operation would give, and no attachment is added), but is not added to any folder or calendar.

        Attributes:
            odata_type (Literal['#Microsoft.OutlookServices.ItemAttachment']):
            name (str): Name of the attachment.
            item (NewAttachedContact | NewAttachedEvent | NewAttachedMessage): The message, event or contact to attach, as
                `createMessage` / `createEvent` / `createContact` take it, plus
                its `@odata.type` (required), with or without the leading `#` (Microsoft's own example omits it).
            content_type (None | str | Unset):
            is_inline (bool | Unset):
    """

    odata_type: Literal["#Microsoft.OutlookServices.ItemAttachment"]
    name: str
    item: NewAttachedContact | NewAttachedEvent | NewAttachedMessage
    content_type: None | str | Unset = UNSET
    is_inline: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_attached_event import NewAttachedEvent
        from ..models.new_attached_message import NewAttachedMessage

        odata_type = self.odata_type

        name = self.name

        item: dict[str, Any]
        if isinstance(self.item, NewAttachedMessage) or isinstance(
            self.item, NewAttachedEvent
        ):
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
        from ..models.new_attached_contact import NewAttachedContact
        from ..models.new_attached_event import NewAttachedEvent
        from ..models.new_attached_message import NewAttachedMessage

        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.OutlookServices.ItemAttachment"], d.pop("@odata.type")
        )
        if odata_type != "#Microsoft.OutlookServices.ItemAttachment":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.ItemAttachment', got '{odata_type}'"
            )

        name = d.pop("Name")

        def _parse_item(
            data: object,
        ) -> NewAttachedContact | NewAttachedEvent | NewAttachedMessage:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_input_type_0 = (
                    NewAttachedMessage.from_dict(data)
                )

                return componentsschemas_attached_item_input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_attached_item_input_type_1 = (
                    NewAttachedEvent.from_dict(data)
                )

                return componentsschemas_attached_item_input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_attached_item_input_type_2 = NewAttachedContact.from_dict(
                data
            )

            return componentsschemas_attached_item_input_type_2

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
