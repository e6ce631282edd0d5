from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.free_busy_status import FreeBusyStatus, check_free_busy_status
from ..models.importance import Importance, check_importance
from ..models.sensitivity import Sensitivity, check_sensitivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendee_input import AttendeeInput
    from ..models.date_time_time_zone_input import DateTimeTimeZoneInput
    from ..models.item_body_input import ItemBodyInput
    from ..models.location_input import LocationInput
    from ..models.multi_value_extended_property_input import (
        MultiValueExtendedPropertyInput,
    )
    from ..models.new_file_attachment import NewFileAttachment
    from ..models.new_item_attachment import NewItemAttachment
    from ..models.new_reference_attachment import NewReferenceAttachment
    from ..models.patterned_recurrence_input import PatternedRecurrenceInput
    from ..models.recipient_input import RecipientInput
    from ..models.single_value_extended_property_input import (
        SingleValueExtendedPropertyInput,
    )


T = TypeVar("T", bound="NewEvent")


@_attrs_define
class NewEvent:
    """An event to create: `Start` and `End` are required, everything else optional. Unknown properties give
    400 RequestBodyRead, read-only ones (`Id`, `ChangeKey`, `iCalUId`, `IsOrganizer`, `SeriesMasterId`, …)
    400 ErrorInvalidProperty. OData annotations (`@…` keys) are ignored.

        Attributes:
            start (DateTimeTimeZoneInput): A local date (and optional time, no offset) plus the time zone it is expressed
                in: a Windows time zone name
                (`Pacific Standard Time`) or an IANA name (`America/Los_Angeles`); unknown zone: 400
                TimeZoneNotSupportedException. `DateTime` is `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS` and up to 7
                fractional digits; the pattern limits years to 1601-4500 (roughly the range Outlook/Exchange can store)
                and checks month, day and time ranges (a day that does not exist, e.g. 2015-02-29, gives 400).
                OData annotations (`@…` keys) are accepted and ignored.
            end (DateTimeTimeZoneInput): A local date (and optional time, no offset) plus the time zone it is expressed in:
                a Windows time zone name
                (`Pacific Standard Time`) or an IANA name (`America/Los_Angeles`); unknown zone: 400
                TimeZoneNotSupportedException. `DateTime` is `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS` and up to 7
                fractional digits; the pattern limits years to 1601-4500 (roughly the range Outlook/Exchange can store)
                and checks month, day and time ranges (a day that does not exist, e.g. 2015-02-29, gives 400).
                OData annotations (`@…` keys) are accepted and ignored.
            single_value_extended_properties (list[SingleValueExtendedPropertyInput] | Unset): Single-value extended
                properties to set on the item (a property that exists already gets the new value;
                properties not listed are left as they are). The response does not include them: read them back with
                `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')`.
            multi_value_extended_properties (list[MultiValueExtendedPropertyInput] | Unset): Multi-value extended properties
                to set on the item (a property that exists already gets the new values;
                properties not listed are left as they are). The response does not include them: read them back with
                `$expand=MultiValueExtendedProperties($filter=PropertyId eq '<id>')`.
            subject (None | str | Unset):
            body (ItemBodyInput | Unset): Body of a task, as sent. OData annotations (`@…` keys) are accepted and ignored.
            importance (Importance | Unset): Importance. Request values are matched case-insensitively.
            sensitivity (Sensitivity | Unset): Privacy level. Request values are matched case-insensitively.
            show_as (FreeBusyStatus | Unset): The status to show (ShowAs). Request values are matched case-insensitively.
            is_all_day (bool | Unset): All-day event; then Start and End must be midnights (in their zones) at least a day
                apart.
            attendees (list[AttendeeInput] | Unset): With attendees the event is a meeting: each attendee who is a user of
                the tenant gets a meeting request in
                their Inbox and a copy of the event in their calendar; external attendees are recorded only. The
                organizer's later changes are sent as updates, removed attendees get a cancellation (see `createEvent`).
            location (LocationInput | None | Unset):
            categories (list[str] | Unset):
            is_reminder_on (bool | Unset):
            reminder_minutes_before_start (int | Unset):
            response_requested (bool | Unset): Whether attendees' responses are sent to the organizer (false - they are only
                recorded locally).
            recurrence (None | PatternedRecurrenceInput | Unset): A recurring event (then `Type` is SeriesMaster). An
                incomplete or inconsistent recurrence gives
                400 ErrorCalendarInvalidRecurrence; an occurrence (End - Start) longer than the shortest gap between two
                dates of the pattern gives 400 ErrorOccurrenceTimeSpanTooBig; null makes the event a single instance again.
            organizer (None | RecipientInput | Unset): Who organises the event (default - the signed-in user); null restores
                the default.
            is_cancelled (bool | Unset): Marks the event cancelled (an attendee's copy becomes cancelled when the organizer
                deletes it).
            attachments (list[NewFileAttachment | NewItemAttachment | NewReferenceAttachment] | Unset): Attachments to
                create with the item (deep insert; `NewAttachment` each, checked as
                `createEventAttachment`/`createMessageAttachment` check one): one refused, nothing is created.
    """

    start: DateTimeTimeZoneInput
    end: DateTimeTimeZoneInput
    single_value_extended_properties: list[SingleValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    multi_value_extended_properties: list[MultiValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    subject: None | str | Unset = UNSET
    body: ItemBodyInput | Unset = UNSET
    importance: Importance | Unset = UNSET
    sensitivity: Sensitivity | Unset = UNSET
    show_as: FreeBusyStatus | Unset = UNSET
    is_all_day: bool | Unset = UNSET
    attendees: list[AttendeeInput] | Unset = UNSET
    location: LocationInput | None | Unset = UNSET
    categories: list[str] | Unset = UNSET
    is_reminder_on: bool | Unset = UNSET
    reminder_minutes_before_start: int | Unset = UNSET
    response_requested: bool | Unset = UNSET
    recurrence: None | PatternedRecurrenceInput | Unset = UNSET
    organizer: None | RecipientInput | Unset = UNSET
    is_cancelled: bool | Unset = UNSET
    attachments: (
        list[NewFileAttachment | NewItemAttachment | NewReferenceAttachment] | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.location_input import LocationInput
        from ..models.new_file_attachment import NewFileAttachment
        from ..models.new_item_attachment import NewItemAttachment
        from ..models.patterned_recurrence_input import PatternedRecurrenceInput
        from ..models.recipient_input import RecipientInput

        start = self.start.to_dict()

        end = self.end.to_dict()

        single_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.single_value_extended_properties, Unset):
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in self.single_value_extended_properties:
                single_value_extended_properties_item = (
                    single_value_extended_properties_item_data.to_dict()
                )
                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        multi_value_extended_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.multi_value_extended_properties, Unset):
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in self.multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    multi_value_extended_properties_item_data.to_dict()
                )
                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

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

        sensitivity: str | Unset = UNSET
        if not isinstance(self.sensitivity, Unset):
            sensitivity = self.sensitivity

        show_as: str | Unset = UNSET
        if not isinstance(self.show_as, Unset):
            show_as = self.show_as

        is_all_day = self.is_all_day

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LocationInput):
            location = self.location.to_dict()
        else:
            location = self.location

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        is_reminder_on = self.is_reminder_on

        reminder_minutes_before_start = self.reminder_minutes_before_start

        response_requested = self.response_requested

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, PatternedRecurrenceInput):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        organizer: dict[str, Any] | None | Unset
        if isinstance(self.organizer, Unset):
            organizer = UNSET
        elif isinstance(self.organizer, RecipientInput):
            organizer = self.organizer.to_dict()
        else:
            organizer = self.organizer

        is_cancelled = self.is_cancelled

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any]
                if isinstance(attachments_item_data, NewFileAttachment) or isinstance(
                    attachments_item_data, NewItemAttachment
                ):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data.to_dict()

                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Start": start,
                "End": end,
            }
        )
        if single_value_extended_properties is not UNSET:
            field_dict["SingleValueExtendedProperties"] = (
                single_value_extended_properties
            )
        if multi_value_extended_properties is not UNSET:
            field_dict["MultiValueExtendedProperties"] = multi_value_extended_properties
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body is not UNSET:
            field_dict["Body"] = body
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if sensitivity is not UNSET:
            field_dict["Sensitivity"] = sensitivity
        if show_as is not UNSET:
            field_dict["ShowAs"] = show_as
        if is_all_day is not UNSET:
            field_dict["IsAllDay"] = is_all_day
        if attendees is not UNSET:
            field_dict["Attendees"] = attendees
        if location is not UNSET:
            field_dict["Location"] = location
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if is_reminder_on is not UNSET:
            field_dict["IsReminderOn"] = is_reminder_on
        if reminder_minutes_before_start is not UNSET:
            field_dict["ReminderMinutesBeforeStart"] = reminder_minutes_before_start
        if response_requested is not UNSET:
            field_dict["ResponseRequested"] = response_requested
        if recurrence is not UNSET:
            field_dict["Recurrence"] = recurrence
        if organizer is not UNSET:
            field_dict["Organizer"] = organizer
        if is_cancelled is not UNSET:
            field_dict["IsCancelled"] = is_cancelled
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attendee_input import AttendeeInput
        from ..models.date_time_time_zone_input import DateTimeTimeZoneInput
        from ..models.item_body_input import ItemBodyInput
        from ..models.location_input import LocationInput
        from ..models.multi_value_extended_property_input import (
            MultiValueExtendedPropertyInput,
        )
        from ..models.new_file_attachment import NewFileAttachment
        from ..models.new_item_attachment import NewItemAttachment
        from ..models.new_reference_attachment import NewReferenceAttachment
        from ..models.patterned_recurrence_input import PatternedRecurrenceInput
        from ..models.recipient_input import RecipientInput
        from ..models.single_value_extended_property_input import (
            SingleValueExtendedPropertyInput,
        )

        d = dict(src_dict)
        start = DateTimeTimeZoneInput.from_dict(d.pop("Start"))

        end = DateTimeTimeZoneInput.from_dict(d.pop("End"))

        _single_value_extended_properties = d.pop(
            "SingleValueExtendedProperties", UNSET
        )
        single_value_extended_properties: (
            list[SingleValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _single_value_extended_properties is not UNSET:
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in _single_value_extended_properties:
                single_value_extended_properties_item = (
                    SingleValueExtendedPropertyInput.from_dict(
                        single_value_extended_properties_item_data
                    )
                )

                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        _multi_value_extended_properties = d.pop("MultiValueExtendedProperties", UNSET)
        multi_value_extended_properties: (
            list[MultiValueExtendedPropertyInput] | Unset
        ) = UNSET
        if _multi_value_extended_properties is not UNSET:
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in _multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    MultiValueExtendedPropertyInput.from_dict(
                        multi_value_extended_properties_item_data
                    )
                )

                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
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

        _sensitivity = d.pop("Sensitivity", UNSET)
        sensitivity: Sensitivity | Unset
        if isinstance(_sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = check_sensitivity(_sensitivity)

        _show_as = d.pop("ShowAs", UNSET)
        show_as: FreeBusyStatus | Unset
        if isinstance(_show_as, Unset):
            show_as = UNSET
        else:
            show_as = check_free_busy_status(_show_as)

        is_all_day = d.pop("IsAllDay", UNSET)

        _attendees = d.pop("Attendees", UNSET)
        attendees: list[AttendeeInput] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = AttendeeInput.from_dict(attendees_item_data)

                attendees.append(attendees_item)

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

        categories = cast(list[str], d.pop("Categories", UNSET))

        is_reminder_on = d.pop("IsReminderOn", UNSET)

        reminder_minutes_before_start = d.pop("ReminderMinutesBeforeStart", UNSET)

        response_requested = d.pop("ResponseRequested", UNSET)

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

        def _parse_organizer(data: object) -> None | RecipientInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organizer_type_0 = RecipientInput.from_dict(data)

                return organizer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecipientInput | Unset, data)

        organizer = _parse_organizer(d.pop("Organizer", UNSET))

        is_cancelled = d.pop("IsCancelled", UNSET)

        _attachments = d.pop("Attachments", UNSET)
        attachments: (
            list[NewFileAttachment | NewItemAttachment | NewReferenceAttachment] | Unset
        ) = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(
                    data: object,
                ) -> NewFileAttachment | NewItemAttachment | NewReferenceAttachment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_new_attachment_type_0 = (
                            NewFileAttachment.from_dict(data)
                        )

                        return componentsschemas_new_attachment_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_new_attachment_type_1 = (
                            NewItemAttachment.from_dict(data)
                        )

                        return componentsschemas_new_attachment_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_new_attachment_type_2 = (
                        NewReferenceAttachment.from_dict(data)
                    )

                    return componentsschemas_new_attachment_type_2

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        new_event = cls(
            start=start,
            end=end,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_properties=multi_value_extended_properties,
            subject=subject,
            body=body,
            importance=importance,
            sensitivity=sensitivity,
            show_as=show_as,
            is_all_day=is_all_day,
            attendees=attendees,
            location=location,
            categories=categories,
            is_reminder_on=is_reminder_on,
            reminder_minutes_before_start=reminder_minutes_before_start,
            response_requested=response_requested,
            recurrence=recurrence,
            organizer=organizer,
            is_cancelled=is_cancelled,
            attachments=attachments,
        )

        return new_event
