"""Contains all the data models used in inputs/outputs"""

from .attached_contact import AttachedContact
from .attached_event import AttachedEvent
from .attached_message import AttachedMessage
from .attachment_collection import AttachmentCollection
from .attendee import Attendee
from .attendee_input import AttendeeInput
from .attendee_type import AttendeeType
from .automatic_replies_setting import AutomaticRepliesSetting
from .automatic_replies_setting_input import AutomaticRepliesSettingInput
from .automatic_replies_status import AutomaticRepliesStatus
from .body_type import BodyType
from .boolean_string import BooleanString
from .calendar import Calendar
from .calendar_collection import CalendarCollection
from .calendar_color import CalendarColor
from .calendar_group import CalendarGroup
from .calendar_group_collection import CalendarGroupCollection
from .calendar_group_patch import CalendarGroupPatch
from .calendar_patch import CalendarPatch
from .calendar_view_delta_page import CalendarViewDeltaPage
from .comment_body import CommentBody
from .completed_tasks import CompletedTasks
from .contact import Contact
from .contact_collection import ContactCollection
from .contact_delta_page import ContactDeltaPage
from .contact_folder import ContactFolder
from .contact_folder_collection import ContactFolderCollection
from .contact_folder_delta_page import ContactFolderDeltaPage
from .contact_folder_patch import ContactFolderPatch
from .contact_patch import ContactPatch
from .create_forward_body import CreateForwardBody
from .date_time_time_zone import DateTimeTimeZone
from .date_time_time_zone_input import DateTimeTimeZoneInput
from .day_of_week import DayOfWeek
from .deleted_entity import DeletedEntity
from .destination_body import DestinationBody
from .email_address import EmailAddress
from .email_address_input import EmailAddressInput
from .entity import Entity
from .entity_odata_type import EntityOdataType
from .event import Event
from .event_collection import EventCollection
from .event_patch import EventPatch
from .event_type import EventType
from .external_audience_scope import ExternalAudienceScope
from .file_attachment import FileAttachment
from .followup_flag import FollowupFlag
from .followup_flag_input import FollowupFlagInput
from .followup_flag_status import FollowupFlagStatus
from .forward_body import ForwardBody
from .free_busy_status import FreeBusyStatus
from .get_event_attachment_expand import GetEventAttachmentExpand
from .get_message_attachment_expand import GetMessageAttachmentExpand
from .get_task_attachment_expand import GetTaskAttachmentExpand
from .get_task_attachment_in_folder_expand import GetTaskAttachmentInFolderExpand
from .importance import Importance
from .inference_classification_override import InferenceClassificationOverride
from .inference_classification_override_collection import (
    InferenceClassificationOverrideCollection,
)
from .inference_classification_override_patch import (
    InferenceClassificationOverridePatch,
)
from .inference_classification_type import InferenceClassificationType
from .item_attachment import ItemAttachment
from .item_body import ItemBody
from .item_body_input import ItemBodyInput
from .locale_info import LocaleInfo
from .location import Location
from .location_input import LocationInput
from .mail_folder import MailFolder
from .mail_folder_collection import MailFolderCollection
from .mail_folder_delta_page import MailFolderDeltaPage
from .mail_folder_patch import MailFolderPatch
from .mailbox_settings import MailboxSettings
from .mailbox_settings_update import MailboxSettingsUpdate
from .mailbox_settings_update_language import MailboxSettingsUpdateLanguage
from .mailbox_time_zone import MailboxTimeZone
from .meeting_response import MeetingResponse
from .meeting_response_send_response_type_1 import MeetingResponseSendResponseType1
from .message import Message
from .message_collection import MessageCollection
from .message_delta_page import MessageDeltaPage
from .message_meeting_message_type import MessageMeetingMessageType
from .message_patch import MessagePatch
from .multi_value_extended_property_input import MultiValueExtendedPropertyInput
from .multi_value_legacy_extended_property import MultiValueLegacyExtendedProperty
from .new_attached_contact import NewAttachedContact
from .new_attached_contact_odata_type import NewAttachedContactOdataType
from .new_attached_event import NewAttachedEvent
from .new_attached_event_odata_type import NewAttachedEventOdataType
from .new_attached_message import NewAttachedMessage
from .new_attached_message_odata_type import NewAttachedMessageOdataType
from .new_calendar import NewCalendar
from .new_calendar_group import NewCalendarGroup
from .new_contact import NewContact
from .new_contact_folder import NewContactFolder
from .new_event import NewEvent
from .new_file_attachment import NewFileAttachment
from .new_inference_classification_override import NewInferenceClassificationOverride
from .new_inference_classification_override_sender_email_address import (
    NewInferenceClassificationOverrideSenderEmailAddress,
)
from .new_item_attachment import NewItemAttachment
from .new_mail_folder import NewMailFolder
from .new_message import NewMessage
from .new_push_subscription import NewPushSubscription
from .new_reference_attachment import NewReferenceAttachment
from .new_task import NewTask
from .new_task_folder import NewTaskFolder
from .new_task_group import NewTaskGroup
from .notification import Notification
from .notification_change_type import NotificationChangeType
from .notification_collection import NotificationCollection
from .o_data_error import ODataError
from .o_data_error_detail import ODataErrorDetail
from .outgoing_message import OutgoingMessage
from .patterned_recurrence import PatternedRecurrence
from .patterned_recurrence_input import PatternedRecurrenceInput
from .physical_address import PhysicalAddress
from .physical_address_input import PhysicalAddressInput
from .push_subscription import PushSubscription
from .push_subscription_patch import PushSubscriptionPatch
from .recipient import Recipient
from .recipient_input import RecipientInput
from .recurrence_pattern import RecurrencePattern
from .recurrence_pattern_input import RecurrencePatternInput
from .recurrence_pattern_type import RecurrencePatternType
from .recurrence_range import RecurrenceRange
from .recurrence_range_input import RecurrenceRangeInput
from .recurrence_range_type import RecurrenceRangeType
from .reference_attachment import ReferenceAttachment
from .reference_attachment_permission import ReferenceAttachmentPermission
from .reference_attachment_provider import ReferenceAttachmentProvider
from .reference_attachment_provider_input import ReferenceAttachmentProviderInput
from .response_status import ResponseStatus
from .response_type import ResponseType
from .send_mail_body import SendMailBody
from .sensitivity import Sensitivity
from .single_value_extended_property_input import SingleValueExtendedPropertyInput
from .single_value_legacy_extended_property import SingleValueLegacyExtendedProperty
from .task import Task
from .task_collection import TaskCollection
from .task_delta_page import TaskDeltaPage
from .task_folder import TaskFolder
from .task_folder_collection import TaskFolderCollection
from .task_folder_delta_page import TaskFolderDeltaPage
from .task_folder_patch import TaskFolderPatch
from .task_group import TaskGroup
from .task_group_collection import TaskGroupCollection
from .task_group_patch import TaskGroupPatch
from .task_patch import TaskPatch
from .task_status import TaskStatus
from .user import User
from .week_index import WeekIndex

