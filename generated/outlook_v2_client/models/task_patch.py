from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.importance import Importance, check_importance
from ..models.sensitivity import Sensitivity, check_sensitivity
from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_time_zone_input import DateTimeTimeZoneInput
    from ..models.item_body_input import ItemBodyInput
    from ..models.multi_value_extended_property_input import (
        MultiValueExtendedPropertyInput,
    )
    from ..models.patterned_recurrence_input import PatternedRecurrenceInput
    from ..models.single_value_extended_property_input import (
        SingleValueExtendedPropertyInput,
    )


T = TypeVar("T", bound="TaskPatch")


@_attrs_define
class TaskPatch:
    """Changes to a task: any writable properties (all optional; absent ones are left unchanged). `null` clears
    `StartDateTime`, `DueDateTime` (and with it StartDateTime), `ReminderDateTime`, `CompletedDateTime` and
    `Recurrence`. StartDateTime after DueDateTime gives 400 ErrorInvalidRequest; `CompletedDateTime` requires
    `Status: Completed` in the same PATCH or already on the task (else 400 ErrorInvalidRequest). Read-only
    properties give 400 ErrorInvalidProperty, unknown properties 400 RequestBodyRead.
    `SingleValueExtendedProperties` / `MultiValueExtendedProperties` create or replace the listed extended
    properties (others are kept; they are not returned in the response).
    OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            single_value_extended_properties (list[SingleValueExtendedPropertyInput] | Unset): Single-value extended
                properties to set on the item (a property that exists already gets the new value;
                properties not listed are left as they are). The response does not include them: read them back with
                `$expand=SingleValueExtendedProperties($filter=PropertyId eq '<id>')`.
            multi_value_extended_properties (list[MultiValueExtendedPropertyInput] | Unset): Multi-value extended properties
                to set on the item (a property that exists already gets the new values;
                properties not listed are left as they are). The response does not include them: read them back with
                `$expand=MultiValueExtendedProperties($filter=PropertyId eq '<id>')`.
            subject (str | Unset): Title or short description of the task.
            body (ItemBodyInput | Unset): Body of a task, as sent. OData annotations (`@…` keys) are accepted and ignored.
            categories (list[str] | Unset): Categories of the task.
            importance (Importance | Unset): Importance. Request values are matched case-insensitively.
            is_reminder_on (bool | Unset): True to alert the user with a reminder.
            recurrence (None | PatternedRecurrenceInput | Unset): Recurrence pattern and range; `null` makes the task non-
                recurring.
            reminder_date_time (DateTimeTimeZoneInput | None | Unset): Date and time of the reminder; `null` clears it.
            sensitivity (Sensitivity | Unset): Privacy level. Request values are matched case-insensitively.
            start_date_time (DateTimeTimeZoneInput | None | Unset): Start date (the time part is ignored: midnight in the
                given zone). Requires `DueDateTime` on the
                same or a later date, else 400 ErrorInvalidRequest; if only `StartDateTime` is set, `DueDateTime`
                is set to the same value. `null` clears it.
            due_date_time (DateTimeTimeZoneInput | None | Unset): Due date (the time part is ignored: midnight in the given
                zone). Setting it to `null` also sets
                `StartDateTime` to `null`.
            completed_date_time (DateTimeTimeZoneInput | None | Unset): Date the task was completed. Can only be set
                together with `Status: Completed` (in the same body, or
                when the task is already completed), else 400 ErrorInvalidRequest. Usually set by the `complete` action.
            status (TaskStatus | Unset): Status or progress of a task. Request values are matched case-insensitively.
    """

    single_value_extended_properties: list[SingleValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    multi_value_extended_properties: list[MultiValueExtendedPropertyInput] | Unset = (
        UNSET
    )
    subject: str | Unset = UNSET
    body: ItemBodyInput | Unset = UNSET
    categories: list[str] | Unset = UNSET
    importance: Importance | Unset = UNSET
    is_reminder_on: bool | Unset = UNSET
    recurrence: None | PatternedRecurrenceInput | Unset = UNSET
    reminder_date_time: DateTimeTimeZoneInput | None | Unset = UNSET
    sensitivity: Sensitivity | Unset = UNSET
    start_date_time: DateTimeTimeZoneInput | None | Unset = UNSET
    due_date_time: DateTimeTimeZoneInput | None | Unset = UNSET
    completed_date_time: DateTimeTimeZoneInput | None | Unset = UNSET
    status: TaskStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_time_time_zone_input import DateTimeTimeZoneInput
        from ..models.patterned_recurrence_input import PatternedRecurrenceInput

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

        subject = self.subject

        body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.body, Unset):
            body = self.body.to_dict()

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        importance: str | Unset = UNSET
        if not isinstance(self.importance, Unset):
            importance = self.importance

        is_reminder_on = self.is_reminder_on

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, PatternedRecurrenceInput):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        reminder_date_time: dict[str, Any] | None | Unset
        if isinstance(self.reminder_date_time, Unset):
            reminder_date_time = UNSET
        elif isinstance(self.reminder_date_time, DateTimeTimeZoneInput):
            reminder_date_time = self.reminder_date_time.to_dict()
        else:
            reminder_date_time = self.reminder_date_time

        sensitivity: str | Unset = UNSET
        if not isinstance(self.sensitivity, Unset):
            sensitivity = self.sensitivity

        start_date_time: dict[str, Any] | None | Unset
        if isinstance(self.start_date_time, Unset):
            start_date_time = UNSET
        elif isinstance(self.start_date_time, DateTimeTimeZoneInput):
            start_date_time = self.start_date_time.to_dict()
        else:
            start_date_time = self.start_date_time

        due_date_time: dict[str, Any] | None | Unset
        if isinstance(self.due_date_time, Unset):
            due_date_time = UNSET
        elif isinstance(self.due_date_time, DateTimeTimeZoneInput):
            due_date_time = self.due_date_time.to_dict()
        else:
            due_date_time = self.due_date_time

        completed_date_time: dict[str, Any] | None | Unset
        if isinstance(self.completed_date_time, Unset):
            completed_date_time = UNSET
        elif isinstance(self.completed_date_time, DateTimeTimeZoneInput):
            completed_date_time = self.completed_date_time.to_dict()
        else:
            completed_date_time = self.completed_date_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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
        if categories is not UNSET:
            field_dict["Categories"] = categories
        if importance is not UNSET:
            field_dict["Importance"] = importance
        if is_reminder_on is not UNSET:
            field_dict["IsReminderOn"] = is_reminder_on
        if recurrence is not UNSET:
            field_dict["Recurrence"] = recurrence
        if reminder_date_time is not UNSET:
            field_dict["ReminderDateTime"] = reminder_date_time
        if sensitivity is not UNSET:
            field_dict["Sensitivity"] = sensitivity
        if start_date_time is not UNSET:
            field_dict["StartDateTime"] = start_date_time
        if due_date_time is not UNSET:
            field_dict["DueDateTime"] = due_date_time
        if completed_date_time is not UNSET:
            field_dict["CompletedDateTime"] = completed_date_time
        if status is not UNSET:
            field_dict["Status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_time_time_zone_input import DateTimeTimeZoneInput
        from ..models.item_body_input import ItemBodyInput
        from ..models.multi_value_extended_property_input import (
            MultiValueExtendedPropertyInput,
        )
        from ..models.patterned_recurrence_input import PatternedRecurrenceInput
        from ..models.single_value_extended_property_input import (
            SingleValueExtendedPropertyInput,
        )

        d = dict(src_dict)
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

        subject = d.pop("Subject", UNSET)

        _body = d.pop("Body", UNSET)
        body: ItemBodyInput | Unset
        if isinstance(_body, Unset):
            body = UNSET
        else:
            body = ItemBodyInput.from_dict(_body)

        categories = cast(list[str], d.pop("Categories", UNSET))

        _importance = d.pop("Importance", UNSET)
        importance: Importance | Unset
        if isinstance(_importance, Unset):
            importance = UNSET
        else:
            importance = check_importance(_importance)

        is_reminder_on = d.pop("IsReminderOn", UNSET)

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

        def _parse_reminder_date_time(
            data: object,
        ) -> DateTimeTimeZoneInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reminder_date_time_type_0 = DateTimeTimeZoneInput.from_dict(data)

                return reminder_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZoneInput | None | Unset, data)

        reminder_date_time = _parse_reminder_date_time(d.pop("ReminderDateTime", UNSET))

        _sensitivity = d.pop("Sensitivity", UNSET)
        sensitivity: Sensitivity | Unset
        if isinstance(_sensitivity, Unset):
            sensitivity = UNSET
        else:
            sensitivity = check_sensitivity(_sensitivity)

        def _parse_start_date_time(
            data: object,
        ) -> DateTimeTimeZoneInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_date_time_type_0 = DateTimeTimeZoneInput.from_dict(data)

                return start_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZoneInput | None | Unset, data)

        start_date_time = _parse_start_date_time(d.pop("StartDateTime", UNSET))

        def _parse_due_date_time(data: object) -> DateTimeTimeZoneInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_date_time_type_0 = DateTimeTimeZoneInput.from_dict(data)

                return due_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZoneInput | None | Unset, data)

        due_date_time = _parse_due_date_time(d.pop("DueDateTime", UNSET))

        def _parse_completed_date_time(
            data: object,
        ) -> DateTimeTimeZoneInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_date_time_type_0 = DateTimeTimeZoneInput.from_dict(data)

                return completed_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZoneInput | None | Unset, data)

        completed_date_time = _parse_completed_date_time(
            d.pop("CompletedDateTime", UNSET)
        )

        _status = d.pop("Status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_task_status(_status)

        task_patch = cls(
            single_value_extended_properties=single_value_extended_properties,
            multi_value_extended_properties=multi_value_extended_properties,
            subject=subject,
            body=body,
            categories=categories,
            importance=importance,
            is_reminder_on=is_reminder_on,
            recurrence=recurrence,
            reminder_date_time=reminder_date_time,
            sensitivity=sensitivity,
            start_date_time=start_date_time,
            due_date_time=due_date_time,
            completed_date_time=completed_date_time,
            status=status,
        )

        return task_patch
