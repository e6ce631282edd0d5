"""MailboxSettings of one mailbox: its time zone, automatic replies and language (reference: "MailboxSettings").

Rules that live here: the settings exist in every mailbox and cannot be created or deleted, only changed; the
TimeZone is a Windows or IANA zone name (stored as responses echo it); automatic replies are Disabled,
AlwaysEnabled or Scheduled, and a schedule's end must come after its start; the Locale is one the mailbox knows,
its DisplayName follows it. A change is applied whole or not at all.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from .. import timezones
from ..errors import ErrorInvalidRequest
from ..faults import broken
from .values import LocalDateTime, ZonedInstant

__all__ = ["AutomaticReplies", "AutomaticRepliesStatus", "ExternalAudienceScope", "LOCALES", "MailboxSettings"]


class AutomaticRepliesStatus(enum.StrEnum):
    DISABLED = "Disabled"
    ALWAYS_ENABLED = "AlwaysEnabled"
    SCHEDULED = "Scheduled"


class ExternalAudienceScope(enum.StrEnum):
    NONE = "None"
    CONTACTS_ONLY = "ContactsOnly"
    ALL = "All"


# The locales a mailbox may be set to, with their DisplayName (LocaleInfo): the languages Outlook on the web
# offered, named as Windows names them.
LOCALES = {
    "en-US": "English (United States)",
    "en-GB": "English (United Kingdom)",
    "en-AU": "English (Australia)",
    "en-CA": "English (Canada)",
    "fr-FR": "French (France)",
    "fr-CA": "French (Canada)",
    "de-DE": "German (Germany)",
    "es-ES": "Spanish (Spain)",
    "es-MX": "Spanish (Mexico)",
    "it-IT": "Italian (Italy)",
    "nl-NL": "Dutch (Netherlands)",
    "pt-BR": "Portuguese (Brazil)",
    "pt-PT": "Portuguese (Portugal)",
    "sv-SE": "Swedish (Sweden)",
    "da-DK": "Danish (Denmark)",
    "nb-NO": "Norwegian, Bokmål (Norway)",
    "fi-FI": "Finnish (Finland)",
    "pl-PL": "Polish (Poland)",
    "ru-RU": "Russian (Russia)",
    "tr-TR": "Turkish (Turkey)",
    "ja-JP": "Japanese (Japan)",
    "ko-KR": "Korean (Korea)",
    "zh-CN": "Chinese (Simplified, PRC)",
    "zh-TW": "Chinese (Traditional, Taiwan)",
}
_LOCALE_BY_LOWER = {name.lower(): name for name in LOCALES}


@dataclass(frozen=True)
class AutomaticReplies:
    status: AutomaticRepliesStatus
    external_audience: ExternalAudienceScope
    scheduled_start: ZonedInstant
    scheduled_end: ZonedInstant
    internal_reply_message: str = ""
    external_reply_message: str = ""


@dataclass
class MailboxSettings:
    automatic_replies: AutomaticReplies
    time_zone: str = "UTC"
    locale: str = "en-US"

    @property
    def language_name(self) -> str:
        return LOCALES[self.locale]

    @classmethod
    def default(cls, clock: Callable[[], datetime] | None = None) -> MailboxSettings:
        """A new mailbox's settings: UTC, en-US, automatic replies off (their schedule: the next hour, a day long)."""
        now = (clock or (lambda: datetime.now(UTC)))()
        start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        replies = AutomaticReplies(
            AutomaticRepliesStatus.DISABLED,
            ExternalAudienceScope.ALL,
            ZonedInstant(start, "UTC"),
            ZonedInstant(start + timedelta(days=1), "UTC"),
        )
        return cls(replies)

    def update(self, fields: Mapping[str, Any]) -> MailboxSettings:
        """Apply a PATCH: ``time_zone``, ``locale`` and ``automatic_replies`` (a mapping of its members, the
        schedule's ends as LocalDateTimes); members not given keep their values. All checked before any is kept."""
        time_zone, locale, replies = self.time_zone, self.locale, self.automatic_replies
        if "time_zone" in fields:
            # An unknown zone: 400 TimeZoneNotSupportedException (the zone machinery's refusal).
            time_zone = (
                fields["time_zone"]
                if broken("mailbox_settings_zone_unchecked")
                else (timezones.canonical_name(fields["time_zone"]))
            )
        if "locale" in fields:
            known = _LOCALE_BY_LOWER.get(str(fields["locale"]).lower())
            if known is None:
                raise ErrorInvalidRequest(f"The locale '{fields['locale']}' is not a supported language.")
            locale = known
        if "automatic_replies" in fields:
            replies = _replies(replies, fields["automatic_replies"])
        if not broken("mailbox_settings_patch_ignored"):
            self.time_zone, self.locale, self.automatic_replies = time_zone, locale, replies
        return self


def _instant(value: LocalDateTime) -> ZonedInstant:
    zone = timezones.canonical_name(value.zone)
    return ZonedInstant(timezones.local_to_utc(value.value, zone), zone)


def _replies(current: AutomaticReplies, changes: Mapping[str, Any]) -> AutomaticReplies:
    members = dict(changes)
    for end in ("scheduled_start", "scheduled_end"):
        if end in members:
            members[end] = _instant(members[end])
    replies = replace(current, **members)
    if replies.scheduled_end.utc <= replies.scheduled_start.utc and not broken("automatic_replies_schedule_unchecked"):
        raise ErrorInvalidRequest(
            "The ScheduledEndDateTime of automatic replies must be after their ScheduledStartDateTime."
        )
    return replies
