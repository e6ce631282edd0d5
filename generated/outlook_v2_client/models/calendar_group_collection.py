from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calendar_group import CalendarGroup


T = TypeVar("T", bound="CalendarGroupCollection")


@_attrs_define
class CalendarGroupCollection:
    """A page of calendar groups (`@odata.nextLink` while more pages remain).

    Attributes:
        odata_context (str): Absolute `@odata.context` URL, e.g. `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
        value (list[CalendarGroup]):
        odata_next_link (str | Unset): Absolute URL of the next page (built from the request's host): `$skip` for lists,
            `$skiptoken` for sync pages.
            Follow it as is.
    """

    odata_context: str
    value: list[CalendarGroup]
    odata_next_link: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_context = self.odata_context

        value = []
        for value_item_data in self.value:
            value_item = value_item_data.to_dict()
            value.append(value_item)

        odata_next_link = self.odata_next_link

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.context": odata_context,
                "value": value,
            }
        )
        if odata_next_link is not UNSET:
            field_dict["@odata.nextLink"] = odata_next_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.calendar_group import CalendarGroup

        d = dict(src_dict)
        odata_context = d.pop("@odata.context")

        value = []
        _value = d.pop("value")
        for value_item_data in _value:
            value_item = CalendarGroup.from_dict(value_item_data)

            value.append(value_item)

        odata_next_link = d.pop("@odata.nextLink", UNSET)

        calendar_group_collection = cls(
            odata_context=odata_context,
            value=value,
            odata_next_link=odata_next_link,
        )

        return calendar_group_collection
