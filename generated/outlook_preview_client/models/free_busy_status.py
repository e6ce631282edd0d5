from typing import Literal

FreeBusyStatus = Literal[
    "Busy", "Free", "Oof", "Tentative", "Unknown", "WorkingElsewhere"
]

FREE_BUSY_STATUS_VALUES: set[FreeBusyStatus] = {
    "Busy",
    "Free",
    "Oof",
    "Tentative",
    "Unknown",
    "WorkingElsewhere",
}


def check_free_busy_status(value: str) -> FreeBusyStatus:
    if value in FREE_BUSY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FREE_BUSY_STATUS_VALUES!r}"
    )
