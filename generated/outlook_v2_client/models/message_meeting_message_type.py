from typing import Literal

MessageMeetingMessageType = Literal[
    "MeetingAccepted",
    "MeetingCancelled",
    "MeetingDeclined",
    "MeetingRequest",
    "MeetingTenativelyAccepted",
    "None",
]

MESSAGE_MEETING_MESSAGE_TYPE_VALUES: set[MessageMeetingMessageType] = {
    "MeetingAccepted",
    "MeetingCancelled",
    "MeetingDeclined",
    "MeetingRequest",
    "MeetingTenativelyAccepted",
    "None",
}


def check_message_meeting_message_type(value: str) -> MessageMeetingMessageType:
    if value in MESSAGE_MEETING_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_MEETING_MESSAGE_TYPE_VALUES!r}"
    )