__all__ = (
    "AttachedContact",
    "AttachedEvent",
    "AttachedMessage",
    "AttachmentCollection",
    "Attendee",
    "AttendeeInput",
    "AttendeeType",
    "AutomaticRepliesSetting",
    "AutomaticRepliesSettingInput",
    "AutomaticRepliesStatus",
    "BodyType",
    "BooleanString",
    "Calendar",
    "CalendarCollection",
    "CalendarColor",
    "CalendarGroup",
    "CalendarGroupCollection",
    "CalendarGroupPatch",
    "CalendarPatch",
    "CalendarViewDeltaPage",
    "CommentBody",
    "CompletedTasks",
    "Contact",
    "ContactCollection",
    "ContactDeltaPage",
    "ContactFolder",
    "ContactFolderCollection",
    "ContactFolderDeltaPage",
    "ContactFolderPatch",
    "ContactPatch",
    "CreateForwardBody",
    "DateTimeTimeZone",
    "DateTimeTimeZoneInput",
    "DayOfWeek",
    "DeletedEntity",
    "DestinationBody",
    "EmailAddress",
    "EmailAddressInput",
    "Entity",
    "EntityOdataType",
    "Event",
    "EventCollection",
    "EventPatch",
    "EventType",
    "ExternalAudienceScope",
    "FileAttachment",
    "FollowupFlag",
    "FollowupFlagInput",
    "FollowupFlagStatus",
    "ForwardBody",
    "FreeBusyStatus",
    "GetEventAttachmentExpand",
    "GetMessageAttachmentExpand",
    "GetTaskAttachmentExpand",
    "GetTaskAttachmentInFolderExpand",
    "Importance",
    "InferenceClassificationOverride",
    "InferenceClassificationOverrideCollection",
    "InferenceClassificationOverridePatch",
    "InferenceClassificationType",
    "ItemAttachment",
    "ItemBody",
    "ItemBodyInput",
    "LocaleInfo",
    "Location",
    "LocationInput",
    "MailFolder",
    "MailFolderCollection",
    "MailFolderDeltaPage",
    "MailFolderPatch",
    "MailboxSettings",
    "MailboxSettingsUpdate",
    "MailboxSettingsUpdateLanguage",
    "MailboxTimeZone",
    "MeetingResponse",
    "MeetingResponseSendResponseType1",
    "Message",
    "MessageCollection",
    "MessageDeltaPage",
    "MessageMeetingMessageType",
    "MessagePatch",
    "MultiValueExtendedPropertyInput",
    "MultiValueLegacyExtendedProperty",
    "NewAttachedContact",
    "NewAttachedContactOdataType",
    "NewAttachedEvent",
    "NewAttachedEventOdataType",
    "NewAttachedMessage",
    "NewAttachedMessageOdataType",
    "NewCalendar",
    "NewCalendarGroup",
    "NewContact",
    "NewContactFolder",
    "NewEvent",
    "NewFileAttachment",
    "NewInferenceClassificationOverride",
    "NewInferenceClassificationOverrideSenderEmailAddress",
    "NewItemAttachment",
    "NewMailFolder",
    "NewMessage",
    "NewPushSubscription",
    "NewReferenceAttachment",
    "NewTask",
    "NewTaskFolder",
    "NewTaskGroup",
    "Notification",
    "NotificationChangeType",
    "NotificationCollection",
    "ODataError",
    "ODataErrorDetail",
    "OutgoingMessage",
    "PatternedRecurrence",
    "PatternedRecurrenceInput",
    "PhysicalAddress",
    "PhysicalAddressInput",
    "PushSubscription",
    "PushSubscriptionPatch",
    "Recipient",
    "RecipientInput",
    "RecurrencePattern",
    "RecurrencePatternInput",
    "RecurrencePatternType",
    "RecurrenceRange",
    "RecurrenceRangeInput",
    "RecurrenceRangeType",
    "ReferenceAttachment",
    "ReferenceAttachmentPermission",
    "ReferenceAttachmentProvider",
    "ReferenceAttachmentProviderInput",
    "ResponseStatus",
    "ResponseType",
    "SendMailBody",
    "Sensitivity",
    "SingleValueExtendedPropertyInput",
    "SingleValueLegacyExtendedProperty",
    "Task",
    "TaskCollection",
    "TaskDeltaPage",
    "TaskFolder",
    "TaskFolderCollection",
    "TaskFolderDeltaPage",
    "TaskFolderPatch",
    "TaskGroup",
    "TaskGroupCollection",
    "TaskGroupPatch",
    "TaskPatch",
    "TaskStatus",
    "User",
    "WeekIndex",
)
