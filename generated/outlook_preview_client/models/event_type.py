from typing import Literal

EventType = Literal["Exception", "Occurrence", "SeriesMaster", "SingleInstance"]

EVENT_TYPE_VALUES: set[EventType] = {
    "Exception",
    "Occurrence",
    "SeriesMaster",
    "SingleInstance",
}


def check_event_type(value: str) -> EventType:
    if value in EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_TYPE_VALUES!r}"
    )
