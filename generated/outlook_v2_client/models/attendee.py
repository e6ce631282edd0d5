from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.attendee_type import AttendeeType, check_attendee_type

if TYPE_CHECKING:
    from ..models.email_address import EmailAddress
    from ..models.response_status import ResponseStatus


T = TypeVar("T", bound="Attendee")


@_attrs_define
class Attendee:
    """An attendee of an event, as returned. On the organizer's event `Status` is the attendee's answer once it
    arrived (None with `Time` 0001-01-01T00:00:00Z before; back to None when the meeting's time changes).

        Attributes:
            status (ResponseStatus): A response to a meeting request; `Time` is `0001-01-01T00:00:00Z` while there was none.
            type_ (AttendeeType): Required, optional or resource attendee. Request values are matched case-insensitively.
            email_address (EmailAddress): Name and SMTP address of a person.
    """

    status: ResponseStatus
    type_: AttendeeType
    email_address: EmailAddress

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        type_: str = self.type_

        email_address = self.email_address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Status": status,
                "Type": type_,
                "EmailAddress": email_address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_address import EmailAddress
        from ..models.response_status import ResponseStatus

        d = dict(src_dict)
        status = ResponseStatus.from_dict(d.pop("Status"))

        type_ = check_attendee_type(d.pop("Type"))

        email_address = EmailAddress.from_dict(d.pop("EmailAddress"))

        attendee = cls(
            status=status,
            type_=type_,
            email_address=email_address,
        )

        return attendee
