from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automatic_replies_setting_input import AutomaticRepliesSettingInput
    from ..models.mailbox_settings_update_language import MailboxSettingsUpdateLanguage


T = TypeVar("T", bound="MailboxSettingsUpdate")


@_attrs_define
class MailboxSettingsUpdate:
    """The settings to change; a member left out keeps its value. `Language.DisplayName` follows `Language.Locale`.
    OData annotations (`@…` keys) are accepted and ignored.

        Attributes:
            automatic_replies_setting (AutomaticRepliesSettingInput | Unset): The members of the automatic replies settings
                to change; the others keep their values.
            time_zone (str | Unset): A Windows (`Pacific Standard Time`) or IANA (`America/Los_Angeles`) zone name.
            language (MailboxSettingsUpdateLanguage | Unset):
    """

    automatic_replies_setting: AutomaticRepliesSettingInput | Unset = UNSET
    time_zone: str | Unset = UNSET
    language: MailboxSettingsUpdateLanguage | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        automatic_replies_setting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.automatic_replies_setting, Unset):
            automatic_replies_setting = self.automatic_replies_setting.to_dict()

        time_zone = self.time_zone

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if automatic_replies_setting is not UNSET:
            field_dict["AutomaticRepliesSetting"] = automatic_replies_setting
        if time_zone is not UNSET:
            field_dict["TimeZone"] = time_zone
        if language is not UNSET:
            field_dict["Language"] = language

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automatic_replies_setting_input import (
            AutomaticRepliesSettingInput,
        )
        from ..models.mailbox_settings_update_language import (
            MailboxSettingsUpdateLanguage,
        )

        d = dict(src_dict)
        _automatic_replies_setting = d.pop("AutomaticRepliesSetting", UNSET)
        automatic_replies_setting: AutomaticRepliesSettingInput | Unset
        if isinstance(_automatic_replies_setting, Unset):
            automatic_replies_setting = UNSET
        else:
            automatic_replies_setting = AutomaticRepliesSettingInput.from_dict(
                _automatic_replies_setting
            )

        time_zone = d.pop("TimeZone", UNSET)

        _language = d.pop("Language", UNSET)
        language: MailboxSettingsUpdateLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = MailboxSettingsUpdateLanguage.from_dict(_language)

        mailbox_settings_update = cls(
            automatic_replies_setting=automatic_replies_setting,
            time_zone=time_zone,
            language=language,
        )

        return mailbox_settings_update
