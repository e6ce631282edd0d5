from typing import Literal

EntityOdataType = Literal[
    "#Microsoft.OutlookServices.Contact",
    "#Microsoft.OutlookServices.Event",
    "#Microsoft.OutlookServices.EventMessage",
    "#Microsoft.OutlookServices.Message",
    "#Microsoft.OutlookServices.Task",
]

ENTITY_ODATA_TYPE_VALUES: set[EntityOdataType] = {
    "#Microsoft.OutlookServices.Contact",
    "#Microsoft.OutlookServices.Event",
    "#Microsoft.OutlookServices.EventMessage",
    "#Microsoft.OutlookServices.Message",
    "#Microsoft.OutlookServices.Task",
}


def check_entity_odata_type(value: str) -> EntityOdataType:
    if value in ENTITY_ODATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ENTITY_ODATA_TYPE_VALUES!r}"
    )
