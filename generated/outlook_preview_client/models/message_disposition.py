from typing import Literal

MessageDisposition = Literal["SaveOnly", "SendAndSaveCopy", "SendOnly"]

MESSAGE_DISPOSITION_VALUES: set[MessageDisposition] = {
    "SaveOnly",
    "SendAndSaveCopy",
    "SendOnly",
}


def check_message_disposition(value: str) -> MessageDisposition:
    if value in MESSAGE_DISPOSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DISPOSITION_VALUES!r}"
    )
