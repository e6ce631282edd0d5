from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType, check_event_type
from ..models.free_busy_status import FreeBusyStatus, check_free_busy_status
from ..models.importance import Importance, check_importance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendee import Attendee
    from ..models.item_body import ItemBody
    from ..models.location import Location
    from ..models.patterned_recurrence import PatternedRecurrence


T = TypeVar("T", bound="AttachedEvent")


@_attrs_define
class AttachedEvent:
    """An attached event.

    Attributes:
        odata_id (str): An event's `EventUrl`; for the event of an item attachment, its attachment's `ItemUrl`.
        odata_edit_link (str): An event's `EventUrl`; for the event of an item attachment, its attachment's `ItemUrl`.
        id (str): Opaque event id (base64; may contain `/`, `+`, `=`).
        odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.Event']):
        odata_context (str | Unset): Absolute `@odata.context` URL: `{base}/$metadata#Me/Events/$entity` for one entity,
            `{base}/$metadata#Me/Events`
            for a collection (`{base}` is the request's scheme, host and `/ews/odata` as written).
        change_key (str | Unset): Version of the event; changes with every write.
        class_name (str | Unset): The item's MAPI class, `IPM.Appointment` for events.
        subject (str | Unset):
        body_preview (str | Unset): The first characters of the body, as text.
        body (ItemBody | Unset): The body of an item (complex type `ItemBody`).
        importance (Importance | Unset): Importance (Edm enum `Importance`).
        categories (list[str] | Unset):
        has_attachments (bool | Unset):
        start (datetime.datetime | Unset): An Edm.DateTimeOffset as this API renders Start and End - in UTC, with `Z`,
            no fraction.
        end (datetime.datetime | Unset): An Edm.DateTimeOffset as this API renders Start and End - in UTC, with `Z`, no
            fraction.
        location (Location | Unset): Where an event takes place (complex type `Location`; `DisplayName` is empty when
            none was given).
        show_as (FreeBusyStatus | Unset): The status to show for the event's time (Edm enum `FreeBusyStatus`, the
            `ShowAs` property).
        is_all_day (bool | Unset):
        is_cancelled (bool | Unset): True on an attendee's copy of a meeting its organizer cancelled.
        is_organizer (bool | Unset): True when the user organizes the event (false on a copy received as a meeting
            request).
        response_requested (bool | Unset):
        type_ (EventType | Unset): Kind of event (Edm enum `EventType`).
        series_id (None | str | Unset): Null unless the event recurs; a series master's is its own Id.
        attendees (list[Attendee] | Unset):
        recurrence (None | PatternedRecurrence | Unset):
        attachmentsodata_navigation_link (str | Unset): `…/Events('{id}')/Attachments`: the event's attachments.
        calendarodata_navigation_link (str | Unset): `…/Events('{id}')/Calendar`: the event's calendar.
    """

    odata_id: str
    odata_edit_link: str
    id: str
    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.Event"]
    odata_context: str | Unset = UNSET
    change_key: str | Unset = UNSET
    class_name: str | Unset = UNSET
    subject: str | Unset = UNSET
    body_preview: str | Unset = UNSET
    body: ItemBody | Unset = UNSET
    importance: Importance | Unset = UNSET
    categories: list[str] | Unset = UNSET
    has_attachments: bool | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    location: Location | Unset = UNSET
    show_as: FreeBusyStatus | Unset = UNSET
    is_all_day: bool | Unset = UNSET
    is_cancelled: bool | Unset = UNSET
    is_organizer: bool | Unset = UNSET
    response_requested: bool | Unset = UNSET
    type_: EventType | Unset = UNSET
    series_id: None | str | Unset = UNSET
    attendees: list[Attendee] | Unset = UNSET
    recurrence: None | PatternedRecurrence | Unset = UNSET
    attachmentsodata_navigation_link: str | Unset = UNSET
    calendarodata_navigation_link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patterned_recurrence import PatternedRecurrence

        odata_id: str
        odata_id = self.odata_id

        odata_edit_link: str
        odata_edit_link = self.odata_edit_link

        id = self.id

        odata_type = self.odata_type

        odata_context = self.odata_context

        change_key = self.change_key

        class_name = self.class_name

        subject = self.subject

        body_preview = self.body_preview

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        has_attachments = self.has_attachments

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        show_as: str | Unset = UNSET
        if not isinstance(self.show_as, Unset):
            show_as = self.show_as

        is_all_day = self.is_all_day

        is_cancelled = self.is_cancelled

        is_organizer = self.is_organizer

        response_requested = self.response_requested

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        series_id: None | str | Unset
        if isinstance(self.series_id, Unset):
            series_id = UNSET
        else:
            series_id = self.series_id

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, PatternedRecurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        attachmentsodata_navigation_link = self.attachmentsodata_navigation_link

        calendarodata_navigation_link = self.calendarodata_navigation_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.id": odata_id,
                "@odata.editLink": odata_edit_link,
                "Id": id,
                "@odata.type": odata_type,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if class_name is not UNSET:
            field_dict["ClassName"] = class_name
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body_preview is not UNSET:
            field_dict["BodyPreview"] = body_preview
        if body is not UNSET:
            field_dict["Body"] = body
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if has_attachments is not UNSET:
            field_dict["HasAttachments"] = has_attachments
        if start is not UNSET:
            field_dict["Start"] = start
        if end is not UNSET:
            field_dict["End"] = end
        if location is not UNSET:
            field_dict["Location"] = location
        if show_as is not UNSET:
            field_dict["ShowAs"] = show_as
        if is_all_day is not UNSET:
            field_dict["IsAllDay"] = is_all_day
        if is_cancelled is not UNSET:
            field_dict["IsCancelled"] = is_cancelled
        if is_organizer is not UNSET:
            field_dict["IsOrganizer"] = is_organizer
        if response_requested is not UNSET:
            field_dict["ResponseRequested"] = response_requested
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if series_id is not UNSET:
            field_dict["SeriesId"] = series_id
        if attendees is not UNSET:
            field_dict["Attendees"] = attendees
        if recurrence is not UNSET:
            field_dict["Recurrence"] = recurrence
        if attachmentsodata_navigation_link is not UNSET:
            field_dict["Attachments@odata.navigationLink"] = (
                attachmentsodata_navigation_link
            )
        if calendarodata_navigation_link is not UNSET:
            field_dict["Calendar@odata.navigationLink"] = calendarodata_navigation_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attendee import Attendee
        from ..models.item_body import ItemBody
        from ..models.location import Location
        from ..models.patterned_recurrence import PatternedRecurrence

        d = dict(src_dict)

        def _parse_odata_id(data: object) -> str:
            return cast(str, data)

        odata_id = _parse_odata_id(d.pop("@odata.id"))

        def _parse_odata_edit_link(data: object) -> str:
            return cast(str, data)

        odata_edit_link = _parse_odata_edit_link(d.pop("@odata.editLink"))

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.Event"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.Event":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.Event', got '{odata_type}'"
            )

        odata_context = d.pop("@odata.context", UNSET)

        change_key = d.pop("ChangeKey", UNSET)

        class_name = d.pop("ClassName", UNSET)

        subject = d.pop("Subject", UNSET)

        body_preview = d.pop("BodyPreview", UNSET)

        _body = d.pop("Body", UNSET)
        body: ItemBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBody.from_dict(_body)

        _importance = d.pop("Importance", UNSET)
        importance: Importance | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_importance(_importance)

        categories = cast(list[str], d.pop("Categories", UNSET))

        has_attachments = d.pop("HasAttachments", UNSET)

        _start = d.pop("Start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        _end = d.pop("End", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        _location = d.pop("Location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        _show_as = d.pop("ShowAs", UNSET)
        show_as: FreeBusyStatus | Unset
        if isinstance(_show_as, Unset):
            show_as = UNSET
        else:
            show_as = check_free_busy_status(_show_as)

        is_all_day = d.pop("IsAllDay", UNSET)

        is_cancelled = d.pop("IsCancelled", UNSET)

        is_organizer = d.pop("IsOrganizer", UNSET)

        response_requested = d.pop("ResponseRequested", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: EventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_event_type(_type_)

        def _parse_series_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        series_id = _parse_series_id(d.pop("SeriesId", UNSET))

        _attendees = d.pop("Attendees", UNSET)
        attendees: list[Attendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = Attendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        def _parse_recurrence(data: object) -> None | PatternedRecurrence | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = PatternedRecurrence.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatternedRecurrence | Unset, data)

        recurrence = _parse_recurrence(d.pop("Recurrence", UNSET))

        attachmentsodata_navigation_link = d.pop(
            "Attachments@odata.navigationLink", UNSET
        )

        calendarodata_navigation_link = d.pop("Calendar@odata.navigationLink", UNSET)

        attached_event = cls(
            odata_id=odata_id,
            odata_edit_link=odata_edit_link,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            change_key=change_key,
            class_name=class_name,
            subject=subject,
            body_preview=body_preview,
            body=body,
            importance=importance,
            categories=categories,
            has_attachments=has_attachments,
            start=start,
            end=end,
            location=location,
            show_as=show_as,
            is_all_day=is_all_day,
            is_cancelled=is_cancelled,
            is_organizer=is_organizer,
            response_requested=response_requested,
            type_=type_,
            series_id=series_id,
            attendees=attendees,
            recurrence=recurrence,
            attachmentsodata_navigation_link=attachmentsodata_navigation_link,
            calendarodata_navigation_link=calendarodata_navigation_link,
        )

        attached_event.additional_properties = d
        return attached_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
