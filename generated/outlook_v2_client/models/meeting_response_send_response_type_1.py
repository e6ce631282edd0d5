from typing import Literal

MeetingResponseSendResponseType1 = Literal["false", "False", "true", "True"]

MEETING_RESPONSE_SEND_RESPONSE_TYPE_1_VALUES: set[MeetingResponseSendResponseType1] = {
    "false",
    "False",
    "true",
    "True",
}


def check_meeting_response_send_response_type_1(
    value: str,
) -> MeetingResponseSendResponseType1:
    if value in MEETING_RESPONSE_SEND_RESPONSE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEETING_RESPONSE_SEND_RESPONSE_TYPE_1_VALUES!r}"
    )
