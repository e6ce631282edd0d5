from typing import Literal

AutomaticRepliesStatus = Literal["AlwaysEnabled", "Disabled", "Scheduled"]

AUTOMATIC_REPLIES_STATUS_VALUES: set[AutomaticRepliesStatus] = {
    "AlwaysEnabled",
    "Disabled",
    "Scheduled",
}


def check_automatic_replies_status(value: str) -> AutomaticRepliesStatus:
    if value in AUTOMATIC_REPLIES_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTOMATIC_REPLIES_STATUS_VALUES!r}"
    )
