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

from ..models.importance import Importance, check_importance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_body_input import ItemBodyInput
    from ..models.recipient_input import RecipientInput


T = TypeVar("T", bound="NewAttachedMessage")


@_attrs_define
class NewAttachedMessage:
    """A message to attach (`@odata.type` required; the writable Message properties of this API, all optional).
    Read-only properties give 400 ErrorInvalidProperty, unknown ones 400 RequestBodyRead.

        Attributes:
            odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.Message']):
            subject (str | Unset):
            body (ItemBodyInput | Unset): The body of an event, as sent.
            importance (Importance | Unset): Importance (Edm enum `Importance`).
            categories (list[str] | Unset):
            from_ (None | RecipientInput | Unset):
            sender (None | RecipientInput | Unset):
            to_recipients (list[RecipientInput] | Unset):
            cc_recipients (list[RecipientInput] | Unset):
            bcc_recipients (list[RecipientInput] | Unset):
            reply_to (list[RecipientInput] | Unset):
            is_delivery_receipt_requested (bool | Unset):
            is_read_receipt_requested (bool | Unset):
            is_read (bool | Unset):
    """

    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.Message"]
    subject: str | Unset = UNSET
    body: ItemBodyInput | Unset = UNSET
    importance: Importance | Unset = UNSET
    categories: list[str] | Unset = UNSET
    from_: None | RecipientInput | Unset = UNSET
    sender: None | RecipientInput | Unset = UNSET
    to_recipients: list[RecipientInput] | Unset = UNSET
    cc_recipients: list[RecipientInput] | Unset = UNSET
    bcc_recipients: list[RecipientInput] | Unset = UNSET
    reply_to: list[RecipientInput] | Unset = UNSET
    is_delivery_receipt_requested: bool | Unset = UNSET
    is_read_receipt_requested: bool | Unset = UNSET
    is_read: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipient_input import RecipientInput

        odata_type = self.odata_type

        subject = self.subject

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, RecipientInput):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        sender: dict[str, Any] | None | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        elif isinstance(self.sender, RecipientInput):
            sender = self.sender.to_dict()
        else:
            sender = self.sender

        to_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to_recipients, Unset):
            to_recipients = []
            for to_recipients_item_data in self.to_recipients:
                to_recipients_item = to_recipients_item_data.to_dict()
                to_recipients.append(to_recipients_item)

        cc_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cc_recipients, Unset):
            cc_recipients = []
            for cc_recipients_item_data in self.cc_recipients:
                cc_recipients_item = cc_recipients_item_data.to_dict()
                cc_recipients.append(cc_recipients_item)

        bcc_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bcc_recipients, Unset):
            bcc_recipients = []
            for bcc_recipients_item_data in self.bcc_recipients:
                bcc_recipients_item = bcc_recipients_item_data.to_dict()
                bcc_recipients.append(bcc_recipients_item)

        reply_to: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reply_to, Unset):
            reply_to = []
            for reply_to_item_data in self.reply_to:
                reply_to_item = reply_to_item_data.to_dict()
                reply_to.append(reply_to_item)

        is_delivery_receipt_requested = self.is_delivery_receipt_requested

        is_read_receipt_requested = self.is_read_receipt_requested

        is_read = self.is_read

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.type": odata_type,
            }
        )
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body is not UNSET:
            field_dict["Body"] = body
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if from_ is not UNSET:
            field_dict["From"] = from_
        if sender is not UNSET:
            field_dict["Sender"] = sender
        if to_recipients is not UNSET:
            field_dict["ToRecipients"] = to_recipients
        if cc_recipients is not UNSET:
            field_dict["CcRecipients"] = cc_recipients
        if bcc_recipients is not UNSET:
            field_dict["BccRecipients"] = bcc_recipients
        if reply_to is not UNSET:
            field_dict["ReplyTo"] = reply_to
        if is_delivery_receipt_requested is not UNSET:
            field_dict["IsDeliveryReceiptRequested"] = is_delivery_receipt_requested
        if is_read_receipt_requested is not UNSET:
            field_dict["IsReadReceiptRequested"] = is_read_receipt_requested
        if is_read is not UNSET:
            field_dict["IsRead"] = is_read

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_body_input import ItemBodyInput
        from ..models.recipient_input import RecipientInput

        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.Message"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.Message":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.Message', got '{odata_type}'"
            )

        subject = d.pop("Subject", UNSET)

        _body = d.pop("Body", UNSET)
        body: ItemBodyInput | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBodyInput.from_dict(_body)

        _importance = d.pop("Importance", UNSET)
        importance: Importance | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_importance(_importance)

        categories = cast(list[str], d.pop("Categories", UNSET))

        def _parse_from_(data: object) -> None | RecipientInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = RecipientInput.from_dict(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientInput | Unset, data)

        from_ = _parse_from_(d.pop("From", UNSET))

        def _parse_sender(data: object) -> None | RecipientInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_type_0 = RecipientInput.from_dict(data)

                return sender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientInput | Unset, data)

        sender = _parse_sender(d.pop("Sender", UNSET))

        _to_recipients = d.pop("ToRecipients", UNSET)
        to_recipients: list[RecipientInput] | Unset = UNSET
        if _to_recipients is not UNSET:
            to_recipients = []
            for to_recipients_item_data in _to_recipients:
                to_recipients_item = RecipientInput.from_dict(to_recipients_item_data)

                to_recipients.append(to_recipients_item)

        _cc_recipients = d.pop("CcRecipients", UNSET)
        cc_recipients: list[RecipientInput] | Unset = UNSET
        if _cc_recipients is not UNSET:
            cc_recipients = []
            for cc_recipients_item_data in _cc_recipients:
                cc_recipients_item = RecipientInput.from_dict(cc_recipients_item_data)

                cc_recipients.append(cc_recipients_item)

        _bcc_recipients = d.pop("BccRecipients", UNSET)
        bcc_recipients: list[RecipientInput] | Unset = UNSET
        if _bcc_recipients is not UNSET:
            bcc_recipients = []
            for bcc_recipients_item_data in _bcc_recipients:
                bcc_recipients_item = RecipientInput.from_dict(bcc_recipients_item_data)

                bcc_recipients.append(bcc_recipients_item)

        _reply_to = d.pop("ReplyTo", UNSET)
        reply_to: list[RecipientInput] | Unset = UNSET
        if _reply_to is not UNSET:
            reply_to = []
            for reply_to_item_data in _reply_to:
                reply_to_item = RecipientInput.from_dict(reply_to_item_data)

                reply_to.append(reply_to_item)

        is_delivery_receipt_requested = d.pop("IsDeliveryReceiptRequested", UNSET)

        is_read_receipt_requested = d.pop("IsReadReceiptRequested", UNSET)

        is_read = d.pop("IsRead", UNSET)

        new_attached_message = cls(
            odata_type=odata_type,
            subject=subject,
            body=body,
            importance=importance,
            categories=categories,
            from_=from_,
            sender=sender,
            to_recipients=to_recipients,
            cc_recipients=cc_recipients,
            bcc_recipients=bcc_recipients,
            reply_to=reply_to,
            is_delivery_receipt_requested=is_delivery_receipt_requested,
            is_read_receipt_requested=is_read_receipt_requested,
            is_read=is_read,
        )

        return new_attached_message
