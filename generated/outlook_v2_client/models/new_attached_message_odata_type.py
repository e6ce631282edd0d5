from typing import Literal

NewAttachedMessageOdataType = Literal[
    "#Microsoft.OutlookServices.Message", "Microsoft.OutlookServices.Message"
]

NEW_ATTACHED_MESSAGE_ODATA_TYPE_VALUES: set[NewAttachedMessageOdataType] = {
    "#Microsoft.OutlookServices.Message",
    "Microsoft.OutlookServices.Message",
}


def check_new_attached_message_odata_type(value: str) -> NewAttachedMessageOdataType:
    if value in NEW_ATTACHED_MESSAGE_ODATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_ATTACHED_MESSAGE_ODATA_TYPE_VALUES!r}"
    )
