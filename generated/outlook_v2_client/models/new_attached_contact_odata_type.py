from typing import Literal

NewAttachedContactOdataType = Literal[
    "#Microsoft.OutlookServices.Contact", "Microsoft.OutlookServices.Contact"
]

NEW_ATTACHED_CONTACT_ODATA_TYPE_VALUES: set[NewAttachedContactOdataType] = {
    "#Microsoft.OutlookServices.Contact",
    "Microsoft.OutlookServices.Contact",
}


def check_new_attached_contact_odata_type(value: str) -> NewAttachedContactOdataType:
    if value in NEW_ATTACHED_CONTACT_ODATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_ATTACHED_CONTACT_ODATA_TYPE_VALUES!r}"
    )
