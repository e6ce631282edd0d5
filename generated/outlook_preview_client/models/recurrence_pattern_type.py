from typing import Literal

RecurrencePatternType = Literal[
    "AbsoluteMonthly",
    "AbsoluteYearly",
    "Daily",
    "RelativeMonthly",
    "RelativeYearly",
    "Weekly",
]

RECURRENCE_PATTERN_TYPE_VALUES: set[RecurrencePatternType] = {
    "AbsoluteMonthly",
    "AbsoluteYearly",
    "Daily",
    "RelativeMonthly",
    "RelativeYearly",
    "Weekly",
}


def check_recurrence_pattern_type(value: str) -> RecurrencePatternType:
    if value in RECURRENCE_PATTERN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RECURRENCE_PATTERN_TYPE_VALUES!r}"
    )
