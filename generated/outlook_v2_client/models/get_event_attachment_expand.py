from typing import Literal

GetEventAttachmentExpand = Literal[
    "Item", "Microsoft.OutlookServices.ItemAttachment/Item"
]

GET_EVENT_ATTACHMENT_EXPAND_VALUES: set[GetEventAttachmentExpand] = {
    "Item",
    "Microsoft.OutlookServices.ItemAttachment/Item",
}


def check_get_event_attachment_expand(value: str) -> GetEventAttachmentExpand:
    if value in GET_EVENT_ATTACHMENT_EXPAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EVENT_ATTACHMENT_EXPAND_VALUES!r}"
    )
