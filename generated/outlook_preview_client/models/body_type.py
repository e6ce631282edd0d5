from typing import Literal

BodyType = Literal["HTML", "Text"]

BODY_TYPE_VALUES: set[BodyType] = {
    "HTML",
    "Text",
}


def check_body_type(value: str) -> BodyType:
    if value in BODY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BODY_TYPE_VALUES!r}")
