from typing import Literal

ReferenceAttachmentPermission = Literal[
    "AnonymousEdit",
    "AnonymousView",
    "Edit",
    "OrganizationEdit",
    "OrganizationView",
    "Other",
    "View",
]

REFERENCE_ATTACHMENT_PERMISSION_VALUES: set[ReferenceAttachmentPermission] = {
    "AnonymousEdit",
    "AnonymousView",
    "Edit",
    "OrganizationEdit",
    "OrganizationView",
    "Other",
    "View",
}


def check_reference_attachment_permission(value: str) -> ReferenceAttachmentPermission:
    if value in REFERENCE_ATTACHMENT_PERMISSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFERENCE_ATTACHMENT_PERMISSION_VALUES!r}"
    )
