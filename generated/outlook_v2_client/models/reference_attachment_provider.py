from typing import Literal

ReferenceAttachmentProvider = Literal[
    "Dropbox", "OneDriveBusiness", "OneDriveConsumer", "Other"
]

REFERENCE_ATTACHMENT_PROVIDER_VALUES: set[ReferenceAttachmentProvider] = {
    "Dropbox",
    "OneDriveBusiness",
    "OneDriveConsumer",
    "Other",
}


def check_reference_attachment_provider(value: str) -> ReferenceAttachmentProvider:
    if value in REFERENCE_ATTACHMENT_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFERENCE_ATTACHMENT_PROVIDER_VALUES!r}"
    )
