from typing import Literal

Sensitivity = Literal["Confidential", "Normal", "Personal", "Private"]

SENSITIVITY_VALUES: set[Sensitivity] = {
    "Confidential",
    "Normal",
    "Personal",
    "Private",
}


def check_sensitivity(value: str) -> Sensitivity:
    if value in SENSITIVITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SENSITIVITY_VALUES!r}"
    )
