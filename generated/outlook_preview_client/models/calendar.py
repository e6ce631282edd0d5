from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Calendar")


@_attrs_define
class Calendar:
    """A calendar, as returned (entity type `Calendar`). Only `@odata.id`, `@odata.editLink` and `Id` are always
    present (`$select` may drop the rest); `@odata.context` on single-entity responses. The default calendar is
    named `Calendar`. `ChangeKey` changes with every write. Filterable (`$filter`/`$orderby`): Name.

        Attributes:
            odata_id (str): `{base}/Users('{mailbox address}')/Calendars('{id}')`.
            odata_edit_link (str): `{base}/Users('{mailbox address}')/Calendars('{id}')`.
            id (str): Opaque calendar id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL: `{base}/$metadata#Me/Events/$entity` for one entity,
                `{base}/$metadata#Me/Events`
                for a collection (`{base}` is the request's scheme, host and `/ews/odata` as written).
            name (str | Unset):
            change_key (str | Unset): Version of the calendar; changes with every write.
            eventsodata_navigation_link (str | Unset): `…/Calendars('{id}')/Events`: the calendar's events.
    """

    odata_id: str
    odata_edit_link: str
    id: str
    odata_context: str | Unset = UNSET
    name: str | Unset = UNSET
    change_key: str | Unset = UNSET
    eventsodata_navigation_link: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        odata_edit_link = self.odata_edit_link

        id = self.id

        odata_context = self.odata_context

        name = self.name

        change_key = self.change_key

        eventsodata_navigation_link = self.eventsodata_navigation_link

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.id": odata_id,
                "@odata.editLink": odata_edit_link,
                "Id": id,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if name is not UNSET:
            field_dict["Name"] = name
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if eventsodata_navigation_link is not UNSET:
            field_dict["Events@odata.navigationLink"] = eventsodata_navigation_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        odata_edit_link = d.pop("@odata.editLink")

        id = d.pop("Id")

        odata_context = d.pop("@odata.context", UNSET)

        name = d.pop("Name", UNSET)

        change_key = d.pop("ChangeKey", UNSET)

        eventsodata_navigation_link = d.pop("Events@odata.navigationLink", UNSET)

        calendar = cls(
            odata_id=odata_id,
            odata_edit_link=odata_edit_link,
            id=id,
            odata_context=odata_context,
            name=name,
            change_key=change_key,
            eventsodata_navigation_link=eventsodata_navigation_link,
        )

        return calendar
