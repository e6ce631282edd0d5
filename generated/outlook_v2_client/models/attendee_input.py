from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.attendee_type import AttendeeType, check_attendee_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_address_input import EmailAddressInput


T = TypeVar("T", bound="AttendeeInput")


@_attrs_define
class AttendeeInput:
    """An attendee, as sent (`Type` defaults to Required). A `Status` is accepted and ignored (it is the server's).
    OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            email_address (EmailAddressInput): Name and SMTP address of a person, as sent. OData annotations (`@…` keys) are
                accepted and ignored.
            type_ (AttendeeType | Unset): Required, optional or resource attendee. Request values are matched case-
                insensitively.
            status (Any | Unset):
    """

    email_address: EmailAddressInput
    type_: AttendeeType | Unset = UNSET
    status: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "EmailAddress": email_address,
            }
        )
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_address_input import EmailAddressInput

        d = dict(src_dict)
        email_address = EmailAddressInput.from_dict(d.pop("EmailAddress"))

        _type_ = d.pop("Type", UNSET)
        type_: AttendeeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_attendee_type(_type_)

        status = d.pop("Status", UNSET)

        attendee_input = cls(
            email_address=email_address,
            type_=type_,
            status=status,
        )

        return attendee_input
