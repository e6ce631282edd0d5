from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxSettingsUpdateLanguage")


@_attrs_define
class MailboxSettingsUpdateLanguage:
    """
    Attributes:
        locale (str): A locale the mailbox offers (en-US, en-GB, en-AU, en-CA, fr-FR, fr-CA, de-DE, es-ES, es-MX, it-IT,
            nl-NL, pt-BR, pt-PT, sv-SE, da-DK, nb-NO, fi-FI, pl-PL, ru-RU, tr-TR, ja-JP, ko-KR, zh-CN, zh-TW),
            case-insensitively; another is 400 ErrorInvalidRequest.
        display_name (str | Unset): Ignored (it follows the Locale).
    """

    locale: str
    display_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        locale = self.locale

        display_name = self.display_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Locale": locale,
            }
        )
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locale = d.pop("Locale")

        display_name = d.pop("DisplayName", UNSET)

        mailbox_settings_update_language = cls(
            locale=locale,
            display_name=display_name,
        )

        return mailbox_settings_update_language
