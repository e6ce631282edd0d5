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

from ..models.free_busy_status import FreeBusyStatus, check_free_busy_status
from ..models.importance import Importance, check_importance
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendee_input import AttendeeInput
    from ..models.item_body_input import ItemBodyInput
    from ..models.location_input import LocationInput
    from ..models.patterned_recurrence_input import PatternedRecurrenceInput


T = TypeVar("T", bound="NewEvent")


@_attrs_define
class NewEvent:
    """An event to create (the page's table 2): `@odata.type` is required, every other parameter optional.
    Missing or another `@odata.type`: 400 RequestBodyRead. Missing Start: the next full half hour (UTC);
    missing End: Start + 30 minutes. End before Start, or an all-day event not from midnight to midnight (UTC,
    at least a day): 400 ErrorInvalidRequest. Read-only properties give 400 ErrorInvalidProperty, unknown ones
    400 RequestBodyRead. Other OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            odata_type (Literal['#Microsoft.Exchange.Services.OData.Model.Event']):
            subject (None | str | Unset): Subject of the event (`null` is taken as empty).
            body (ItemBodyInput | Unset): The body of an event, as sent.
            importance (Importance | Unset): Importance (Edm enum `Importance`).
            categories (list[str] | Unset): Categories of the event.
            start (datetime.datetime | Unset): Start (Edm.DateTimeOffset, any offset; stored and returned in UTC, to the
                second, fractions dropped).
            end (datetime.datetime | Unset): End (Edm.DateTimeOffset, any offset; stored and returned in UTC, to the second,
                fractions dropped). Must not be before Start.
            location (LocationInput | None | Unset): Where the event takes place; `null` clears it.
            show_as (FreeBusyStatus | Unset): The status to show for the event's time (Edm enum `FreeBusyStatus`, the
                `ShowAs` property).
            is_all_day (bool | Unset): All-day event; then Start and End must be midnights (UTC) at least a day apart.
            response_requested (bool | Unset): Whether the organizer wants responses to the meeting request (false -
                responses are not delivered).
            attendees (list[AttendeeInput] | Unset): The attendees. Meeting requests (or updates) are sent to every attendee
                who is a user of the tenant;
                external attendees are only recorded.
            recurrence (None | PatternedRecurrenceInput | Unset): Recurrence pattern and range (the event becomes a series
                master); `null` makes it a single instance.
    """

    odata_type: Literal["#Microsoft.Exchange.Services.OData.Model.Event"]
    subject: None | str | Unset = UNSET
    body: ItemBodyInput | Unset = UNSET
    importance: Importance | Unset = UNSET
    categories: list[str] | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
    end: datetime.datetime | Unset = UNSET
    location: LocationInput | None | Unset = UNSET
    show_as: FreeBusyStatus | Unset = UNSET
    is_all_day: bool | Unset = UNSET
    response_requested: bool | Unset = UNSET
    attendees: list[AttendeeInput] | Unset = UNSET
    recurrence: None | PatternedRecurrenceInput | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_input import LocationInput
        from ..models.patterned_recurrence_input import PatternedRecurrenceInput

        odata_type = self.odata_type

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        start: str | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.isoformat()

        end: str | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.isoformat()

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LocationInput):
            location = self.location.to_dict()
        else:
            location = self.location

        show_as: str | Unset = UNSET
        if not isinstance(self.show_as, Unset):
            show_as = self.show_as

        is_all_day = self.is_all_day

        response_requested = self.response_requested

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, PatternedRecurrenceInput):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.type": odata_type,
            }
        )
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body is not UNSET:
            field_dict["Body"] = body
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if categories is not UNSET:
            field_dict["Categories"] = categories
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
        if response_requested is not UNSET:
            field_dict["ResponseRequested"] = response_requested
        if attendees is not UNSET:
            field_dict["Attendees"] = attendees
        if recurrence is not UNSET:
            field_dict["Recurrence"] = recurrence

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attendee_input import AttendeeInput
        from ..models.item_body_input import ItemBodyInput
        from ..models.location_input import LocationInput
        from ..models.patterned_recurrence_input import PatternedRecurrenceInput

        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.Exchange.Services.OData.Model.Event"],
            d.pop("@odata.type"),
        )
        if odata_type != "#Microsoft.Exchange.Services.OData.Model.Event":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.Exchange.Services.OData.Model.Event', got '{odata_type}'"
            )

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("Subject", UNSET))

        _body = d.pop("Body", UNSET)
        body: ItemBodyInput | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBodyInput.from_dict(_body)

        _importance = d.pop("Importance", UNSET)
        importance: Importance | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_importance(_importance)

        categories = cast(list[str], d.pop("Categories", UNSET))

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

        def _parse_location(data: object) -> LocationInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = LocationInput.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocationInput | None | Unset, data)

        location = _parse_location(d.pop("Location", UNSET))

        _show_as = d.pop("ShowAs", UNSET)
        show_as: FreeBusyStatus | Unset
        if isinstance(_show_as, Unset):
            show_as = UNSET
        else:
            show_as = check_free_busy_status(_show_as)

        is_all_day = d.pop("IsAllDay", UNSET)

        response_requested = d.pop("ResponseRequested", UNSET)

        _attendees = d.pop("Attendees", UNSET)
        attendees: list[AttendeeInput] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = AttendeeInput.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        def _parse_recurrence(data: object) -> None | PatternedRecurrenceInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = PatternedRecurrenceInput.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatternedRecurrenceInput | Unset, data)

        recurrence = _parse_recurrence(d.pop("Recurrence", UNSET))

        new_event = cls(
            odata_type=odata_type,
            subject=subject,
            body=body,
            importance=importance,
            categories=categories,
            start=start,
            end=end,
            location=location,
            show_as=show_as,
            is_all_day=is_all_day,
            response_requested=response_requested,
            attendees=attendees,
            recurrence=recurrence,
        )

        return new_event
