from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_input import RecipientInput


T = TypeVar("T", bound="ForwardBody")


@_attrs_define
class ForwardBody:
    """The parameters of `forward`.

    Attributes:
        to_recipients (list[RecipientInput]):
        comment (None | str | Unset):
    """

    to_recipients: list[RecipientInput]
    comment: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to_recipients = []
        for to_recipients_item_data in self.to_recipients:
            to_recipients_item = to_recipients_item_data.to_dict()
            to_recipients.append(to_recipients_item)

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ToRecipients": to_recipients,
            }
        )
        if comment is not UNSET:
            field_dict["Comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipient_input import RecipientInput

        d = dict(src_dict)
        to_recipients = []
        _to_recipients = d.pop("ToRecipients")
        for to_recipients_item_data in _to_recipients:
            to_recipients_item = RecipientInput.from_dict(to_recipients_item_data)

            to_recipients.append(to_recipients_item)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("Comment", UNSET))

        forward_body = cls(
            to_recipients=to_recipients,
            comment=comment,
        )

        return forward_body
