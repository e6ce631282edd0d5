from typing import Literal

AttendeeType = Literal["Optional", "Required", "Resource"]

ATTENDEE_TYPE_VALUES: set[AttendeeType] = {
    "Optional",
    "Required",
    "Resource",
}


def check_attendee_type(value: str) -> AttendeeType:
    if value in ATTENDEE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTENDEE_TYPE_VALUES!r}"
    )
