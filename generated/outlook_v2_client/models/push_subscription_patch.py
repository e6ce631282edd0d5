from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushSubscriptionPatch")


@_attrs_define
class PushSubscriptionPatch:
    """A renewal; `{}` (or no body) extends the subscription by three days.

    Attributes:
        odata_type (Literal['#Microsoft.OutlookServices.PushSubscription'] | Unset):
        subscription_expiration_date_time (str | Unset): When the subscription should expire: a date and time with an
            offset (years 1601-4500, as every date the
            service stores). In the past: 400 ErrorInvalidRequest; more than three days on: three days on.
    """

    odata_type: Literal["#Microsoft.OutlookServices.PushSubscription"] | Unset = UNSET
    subscription_expiration_date_time: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_type = self.odata_type

        subscription_expiration_date_time = self.subscription_expiration_date_time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if odata_type is not UNSET:
            field_dict["@odata.type"] = odata_type
        if subscription_expiration_date_time is not UNSET:
            field_dict["SubscriptionExpirationDateTime"] = (
                subscription_expiration_date_time
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.OutlookServices.PushSubscription"] | Unset,
            d.pop("@odata.type", UNSET),
        )
        if (
            odata_type != "#Microsoft.OutlookServices.PushSubscription"
            and not isinstance(odata_type, Unset)
        ):
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.PushSubscription', got '{odata_type}'"
            )

        subscription_expiration_date_time = d.pop(
            "SubscriptionExpirationDateTime", UNSET
        )

        push_subscription_patch = cls(
            odata_type=odata_type,
            subscription_expiration_date_time=subscription_expiration_date_time,
        )

        return push_subscription_patch
