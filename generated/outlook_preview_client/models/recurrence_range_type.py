from typing import Literal

RecurrenceRangeType = Literal["EndDate", "NoEnd", "Numbered"]

RECURRENCE_RANGE_TYPE_VALUES: set[RecurrenceRangeType] = {
    "EndDate",
    "NoEnd",
    "Numbered",
}


def check_recurrence_range_type(value: str) -> RecurrenceRangeType:
    if value in RECURRENCE_RANGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECURRENCE_RANGE_TYPE_VALUES!r}"
    )
