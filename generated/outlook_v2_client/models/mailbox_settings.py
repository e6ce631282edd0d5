from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.automatic_replies_setting import AutomaticRepliesSetting
    from ..models.locale_info import LocaleInfo


T = TypeVar("T", bound="MailboxSettings")


@_attrs_define
class MailboxSettings:
    """The signed-in user's mailbox settings (Microsoft.OutlookServices.MailboxSettings).

    Attributes:
        automatic_replies_setting (AutomaticRepliesSetting): Automatic replies to incoming mail: `InternalReplyMessage`
            goes to senders in the organisation,
            `ExternalReplyMessage` to the `ExternalAudience` outside it, while `Status` is `AlwaysEnabled`, or
            `Scheduled` between `ScheduledStartDateTime` and `ScheduledEndDateTime`.
        time_zone (str): The mailbox's default time zone (a Windows or IANA name, as it was set).
        language (LocaleInfo): The user's locale (`Locale`, e.g. `en-US`) and its natural-language name (`DisplayName`).
        odata_context (str | Unset): Absolute `@odata.context` URL, e.g.
            `https://<host>/api/v2.0/$metadata#Me/Tasks/$entity`
            (`/api/beta/…` on the beta endpoint).
    """

    automatic_replies_setting: AutomaticRepliesSetting
    time_zone: str
    language: LocaleInfo
    odata_context: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        automatic_replies_setting = self.automatic_replies_setting.to_dict()

        time_zone = self.time_zone

        language = self.language.to_dict()

        odata_context = self.odata_context

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "AutomaticRepliesSetting": automatic_replies_setting,
                "TimeZone": time_zone,
                "Language": language,
            }
        )
        if odata_context is not UNSET:
            field_dict["@odata.context"] = odata_context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.automatic_replies_setting import AutomaticRepliesSetting
        from ..models.locale_info import LocaleInfo

        d = dict(src_dict)
        automatic_replies_setting = AutomaticRepliesSetting.from_dict(
            d.pop("AutomaticRepliesSetting")
        )

        time_zone = d.pop("TimeZone")

        language = LocaleInfo.from_dict(d.pop("Language"))

        odata_context = d.pop("@odata.context", UNSET)

        mailbox_settings = cls(
            automatic_replies_setting=automatic_replies_setting,
            time_zone=time_zone,
            language=language,
            odata_context=odata_context,
        )

        return mailbox_settings
