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

T = TypeVar("T", bound="NewPushSubscription")


@_attrs_define
class NewPushSubscription:
    """A subscription to create (the reference's `PushSubscription`, its writable properties). `ChangeType`: one or
    more of `Created`, `Updated`, `Deleted` (and `Missed`, which is always added), comma separated.

        Attributes:
            odata_type (Literal['#Microsoft.OutlookServices.PushSubscription']):
            resource (str): The collection to watch (see "Push notifications"), optionally with `?$filter=…`.
            notification_url (str): Where the validation request and the notifications are POSTed.
            change_type (str):
            client_state (None | str | Unset): Sent back as the `ClientState` header of the validation request and of every
                notification.
            subscription_expiration_date_time (str | Unset): When the subscription should expire: a date and time with an
                offset (years 1601-4500, as every date the
                service stores). In the past: 400 ErrorInvalidRequest; more than three days on: three days on.
    """

    odata_type: Literal["#Microsoft.OutlookServices.PushSubscription"]
    resource: str
    notification_url: str
    change_type: str
    client_state: None | str | Unset = UNSET
    subscription_expiration_date_time: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_type = self.odata_type

        resource = self.resource

        notification_url = self.notification_url

        change_type = self.change_type

        client_state: None | str | Unset
        if isinstance(self.client_state, Unset):
            client_state = UNSET
        else:
            client_state = self.client_state

        subscription_expiration_date_time = self.subscription_expiration_date_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.type": odata_type,
                "Resource": resource,
                "NotificationURL": notification_url,
                "ChangeType": change_type,
            }
        )
        if client_state is not UNSET:
            field_dict["ClientState"] = client_state
        if subscription_expiration_date_time is not UNSET:
            field_dict["SubscriptionExpirationDateTime"] = (
                subscription_expiration_date_time
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.OutlookServices.PushSubscription"], d.pop("@odata.type")
        )
        if odata_type != "#Microsoft.OutlookServices.PushSubscription":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.PushSubscription', got '{odata_type}'"
            )

        resource = d.pop("Resource")

        notification_url = d.pop("NotificationURL")

        change_type = d.pop("ChangeType")

        def _parse_client_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_state = _parse_client_state(d.pop("ClientState", UNSET))

        subscription_expiration_date_time = d.pop(
            "SubscriptionExpirationDateTime", UNSET
        )

        new_push_subscription = cls(
            odata_type=odata_type,
            resource=resource,
            notification_url=notification_url,
            change_type=change_type,
            client_state=client_state,
            subscription_expiration_date_time=subscription_expiration_date_time,
        )

        return new_push_subscription
