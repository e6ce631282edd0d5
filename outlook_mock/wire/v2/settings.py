"""v2.0 MailboxSettings: ``GET``/``PATCH /me/MailboxSettings`` and the reads of its members.

The reference documents these for beta ("this feature is currently available in beta" in its v2.0 sections);
the real service answered them in v2.0 as well, and clients call them there, so both roots serve them. The
rules are the store's (``store/settings.py``); this layer reads and writes the JSON shapes of the reference.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.responses import Response

from ...errors import ErrorInvalidProperty, RequestBodyRead
from ...store import Mailbox
from ...store.settings import AutomaticReplies, AutomaticRepliesStatus, ExternalAudienceScope, MailboxSettings
from ...store.values import ZonedInstant
from ..formats import local_fixed
from ..http import Call, json_response
from . import representations as rep
from .common import context_url, request_view

_REPLIES_MEMBERS = {
    "Status": ("status", rep._enum(AutomaticRepliesStatus)),
    "ExternalAudience": ("external_audience", rep._enum(ExternalAudienceScope)),
    "ScheduledStartDateTime": ("scheduled_start", rep._local_date_time),
    "ScheduledEndDateTime": ("scheduled_end", rep._local_date_time),
    "InternalReplyMessage": ("internal_reply_message", rep._string),
    "ExternalReplyMessage": ("external_reply_message", rep._string),
}
TYPE = "Microsoft.OutlookServices.MailboxSettings"


# -- rendering -------------------------------------------------------------------------
def _time(value: ZonedInstant, zone: str | None) -> dict:
    """A schedule end in UTC, or in the Prefer: outlook.timezone zone (the reference)."""
    shown = zone or "UTC"
    return {"DateTime": local_fixed(value.utc, shown), "TimeZone": shown}


def render_replies(replies: AutomaticReplies, zone: str | None) -> dict:
    return {
        "Status": replies.status.value,
        "ExternalAudience": replies.external_audience.value,
        "ScheduledStartDateTime": _time(replies.scheduled_start, zone),
        "ScheduledEndDateTime": _time(replies.scheduled_end, zone),
        "InternalReplyMessage": replies.internal_reply_message,
        "ExternalReplyMessage": replies.external_reply_message,
    }


def render_language(settings: MailboxSettings) -> dict:
    return {"Locale": settings.locale, "DisplayName": settings.language_name}


def render_settings(settings: MailboxSettings, zone: str | None) -> dict:
    return {
        "AutomaticRepliesSetting": render_replies(settings.automatic_replies, zone),
        "TimeZone": settings.time_zone,
        "Language": render_language(settings),
    }


# -- parsing ---------------------------------------------------------------------------
def parse_settings(body: Mapping[str, Any]) -> dict[str, Any]:
    """A PATCH body -> the store's fields (``time_zone``, ``locale``, ``automatic_replies``)."""
    fields: dict[str, Any] = {}
    for name, value in body.items():
        if name.startswith("@"):
            continue  # the reference's PATCH sample carries @odata.context
        if name == "TimeZone":
            fields["time_zone"] = rep._nonempty_string(value, name)
        elif name == "Language":
            language = rep._properties(value, "LocaleInfo", {"Locale": rep._string, "DisplayName": rep._string})
            if "DisplayName" in language and "Locale" not in language:
                raise ErrorInvalidProperty("The property 'DisplayName' of 'Language' is read-only: set its Locale.")
            if "Locale" in language:
                fields["locale"] = language["Locale"]  # DisplayName follows the Locale (a written one is ignored)
        elif name == "AutomaticRepliesSetting":
            members = rep._object(value, name)
            replies = {}
            for member, raw in members.items():
                if member.startswith("@"):
                    continue
                if member not in _REPLIES_MEMBERS:
                    raise RequestBodyRead(f"The property '{member}' does not exist on type 'AutomaticRepliesSetting'.")
                store_name, parse = _REPLIES_MEMBERS[member]
                replies[store_name] = parse(raw, f"{name}.{member}")
            fields["automatic_replies"] = replies
        else:
            raise RequestBodyRead(f"The property '{name}' does not exist on type '{TYPE}'.")
    return fields


# -- handlers --------------------------------------------------------------------------
def get_settings(call: Call, mailbox: Mailbox) -> Response:
    body = {"@odata.context": context_url(call, "Me/MailboxSettings")}
    body.update(render_settings(mailbox.settings, request_view(call).zone))
    return json_response(body)


def update_settings(call: Call, mailbox: Mailbox) -> Response:
    mailbox.settings.update(parse_settings(call.json()))
    return get_settings(call, mailbox)


def get_automatic_replies(call: Call, mailbox: Mailbox) -> Response:
    body = {"@odata.context": context_url(call, "Me/MailboxSettings/AutomaticRepliesSetting")}
    body.update(render_replies(mailbox.settings.automatic_replies, request_view(call).zone))
    return json_response(body)


def get_time_zone(call: Call, mailbox: Mailbox) -> Response:
    return json_response(
        {"@odata.context": context_url(call, "Me/MailboxSettings/TimeZone"), "value": mailbox.settings.time_zone}
    )


def get_language(call: Call, mailbox: Mailbox) -> Response:
    body = {"@odata.context": context_url(call, "Me/MailboxSettings/Language")}
    body.update(render_language(mailbox.settings))
    return json_response(body)
