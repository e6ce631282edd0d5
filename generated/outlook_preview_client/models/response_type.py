from typing import Literal

ResponseType = Literal[
    "Accepted", "Declined", "None", "NotResponded", "Organizer", "TentativelyAccepted"
]

RESPONSE_TYPE_VALUES: set[ResponseType] = {
    "Accepted",
    "Declined",
    "None",
    "NotResponded",
    "Organizer",
    "TentativelyAccepted",
}


def check_response_type(value: str) -> ResponseType:
    if value in RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_TYPE_VALUES!r}"
    )
