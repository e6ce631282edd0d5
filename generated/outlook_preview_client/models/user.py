from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """The mailbox owner (the preview model's `User`, its properties). Read-only.

    Attributes:
        odata_id (str): `{base}/Users('{address}')`: it answers like `/Me`.
        id (str): The user's SMTP address.
        odata_context (str | Unset):
        odata_edit_link (str | Unset):
        display_name (str | Unset):
        alias (str | Unset): The Exchange alias (mail nickname), the local part of the SMTP address.
        mailbox_guid (UUID | Unset):
    """

    odata_id: str
    id: str
    odata_context: str | Unset = UNSET
    odata_edit_link: str | Unset = UNSET
    display_name: str | Unset = UNSET
    alias: str | Unset = UNSET
    mailbox_guid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        odata_id = self.odata_id

        id = self.id

        odata_context = self.odata_context

        odata_edit_link = self.odata_edit_link

        display_name = self.display_name

        alias = self.alias

        mailbox_guid: str | Unset = UNSET
        if not isinstance(self.mailbox_guid, Unset):
            mailbox_guid = str(self.mailbox_guid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@odata.id": odata_id,
                "Id": id,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context
        if odata_edit_link is not UNSET:
            field_dict["@odata.editLink"] = odata_edit_link
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if mailbox_guid is not UNSET:
            field_dict["MailboxGuid"] = mailbox_guid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        odata_id = d.pop("@odata.id")

        id = d.pop("Id")

        odata_context = d.pop("@odata.context", UNSET)

        odata_edit_link = d.pop("@odata.editLink", UNSET)

        display_name = d.pop("DisplayName", UNSET)

        alias = d.pop("Alias", UNSET)

        _mailbox_guid = d.pop("MailboxGuid", UNSET)
        mailbox_guid: UUID | Unset
        if isinstance(_mailbox_guid, Unset):
            mailbox_guid = UNSET
        else:
            mailbox_guid = UUID(_mailbox_guid)

        user = cls(
            odata_id=odata_id,
            id=id,
            odata_context=odata_context,
            odata_edit_link=odata_edit_link,
            display_name=display_name,
            alias=alias,
            mailbox_guid=mailbox_guid,
        )

        user.additional_properties = d
        return user

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
