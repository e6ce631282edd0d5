from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.response_type import ResponseType, check_response_type

T = TypeVar("T", bound="ResponseStatus")


@_attrs_define
class ResponseStatus:
    """An attendee's response (`Response` and when it was given). Before any response it is
    `{"Response": "None", "Time": "0001-01-01T00:00:00Z"}`.

        Attributes:
            response (ResponseType): An attendee's answer (Edm enum `ResponseType`); `None` before any response.
            time (datetime.datetime):
    """

    response: ResponseType
    time: datetime.datetime

    def to_dict(self) -> dict[str, Any]:
        response: str = self.response

        time = self.time.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Response": response,
                "Time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        response = check_response_type(d.pop("Response"))

        time = datetime.datetime.fromisoformat(d.pop("Time"))

        response_status = cls(
            response=response,
            time=time,
        )

        return response_status
