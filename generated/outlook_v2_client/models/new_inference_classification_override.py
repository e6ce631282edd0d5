from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.inference_classification_type import (
    InferenceClassificationType,
    check_inference_classification_type,
)

if TYPE_CHECKING:
    from ..models.new_inference_classification_override_sender_email_address import (
        NewInferenceClassificationOverrideSenderEmailAddress,
    )


T = TypeVar("T", bound="NewInferenceClassificationOverride")


@_attrs_define
class NewInferenceClassificationOverride:
    """An override to create (or, for an address that has one, to update).

    Attributes:
        classify_as (InferenceClassificationType): How Focused Inbox shows a message (`Focused` = 0, `Other` = 1); read
            case-insensitively.
        sender_email_address (NewInferenceClassificationOverrideSenderEmailAddress): The sender's address (required;
            matched case-insensitively) and display name.
    """

    classify_as: InferenceClassificationType
    sender_email_address: NewInferenceClassificationOverrideSenderEmailAddress

    def to_dict(self) -> dict[str, Any]:
        classify_as: str = self.classify_as

        sender_email_address = self.sender_email_address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ClassifyAs": classify_as,
                "SenderEmailAddress": sender_email_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.new_inference_classification_override_sender_email_address import (
            NewInferenceClassificationOverrideSenderEmailAddress,
        )

        d = dict(src_dict)
        classify_as = check_inference_classification_type(d.pop("ClassifyAs"))

        sender_email_address = (
            NewInferenceClassificationOverrideSenderEmailAddress.from_dict(
                d.pop("SenderEmailAddress")
            )
        )

        new_inference_classification_override = cls(
            classify_as=classify_as,
            sender_email_address=sender_email_address,
        )

        return new_inference_classification_override
