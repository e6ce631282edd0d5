from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deleted_entity import DeletedEntity
    from ..models.message import Message


T = TypeVar("T", bound="MessageDeltaPage")


@_attrs_define
class MessageDeltaPage:
    """A page of a sync round of messages: changed members (subject to `$select`) and removed ones (`DeletedEntity`).
    Exactly one of `@odata.nextLink` (more to come: follow it) and `@odata.deltaLink` (round complete: keep it).

        Attributes:
            odata_context (str): Absolute `@odata.context` URL, e.g. `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            value (list[DeletedEntity | Message]):
            odata_next_link (str | Unset): Absolute URL of the next page (built from the request's host): `$skip` for lists,
                `$skiptoken` for sync pages.
                Follow it as is.
            odata_delta_link (str | Unset): Absolute URL with a `$deltatoken` (built from the request's host) that starts
                the next sync request/round.
                Follow it as is (with `Prefer: odata.track-changes`).
    """

    odata_context: str
    value: list[DeletedEntity | Message]
    odata_next_link: str | Unset = UNSET
    odata_delta_link: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.message import Message

        odata_context = self.odata_context

        value = []
        for value_item_data in self.value:
            value_item: dict[str, Any]
            if isinstance(value_item_data, Message):
                value_item = value_item_data.to_dict()
            else:
                value_item = value_item_data.to_dict()

            value.append(value_item)

        odata_next_link = self.odata_next_link

        odata_delta_link = self.odata_delta_link

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.context": odata_context,
                "value": value,
            }
        )
        if odata_next_link is not UNSET:
            field_dict["@odata.nextLink"] = odata_next_link
        if odata_delta_link is not UNSET:
            field_dict["@odata.deltaLink"] = odata_delta_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.deleted_entity import DeletedEntity
        from ..models.message import Message

        d = dict(src_dict)
        odata_context = d.pop("@odata.context")

        value = []
        _value = d.pop("value")
        for value_item_data in _value:

            def _parse_value_item(data: object) -> DeletedEntity | Message:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    value_item_type_0 = Message.from_dict(data)

                    return value_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                value_item_type_1 = DeletedEntity.from_dict(data)

                return value_item_type_1

            value_item = _parse_value_item(value_item_data)

            value.append(value_item)

        odata_next_link = d.pop("@odata.nextLink", UNSET)

        odata_delta_link = d.pop("@odata.deltaLink", UNSET)

        message_delta_page = cls(
            odata_context=odata_context,
            value=value,
            odata_next_link=odata_next_link,
            odata_delta_link=odata_delta_link,
        )

        return message_delta_page
