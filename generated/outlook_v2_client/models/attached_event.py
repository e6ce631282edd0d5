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
from ..models.sensitivity import Sensitivity, check_sensitivity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attendee import Attendee
    from ..models.date_time_time_zone import DateTimeTimeZone
    from ..models.file_attachment import FileAttachment
    from ..models.item_attachment import ItemAttachment
    from ..models.item_body import ItemBody
    from ..models.location import Location
    from ..models.multi_value_legacy_extended_property import (
        MultiValueLegacyExtendedProperty,
    )
    from ..models.patterned_recurrence import PatternedRecurrence
    from ..models.recipient import Recipient
    from ..models.reference_attachment import ReferenceAttachment
    from ..models.response_status import ResponseStatus
    from ..models.single_value_legacy_extended_property import (
        SingleValueLegacyExtendedProperty,
    )


T = TypeVar("T", bound="AttachedEvent")


@_attrs_define
class AttachedEvent:
    """An attached event.

    Attributes:
        odata_id (str): Absolute URL of the event, built from the request's host. The event of an item attachment (in no
            folder or calendar) has its attachment's ItemUrl instead:
            `…/{Tasks|Events|Messages}('{id}')/Attachments('{id}')/Item`.
        odata_etag (str): `W/"<ChangeKey>"`.
        id (str): Opaque event id (base64; may contain `/`, `+`, `=`).
        odata_type (Literal['#Microsoft.OutlookServices.Event']):
        odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
            `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
        created_date_time (datetime.datetime | Unset):
        last_modified_date_time (datetime.datetime | Unset):
        change_key (str | Unset):
        categories (list[str] | Unset):
        original_start_time_zone (str | Unset):
        original_end_time_zone (str | Unset):
        response_status (ResponseStatus | Unset): A response to a meeting request; `Time` is `0001-01-01T00:00:00Z`
            while there was none.
        i_cal_u_id (str | Unset):
        reminder_minutes_before_start (int | Unset):
        is_reminder_on (bool | Unset):
        has_attachments (bool | Unset):
        subject (str | Unset):
        body (ItemBody | Unset): Body of a task.
        body_preview (str | Unset):
        importance (Importance | Unset): Importance. Request values are matched case-insensitively.
        sensitivity (Sensitivity | Unset): Privacy level. Request values are matched case-insensitively.
        start (DateTimeTimeZone | Unset): A date and time in a time zone, as returned: `DateTime` has no offset and
            exactly 7 fractional digits;
            `TimeZone` is `UTC` unless `Prefer: outlook.timezone` named another zone.
        end (DateTimeTimeZone | Unset): A date and time in a time zone, as returned: `DateTime` has no offset and
            exactly 7 fractional digits;
            `TimeZone` is `UTC` unless `Prefer: outlook.timezone` named another zone.
        location (Location | Unset): Where an event takes place (`DisplayName` is empty when none was given).
        is_all_day (bool | Unset):
        is_cancelled (bool | Unset):
        is_organizer (bool | Unset):
        recurrence (None | PatternedRecurrence | Unset):
        response_requested (bool | Unset):
        series_master_id (None | str | Unset): The series master's Id on an occurrence or exception; null otherwise.
        show_as (FreeBusyStatus | Unset): The status to show (ShowAs). Request values are matched case-insensitively.
        type_ (EventType | Unset):
        attendees (list[Attendee] | Unset):
        organizer (Recipient | Unset): A sender or recipient of a message.
        web_link (str | Unset):
        attachmentsodata_context (str | Unset): Context URL of the expanded attachments; only with `$expand=Attachments`
            (`getEvent`).
        attachments (list[FileAttachment | ItemAttachment | ReferenceAttachment] | Unset): The item's attachments (as
            `listEventAttachments` shows them); only with `$expand=Attachments`.
        single_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded single-value extended
            properties; only with that `$expand`.
        single_value_extended_properties (list[SingleValueLegacyExtendedProperty] | Unset): The matching single-value
            extended properties; only with that `$expand` (`getEvent`).
        multi_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded multi-value extended
            properties; only with that `$expand`.
        multi_value_extended_properties (list[MultiValueLegacyExtendedProperty] | Unset): The matching multi-value
            extended properties; only with that `$expand` (`getEvent`).
    """

    odata_id: str
    odata_etag: str
    id: str
    odata_type: Literal["#Microsoft.OutlookServices.Event"]
    odata_context: str | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    change_key: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    original_start_time_zone: str | Unset = UNSET
    original_end_time_zone: str | Unset = UNSET
    response_status: ResponseStatus | Unset = UNSET
    i_cal_u_id: str | Unset = UNSET
    reminder_minutes_before_start: int | Unset = UNSET
    is_reminder_on: bool | Unset = UNSET
    has_attachments: bool | Unset = UNSET
    subject: str | Unset = UNSET
    body: ItemBody | Unset = UNSET
    body_preview: str | Unset = UNSET
    importance: Importance | Unset = UNSET
    sensitivity: Sensitivity | Unset = UNSET
    start: DateTimeTimeZone | Unset = UNSET
    end: DateTimeTimeZone | Unset = UNSET
    location: Location | Unset = UNSET
    is_all_day: bool | Unset = UNSET
    is_cancelled: bool | Unset = UNSET
    is_organizer: bool | Unset = UNSET
    recurrence: None | PatternedRecurrence | Unset = UNSET
    response_requested: bool | Unset = UNSET
    series_master_id: None | str | Unset = UNSET
    show_as: FreeBusyStatus | Unset = UNSET
    type_: EventType | Unset = UNSET
    attendees: list[Attendee] | Unset = UNSET
    organizer: Recipient | Unset = UNSET
    web_link: str | Unset = UNSET
    attachmentsodata_context: str | Unset = UNSET
    attachments: list[FileAttachment | ItemAttachment | ReferenceAttachment] | Unset = (
        UNSET
    )
    single_value_extended_propertiesodata_context: str | Unset = UNSET
    single_value_extended_properties: (
        list[SingleValueLegacyExtendedProperty] | Unset
    ) = UNSET
    multi_value_extended_propertiesodata_context: str | Unset = UNSET
    multi_value_extended_properties: list[MultiValueLegacyExtendedProperty] | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_attachment import FileAttachment
        from ..models.item_attachment import ItemAttachment
        from ..models.patterned_recurrence import PatternedRecurrence

        odata_id = self.odata_id

        odata_etag = self.odata_etag

        id = self.id

        odata_type = self.odata_type

        odata_context = self.odata_context

        created_date_time: str | Unset = UNSET
        if not isinstance(self.created_date_time, Unset):
            created_date_time = self.created_date_time.isoformat()

        last_modified_date_time: str | Unset = UNSET
        if not isinstance(self.last_modified_date_time, Unset):
            last_modified_date_time = self.last_modified_date_time.isoformat()

        change_key = self.change_key

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        original_start_time_zone = self.original_start_time_zone

        original_end_time_zone = self.original_end_time_zone

        response_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_status, Unset):
            response_status = self.response_status.to_dict()

        i_cal_u_id = self.i_cal_u_id

        reminder_minutes_before_start = self.reminder_minutes_before_start

        is_reminder_on = self.is_reminder_on

        has_attachments = self.has_attachments

        subject = self.subject

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        body_preview = self.body_preview

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        sensitivity: str | Unset = UNSET
        if not isinstance(self.sensitivity, Unset):
            sensitivity = self.sensitivity

        start: dict[str, Any] | Unset = UNSET
        if not isinstance(self.start, Unset):
            start = self.start.to_dict()

        end: dict[str, Any] | Unset = UNSET
        if not isinstance(self.end, Unset):
            end = self.end.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        is_all_day = self.is_all_day

        is_cancelled = self.is_cancelled

        is_organizer = self.is_organizer

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, PatternedRecurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        response_requested = self.response_requested

        series_master_id: None | str | Unset
        if isinstance(self.series_master_id, Unset):
            series_master_id = UNSET
        else:
            series_master_id = self.series_master_id

        show_as: str | Unset = UNSET
        if not isinstance(self.show_as, Unset):
            show_as = self.show_as

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        organizer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organizer, Unset):
            organizer = self.organizer.to_dict()

        web_link = self.web_link

        attachmentsodata_context = self.attachmentsodata_context

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item: dict[str, Any]
                if isinstance(attachments_item_data, FileAttachment) or isinstance(
                    attachments_item_data, ItemAttachment
                ):
                    attachments_item = attachments_item_data.to_dict()
                else:
                    attachments_item = attachments_item_data.to_dict()

                attachments.append(attachments_item)

        single_value_extended_propertiesodata_context = (
            self.single_value_extended_propertiesodata_context
        )

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

        multi_value_extended_propertiesodata_context = (
            self.multi_value_extended_propertiesodata_context
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.id": odata_id,
                "@odata.etag": odata_etag,
                "Id": id,
                "@odata.type": odata_type,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if created_date_time is not UNSET:
            field_dict["CreatedDateTime"] = created_date_time
        if last_modified_date_time is not UNSET:
            field_dict["LastModifiedDateTime"] = last_modified_date_time
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if original_start_time_zone is not UNSET:
            field_dict["OriginalStartTimeZone"] = original_start_time_zone
        if original_end_time_zone is not UNSET:
            field_dict["OriginalEndTimeZone"] = original_end_time_zone
        if response_status is not UNSET:
            field_dict["ResponseStatus"] = response_status
        if i_cal_u_id is not UNSET:
            field_dict["iCalUId"] = i_cal_u_id
        if reminder_minutes_before_start is not UNSET:
            field_dict["ReminderMinutesBeforeStart"] = reminder_minutes_before_start
        if is_reminder_on is not UNSET:
            field_dict["IsReminderOn"] = is_reminder_on
        if has_attachments is not UNSET:
            field_dict["HasAttachments"] = has_attachments
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if body is not UNSET:
            field_dict["Body"] = body
        if body_preview is not UNSET:
            field_dict["BodyPreview"] = body_preview
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if sensitivity is not UNSET:
            field_dict["Sensitivity"] = sensitivity
        if start is not UNSET:
            field_dict["Start"] = start
        if end is not UNSET:
            field_dict["End"] = end
        if location is not UNSET:
            field_dict["Location"] = location
        if is_all_day is not UNSET:
            field_dict["IsAllDay"] = is_all_day
        if is_cancelled is not UNSET:
            field_dict["IsCancelled"] = is_cancelled
        if is_organizer is not UNSET:
            field_dict["IsOrganizer"] = is_organizer
        if recurrence is not UNSET:
            field_dict["Recurrence"] = recurrence
        if response_requested is not UNSET:
            field_dict["ResponseRequested"] = response_requested
        if series_master_id is not UNSET:
            field_dict["SeriesMasterId"] = series_master_id
        if show_as is not UNSET:
            field_dict["ShowAs"] = show_as
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if attendees is not UNSET:
            field_dict["Attendees"] = attendees
        if organizer is not UNSET:
            field_dict["Organizer"] = organizer
        if web_link is not UNSET:
            field_dict["WebLink"] = web_link
        if attachmentsodata_context is not UNSET:
            field_dict["Attachments@odata.context"] = attachmentsodata_context
        if attachments is not UNSET:
            field_dict["Attachments"] = attachments
        if single_value_extended_propertiesodata_context is not UNSET:
            field_dict["SingleValueExtendedProperties@odata.context"] = (
                single_value_extended_propertiesodata_context
            )
        if single_value_extended_properties is not UNSET:
            field_dict["SingleValueExtendedProperties"] = (
                single_value_extended_properties
            )
        if multi_value_extended_propertiesodata_context is not UNSET:
            field_dict["MultiValueExtendedProperties@odata.context"] = (
                multi_value_extended_propertiesodata_context
            )
        if multi_value_extended_properties is not UNSET:
            field_dict["MultiValueExtendedProperties"] = multi_value_extended_properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attendee import Attendee
        from ..models.date_time_time_zone import DateTimeTimeZone
        from ..models.file_attachment import FileAttachment
        from ..models.item_attachment import ItemAttachment
        from ..models.item_body import ItemBody
        from ..models.location import Location
        from ..models.multi_value_legacy_extended_property import (
            MultiValueLegacyExtendedProperty,
        )
        from ..models.patterned_recurrence import PatternedRecurrence
        from ..models.recipient import Recipient
        from ..models.reference_attachment import ReferenceAttachment
        from ..models.response_status import ResponseStatus
        from ..models.single_value_legacy_extended_property import (
            SingleValueLegacyExtendedProperty,
        )

        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        odata_etag = d.pop("@odata.etag")

        id = d.pop("Id")

        odata_type = cast(
            Literal["#Microsoft.OutlookServices.Event"], d.pop("@odata.type")
        )
        if odata_type != "#Microsoft.OutlookServices.Event":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.Event', got '{odata_type}'"
            )

        odata_context = d.pop("@odata.context", UNSET)

        _created_date_time = d.pop("CreatedDateTime", UNSET)
        created_date_time: datetime.datetime | Unset
        if isinstance(_created_date_time, Unset):
            created_date_time = UNSET
        else:
            created_date_time = datetime.datetime.fromisoformat(_created_date_time)

        _last_modified_date_time = d.pop("LastModifiedDateTime", UNSET)
        last_modified_date_time: datetime.datetime | Unset
        if isinstance(_last_modified_date_time, Unset):
            last_modified_date_time = UNSET
        else:
            last_modified_date_time = datetime.datetime.fromisoformat(
                _last_modified_date_time
            )

        change_key = d.pop("ChangeKey", UNSET)

        categories = cast(list[str], d.pop("Categories", UNSET))

        original_start_time_zone = d.pop("OriginalStartTimeZone", UNSET)

        original_end_time_zone = d.pop("OriginalEndTimeZone", UNSET)

        _response_status = d.pop("ResponseStatus", UNSET)
        response_status: ResponseStatus | Unset
        if isinstance(_response_status, Unset):
            response_status = UNSET
        else:
            response_status = ResponseStatus.from_dict(_response_status)

        i_cal_u_id = d.pop("iCalUId", UNSET)

        reminder_minutes_before_start = d.pop("ReminderMinutesBeforeStart", UNSET)

        is_reminder_on = d.pop("IsReminderOn", UNSET)

        has_attachments = d.pop("HasAttachments", UNSET)

        subject = d.pop("Subject", UNSET)

        _body = d.pop("Body", UNSET)
        body: ItemBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBody.from_dict(_body)

        body_preview = d.pop("BodyPreview", UNSET)

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

        _start = d.pop("Start", UNSET)
        start: DateTimeTimeZone | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = DateTimeTimeZone.from_dict(_start)

        _end = d.pop("End", UNSET)
        end: DateTimeTimeZone | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = DateTimeTimeZone.from_dict(_end)

        _location = d.pop("Location", UNSET)
        location: Location | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = Location.from_dict(_location)

        is_all_day = d.pop("IsAllDay", UNSET)

        is_cancelled = d.pop("IsCancelled", UNSET)

        is_organizer = d.pop("IsOrganizer", UNSET)

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

        response_requested = d.pop("ResponseRequested", UNSET)

        def _parse_series_master_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        series_master_id = _parse_series_master_id(d.pop("SeriesMasterId", UNSET))

        _show_as = d.pop("ShowAs", UNSET)
        show_as: FreeBusyStatus | Unset
        if isinstance(_show_as, Unset):
            show_as = UNSET
        else:
            show_as = check_free_busy_status(_show_as)

        _type_ = d.pop("Type", UNSET)
        type_: EventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_event_type(_type_)

        _attendees = d.pop("Attendees", UNSET)
        attendees: list[Attendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = Attendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        _organizer = d.pop("Organizer", UNSET)
        organizer: Recipient | Unset
        if isinstance(_organizer, Unset):
            organizer = UNSET
        else:
            organizer = Recipient.from_dict(_organizer)

        web_link = d.pop("WebLink", UNSET)

        attachmentsodata_context = d.pop("Attachments@odata.context", UNSET)

        _attachments = d.pop("Attachments", UNSET)
        attachments: (
            list[FileAttachment | ItemAttachment | ReferenceAttachment] | Unset
        ) = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:

                def _parse_attachments_item(
                    data: object,
                ) -> FileAttachment | ItemAttachment | ReferenceAttachment:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_type_0 = FileAttachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_type_1 = ItemAttachment.from_dict(
                            data
                        )

                        return componentsschemas_attachment_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attachment_type_2 = ReferenceAttachment.from_dict(
                        data
                    )

                    return componentsschemas_attachment_type_2

                attachments_item = _parse_attachments_item(attachments_item_data)

                attachments.append(attachments_item)

        single_value_extended_propertiesodata_context = d.pop(
            "SingleValueExtendedProperties@odata.context", UNSET
        )

        _single_value_extended_properties = d.pop(
            "SingleValueExtendedProperties", UNSET
        )
        single_value_extended_properties: (
            list[SingleValueLegacyExtendedProperty] | Unset
        ) = UNSET
        if _single_value_extended_properties is not UNSET:
            single_value_extended_properties = []
            for (
                single_value_extended_properties_item_data
            ) in _single_value_extended_properties:
                single_value_extended_properties_item = (
                    SingleValueLegacyExtendedProperty.from_dict(
                        single_value_extended_properties_item_data
                    )
                )

                single_value_extended_properties.append(
                    single_value_extended_properties_item
                )

        multi_value_extended_propertiesodata_context = d.pop(
            "MultiValueExtendedProperties@odata.context", UNSET
        )

        _multi_value_extended_properties = d.pop("MultiValueExtendedProperties", UNSET)
        multi_value_extended_properties: (
            list[MultiValueLegacyExtendedProperty] | Unset
        ) = UNSET
        if _multi_value_extended_properties is not UNSET:
            multi_value_extended_properties = []
            for (
                multi_value_extended_properties_item_data
            ) in _multi_value_extended_properties:
                multi_value_extended_properties_item = (
                    MultiValueLegacyExtendedProperty.from_dict(
                        multi_value_extended_properties_item_data
                    )
                )

                multi_value_extended_properties.append(
                    multi_value_extended_properties_item
                )

        attached_event = cls(
            odata_id=odata_id,
            odata_etag=odata_etag,
            id=id,
            odata_type=odata_type,
            odata_context=odata_context,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            change_key=change_key,
            categories=categories,
            original_start_time_zone=original_start_time_zone,
            original_end_time_zone=original_end_time_zone,
            response_status=response_status,
            i_cal_u_id=i_cal_u_id,
            reminder_minutes_before_start=reminder_minutes_before_start,
            is_reminder_on=is_reminder_on,
            has_attachments=has_attachments,
            subject=subject,
            body=body,
            body_preview=body_preview,
            importance=importance,
            sensitivity=sensitivity,
            start=start,
            end=end,
            location=location,
            is_all_day=is_all_day,
            is_cancelled=is_cancelled,
            is_organizer=is_organizer,
            recurrence=recurrence,
            response_requested=response_requested,
            series_master_id=series_master_id,
            show_as=show_as,
            type_=type_,
            attendees=attendees,
            organizer=organizer,
            web_link=web_link,
            attachmentsodata_context=attachmentsodata_context,
            attachments=attachments,
            single_value_extended_propertiesodata_context=single_value_extended_propertiesodata_context,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_propertiesodata_context=multi_value_extended_propertiesodata_context,
            multi_value_extended_properties=multi_value_extended_properties,
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
