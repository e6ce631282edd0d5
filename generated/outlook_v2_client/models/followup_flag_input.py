from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.followup_flag_status import FollowupFlagStatus, check_followup_flag_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_time_zone_input import DateTimeTimeZoneInput


T = TypeVar("T", bound="FollowupFlagInput")


@_attrs_define
class FollowupFlagInput:
    """A message's or contact's follow-up flag, as sent (clients such as O365-Python send `{"FlagStatus": "NotFlagged"}`
    with
    every draft they save). The written flag replaces the stored one whole: members left out take their
    defaults (`FlagStatus` `NotFlagged`, dates null); `null` is not a flag (400 RequestBodyRead). Unknown
    members give 400 RequestBodyRead; OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            flag_status (FollowupFlagStatus | Unset): Whether a message is flagged for follow-up, or its follow-up is done.
                Request values are matched case-insensitively.
            start_date_time (DateTimeTimeZoneInput | None | Unset):
            due_date_time (DateTimeTimeZoneInput | None | Unset):
            completed_date_time (DateTimeTimeZoneInput | None | Unset):
    """

    flag_status: FollowupFlagStatus | Unset = UNSET
    start_date_time: DateTimeTimeZoneInput | None | Unset = UNSET
    due_date_time: DateTimeTimeZoneInput | None | Unset = UNSET
    completed_date_time: DateTimeTimeZoneInput | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_time_time_zone_input import DateTimeTimeZoneInput

        flag_status: str | Unset = UNSET
        if not isinstance(self.flag_status, Unset):
            flag_status = self.flag_status

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if flag_status is not UNSET:
            field_dict["FlagStatus"] = flag_status
        if start_date_time is not UNSET:
            field_dict["StartDateTime"] = start_date_time
        if due_date_time is not UNSET:
            field_dict["DueDateTime"] = due_date_time
        if completed_date_time is not UNSET:
            field_dict["CompletedDateTime"] = completed_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_time_time_zone_input import DateTimeTimeZoneInput

        d = dict(src_dict)
        _flag_status = d.pop("FlagStatus", UNSET)
        flag_status: FollowupFlagStatus | Unset
        if isinstance(_flag_status, Unset):
            flag_status = UNSET
        else:
            flag_status = check_followup_flag_status(_flag_status)

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

        followup_flag_input = cls(
            flag_status=flag_status,
            start_date_time=start_date_time,
            due_date_time=due_date_time,
            completed_date_time=completed_date_time,
        )

        return followup_flag_input
