from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.attendee_type import AttendeeType, check_attendee_type

if TYPE_CHECKING:
    from ..models.response_status import ResponseStatus


T = TypeVar("T", bound="Attendee")


@_attrs_define
class Attendee:
    """An attendee of an event (complex type `Attendee`, a Recipient with Status and Type).

    Attributes:
        name (None | str):
        address (None | str):
        status (ResponseStatus): An attendee's response (`Response` and when it was given). Before any response it is
            `{"Response": "None", "Time": "0001-01-01T00:00:00Z"}`.
        type_ (AttendeeType): Kind of attendee (Edm enum `AttendeeType`).
    """

    name: None | str
    address: None | str
    status: ResponseStatus
    type_: AttendeeType

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        address: None | str
        address = self.address

        status = self.status.to_dict()

        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
                "Address": address,
                "Status": status,
                "Type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.response_status import ResponseStatus

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("Name"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("Address"))

        status = ResponseStatus.from_dict(d.pop("Status"))

        type_ = check_attendee_type(d.pop("Type"))

        attendee = cls(
            name=name,
            address=address,
            status=status,
            type_=type_,
        )

        return attendee
