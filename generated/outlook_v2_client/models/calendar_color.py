from typing import Literal

CalendarColor = Literal[
    "Auto",
    "LightBlue",
    "LightBrown",
    "LightGray",
    "LightGreen",
    "LightOrange",
    "LightPink",
    "LightRed",
    "LightTeal",
    "LightYellow",
    "MaxColor",
]

CALENDAR_COLOR_VALUES: set[CalendarColor] = {
    "Auto",
    "LightBlue",
    "LightBrown",
    "LightGray",
    "LightGreen",
    "LightOrange",
    "LightPink",
    "LightRed",
    "LightTeal",
    "LightYellow",
    "MaxColor",
}


def check_calendar_color(value: str) -> CalendarColor:
    if value in CALENDAR_COLOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALENDAR_COLOR_VALUES!r}"
    )
