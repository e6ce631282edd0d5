from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.attendee_type import AttendeeType, check_attendee_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendeeInput")


@_attrs_define
class AttendeeInput:
    """An attendee, as sent (`Type` defaults to `Required`; `Address` is required: an attendee without one could
    never be invited, so it gives 400 RequestBodyRead). A `Status` is accepted and ignored (it is the server's),
    so that a client can send back the attendees it read.

        Attributes:
            address (str):
            name (None | str | Unset):
            type_ (AttendeeType | Unset): Kind of attendee (Edm enum `AttendeeType`).
            status (Any | Unset):
    """

    address: str
    name: None | str | Unset = UNSET
    type_: AttendeeType | Unset = UNSET
    status: Any | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Address": address,
            }
        )
        if name is not UNSET:
            field_dict["Name"] = name
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if status is not UNSET:
            field_dict["Status"] = status

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

        _type_ = d.pop("Type", UNSET)
        type_: AttendeeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_attendee_type(_type_)

        status = d.pop("Status", UNSET)

        attendee_input = cls(
            address=address,
            name=name,
            type_=type_,
            status=status,
        )

        return attendee_input
