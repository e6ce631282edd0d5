from typing import Literal

GetTaskAttachmentInFolderExpand = Literal[
    "Item", "Microsoft.OutlookServices.ItemAttachment/Item"
]

GET_TASK_ATTACHMENT_IN_FOLDER_EXPAND_VALUES: set[GetTaskAttachmentInFolderExpand] = {
    "Item",
    "Microsoft.OutlookServices.ItemAttachment/Item",
}


def check_get_task_attachment_in_folder_expand(
    value: str,
) -> GetTaskAttachmentInFolderExpand:
    if value in GET_TASK_ATTACHMENT_IN_FOLDER_EXPAND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_TASK_ATTACHMENT_IN_FOLDER_EXPAND_VALUES!r}"
    )
