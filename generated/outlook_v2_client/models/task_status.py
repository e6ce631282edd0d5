from typing import Literal

TaskStatus = Literal[
    "Completed", "Deferred", "InProgress", "NotStarted", "WaitingOnOthers"
]

TASK_STATUS_VALUES: set[TaskStatus] = {
    "Completed",
    "Deferred",
    "InProgress",
    "NotStarted",
    "WaitingOnOthers",
}


def check_task_status(value: str) -> TaskStatus:
    if value in TASK_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TASK_STATUS_VALUES!r}"
    )
