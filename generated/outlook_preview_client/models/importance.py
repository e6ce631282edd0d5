from typing import Literal

Importance = Literal["High", "Low", "Normal"]

IMPORTANCE_VALUES: set[Importance] = {
    "High",
    "Low",
    "Normal",
}


def check_importance(value: str) -> Importance:
    if value in IMPORTANCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPORTANCE_VALUES!r}"
    )
