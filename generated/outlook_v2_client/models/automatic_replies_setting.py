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

if TYPE_CHECKING:
    from ..models.date_time_time_zone import DateTimeTimeZone


T = TypeVar("T", bound="AutomaticRepliesSetting")


@_attrs_define
class AutomaticRepliesSetting:
    """Automatic replies to incoming mail: `InternalReplyMessage` goes to senders in the organisation,
    `ExternalReplyMessage` to the `ExternalAudience` outside it, while `Status` is `AlwaysEnabled`, or
    `Scheduled` between `ScheduledStartDateTime` and `ScheduledEndDateTime`.

        Attributes:
            status (AutomaticRepliesStatus): Whether automatic replies are sent. Request values are matched case-
                insensitively.
            external_audience (ExternalAudienceScope): Which outside senders get the external reply. Request values are
                matched case-insensitively.
            scheduled_start_date_time (DateTimeTimeZone): A date and time in a time zone, as returned: `DateTime` has no
                offset and exactly 7 fractional digits;
                `TimeZone` is `UTC` unless `Prefer: outlook.timezone` named another zone.
            scheduled_end_date_time (DateTimeTimeZone): A date and time in a time zone, as returned: `DateTime` has no
                offset and exactly 7 fractional digits;
                `TimeZone` is `UTC` unless `Prefer: outlook.timezone` named another zone.
            internal_reply_message (str):
            external_reply_message (str):
    """

    status: AutomaticRepliesStatus
    external_audience: ExternalAudienceScope
    scheduled_start_date_time: DateTimeTimeZone
    scheduled_end_date_time: DateTimeTimeZone
    internal_reply_message: str
    external_reply_message: str

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        external_audience: str = self.external_audience

        scheduled_start_date_time = self.scheduled_start_date_time.to_dict()

        scheduled_end_date_time = self.scheduled_end_date_time.to_dict()

        internal_reply_message = self.internal_reply_message

        external_reply_message = self.external_reply_message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Status": status,
                "ExternalAudience": external_audience,
                "ScheduledStartDateTime": scheduled_start_date_time,
                "ScheduledEndDateTime": scheduled_end_date_time,
                "InternalReplyMessage": internal_reply_message,
                "ExternalReplyMessage": external_reply_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_time_time_zone import DateTimeTimeZone

        d = dict(src_dict)
        status = check_automatic_replies_status(d.pop("Status"))

        external_audience = check_external_audience_scope(d.pop("ExternalAudience"))

        scheduled_start_date_time = DateTimeTimeZone.from_dict(
            d.pop("ScheduledStartDateTime")
        )

        scheduled_end_date_time = DateTimeTimeZone.from_dict(
            d.pop("ScheduledEndDateTime")
        )

        internal_reply_message = d.pop("InternalReplyMessage")

        external_reply_message = d.pop("ExternalReplyMessage")

        automatic_replies_setting = cls(
            status=status,
            external_audience=external_audience,
            scheduled_start_date_time=scheduled_start_date_time,
            scheduled_end_date_time=scheduled_end_date_time,
            internal_reply_message=internal_reply_message,
            external_reply_message=external_reply_message,
        )

        return automatic_replies_setting
