from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.email_address_input import EmailAddressInput


T = TypeVar("T", bound="RecipientInput")


@_attrs_define
class RecipientInput:
    """A sender or recipient, as sent. OData annotations (`@…` keys) are accepted and ignored.

    Attributes:
        email_address (EmailAddressInput): Name and SMTP address of a person, as sent. OData annotations (`@…` keys) are
            accepted and ignored.
    """

    email_address: EmailAddressInput

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "EmailAddress": email_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_address_input import EmailAddressInput

        d = dict(src_dict)
        email_address = EmailAddressInput.from_dict(d.pop("EmailAddress"))

        recipient_input = cls(
            email_address=email_address,
        )

        return recipient_input
