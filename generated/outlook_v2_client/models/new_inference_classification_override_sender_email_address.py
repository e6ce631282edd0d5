from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewInferenceClassificationOverrideSenderEmailAddress")


@_attrs_define
class NewInferenceClassificationOverrideSenderEmailAddress:
    """The sender's address (required; matched case-insensitively) and display name.

    Attributes:
        address (str):
        name (None | str | Unset):
    """

    address: str
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Address": address,
            }
        )
        if name is not UNSET:
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("Address")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        new_inference_classification_override_sender_email_address = cls(
            address=address,
            name=name,
        )

        return new_inference_classification_override_sender_email_address
