from typing import Literal

FollowupFlagStatus = Literal["Complete", "Flagged", "NotFlagged"]

FOLLOWUP_FLAG_STATUS_VALUES: set[FollowupFlagStatus] = {
    "Complete",
    "Flagged",
    "NotFlagged",
}


def check_followup_flag_status(value: str) -> FollowupFlagStatus:
    if value in FOLLOWUP_FLAG_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FOLLOWUP_FLAG_STATUS_VALUES!r}"
    )
