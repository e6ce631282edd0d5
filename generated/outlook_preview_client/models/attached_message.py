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
from attrs import field as _attrs_field

from ..models.importance import Importance, check_importance
from ..models.meeting_message_type import MeetingMessageType, check_meeting_message_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_body import ItemBody
    from ..models.recipient import Recipient


T = TypeVar("T", bound="AttachedMessage")


@_attrs_define
class AttachedMessage:
    """An attached message.

    Attributes:
        odata_id (str): A message's `MessageUrl`; for the message of an item attachment, its attachment's `ItemUrl`.
        odata_edit_link (str): A message's `MessageUrl`; for the message of an item attachment, its attachment's
            `ItemUrl`.
        id (str): Opaque message id (base64; may contain `/`, `+`, `=`); a moved message gets a new one.
        odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.Message']):
        odata_context (str | Unset): Absolute `@odata.context` URL: `{base}/$metadata#Me/Events/$entity` for one entity,
            `{base}/$metadata#Me/Events`
            for a collection (`{base}` is the request's scheme, host and `/ews/odata` as written).
        change_key (str | Unset):
        class_name (str | Unset):
        subject (str | Unset):
        body_preview (str | Unset):
        body (ItemBody | Unset): The body of an item (complex type `ItemBody`).
        importance (Importance | Unset): Importance (Edm enum `Importance`).
        categories (list[str] | Unset):
        has_attachments (bool | Unset):
        parent_folder_id (str | Unset): Id of the folder holding the message.
        from_ (None | Recipient | Unset):
        sender (None | Recipient | Unset):
        to_recipients (list[Recipient] | Unset):
        cc_recipients (list[Recipient] | Unset):
        bcc_recipients (list[Recipient] | Unset):
        reply_to (list[Recipient] | Unset):
        conversation_id (str | Unset):
        date_time_received (datetime.datetime | None | Unset): Null for a message that was never received (a draft, an
            attached message).
        date_time_sent (datetime.datetime | None | Unset): Null for a draft.
        is_delivery_receipt_requested (bool | None | Unset):
        is_read_receipt_requested (bool | None | Unset):
        is_draft (bool | Unset):
        is_read (bool | Unset):
        event_id (None | str | Unset): The Id of the corresponding event on the user's calendar; null unless a meeting
            message.
        meeting_message_type (MeetingMessageType | Unset): Kind of meeting message (Edm enum `MeetingMessageType`);
            `None` for a message that is not a meeting
            message. `MeetingTenativelyAccepted` is the preview's own spelling (sic).
        date_time_created (datetime.datetime | Unset):
        last_modified_time (datetime.datetime | Unset):
        attachmentsodata_navigation_link (str | Unset): `…/Messages('{id}')/Attachments` (message attachments are not
            served by this document).
    """

    odata_id: str
    odata_edit_link: str
    id: str
    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.Message"]
    odata_context: str | Unset = UNSET
    change_key: str | Unset = UNSET
    class_name: str | Unset = UNSET
    subject: str | Unset = UNSET
    body_preview: str | Unset = UNSET
    body: ItemBody | Unset = UNSET
    importance: Importance | Unset = UNSET
    categories: list[str] | Unset = UNSET
    has_attachments: bool | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    from_: None | Recipient | Unset = UNSET
    sender: None | Recipient | Unset = UNSET
    to_recipients: list[Recipient] | Unset = UNSET
    cc_recipients: list[Recipient] | Unset = UNSET
    bcc_recipients: list[Recipient] | Unset = UNSET
    reply_to: list[Recipient] | Unset = UNSET
    conversation_id: str | Unset = UNSET
    date_time_received: datetime.datetime | None | Unset = UNSET
    date_time_sent: datetime.datetime | None | Unset = UNSET
    is_delivery_receipt_requested: bool | None | Unset = UNSET
    is_read_receipt_requested: bool | None | Unset = UNSET
    is_draft: bool | Unset = UNSET
    is_read: bool | Unset = UNSET
    event_id: None | str | Unset = UNSET
    meeting_message_type: MeetingMessageType | Unset = UNSET
    date_time_created: datetime.datetime | Unset = UNSET
    last_modified_time: datetime.datetime | Unset = UNSET
    attachmentsodata_navigation_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipient import Recipient

        odata_id: str
        odata_id = self.odata_id

        odata_edit_link: str
        odata_edit_link = self.odata_edit_link

        id = self.id

        odata_type = self.odata_type

        odata_context = self.odata_context

        change_key = self.change_key

        class_name = self.class_name

        subject = self.subject

        body_preview = self.body_preview

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        has_attachments = self.has_attachments

        parent_folder_id = self.parent_folder_id

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, Recipient):
            from_ = self.from_.to_dict()
        else:
            from_ = self.from_

        sender: dict[str, Any] | None | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        elif isinstance(self.sender, Recipient):
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

        conversation_id = self.conversation_id

        date_time_received: None | str | Unset
        if isinstance(self.date_time_received, Unset):
            date_time_received = UNSET
        elif isinstance(self.date_time_received, datetime.datetime):
            date_time_received = self.date_time_received.isoformat()
        else:
            date_time_received = self.date_time_received

        date_time_sent: None | str | Unset
        if isinstance(self.date_time_sent, Unset):
            date_time_sent = UNSET
        elif isinstance(self.date_time_sent, datetime.datetime):
            date_time_sent = self.date_time_sent.isoformat()
        else:
            date_time_sent = self.date_time_sent

        is_delivery_receipt_requested: bool | None | Unset
        if isinstance(self.is_delivery_receipt_requested, Unset):
            is_delivery_receipt_requested = UNSET
        else:
            is_delivery_receipt_requested = self.is_delivery_receipt_requested

        is_read_receipt_requested: bool | None | Unset
        if isinstance(self.is_read_receipt_requested, Unset):
            is_read_receipt_requested = UNSET
        else:
            is_read_receipt_requested = self.is_read_receipt_requested

        is_draft = self.is_draft

        is_read = self.is_read

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        meeting_message_type: str | Unset = UNSET
        if not isinstance(self.meeting_message_type, Unset):
            meeting_message_type = self.meeting_message_type

        date_time_created: str | Unset = UNSET
        if not isinstance(self.date_time_created, Unset):
            date_time_created = self.date_time_created.isoformat()

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        attachmentsodata_navigation_link = self.attachmentsodata_navigation_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if class_name is not UNSET:
            field_dict["ClassName"] = class_name
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body_preview is not UNSET:
            field_dict["BodyPreview"] = body_preview
        if body is not UNSET:
            field_dict["Body"] = body
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if has_attachments is not UNSET:
            field_dict["HasAttachments"] = has_attachments
        if parent_folder_id is not UNSET:
            field_dict["ParentFolderId"] = parent_folder_id
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
        if conversation_id is not UNSET:
            field_dict["ConversationId"] = conversation_id
        if date_time_received is not UNSET:
            field_dict["DateTimeReceived"] = date_time_received
        if date_time_sent is not UNSET:
            field_dict["DateTimeSent"] = date_time_sent
        if is_delivery_receipt_requested is not UNSET:
            field_dict["IsDeliveryReceiptRequested"] = is_delivery_receipt_requested
        if is_read_receipt_requested is not UNSET:
            field_dict["IsReadReceiptRequested"] = is_read_receipt_requested
        if is_draft is not UNSET:
            field_dict["IsDraft"] = is_draft
        if is_read is not UNSET:
            field_dict["IsRead"] = is_read
        if event_id is not UNSET:
            field_dict["EventId"] = event_id
        if meeting_message_type is not UNSET:
            field_dict["MeetingMessageType"] = meeting_message_type
        if date_time_created is not UNSET:
            field_dict["DateTimeCreated"] = date_time_created
        if last_modified_time is not UNSET:
            field_dict["LastModifiedTime"] = last_modified_time
        if attachmentsodata_navigation_link is not UNSET:
            field_dict["Attachments@odata.navigationLink"] = (
                attachmentsodata_navigation_link
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_body import ItemBody
        from ..models.recipient import Recipient

        d = dict(src_dict)

        def _parse_odata_id(data: object) -> str:
            return cast(str, data)

        odata_id = _parse_odata_id(d.pop("@odata.id"))

        def _parse_odata_edit_link(data: object) -> str:
            return cast(str, data)

        odata_edit_link = _parse_odata_edit_link(d.pop("@odata.editLink"))

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.Message"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.Message":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.Message', got '{odata_type}'"
            )

        odata_context = d.pop("@odata.context", UNSET)

        change_key = d.pop("ChangeKey", UNSET)

        class_name = d.pop("ClassName", UNSET)

        subject = d.pop("Subject", UNSET)

        body_preview = d.pop("BodyPreview", UNSET)

        _body = d.pop("Body", UNSET)
        body: ItemBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBody.from_dict(_body)

        _importance = d.pop("Importance", UNSET)
        importance: Importance | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_importance(_importance)

        categories = cast(list[str], d.pop("Categories", UNSET))

        has_attachments = d.pop("HasAttachments", UNSET)

        parent_folder_id = d.pop("ParentFolderId", UNSET)

        def _parse_from_(data: object) -> None | Recipient | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_type_0 = Recipient.from_dict(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Recipient | Unset, data)

        from_ = _parse_from_(d.pop("From", UNSET))

        def _parse_sender(data: object) -> None | Recipient | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_type_0 = Recipient.from_dict(data)

                return sender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Recipient | Unset, data)

        sender = _parse_sender(d.pop("Sender", UNSET))

        _to_recipients = d.pop("ToRecipients", UNSET)
        to_recipients: list[Recipient] | Unset = UNSET
        if _to_recipients is not UNSET:
            to_recipients = []
            for to_recipients_item_data in _to_recipients:
                to_recipients_item = Recipient.from_dict(to_recipients_item_data)

                to_recipients.append(to_recipients_item)

        _cc_recipients = d.pop("CcRecipients", UNSET)
        cc_recipients: list[Recipient] | Unset = UNSET
        if _cc_recipients is not UNSET:
            cc_recipients = []
            for cc_recipients_item_data in _cc_recipients:
                cc_recipients_item = Recipient.from_dict(cc_recipients_item_data)

                cc_recipients.append(cc_recipients_item)

        _bcc_recipients = d.pop("BccRecipients", UNSET)
        bcc_recipients: list[Recipient] | Unset = UNSET
        if _bcc_recipients is not UNSET:
            bcc_recipients = []
            for bcc_recipients_item_data in _bcc_recipients:
                bcc_recipients_item = Recipient.from_dict(bcc_recipients_item_data)

                bcc_recipients.append(bcc_recipients_item)

        _reply_to = d.pop("ReplyTo", UNSET)
        reply_to: list[Recipient] | Unset = UNSET
        if _reply_to is not UNSET:
            reply_to = []
            for reply_to_item_data in _reply_to:
                reply_to_item = Recipient.from_dict(reply_to_item_data)

                reply_to.append(reply_to_item)

        conversation_id = d.pop("ConversationId", UNSET)

        def _parse_date_time_received(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_time_received_type_0 = datetime.datetime.fromisoformat(data)

                return date_time_received_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_time_received = _parse_date_time_received(d.pop("DateTimeReceived", UNSET))

        def _parse_date_time_sent(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_time_sent_type_0 = datetime.datetime.fromisoformat(data)

                return date_time_sent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_time_sent = _parse_date_time_sent(d.pop("DateTimeSent", UNSET))

        def _parse_is_delivery_receipt_requested(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_delivery_receipt_requested = _parse_is_delivery_receipt_requested(
            d.pop("IsDeliveryReceiptRequested", UNSET)
        )

        def _parse_is_read_receipt_requested(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_read_receipt_requested = _parse_is_read_receipt_requested(
            d.pop("IsReadReceiptRequested", UNSET)
        )

        is_draft = d.pop("IsDraft", UNSET)

        is_read = d.pop("IsRead", UNSET)

        def _parse_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        event_id = _parse_event_id(d.pop("EventId", UNSET))

        _meeting_message_type = d.pop("MeetingMessageType", UNSET)
        meeting_message_type: MeetingMessageType | Unset
        if isinstance(_meeting_message_type, Unset):
            meeting_message_type = UNSET
        else:
            meeting_message_type = check_meeting_message_type(_meeting_message_type)

        _date_time_created = d.pop("DateTimeCreated", UNSET)
        date_time_created: datetime.datetime | Unset
        if isinstance(_date_time_created, Unset):
            date_time_created = UNSET
        else:
            date_time_created = datetime.datetime.fromisoformat(_date_time_created)

        _last_modified_time = d.pop("LastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        attachmentsodata_navigation_link = d.pop(
            "Attachments@odata.navigationLink", UNSET
        )

        attached_message = cls(
            odata_id=odata_id,
            odata_edit_link=odata_edit_link,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            change_key=change_key,
            class_name=class_name,
            subject=subject,
            body_preview=body_preview,
            body=body,
            importance=importance,
            categories=categories,
            has_attachments=has_attachments,
            parent_folder_id=parent_folder_id,
            from_=from_,
            sender=sender,
            to_recipients=to_recipients,
            cc_recipients=cc_recipients,
            bcc_recipients=bcc_recipients,
            reply_to=reply_to,
            conversation_id=conversation_id,
            date_time_received=date_time_received,
            date_time_sent=date_time_sent,
            is_delivery_receipt_requested=is_delivery_receipt_requested,
            is_read_receipt_requested=is_read_receipt_requested,
            is_draft=is_draft,
            is_read=is_read,
            event_id=event_id,
            meeting_message_type=meeting_message_type,
            date_time_created=date_time_created,
            last_modified_time=last_modified_time,
            attachmentsodata_navigation_link=attachmentsodata_navigation_link,
        )

        attached_message.additional_properties = d
        return attached_message

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
