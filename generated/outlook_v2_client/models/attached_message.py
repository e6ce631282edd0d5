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
from ..models.inference_classification_type import (
    InferenceClassificationType,
    check_inference_classification_type,
)
from ..models.message_meeting_message_type import (
    MessageMeetingMessageType,
    check_message_meeting_message_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event import Event
    from ..models.file_attachment import FileAttachment
    from ..models.followup_flag import FollowupFlag
    from ..models.item_attachment import ItemAttachment
    from ..models.item_body import ItemBody
    from ..models.multi_value_legacy_extended_property import (
        MultiValueLegacyExtendedProperty,
    )
    from ..models.recipient import Recipient
    from ..models.reference_attachment import ReferenceAttachment
    from ..models.single_value_legacy_extended_property import (
        SingleValueLegacyExtendedProperty,
    )


T = TypeVar("T", bound="AttachedMessage")


@_attrs_define
class AttachedMessage:
    """An attached message (`ParentFolderId` is empty).

    Attributes:
        odata_id (str): Absolute URL of the message, built from the request's host. The message of an item attachment
            (in no
            folder or calendar) has its attachment's ItemUrl instead:
            `…/{Tasks|Events|Messages}('{id}')/Attachments('{id}')/Item`.
        odata_etag (str): Weak entity tag of the current version; changes with every write.
        id (str): Opaque message id (base64; may contain `/`, `+`, `=`).
        odata_type (Literal['#Microsoft.OutlookServices.Message']):
        odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
            `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
        created_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the
            offset of the zone named in
            `Prefer: outlook.timezone`; at most 7 fractional digits.
        last_modified_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the
            offset of the zone named in
            `Prefer: outlook.timezone`; at most 7 fractional digits.
        change_key (str | Unset): Version of the message; changes with every write.
        categories (list[str] | Unset):
        received_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the
            offset of the zone named in
            `Prefer: outlook.timezone`; at most 7 fractional digits.
        sent_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the offset
            of the zone named in
            `Prefer: outlook.timezone`; at most 7 fractional digits.
        has_attachments (bool | Unset):
        internet_message_id (str | Unset):
        subject (str | Unset):
        body (ItemBody | Unset): Body of a task.
        body_preview (str | Unset):
        importance (Importance | Unset): Importance. Request values are matched case-insensitively.
        parent_folder_id (str | Unset): Id of the mail folder holding the message.
        sender (None | Recipient | Unset):
        from_ (None | Recipient | Unset):
        to_recipients (list[Recipient] | Unset):
        cc_recipients (list[Recipient] | Unset):
        bcc_recipients (list[Recipient] | Unset):
        reply_to (list[Recipient] | Unset):
        conversation_id (str | Unset):
        is_delivery_receipt_requested (bool | Unset):
        is_read_receipt_requested (bool | Unset):
        is_read (bool | Unset):
        is_draft (bool | Unset):
        flag (FollowupFlag | Unset): Follow-up information of a message or contact
            (`Microsoft.OutlookServices.FollowupFlag`, writable and
            filterable on Message and Contact in Microsoft's v2.0 property tables; the 2015 CSDL predates it). An item
            nobody flagged has
            `FlagStatus` `NotFlagged` and null dates. Dates are shown in the `Prefer: outlook.timezone` zone (UTC
            without it).
        web_link (str | Unset): URL to open the message in Outlook on the web.
        inference_classification (InferenceClassificationType | Unset): How Focused Inbox shows a message (`Focused` =
            0, `Other` = 1); read case-insensitively.
        event (Event | None | Unset): The event a meeting message (EventMessage) is about, with
            `$expand=Microsoft.OutlookServices.EventMessage/Event`
            on `getMessage`; null when it has left the calendar.
        meeting_message_type (MessageMeetingMessageType | Unset): Only on a meeting message the tenant delivered (a
            request, response or cancellation; see `createEvent`),
            which is the CSDL's derived type: `@odata.type` `#Microsoft.OutlookServices.EventMessage`.
        attachmentsodata_context (str | Unset): Context URL of the expanded attachments; only with `$expand=Attachments`
            (`getMessage`).
        attachments (list[FileAttachment | ItemAttachment | ReferenceAttachment] | Unset): The item's attachments (as
            `listMessageAttachments` shows them); only with `$expand=Attachments`.
        single_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded single-value extended
            properties, e.g.
            `https://<host>/api/v2.0/$metadata#Me/Messages('<url-encoded id>')/SingleValueExtendedProperties`.
            Only with `$expand=SingleValueExtendedProperties(…)`.
        single_value_extended_properties (list[SingleValueLegacyExtendedProperty] | Unset): The matching single-value
            extended properties; only with that `$expand` (`getMessage`).
        multi_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded multi-value extended
            properties; only with that `$expand`.
        multi_value_extended_properties (list[MultiValueLegacyExtendedProperty] | Unset): The matching multi-value
            extended properties; only with that `$expand` (`getMessage`).
    """

    odata_id: str
    odata_etag: str
    id: str
    odata_type: Literal["#Microsoft.OutlookServices.Message"]
    odata_context: str | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    change_key: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    received_date_time: datetime.datetime | Unset = UNSET
    sent_date_time: datetime.datetime | Unset = UNSET
    has_attachments: bool | Unset = UNSET
    internet_message_id: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: ItemBody | Unset = UNSET
    body_preview: str | Unset = UNSET
    importance: Importance | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    sender: None | Recipient | Unset = UNSET
    from_: None | Recipient | Unset = UNSET
    to_recipients: list[Recipient] | Unset = UNSET
    cc_recipients: list[Recipient] | Unset = UNSET
    bcc_recipients: list[Recipient] | Unset = UNSET
    reply_to: list[Recipient] | Unset = UNSET
    conversation_id: str | Unset = UNSET
    is_delivery_receipt_requested: bool | Unset = UNSET
    is_read_receipt_requested: bool | Unset = UNSET
    is_read: bool | Unset = UNSET
    is_draft: bool | Unset = UNSET
    flag: FollowupFlag | Unset = UNSET
    web_link: str | Unset = UNSET
    inference_classification: InferenceClassificationType | Unset = UNSET
    event: Event | None | Unset = UNSET
    meeting_message_type: MessageMeetingMessageType | Unset = UNSET
    attachmentsodata_context: str | Unset = UNSET
    attachments: list[FileAttachment | ItemAttachment | ReferenceAttachment] | Unset = (
        UNSET
    )
    single_value_extended_propertiesodata_context: str | Unset = UNSET
    single_value_extended_properties: (
        list[SingleValueLegacyExtendedProperty] | Unset
    ) = UNSET
    multi_value_extended_propertiesodata_context: str | Unset = UNSET
    multi_value_extended_properties: list[MultiValueLegacyExtendedProperty] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event import Event
        from ..models.file_attachment import FileAttachment
        from ..models.item_attachment import ItemAttachment
        from ..models.recipient import Recipient

        odata_id = self.odata_id

        odata_etag = self.odata_etag

        id = self.id

        odata_type = self.odata_type

        odata_context = self.odata_context

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        change_key = self.change_key

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        received_date_time: str | Unset = UNSET
        if not isinstance(self.received_date_time, Unset):
            received_date_time = self.received_date_time.isoformat()

        sent_date_time: str | Unset = UNSET
        if not isinstance(self.sent_date_time, Unset):
            sent_date_time = self.sent_date_time.isoformat()

        has_attachments = self.has_attachments

        internet_message_id = self.internet_message_id

        subject = self.subject

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        body_preview = self.body_preview

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        parent_folder_id = self.parent_folder_id

        sender: dict[str, Any] | None | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        elif isinstance(self.sender, Recipient):
            sender = self.sender.to_dict()
        else:
            sender = self.sender

        from_: dict[str, Any] | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, Recipient):
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

        conversation_id = self.conversation_id

        is_delivery_receipt_requested = self.is_delivery_receipt_requested

        is_read_receipt_requested = self.is_read_receipt_requested

        is_read = self.is_read

        is_draft = self.is_draft

        flag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.to_dict()

        web_link = self.web_link

        inference_classification: str | Unset = UNSET
        if not isinstance(self.inference_classification, Unset):
            inference_classification = self.inference_classification

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, Event):
            event = self.event.to_dict()
        else:
            event = self.event

        meeting_message_type: str | Unset = UNSET
        if not isinstance(self.meeting_message_type, Unset):
            meeting_message_type = self.meeting_message_type

        attachmentsodata_context = self.attachmentsodata_context

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any]
                if isinstance(attachments_item_data, FileAttachment) or isinstance(
                    attachments_item_data, ItemAttachment
                ):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data.to_dict()

                attachments.append(attachments_item)

        single_value_extended_propertiesodata_context = (
            self.single_value_extended_propertiesodata_context
        )

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

        multi_value_extended_propertiesodata_context = (
            self.multi_value_extended_propertiesodata_context
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.id": odata_id,
                "@odata.etag": odata_etag,
                "Id": id,
                "@odata.type": odata_type,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if created_date_time is not UNSET:
            field_dict["CreatedDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["LastModifiedDateTime"] = last_modified_date_time
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if received_date_time is not UNSET:
            field_dict["ReceivedDateTime"] = received_date_time
        if sent_date_time is not UNSET:
            field_dict["SentDateTime"] = sent_date_time
        if has_attachments is not UNSET:
            field_dict["HasAttachments"] = has_attachments
        if internet_message_id is not UNSET:
            field_dict["InternetMessageId"] = internet_message_id
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body is not UNSET:
            field_dict["Body"] = body
        if body_preview is not UNSET:
            field_dict["BodyPreview"] = body_preview
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if parent_folder_id is not UNSET:
            field_dict["ParentFolderId"] = parent_folder_id
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
        if conversation_id is not UNSET:
            field_dict["ConversationId"] = conversation_id
        if is_delivery_receipt_requested is not UNSET:
            field_dict["IsDeliveryReceiptRequested"] = is_delivery_receipt_requested
        if is_read_receipt_requested is not UNSET:
            field_dict["IsReadReceiptRequested"] = is_read_receipt_requested
        if is_read is not UNSET:
            field_dict["IsRead"] = is_read
        if is_draft is not UNSET:
            field_dict["IsDraft"] = is_draft
        if flag is not UNSET:
            field_dict["Flag"] = flag
        if web_link is not UNSET:
            field_dict["WebLink"] = web_link
        if inference_classification is not UNSET:
            field_dict["InferenceClassification"] = inference_classification
        if event is not UNSET:
            field_dict["Event"] = event
        if meeting_message_type is not UNSET:
            field_dict["MeetingMessageType"] = meeting_message_type
        if attachmentsodata_context is not UNSET:
            field_dict["Attachments@odata.context"] = attachmentsodata_context
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if single_value_extended_propertiesodata_context is not UNSET:
            field_dict["SingleValueExtendedProperties@odata.context"] = (
                single_value_extended_propertiesodata_context
            )
        if single_value_extended_properties is not UNSET:
            field_dict["SingleValueExtendedProperties"] = (
                single_value_extended_properties
            )
        if multi_value_extended_propertiesodata_context is not UNSET:
            field_dict["MultiValueExtendedProperties@odata.context"] = (
                multi_value_extended_propertiesodata_context
            )
        if multi_value_extended_properties is not UNSET:
            field_dict["MultiValueExtendedProperties"] = multi_value_extended_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event import Event
        from ..models.file_attachment import FileAttachment
        from ..models.followup_flag import FollowupFlag
        from ..models.item_attachment import ItemAttachment
        from ..models.item_body import ItemBody
        from ..models.multi_value_legacy_extended_property import (
            MultiValueLegacyExtendedProperty,
        )
        from ..models.recipient import Recipient
        from ..models.reference_attachment import ReferenceAttachment
        from ..models.single_value_legacy_extended_property import (
            SingleValueLegacyExtendedProperty,
        )

        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        odata_etag = d.pop("@odata.etag")

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.OutlookServices.Message"], d.pop("@odata.type")
        )
        if odata_type != "#Microsoft.OutlookServices.Message":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.Message', got '{odata_type}'"
            )

        odata_context = d.pop("@odata.context", UNSET)

        _created_date_time = d.pop("CreatedDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if isinstance(_created_date_time, Unset):
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        _last_modified_date_time = d.pop("LastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(
                _last_modified_date_time
            )

        change_key = d.pop("ChangeKey", UNSET)

        categories = cast(list[str], d.pop("Categories", UNSET))

        _received_date_time = d.pop("ReceivedDateTime", UNSET)
        received_date_time: datetime.datetime | Unset
        if isinstance(_received_date_time, Unset):
            received_date_time = UNSET
        else:
            received_date_time = datetime.datetime.fromisoformat(_received_date_time)

        _sent_date_time = d.pop("SentDateTime", UNSET)
        sent_date_time: datetime.datetime | Unset
        if isinstance(_sent_date_time, Unset):
            sent_date_time = UNSET
        else:
            sent_date_time = datetime.datetime.fromisoformat(_sent_date_time)

        has_attachments = d.pop("HasAttachments", UNSET)

        internet_message_id = d.pop("InternetMessageId", UNSET)

        subject = d.pop("Subject", UNSET)

        _body = d.pop("Body", UNSET)
        body: ItemBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBody.from_dict(_body)

        body_preview = d.pop("BodyPreview", UNSET)

        _importance = d.pop("Importance", UNSET)
        importance: Importance | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_importance(_importance)

        parent_folder_id = d.pop("ParentFolderId", UNSET)

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

        is_delivery_receipt_requested = d.pop("IsDeliveryReceiptRequested", UNSET)

        is_read_receipt_requested = d.pop("IsReadReceiptRequested", UNSET)

        is_read = d.pop("IsRead", UNSET)

        is_draft = d.pop("IsDraft", UNSET)

        _flag = d.pop("Flag", UNSET)
        flag: FollowupFlag | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = FollowupFlag.from_dict(_flag)

        web_link = d.pop("WebLink", UNSET)

        _inference_classification = d.pop("InferenceClassification", UNSET)
        inference_classification: InferenceClassificationType | Unset
        if isinstance(_inference_classification, Unset):
            inference_classification = UNSET
        else:
            inference_classification = check_inference_classification_type(
                _inference_classification
            )

        def _parse_event(data: object) -> Event | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = Event.from_dict(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Event | None | Unset, data)

        event = _parse_event(d.pop("Event", UNSET))

        _meeting_message_type = d.pop("MeetingMessageType", UNSET)
        meeting_message_type: MessageMeetingMessageType | Unset
        if isinstance(_meeting_message_type, Unset):
            meeting_message_type = UNSET
        else:
            meeting_message_type = check_message_meeting_message_type(
                _meeting_message_type
            )

        attachmentsodata_context = d.pop("Attachments@odata.context", UNSET)

        _attachments = d.pop("Attachments", UNSET)
        attachments: (
            list[FileAttachment | ItemAttachment | ReferenceAttachment] | Unset
        ) = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(
                    data: object,
                ) -> FileAttachment | ItemAttachment | ReferenceAttachment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_type_0 = FileAttachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_type_1 = ItemAttachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attachment_type_2 = ReferenceAttachment.from_dict(
                        data
                    )

                    return componentsschemas_attachment_type_2

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        single_value_extended_propertiesodata_context = d.pop(
            "SingleValueExtendedProperties@odata.context", UNSET
        )

        _single_value_extended_properties = d.pop(
            "SingleValueExtendedProperties", UNSET
        )
        single_value_extended_properties: (
            list[SingleValueLegacyExtendedProperty] | Unset
        ) = UNSET
        if _single_value_extended_properties is not UNSET:
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in _single_value_extended_properties:
                single_value_extended_properties_item = (
                    SingleValueLegacyExtendedProperty.from_dict(
                        single_value_extended_properties_item_data
                    )
                )

                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        multi_value_extended_propertiesodata_context = d.pop(
            "MultiValueExtendedProperties@odata.context", UNSET
        )

        _multi_value_extended_properties = d.pop("MultiValueExtendedProperties", UNSET)
        multi_value_extended_properties: (
            list[MultiValueLegacyExtendedProperty] | Unset
        ) = UNSET
        if _multi_value_extended_properties is not UNSET:
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in _multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    MultiValueLegacyExtendedProperty.from_dict(
                        multi_value_extended_properties_item_data
                    )
                )

                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        attached_message = cls(
            odata_id=odata_id,
            odata_etag=odata_etag,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            change_key=change_key,
            categories=categories,
            received_date_time=received_date_time,
            sent_date_time=sent_date_time,
            has_attachments=has_attachments,
            internet_message_id=internet_message_id,
            subject=subject,
            body=body,
            body_preview=body_preview,
            importance=importance,
            parent_folder_id=parent_folder_id,
            sender=sender,
            from_=from_,
            to_recipients=to_recipients,
            cc_recipients=cc_recipients,
            bcc_recipients=bcc_recipients,
            reply_to=reply_to,
            conversation_id=conversation_id,
            is_delivery_receipt_requested=is_delivery_receipt_requested,
            is_read_receipt_requested=is_read_receipt_requested,
            is_read=is_read,
            is_draft=is_draft,
            flag=flag,
            web_link=web_link,
            inference_classification=inference_classification,
            event=event,
            meeting_message_type=meeting_message_type,
            attachmentsodata_context=attachmentsodata_context,
            attachments=attachments,
            single_value_extended_propertiesodata_context=single_value_extended_propertiesodata_context,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_propertiesodata_context=multi_value_extended_propertiesodata_context,
            multi_value_extended_properties=multi_value_extended_properties,
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
