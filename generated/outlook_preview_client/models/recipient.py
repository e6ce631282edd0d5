from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="Recipient")


@_attrs_define
class Recipient:
    """A person (complex type `Recipient`).

    Attributes:
        name (None | str):
        address (None | str):
    """

    name: None | str
    address: None | str

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        address: None | str
        address = self.address

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
                "Address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        recipient = cls(
            name=name,
            address=address,
        )

        return recipient
