from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.meeting_response_send_response_type_1 import (
    MeetingResponseSendResponseType1,
    check_meeting_response_send_response_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MeetingResponse")


@_attrs_define
class MeetingResponse:
    """The body of `accept`, `tentativelyaccept` and `decline` (the CSDL's action parameters): an optional
    `Comment` (the response message's body) and `SendResponse` (default true; a boolean, or the strings
    `"true"`/`"false"` as the reference's own example sends it). Unknown properties give 400 RequestBodyRead.

        Attributes:
            comment (None | str | Unset):
            send_response (bool | MeetingResponseSendResponseType1 | Unset):
    """

    comment: None | str | Unset = UNSET
    send_response: bool | MeetingResponseSendResponseType1 | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        send_response: bool | str | Unset
        if isinstance(self.send_response, Unset):
            send_response = UNSET
        elif isinstance(self.send_response, str):
            send_response = self.send_response
        else:
            send_response = self.send_response

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if send_response is not UNSET:
            field_dict["SendResponse"] = send_response

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

        def _parse_send_response(
            data: object,
        ) -> bool | MeetingResponseSendResponseType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                send_response_type_1 = check_meeting_response_send_response_type_1(data)

                return send_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | MeetingResponseSendResponseType1 | Unset, data)

        send_response = _parse_send_response(d.pop("SendResponse", UNSET))

        meeting_response = cls(
            comment=comment,
            send_response=send_response,
        )

        return meeting_response
