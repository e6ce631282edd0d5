from typing import Literal

WeekIndex = Literal["First", "Fourth", "Last", "Second", "Third"]

WEEK_INDEX_VALUES: set[WeekIndex] = {
    "First",
    "Fourth",
    "Last",
    "Second",
    "Third",
}


def check_week_index(value: str) -> WeekIndex:
    if value in WEEK_INDEX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEEK_INDEX_VALUES!r}"
    )
