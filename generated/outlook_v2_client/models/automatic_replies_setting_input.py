from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.automatic_replies_status import (
    AutomaticRepliesStatus,
    check_automatic_replies_status,
)
from ..models.external_audience_scope import (
    ExternalAudienceScope,
    check_external_audience_scope,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.date_time_time_zone_input import DateTimeTimeZoneInput


T = TypeVar("T", bound="AutomaticRepliesSettingInput")


@_attrs_define
class AutomaticRepliesSettingInput:
    """The members of the automatic replies settings to change; the others keep their values.

    Attributes:
        status (AutomaticRepliesStatus | Unset): Whether automatic replies are sent. Request values are matched case-
            insensitively.
        external_audience (ExternalAudienceScope | Unset): Which outside senders get the external reply. Request values
            are matched case-insensitively.
        scheduled_start_date_time (DateTimeTimeZoneInput | Unset): A local date (and optional time, no offset) plus the
            time zone it is expressed in: a Windows time zone name
            (`Pacific Standard Time`) or an IANA name (`America/Los_Angeles`); unknown zone: 400
            TimeZoneNotSupportedException. `DateTime` is `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS` and up to 7
            fractional digits; the pattern limits years to 1601-4500 (roughly the range Outlook/Exchange can store)
            and checks month, day and time ranges (a day that does not exist, e.g. 2015-02-29, gives 400).
            OData annotations (`@…` keys) are accepted and ignored.
        scheduled_end_date_time (DateTimeTimeZoneInput | Unset): A local date (and optional time, no offset) plus the
            time zone it is expressed in: a Windows time zone name
            (`Pacific Standard Time`) or an IANA name (`America/Los_Angeles`); unknown zone: 400
            TimeZoneNotSupportedException. `DateTime` is `YYYY-MM-DD`, optionally followed by `THH:MM`, `:SS` and up to 7
            fractional digits; the pattern limits years to 1601-4500 (roughly the range Outlook/Exchange can store)
            and checks month, day and time ranges (a day that does not exist, e.g. 2015-02-29, gives 400).
            OData annotations (`@…` keys) are accepted and ignored.
        internal_reply_message (str | Unset):
        external_reply_message (str | Unset):
    """

    status: AutomaticRepliesStatus | Unset = UNSET
    external_audience: ExternalAudienceScope | Unset = UNSET
    scheduled_start_date_time: DateTimeTimeZoneInput | Unset = UNSET
    scheduled_end_date_time: DateTimeTimeZoneInput | Unset = UNSET
    internal_reply_message: str | Unset = UNSET
    external_reply_message: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        external_audience: str | Unset = UNSET
        if not isinstance(self.external_audience, Unset):
            external_audience = self.external_audience

        scheduled_start_date_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_start_date_time, Unset):
            scheduled_start_date_time = self.scheduled_start_date_time.to_dict()

        scheduled_end_date_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduled_end_date_time, Unset):
            scheduled_end_date_time = self.scheduled_end_date_time.to_dict()

        internal_reply_message = self.internal_reply_message

        external_reply_message = self.external_reply_message

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if external_audience is not UNSET:
            field_dict["ExternalAudience"] = external_audience
        if scheduled_start_date_time is not UNSET:
            field_dict["ScheduledStartDateTime"] = scheduled_start_date_time
        if scheduled_end_date_time is not UNSET:
            field_dict["ScheduledEndDateTime"] = scheduled_end_date_time
        if internal_reply_message is not UNSET:
            field_dict["InternalReplyMessage"] = internal_reply_message
        if external_reply_message is not UNSET:
            field_dict["ExternalReplyMessage"] = external_reply_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_time_time_zone_input import DateTimeTimeZoneInput

        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: AutomaticRepliesStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_automatic_replies_status(_status)

        _external_audience = d.pop("ExternalAudience", UNSET)
        external_audience: ExternalAudienceScope | Unset
        if isinstance(_external_audience, Unset):
            external_audience = UNSET
        else:
            external_audience = check_external_audience_scope(_external_audience)

        _scheduled_start_date_time = d.pop("ScheduledStartDateTime", UNSET)
        scheduled_start_date_time: DateTimeTimeZoneInput | Unset
        if isinstance(_scheduled_start_date_time, Unset):
            scheduled_start_date_time = UNSET
        else:
            scheduled_start_date_time = DateTimeTimeZoneInput.from_dict(
                _scheduled_start_date_time
            )

        _scheduled_end_date_time = d.pop("ScheduledEndDateTime", UNSET)
        scheduled_end_date_time: DateTimeTimeZoneInput | Unset
        if isinstance(_scheduled_end_date_time, Unset):
            scheduled_end_date_time = UNSET
        else:
            scheduled_end_date_time = DateTimeTimeZoneInput.from_dict(
                _scheduled_end_date_time
            )

        internal_reply_message = d.pop("InternalReplyMessage", UNSET)

        external_reply_message = d.pop("ExternalReplyMessage", UNSET)

        automatic_replies_setting_input = cls(
            status=status,
            external_audience=external_audience,
            scheduled_start_date_time=scheduled_start_date_time,
            scheduled_end_date_time=scheduled_end_date_time,
            internal_reply_message=internal_reply_message,
            external_reply_message=external_reply_message,
        )

        return automatic_replies_setting_input
