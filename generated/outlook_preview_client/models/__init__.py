"""Contains all the data models used in inputs/outputs"""

from .attached_event import AttachedEvent
from .attached_message import AttachedMessage
from .attachment_collection import AttachmentCollection
from .attachment_patch import AttachmentPatch
from .attendee import Attendee
from .attendee_input import AttendeeInput
from .attendee_type import AttendeeType
from .body_type import BodyType
from .calendar import Calendar
from .calendar_collection import CalendarCollection
from .calendar_group import CalendarGroup
from .calendar_group_collection import CalendarGroupCollection
from .calendar_group_patch import CalendarGroupPatch
from .calendar_patch import CalendarPatch
from .day_of_week import DayOfWeek
from .event import Event
from .event_collection import EventCollection
from .event_patch import EventPatch
from .event_type import EventType
from .file_attachment import FileAttachment
from .folder import Folder
from .folder_collection import FolderCollection
from .free_busy_status import FreeBusyStatus
from .get_event_attachment_expand import GetEventAttachmentExpand
from .importance import Importance
from .item_attachment import ItemAttachment
from .item_body import ItemBody
from .item_body_input import ItemBodyInput
from .location import Location
from .location_input import LocationInput
from .meeting_message_type import MeetingMessageType
from .meeting_response import MeetingResponse
from .message import Message
from .message_collection import MessageCollection
from .message_disposition import MessageDisposition
from .move_message import MoveMessage
from .new_attached_message import NewAttachedMessage
from .new_calendar import NewCalendar
from .new_calendar_group import NewCalendarGroup
from .new_event import NewEvent
from .new_file_attachment import NewFileAttachment
from .new_item_attachment import NewItemAttachment
from .o_data_error import ODataError
from .o_data_error_detail import ODataErrorDetail
from .patterned_recurrence import PatternedRecurrence
from .patterned_recurrence_input import PatternedRecurrenceInput
from .recipient import Recipient
from .recipient_input import RecipientInput
from .recurrence_pattern import RecurrencePattern
from .recurrence_pattern_input import RecurrencePatternInput
from .recurrence_pattern_type import RecurrencePatternType
from .recurrence_range import RecurrenceRange
from .recurrence_range_input import RecurrenceRangeInput
from .recurrence_range_type import RecurrenceRangeType
from .response_status import ResponseStatus
from .response_type import ResponseType
from .user import User
from .week_index import WeekIndex

__all__ = (
    "AttachedEvent",
    "AttachedMessage",
    "AttachmentCollection",
    "AttachmentPatch",
    "Attendee",
    "AttendeeInput",
    "AttendeeType",
    "BodyType",
    "Calendar",
    "CalendarCollection",
    "CalendarGroup",
    "CalendarGroupCollection",
    "CalendarGroupPatch",
    "CalendarPatch",
    "DayOfWeek",
    "Event",
    "EventCollection",
    "EventPatch",
    "EventType",
    "FileAttachment",
    "Folder",
    "FolderCollection",
    "FreeBusyStatus",
    "GetEventAttachmentExpand",
    "Importance",
    "ItemAttachment",
    "ItemBody",
    "ItemBodyInput",
    "Location",
    "LocationInput",
    "MeetingMessageType",
    "MeetingResponse",
    "Message",
    "MessageCollection",
    "MessageDisposition",
    "MoveMessage",
    "NewAttachedMessage",
    "NewCalendar",
    "NewCalendarGroup",
    "NewEvent",
    "NewFileAttachment",
    "NewItemAttachment",
    "ODataError",
    "ODataErrorDetail",
    "PatternedRecurrence",
    "PatternedRecurrenceInput",
    "Recipient",
    "RecipientInput",
    "RecurrencePattern",
    "RecurrencePatternInput",
    "RecurrencePatternType",
    "RecurrenceRange",
    "RecurrenceRangeInput",
    "RecurrenceRangeType",
    "ResponseStatus",
    "ResponseType",
    "User",
    "WeekIndex",
)
