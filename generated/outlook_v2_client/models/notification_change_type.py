from typing import Literal

NotificationChangeType = Literal["Created", "Deleted", "Missed", "Updated"]

NOTIFICATION_CHANGE_TYPE_VALUES: set[NotificationChangeType] = {
    "Created",
    "Deleted",
    "Missed",
    "Updated",
}


def check_notification_change_type(value: str) -> NotificationChangeType:
    if value in NOTIFICATION_CHANGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NOTIFICATION_CHANGE_TYPE_VALUES!r}"
    )
