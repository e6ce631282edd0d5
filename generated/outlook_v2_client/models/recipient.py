from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress


T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """A sender or recipient of a message.

    Attributes:
        email_address (EmailAddress): Name and SMTP address of a person.
    """

    email_address: EmailAddress

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
        from ..models.email_address import EmailAddress

        d = dict(src_dict)
        email_address = EmailAddress.from_dict(d.pop("EmailAddress"))

        recipient = cls(
            email_address=email_address,
        )

        return recipient
