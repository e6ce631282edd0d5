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

from ..models.notification_change_type import (
    NotificationChangeType,
    check_notification_change_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity import Entity


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """One change (the CSDL's `Notification`). `Id` is always null (unused, as the reference says). `Resource` and
    `ResourceData.@odata.id` are the changed item's URL; `ResourceData` is absent on a `Missed` notification,
    whose `Resource` is the subscription's.

        Attributes:
            odata_type (Literal['#Microsoft.OutlookServices.Notification']):
            subscription_id (str):
            subscription_expiration_date_time (datetime.datetime): Timestamp with offset: UTC with `Z` by default, or with
                the offset of the zone named in
                `Prefer: outlook.timezone`; at most 7 fractional digits.
            sequence_number (int): 1, 2, 3, … per subscription, in the order the changes happened.
            change_type (NotificationChangeType):
            resource (str):
            id (None | Unset):
            resource_data (Entity | Unset): The changed item: its entity type, URL, `@odata.etag` (its ChangeKey after the
                change, or the last one before
                a delete) and Id.
    """

    odata_type: Literal["#Microsoft.OutlookServices.Notification"]
    subscription_id: str
    subscription_expiration_date_time: datetime.datetime
    sequence_number: int
    change_type: NotificationChangeType
    resource: str
    id: None | Unset = UNSET
    resource_data: Entity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        odata_type = self.odata_type

        subscription_id = self.subscription_id

        subscription_expiration_date_time = (
            self.subscription_expiration_date_time.isoformat()
        )

        sequence_number = self.sequence_number

        change_type: str = self.change_type

        resource = self.resource

        id = self.id

        resource_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_data, Unset):
            resource_data = self.resource_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.type": odata_type,
                "SubscriptionId": subscription_id,
                "SubscriptionExpirationDateTime": subscription_expiration_date_time,
                "SequenceNumber": sequence_number,
                "ChangeType": change_type,
                "Resource": resource,
            }
        )
        if id is not UNSET:
            field_dict["Id"] = id
        if resource_data is not UNSET:
            field_dict["ResourceData"] = resource_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity import Entity

        d = dict(src_dict)
        odata_type = cast(
            Literal["#Microsoft.OutlookServices.Notification"], d.pop("@odata.type")
        )
        if odata_type != "#Microsoft.OutlookServices.Notification":
            raise ValueError(
                f"@odata.type must match const '#Microsoft.OutlookServices.Notification', got '{odata_type}'"
            )

        subscription_id = d.pop("SubscriptionId")

        subscription_expiration_date_time = datetime.datetime.fromisoformat(
            d.pop("SubscriptionExpirationDateTime")
        )

        sequence_number = d.pop("SequenceNumber")

        change_type = check_notification_change_type(d.pop("ChangeType"))

        resource = d.pop("Resource")

        id = d.pop("Id", UNSET)

        _resource_data = d.pop("ResourceData", UNSET)
        resource_data: Entity | Unset
        if isinstance(_resource_data, Unset):
            resource_data = UNSET
        else:
            resource_data = Entity.from_dict(_resource_data)

        notification = cls(
            odata_type=odata_type,
            subscription_id=subscription_id,
            subscription_expiration_date_time=subscription_expiration_date_time,
            sequence_number=sequence_number,
            change_type=change_type,
            resource=resource,
            id=id,
            resource_data=resource_data,
        )

        notification.additional_properties = d
        return notification

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
