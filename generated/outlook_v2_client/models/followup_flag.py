from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.followup_flag_status import FollowupFlagStatus, check_followup_flag_status

if TYPE_CHECKING:
    from ..models.date_time_time_zone import DateTimeTimeZone


T = TypeVar("T", bound="FollowupFlag")


@_attrs_define
class FollowupFlag:
    """Follow-up information of a message or contact (`Microsoft.OutlookServices.FollowupFlag`, writable and
    filterable on Message and Contact in Microsoft's v2.0 property tables; the 2015 CSDL predates it). An item
    nobody flagged has
    `FlagStatus` `NotFlagged` and null dates. Dates are shown in the `Prefer: outlook.timezone` zone (UTC
    without it).

        Attributes:
            flag_status (FollowupFlagStatus): Whether a message is flagged for follow-up, or its follow-up is done. Request
                values are matched case-insensitively.
            start_date_time (DateTimeTimeZone | None): When the follow-up starts.
            due_date_time (DateTimeTimeZone | None): When the follow-up is due.
            completed_date_time (DateTimeTimeZone | None): When the follow-up was completed.
    """

    flag_status: FollowupFlagStatus
    start_date_time: DateTimeTimeZone | None
    due_date_time: DateTimeTimeZone | None
    completed_date_time: DateTimeTimeZone | None

    def to_dict(self) -> dict[str, Any]:
        from ..models.date_time_time_zone import DateTimeTimeZone

        flag_status: str = self.flag_status

        start_date_time: dict[str, Any] | None
        if isinstance(self.start_date_time, DateTimeTimeZone):
            start_date_time = self.start_date_time.to_dict()
        else:
            start_date_time = self.start_date_time

        due_date_time: dict[str, Any] | None
        if isinstance(self.due_date_time, DateTimeTimeZone):
            due_date_time = self.due_date_time.to_dict()
        else:
            due_date_time = self.due_date_time

        completed_date_time: dict[str, Any] | None
        if isinstance(self.completed_date_time, DateTimeTimeZone):
            completed_date_time = self.completed_date_time.to_dict()
        else:
            completed_date_time = self.completed_date_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "FlagStatus": flag_status,
                "StartDateTime": start_date_time,
                "DueDateTime": due_date_time,
                "CompletedDateTime": completed_date_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_time_time_zone import DateTimeTimeZone

        d = dict(src_dict)
        flag_status = check_followup_flag_status(d.pop("FlagStatus"))

        def _parse_start_date_time(data: object) -> DateTimeTimeZone | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                start_date_time_type_0 = DateTimeTimeZone.from_dict(data)

                return start_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZone | None, data)

        start_date_time = _parse_start_date_time(d.pop("StartDateTime"))

        def _parse_due_date_time(data: object) -> DateTimeTimeZone | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_date_time_type_0 = DateTimeTimeZone.from_dict(data)

                return due_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZone | None, data)

        due_date_time = _parse_due_date_time(d.pop("DueDateTime"))

        def _parse_completed_date_time(data: object) -> DateTimeTimeZone | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completed_date_time_type_0 = DateTimeTimeZone.from_dict(data)

                return completed_date_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DateTimeTimeZone | None, data)

        completed_date_time = _parse_completed_date_time(d.pop("CompletedDateTime"))

        followup_flag = cls(
            flag_status=flag_status,
            start_date_time=start_date_time,
            due_date_time=due_date_time,
            completed_date_time=completed_date_time,
        )

        return followup_flag
