from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="MailboxTimeZone")


@_attrs_define
class MailboxTimeZone:
    """The mailbox's time zone read alone (an OData property read).

    Attributes:
        odata_context (str): Absolute `@odata.context` URL, e.g. `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
        value (str):
    """

    odata_context: str
    value: str

    def to_dict(self) -> dict[str, Any]:
        odata_context = self.odata_context

        value = self.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.context": odata_context,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_context = d.pop("@odata.context")

        value = d.pop("value")

        mailbox_time_zone = cls(
            odata_context=odata_context,
            value=value,
        )

        return mailbox_time_zone
