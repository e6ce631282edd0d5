from typing import Literal

GetMessageAttachmentExpand = Literal[
    "Item", "Microsoft.OutlookServices.ItemAttachment/Item"
]

GET_MESSAGE_ATTACHMENT_EXPAND_VALUES: set[GetMessageAttachmentExpand] = {
    "Item",
    "Microsoft.OutlookServices.ItemAttachment/Item",
}


def check_get_message_attachment_expand(value: str) -> GetMessageAttachmentExpand:
    if value in GET_MESSAGE_ATTACHMENT_EXPAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MESSAGE_ATTACHMENT_EXPAND_VALUES!r}"
    )
