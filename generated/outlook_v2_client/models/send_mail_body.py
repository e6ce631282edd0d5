from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.boolean_string import BooleanString, check_boolean_string
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.outgoing_message import OutgoingMessage


T = TypeVar("T", bound="SendMailBody")


@_attrs_define
class SendMailBody:
    """The parameters of `sendMail`: the message to send and whether to keep a copy in `SentItems`. Unknown
    parameters give 400 RequestBodyRead.

        Attributes:
            message (OutgoingMessage): A message `sendMail` sends: writable message properties (as `NewMessage`) and its
                `Attachments` (file, item
                or reference attachments, as `createTaskAttachment` takes them). Recipients need an `Address` (400
                ErrorInvalidRecipients otherwise, also when there is none at all).
            save_to_sent_items (bool | BooleanString | None | Unset): Keep a copy in `SentItems` (default true).
                `"true"`/`"false"` are read as the booleans.
    """

    message: OutgoingMessage
    save_to_sent_items: bool | BooleanString | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        save_to_sent_items: bool | None | str | Unset
        if isinstance(self.save_to_sent_items, Unset):
            save_to_sent_items = UNSET
        elif isinstance(self.save_to_sent_items, str):
            save_to_sent_items = self.save_to_sent_items
        else:
            save_to_sent_items = self.save_to_sent_items

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Message": message,
            }
        )
        if save_to_sent_items is not UNSET:
            field_dict["SaveToSentItems"] = save_to_sent_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.outgoing_message import OutgoingMessage

        d = dict(src_dict)
        message = OutgoingMessage.from_dict(d.pop("Message"))

        def _parse_save_to_sent_items(
            data: object,
        ) -> bool | BooleanString | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                save_to_sent_items_type_1 = check_boolean_string(data)

                return save_to_sent_items_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | BooleanString | None | Unset, data)

        save_to_sent_items = _parse_save_to_sent_items(d.pop("SaveToSentItems", UNSET))

        send_mail_body = cls(
            message=message,
            save_to_sent_items=save_to_sent_items,
        )

        return send_mail_body
