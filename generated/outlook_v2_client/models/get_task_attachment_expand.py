from typing import Literal

GetTaskAttachmentExpand = Literal[
    "Item", "Microsoft.OutlookServices.ItemAttachment/Item"
]

GET_TASK_ATTACHMENT_EXPAND_VALUES: set[GetTaskAttachmentExpand] = {
    "Item",
    "Microsoft.OutlookServices.ItemAttachment/Item",
}


def check_get_task_attachment_expand(value: str) -> GetTaskAttachmentExpand:
    if value in GET_TASK_ATTACHMENT_EXPAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TASK_ATTACHMENT_EXPAND_VALUES!r}"
    )
