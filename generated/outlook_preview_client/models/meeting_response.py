from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingResponse")


@_attrs_define
class MeetingResponse:
    """The body of Accept, Decline, Tentative and TentativelyAccept: empty, or a `Comment` to include in the
    response sent to the organizer (it becomes the response message's body). An unknown property gives
    400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            comment (None | str | Unset): Message to the organizer (`null` is taken as none).
    """

    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comment is not UNSET:
            field_dict["Comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("Comment", UNSET))

        meeting_response = cls(
            comment=comment,
        )

        return meeting_response
