from typing import Literal

MeetingMessageType = Literal[
    "MeetingAccepted",
    "MeetingCancelled",
    "MeetingDeclined",
    "MeetingRequest",
    "MeetingTenativelyAccepted",
    "None",
]

MEETING_MESSAGE_TYPE_VALUES: set[MeetingMessageType] = {
    "MeetingAccepted",
    "MeetingCancelled",
    "MeetingDeclined",
    "MeetingRequest",
    "MeetingTenativelyAccepted",
    "None",
}


def check_meeting_message_type(value: str) -> MeetingMessageType:
    if value in MEETING_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETING_MESSAGE_TYPE_VALUES!r}"
    )
