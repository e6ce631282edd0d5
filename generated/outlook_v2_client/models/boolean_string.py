from typing import Literal

BooleanString = Literal["false", "False", "true", "True"]

BOOLEAN_STRING_VALUES: set[BooleanString] = {
    "false",
    "False",
    "true",
    "True",
}


def check_boolean_string(value: str) -> BooleanString:
    if value in BOOLEAN_STRING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOLEAN_STRING_VALUES!r}"
    )
