from typing import Literal

NewAttachedEventOdataType = Literal[
    "#Microsoft.OutlookServices.Event", "Microsoft.OutlookServices.Event"
]

NEW_ATTACHED_EVENT_ODATA_TYPE_VALUES: set[NewAttachedEventOdataType] = {
    "#Microsoft.OutlookServices.Event",
    "Microsoft.OutlookServices.Event",
}


def check_new_attached_event_odata_type(value: str) -> NewAttachedEventOdataType:
    if value in NEW_ATTACHED_EVENT_ODATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_ATTACHED_EVENT_ODATA_TYPE_VALUES!r}"
    )
