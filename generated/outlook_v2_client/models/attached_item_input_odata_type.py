from typing import Literal

AttachedItemInputOdataType = Literal[
    "#Microsoft.OutlookServices.Contact",
    "#Microsoft.OutlookServices.Event",
    "#Microsoft.OutlookServices.Message",
    "Microsoft.OutlookServices.Contact",
    "Microsoft.OutlookServices.Event",
    "Microsoft.OutlookServices.Message",
]

ATTACHED_ITEM_INPUT_ODATA_TYPE_VALUES: set[AttachedItemInputOdataType] = {
    "#Microsoft.OutlookServices.Contact",
    "#Microsoft.OutlookServices.Event",
    "#Microsoft.OutlookServices.Message",
    "Microsoft.OutlookServices.Contact",
    "Microsoft.OutlookServices.Event",
    "Microsoft.OutlookServices.Message",
}


def check_attached_item_input_odata_type(value: str) -> AttachedItemInputOdataType:
    if value in ATTACHED_ITEM_INPUT_ODATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ATTACHED_ITEM_INPUT_ODATA_TYPE_VALUES!r}"
    )
