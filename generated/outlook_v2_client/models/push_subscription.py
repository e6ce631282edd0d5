from __future__ import annotations

import datetime
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

T = TypeVar("T", bound="PushSubscription")


@_attrs_define
class PushSubscription:
    """A push subscription, as returned (the CSDL's `PushSubscription`, derived from the abstract `Subscription`).
    `ClientState` only in the response to `createSubscription`.

        Attributes:
            odata_id (str): Absolute URL of the subscription, built from the request's host.
            id (str):
            resource (str): As the client wrote it.
            change_type (str): The change types, `Missed` included: e.g. `Created, Missed`.
            notification_url (str):
            subscription_expiration_date_time (datetime.datetime): Timestamp with offset: UTC with `Z` by default, or with
                the offset of the zone named in
                `Prefer: outlook.timezone`; at most 7 fractional digits.
            odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
                `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
                (`/api/beta/…` on the beta endpoint).
            odata_type (Literal['#Microsoft.OutlookServices.PushSubscription'] | Unset):
            client_state (None | str | Unset):
    """

    odata_id: str
    id: str
    resource: str
    change_type: str
    notification_url: str
    subscription_expiration_date_time: datetime.datetime
    odata_context: str | Unset = UNSET
    odata_type: Literal["#Microsoft.OutlookServices.PushSubscription"] | Unset = UNSET
    client_state: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        resource = self.resource

        change_type = self.change_type

        notification_url = self.notification_url

        subscription_expiration_date_time = (
            self.subscription_expiration_date_time.isoformat()
        )

        odata_context = self.odata_context

        odata_type = self.odata_type

        client_state: None | str | Unset
        if isinstance(self.client_state, Unset):
            client_state = UNSET
        else:
            client_state = self.client_state

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "@odata.id": odata_id,
                "Id": id,
                "Resource": resource,
                "ChangeType": change_type,
                "NotificationURL": notification_url,
                "SubscriptionExpirationDateTime": subscription_expiration_date_time,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if odata_type is not UNSET:
            field_dict["@odata.type"] = odata_type
        if client_state is not UNSET:
            field_dict["ClientState"] = client_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        resource = d.pop("Resource")

        change_type = d.pop("ChangeType")

        notification_url = d.pop("NotificationURL")

        subscription_expiration_date_time = datetime.datetime.fromisoformat(
            d.pop("SubscriptionExpirationDateTime")
        )

        odata_context = d.pop("@odata.context", UNSET)

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

        def _parse_client_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_state = _parse_client_state(d.pop("ClientState", UNSET))

        push_subscription = cls(
            odata_id=odata_id,
            id=id,
            resource=resource,
            change_type=change_type,
            notification_url=notification_url,
            subscription_expiration_date_time=subscription_expiration_date_time,
            odata_context=odata_context,
            odata_type=odata_type,
            client_state=client_state,
        )

        return push_subscription
