from typing import Literal

ReferenceAttachmentProviderInput = Literal[
    "Dropbox",
    "dropbox",
    "OneDriveBusiness",
    "oneDriveBusiness",
    "oneDriveConsumer",
    "OneDriveConsumer",
    "other",
    "Other",
]

REFERENCE_ATTACHMENT_PROVIDER_INPUT_VALUES: set[ReferenceAttachmentProviderInput] = {
    "Dropbox",
    "dropbox",
    "OneDriveBusiness",
    "oneDriveBusiness",
    "oneDriveConsumer",
    "OneDriveConsumer",
    "other",
    "Other",
}


def check_reference_attachment_provider_input(
    value: str,
) -> ReferenceAttachmentProviderInput:
    if value in REFERENCE_ATTACHMENT_PROVIDER_INPUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REFERENCE_ATTACHMENT_PROVIDER_INPUT_VALUES!r}"
    )
