from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_input import RecipientInput


T = TypeVar("T", bound="CreateForwardBody")


@_attrs_define
class CreateForwardBody:
    """The parameters of `createforward` (the body may be left out; recipients can be added later).

    Attributes:
        comment (None | str | Unset):
        to_recipients (list[RecipientInput] | Unset):
    """

    comment: None | str | Unset = UNSET
    to_recipients: list[RecipientInput] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        to_recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.to_recipients, Unset):
            to_recipients = []
            for to_recipients_item_data in self.to_recipients:
                to_recipients_item = to_recipients_item_data.to_dict()
                to_recipients.append(to_recipients_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if to_recipients is not UNSET:
            field_dict["ToRecipients"] = to_recipients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipient_input import RecipientInput

        d = dict(src_dict)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("Comment", UNSET))

        _to_recipients = d.pop("ToRecipients", UNSET)
        to_recipients: list[RecipientInput] | Unset = UNSET
        if _to_recipients is not UNSET:
            to_recipients = []
            for to_recipients_item_data in _to_recipients:
                to_recipients_item = RecipientInput.from_dict(to_recipients_item_data)

                to_recipients.append(to_recipients_item)

        create_forward_body = cls(
            comment=comment,
            to_recipients=to_recipients,
        )

        return create_forward_body
