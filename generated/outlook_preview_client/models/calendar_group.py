from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalendarGroup")


@_attrs_define
class CalendarGroup:
    """A calendar group, as returned (entity type `CalendarGroup`). Only `@odata.id`, `@odata.editLink` and `Id` are
    always present (`$select` may drop the rest); `@odata.context` on single-entity responses. The default group
    is `My Calendars`; `ClassId` is `0006f0b7-0000-0000-c000-000000000046` for every group. `ChangeKey` changes
    with every write. Filterable (`$filter`/`$orderby`): Name, ClassId.

        Attributes:
            odata_id (str): `{base}/Users('{mailbox address}')/CalendarGroups('{id}')`.
            odata_edit_link (str): `{base}/Users('{mailbox address}')/CalendarGroups('{id}')`.
            id (str): Opaque calendar group id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL: `{base}/$metadata#Me/Events/$entity` for one entity,
                `{base}/$metadata#Me/Events`
                for a collection (`{base}` is the request's scheme, host and `/ews/odata` as written).
            name (str | Unset):
            change_key (str | Unset): Version of the calendar group; changes with every write.
            class_id (UUID | Unset): The MAPI class of calendar groups (`0006f0b7-0000-0000-c000-000000000046`).
            calendarsodata_navigation_link (str | Unset): `…/CalendarGroups('{id}')/Calendars`: the group's calendars.
    """

    odata_id: str
    odata_edit_link: str
    id: str
    odata_context: str | Unset = UNSET
    name: str | Unset = UNSET
    change_key: str | Unset = UNSET
    class_id: UUID | Unset = UNSET
    calendarsodata_navigation_link: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        odata_edit_link = self.odata_edit_link

        id = self.id

        odata_context = self.odata_context

        name = self.name

        change_key = self.change_key

        class_id: str | Unset = UNSET
        if not isinstance(self.class_id, Unset):
            class_id = str(self.class_id)

        calendarsodata_navigation_link = self.calendarsodata_navigation_link

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
        if class_id is not UNSET:
            field_dict["ClassId"] = class_id
        if calendarsodata_navigation_link is not UNSET:
            field_dict["Calendars@odata.navigationLink"] = (
                calendarsodata_navigation_link
            )

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

        _class_id = d.pop("ClassId", UNSET)
        class_id: UUID | Unset
        if isinstance(_class_id, Unset):
            class_id = UNSET
        else:
            class_id = UUID(_class_id)

        calendarsodata_navigation_link = d.pop("Calendars@odata.navigationLink", UNSET)

        calendar_group = cls(
            odata_id=odata_id,
            odata_edit_link=odata_edit_link,
            id=id,
            odata_context=odata_context,
            name=name,
            change_key=change_key,
            class_id=class_id,
            calendarsodata_navigation_link=calendarsodata_navigation_link,
        )

        return calendar_group
