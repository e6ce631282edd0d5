from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.importance import Importance, check_importance
from ..models.inference_classification_type import (
    InferenceClassificationType,
    check_inference_classification_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.followup_flag_input import FollowupFlagInput
    from ..models.item_body_input import ItemBodyInput
    from ..models.multi_value_extended_property_input import (
        MultiValueExtendedPropertyInput,
    )
    from ..models.new_file_attachment import NewFileAttachment
    from ..models.new_item_attachment import NewItemAttachment
    from ..models.new_reference_attachment import NewReferenceAttachment
    from ..models.recipient_input import RecipientInput
    from ..models.single_value_extended_property_input import (
        SingleValueExtendedPropertyInput,
    )


T = TypeVar("T", bound="NewMessage")


@_attrs_define
class NewMessage:
    """A message to create (as a draft); every property is optional. Unknown properties give 400 RequestBodyRead,
    read-only ones (`Id`, `ChangeKey`, `BodyPreview`, `ParentFolderId`, `IsDraft`, …) 400 ErrorInvalidProperty.
    OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            single_value_extended_properties (list[SingleValueExtendedPropertyInput] | Unset): Single-value extended
                properties to set on the item (a property that exists already gets the new value;
                properties not listed are left as they are). The response does not include them: read them back with
                `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')`.
            multi_value_extended_properties (list[MultiValueExtendedPropertyInput] | Unset): Multi-value extended properties
                to set on the item (a property that exists already gets the new values;
                properties not listed are left as they are). The response does not include them: read them back with
                `$expand=MultiValueExtendedProperties($filter=PropertyId eq '<id>')`.
            subject (str | Unset): Subject of the message.
            body (ItemBodyInput | Unset): Body of a task, as sent. OData annotations (`@…` keys) are accepted and ignored.
            importance (Importance | Unset): Importance. Request values are matched case-insensitively.
            sender (None | RecipientInput | Unset): The account the message is sent from (for a draft usually left out);
                `null` clears it.
            from_ (None | RecipientInput | Unset): The mailbox owner the message is sent on behalf of; `null` clears it.
            to_recipients (list[RecipientInput] | Unset):
            cc_recipients (list[RecipientInput] | Unset):
            bcc_recipients (list[RecipientInput] | Unset):
            reply_to (list[RecipientInput] | Unset):
            is_delivery_receipt_requested (bool | Unset):
            is_read_receipt_requested (bool | Unset):
            is_read (bool | Unset): Whether the message has been read (drafts are created read).
            categories (list[str] | Unset):
            flag (FollowupFlagInput | Unset): A message's or contact's follow-up flag, as sent (clients such as O365-Python
                send `{"FlagStatus": "NotFlagged"}` with
                every draft they save). The written flag replaces the stored one whole: members left out take their
                defaults (`FlagStatus` `NotFlagged`, dates null); `null` is not a flag (400 RequestBodyRead). Unknown
                members give 400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.
            inference_classification (InferenceClassificationType | Unset): How Focused Inbox shows a message (`Focused` =
                0, `Other` = 1); read case-insensitively.
            attachments (list[NewFileAttachment | NewItemAttachment | NewReferenceAttachment] | Unset): Attachments to
                create with the item (deep insert; `NewAttachment` each, checked as
                `createEventAttachment`/`createMessageAttachment` check one): one refused, nothing is created.
    """

    single_value_extended_properties: list[SingleValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    multi_value_extended_properties: list[MultiValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    subject: str | Unset = UNSET
    body: ItemBodyInput | Unset = UNSET
    importance: Importance | Unset = UNSET
    sender: None | RecipientInput | Unset = UNSET
    from_: None | RecipientInput | Unset = UNSET
    to_recipients: list[RecipientInput] | Unset = UNSET
    cc_recipients: list[RecipientInput] | Unset = UNSET
    bcc_recipients: list[RecipientInput] | Unset = UNSET
    reply_to: list[RecipientInput] | Unset = UNSET
    is_delivery_receipt_requested: bool | Unset = UNSET
    is_read_receipt_requested: bool | Unset = UNSET
    is_read: bool | Unset = UNSET
    categories: list[str] | Unset = UNSET
    flag: FollowupFlagInput | Unset = UNSET
    inference_classification: InferenceClassificationType | Unset = UNSET
    attachments: (
        list[NewFileAttachment | NewItemAttachment | NewReferenceAttachment] | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_file_attachment import NewFileAttachment
        from ..models.new_item_attachment import NewItemAttachment
        from ..models.recipient_input import RecipientInput

        single_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.single_value_extended_properties, Unset):
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in self.single_value_extended_properties:
                single_value_extended_properties_item = (
                    single_value_extended_properties_item_data.to_dict()
                )
                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        multi_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_value_extended_properties, Unset):
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in self.multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    multi_value_extended_properties_item_data.to_dict()
                )
                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        subject = self.subject

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        sender: dict[str, Any] | None | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        elif isinstance(self.sender, RecipientInput):
            sender = self.sender.to_dict()
        else:
            sender = self.sender

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, RecipientInput):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

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

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        flag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.to_dict()

        inference_classification: str | Unset = UNSET
        if not isinstance(self.inference_classification, Unset):
            inference_classification = self.inference_classification

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any]
                if isinstance(attachments_item_data, NewFileAttachment) or isinstance(
                    attachments_item_data, NewItemAttachment
                ):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data.to_dict()

                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if single_value_extended_properties is not UNSET:
            field_dict["SingleValueExtendedProperties"] = (
                single_value_extended_properties
            )
        if multi_value_extended_properties is not UNSET:
            field_dict["MultiValueExtendedProperties"] = multi_value_extended_properties
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body is not UNSET:
            field_dict["Body"] = body
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if sender is not UNSET:
            field_dict["Sender"] = sender
        if from_ is not UNSET:
            field_dict["From"] = from_
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
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if flag is not UNSET:
            field_dict["Flag"] = flag
        if inference_classification is not UNSET:
            field_dict["InferenceClassification"] = inference_classification
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.followup_flag_input import FollowupFlagInput
        from ..models.item_body_input import ItemBodyInput
        from ..models.multi_value_extended_property_input import (
            MultiValueExtendedPropertyInput,
        )
        from ..models.new_file_attachment import NewFileAttachment
        from ..models.new_item_attachment import NewItemAttachment
        from ..models.new_reference_attachment import NewReferenceAttachment
        from ..models.recipient_input import RecipientInput
        from ..models.single_value_extended_property_input import (
            SingleValueExtendedPropertyInput,
        )

        d = dict(src_dict)
        _single_value_extended_properties = d.pop(
            "SingleValueExtendedProperties", UNSET
        )
        single_value_extended_properties: (
            list[SingleValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _single_value_extended_properties is not UNSET:
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in _single_value_extended_properties:
                single_value_extended_properties_item = (
                    SingleValueExtendedPropertyInput.from_dict(
                        single_value_extended_properties_item_data
                    )
                )

                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        _multi_value_extended_properties = d.pop("MultiValueExtendedProperties", UNSET)
        multi_value_extended_properties: (
            list[MultiValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _multi_value_extended_properties is not UNSET:
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in _multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    MultiValueExtendedPropertyInput.from_dict(
                        multi_value_extended_properties_item_data
                    )
                )

                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
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

        categories = cast(list[str], d.pop("Categories", UNSET))

        _flag = d.pop("Flag", UNSET)
        flag: FollowupFlagInput | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = FollowupFlagInput.from_dict(_flag)

        _inference_classification = d.pop("InferenceClassification", UNSET)
        inference_classification: InferenceClassificationType | Unset
        if isinstance(_inference_classification, Unset):
            inference_classification = UNSET
        else:
            inference_classification = check_inference_classification_type(
                _inference_classification
            )

        _attachments = d.pop("Attachments", UNSET)
        attachments: (
            list[NewFileAttachment | NewItemAttachment | NewReferenceAttachment] | Unset
        ) = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(
                    data: object,
                ) -> NewFileAttachment | NewItemAttachment | NewReferenceAttachment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_new_attachment_type_0 = (
                            NewFileAttachment.from_dict(data)
                        )

                        return componentsschemas_new_attachment_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_new_attachment_type_1 = (
                            NewItemAttachment.from_dict(data)
                        )

                        return componentsschemas_new_attachment_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_new_attachment_type_2 = (
                        NewReferenceAttachment.from_dict(data)
                    )

                    return componentsschemas_new_attachment_type_2

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        new_message = cls(
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_properties=multi_value_extended_properties,
            subject=subject,
            body=body,
            importance=importance,
            sender=sender,
            from_=from_,
            to_recipients=to_recipients,
            cc_recipients=cc_recipients,
            bcc_recipients=bcc_recipients,
            reply_to=reply_to,
            is_delivery_receipt_requested=is_delivery_receipt_requested,
            is_read_receipt_requested=is_read_receipt_requested,
            is_read=is_read,
            categories=categories,
            flag=flag,
            inference_classification=inference_classification,
            attachments=attachments,
        )

        return new_message
