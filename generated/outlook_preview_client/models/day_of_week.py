from typing import Literal

DayOfWeek = Literal[
    "Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday"
]

DAY_OF_WEEK_VALUES: set[DayOfWeek] = {
    "Friday",
    "Monday",
    "Saturday",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
}


def check_day_of_week(value: str) -> DayOfWeek:
    if value in DAY_OF_WEEK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DAY_OF_WEEK_VALUES!r}"
    )
