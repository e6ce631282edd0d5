from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.importance import Importance, check_importance
from ..models.sensitivity import Sensitivity, check_sensitivity
from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_time_zone import DateTimeTimeZone
    from ..models.item_body import ItemBody
    from ..models.multi_value_legacy_extended_property import (
        MultiValueLegacyExtendedProperty,
    )
    from ..models.patterned_recurrence import PatternedRecurrence
    from ..models.single_value_legacy_extended_property import (
        SingleValueLegacyExtendedProperty,
    )


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task, as returned. Only `@odata.id`, `@odata.etag` and `Id` are always present (`$select` may drop the
    rest); `@odata.context` only on single-entity responses. `ChangeKey` and `@odata.etag` change with every
    write; `HasAttachments` follows the task's attachments.
    Filterable (`$filter`/`$orderby`): AssignedTo, Categories, CompletedDateTime, CreatedDateTime, DueDateTime,
    Importance, LastModifiedDateTime, Owner, StartDateTime, Status, Subject.

        Attributes:
            odata_id (str): Absolute URL of the task, built from the request's host.
            odata_etag (str): Weak entity tag of the current version; changes with every write.
            id (str): Opaque task id (base64; may contain `/`, `+`, `=`).
            odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            created_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the
                offset of the zone named in
                `Prefer: outlook.timezone`; at most 7 fractional digits.
            last_modified_date_time (datetime.datetime | Unset): Timestamp with offset: UTC with `Z` by default, or with the
                offset of the zone named in
                `Prefer: outlook.timezone`; at most 7 fractional digits.
            change_key (str | Unset): Version of the task; changes with every write.
            categories (list[str] | Unset):
            assigned_to (None | str | Unset): Name of the person the task is assigned to (read-only).
            body (ItemBody | Unset): Body of a task.
            completed_date_time (DateTimeTimeZone | None | Unset): Date the task was completed (midnight in the zone of the
                response).
            due_date_time (DateTimeTimeZone | None | Unset): Due date (midnight of that day in the zone it was set in,
                expressed in the response's zone).
            has_attachments (bool | Unset):
            importance (Importance | Unset): Importance. Request values are matched case-insensitively.
            is_reminder_on (bool | Unset):
            owner (str | Unset): Name of the person who created the task (read-only).
            parent_folder_id (str | Unset): Id of the task folder holding the task.
            recurrence (None | PatternedRecurrence | Unset):
            reminder_date_time (DateTimeTimeZone | None | Unset):
            sensitivity (Sensitivity | Unset): Privacy level. Request values are matched case-insensitively.
            start_date_time (DateTimeTimeZone | None | Unset): Start date (midnight of that day in the zone it was set in,
                expressed in the response's zone).
            status (TaskStatus | Unset): Status or progress of a task. Request values are matched case-insensitively.
            subject (str | Unset):
            single_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded single-value extended
                properties, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks('<url-encoded id>')/SingleValueExtendedProperties`.
                Only with `$expand=SingleValueExtendedProperties(…)`.
            single_value_extended_properties (list[SingleValueLegacyExtendedProperty] | Unset): The task's single-value
                extended properties that match the `$filter` of
                `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')` (an empty array when none does).
                Only with that `$expand` (`getTask`); never in other responses.
            multi_value_extended_propertiesodata_context (str | Unset): Context URL of the expanded multi-value extended
                properties, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks('<url-encoded id>')/MultiValueExtendedProperties`.
                Only with `$expand=MultiValueExtendedProperties(…)`.
            multi_value_extended_properties (list[MultiValueLegacyExtendedProperty] | Unset): The task's multi-value
                extended properties that match the `$filter` of
                `$expand=MultiValueExtendedProperties($filter=PropertyId eq '<id>')` (an empty array when none does).
                Only with that `$expand` (`getTask`); never in other responses.
    """

    odata_id: str
    odata_etag: str
    id: str
    odata_context: str | Unset = UNSET
    created_date_time: datetime.datetime | Unset = UNSET
    last_modified_date_time: datetime.datetime | Unset = UNSET
    change_key: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    assigned_to: None | str | Unset = UNSET
    body: ItemBody | Unset = UNSET
    completed_date_time: DateTimeTimeZone | None | Unset = UNSET
    due_date_time: DateTimeTimeZone | None | Unset = UNSET
    has_attachments: bool | Unset = UNSET
    importance: Importance | Unset = UNSET
    is_reminder_on: bool | Unset = UNSET
    owner: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    recurrence: None | PatternedRecurrence | Unset = UNSET
    reminder_date_time: DateTimeTimeZone | None | Unset = UNSET
    sensitivity: Sensitivity | Unset = UNSET
    start_date_time: DateTimeTimeZone | None | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    subject: str | Unset = UNSET
    single_value_extended_propertiesodata_context: str | Unset = UNSET
    single_value_extended_properties: (
        list[SingleValueLegacyExtendedProperty] | Unset
    ) = UNSET
    multi_value_extended_propertiesodata_context: str | Unset = UNSET
    multi_value_extended_properties: list[MultiValueLegacyExtendedProperty] | Unset = (
        UNSET
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_time_time_zone import DateTimeTimeZone
        from ..models.patterned_recurrence import PatternedRecurrence

        odata_id = self.odata_id

        odata_etag = self.odata_etag

        id = self.id

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

        assigned_to: None | str | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        completed_date_time: dict[str, Any] | None | Unset
        if isinstance(self.completed_date_time, Unset):
            completed_date_time = UNSET
        elif isinstance(self.completed_date_time, DateTimeTimeZone):
            completed_date_time = self.completed_date_time.to_dict()
        else:
            completed_date_time = self.completed_date_time

        due_date_time: dict[str, Any] | None | Unset
        if isinstance(self.due_date_time, Unset):
            due_date_time = UNSET
        elif isinstance(self.due_date_time, DateTimeTimeZone):
            due_date_time = self.due_date_time.to_dict()
        else:
            due_date_time = self.due_date_time

        has_attachments = self.has_attachments

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        is_reminder_on = self.is_reminder_on

        owner = self.owner

        parent_folder_id = self.parent_folder_id

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, PatternedRecurrence):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        reminder_date_time: dict[str, Any] | None | Unset
        if isinstance(self.reminder_date_time, Unset):
            reminder_date_time = UNSET
        elif isinstance(self.reminder_date_time, DateTimeTimeZone):
            reminder_date_time = self.reminder_date_time.to_dict()
        else:
            reminder_date_time = self.reminder_date_time

        sensitivity: str | Unset = UNSET
        if not isinstance(self.sensitivity, Unset):
            sensitivity = self.sensitivity

        start_date_time: dict[str, Any] | None | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        elif isinstance(self.start_date_time, DateTimeTimeZone):
            start_date_time = self.start_date_time.to_dict()
        else:
            start_date_time = self.start_date_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        subject = self.subject

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

        field_dict.update(
            {
                "@odata.id": odata_id,
                "@odata.etag": odata_etag,
                "Id": id,
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
        if assigned_to is not UNSET:
            field_dict["AssignedTo"] = assigned_to
        if body is not UNSET:
            field_dict["Body"] = body
        if completed_date_time is not UNSET:
            field_dict["CompletedDateTime"] = completed_date_time
        if due_date_time is not UNSET:
            field_dict["DueDateTime"] = due_date_time
        if has_attachments is not UNSET:
            field_dict["HasAttachments"] = has_attachments
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if is_reminder_on is not UNSET:
            field_dict["IsReminderOn"] = is_reminder_on
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if parent_folder_id is not UNSET:
            field_dict["ParentFolderId"] = parent_folder_id
        if recurrence is not UNSET:
            field_dict["Recurrence"] = recurrence
        if reminder_date_time is not UNSET:
            field_dict["ReminderDateTime"] = reminder_date_time
        if sensitivity is not UNSET:
            field_dict["Sensitivity"] = sensitivity
        if start_date_time is not UNSET:
            field_dict["StartDateTime"] = start_date_time
        if status is not UNSET:
            field_dict["Status"] = status
        if subject is not UNSET:
            field_dict["Subject"] = subject
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
        from ..models.date_time_time_zone import DateTimeTimeZone
        from ..models.item_body import ItemBody
        from ..models.multi_value_legacy_extended_property import (
            MultiValueLegacyExtendedProperty,
        )
        from ..models.patterned_recurrence import PatternedRecurrence
        from ..models.single_value_legacy_extended_property import (
            SingleValueLegacyExtendedProperty,
        )

        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        odata_etag = d.pop("@odata.etag")

        id = d.pop("Id")

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

        def _parse_assigned_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("AssignedTo", UNSET))

        _body = d.pop("Body", UNSET)
        body: ItemBody | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBody.from_dict(_body)

        def _parse_completed_date_time(data: object) -> DateTimeTimeZone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_date_time_type_0 = DateTimeTimeZone.from_dict(data)

                return completed_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZone | None | Unset, data)

        completed_date_time = _parse_completed_date_time(
            d.pop("CompletedDateTime", UNSET)
        )

        def _parse_due_date_time(data: object) -> DateTimeTimeZone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_date_time_type_0 = DateTimeTimeZone.from_dict(data)

                return due_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZone | None | Unset, data)

        due_date_time = _parse_due_date_time(d.pop("DueDateTime", UNSET))

        has_attachments = d.pop("HasAttachments", UNSET)

        _importance = d.pop("Importance", UNSET)
        importance: Importance | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_importance(_importance)

        is_reminder_on = d.pop("IsReminderOn", UNSET)

        owner = d.pop("Owner", UNSET)

        parent_folder_id = d.pop("ParentFolderId", UNSET)

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

        def _parse_reminder_date_time(data: object) -> DateTimeTimeZone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reminder_date_time_type_0 = DateTimeTimeZone.from_dict(data)

                return reminder_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZone | None | Unset, data)

        reminder_date_time = _parse_reminder_date_time(d.pop("ReminderDateTime", UNSET))

        _sensitivity = d.pop("Sensitivity", UNSET)
        sensitivity: Sensitivity | Unset
        if isinstance(_sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = check_sensitivity(_sensitivity)

        def _parse_start_date_time(data: object) -> DateTimeTimeZone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_date_time_type_0 = DateTimeTimeZone.from_dict(data)

                return start_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZone | None | Unset, data)

        start_date_time = _parse_start_date_time(d.pop("StartDateTime", UNSET))

        _status = d.pop("Status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_task_status(_status)

        subject = d.pop("Subject", UNSET)

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

        task = cls(
            odata_id=odata_id,
            odata_etag=odata_etag,
            id=id,
            odata_context=odata_context,
            created_date_time=created_date_time,
            last_modified_date_time=last_modified_date_time,
            change_key=change_key,
            categories=categories,
            assigned_to=assigned_to,
            body=body,
            completed_date_time=completed_date_time,
            due_date_time=due_date_time,
            has_attachments=has_attachments,
            importance=importance,
            is_reminder_on=is_reminder_on,
            owner=owner,
            parent_folder_id=parent_folder_id,
            recurrence=recurrence,
            reminder_date_time=reminder_date_time,
            sensitivity=sensitivity,
            start_date_time=start_date_time,
            status=status,
            subject=subject,
            single_value_extended_propertiesodata_context=single_value_extended_propertiesodata_context,
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_propertiesodata_context=multi_value_extended_propertiesodata_context,
            multi_value_extended_properties=multi_value_extended_properties,
        )

        return task
