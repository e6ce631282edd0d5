from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.inference_classification_type import (
    InferenceClassificationType,
    check_inference_classification_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress


T = TypeVar("T", bound="InferenceClassificationOverride")


@_attrs_define
class InferenceClassificationOverride:
    """A Focused Inbox override: new mail from `SenderEmailAddress` is always classified `ClassifyAs`. `Id` is a GUID.

    Attributes:
        odata_id (str): Absolute URL of the override (its edit URL), built from the request's host.
        id (str):
        odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
            `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
        classify_as (InferenceClassificationType | Unset): How Focused Inbox shows a message (`Focused` = 0, `Other` =
            1); read case-insensitively.
        sender_email_address (EmailAddress | Unset): Name and SMTP address of a person.
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    classify_as: InferenceClassificationType | Unset = UNSET
    sender_email_address: EmailAddress | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        odata_context = self.odata_context

        classify_as: str | Unset = UNSET
        if not isinstance(self.classify_as, Unset):
            classify_as = self.classify_as

        sender_email_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender_email_address, Unset):
            sender_email_address = self.sender_email_address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.id": odata_id,
                "Id": id,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if classify_as is not UNSET:
            field_dict["ClassifyAs"] = classify_as
        if sender_email_address is not UNSET:
            field_dict["SenderEmailAddress"] = sender_email_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_address import EmailAddress

        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_context = d.pop("@odata.context", UNSET)

        _classify_as = d.pop("ClassifyAs", UNSET)
        classify_as: InferenceClassificationType | Unset
        if isinstance(_classify_as, Unset):
            classify_as = UNSET
        else:
            classify_as = check_inference_classification_type(_classify_as)

        _sender_email_address = d.pop("SenderEmailAddress", UNSET)
        sender_email_address: EmailAddress | Unset
        if isinstance(_sender_email_address, Unset):
            sender_email_address = UNSET
        else:
            sender_email_address = EmailAddress.from_dict(_sender_email_address)

        inference_classification_override = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            classify_as=classify_as,
            sender_email_address=sender_email_address,
        )

        return inference_classification_override
