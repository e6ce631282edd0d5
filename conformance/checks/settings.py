"""MailboxSettings (v2.0 reference: "Get all mailbox settings", "Get automatic replies settings", "Update automatic
replies settings"): read, change and refuse what is not a setting."""

from __future__ import annotations

from ..api import Api, expect_error, ok
from . import rule

PATH = "me/MailboxSettings"


def _restore(api: Api, before: dict) -> None:
    """Put the mailbox's settings back as they were (a live mailbox keeps them after the check)."""
    replies = {k: v for k, v in before["AutomaticRepliesSetting"].items() if not k.startswith("@")}
    api.later(
        lambda: api.patch(
            PATH,
            {
                "TimeZone": before["TimeZone"],
                "Language": {"Locale": before["Language"]["Locale"]},
                "AutomaticRepliesSetting": replies,
            },
        )
    )


@rule("settings.read_and_update", "mailbox_settings_patch_ignored")
def read_and_update(api: Api) -> None:
    """GET /me/MailboxSettings has AutomaticRepliesSetting, TimeZone and Language; PATCH changes what it names,
    keeps the rest and answers the whole settings; the members read alone say the same."""
    before = ok(api.get(PATH))
    assert before["@odata.context"].endswith("$metadata#Me/MailboxSettings"), before
    assert {"AutomaticRepliesSetting", "TimeZone", "Language"} <= set(before), before
    assert before["AutomaticRepliesSetting"]["Status"] in ("Disabled", "AlwaysEnabled", "Scheduled")
    assert set(before["Language"]) >= {"Locale", "DisplayName"}
    _restore(api, before)
    # The reference's PATCH: Status to Scheduled with a new schedule (its @odata.context included).
    change = {
        "@odata.context": "https://outlook.office.com/api/v2.0/$metadata#Me/MailboxSettings",
        "AutomaticRepliesSetting": {
            "Status": "Scheduled",
            "ScheduledStartDateTime": {"DateTime": "2016-03-20T18:00:00.0000000", "TimeZone": "UTC"},
            "ScheduledEndDateTime": {"DateTime": "2016-03-28T18:00:00.0000000", "TimeZone": "UTC"},
            "InternalReplyMessage": "<html><body><p>At the reunion.</p></body></html>",
        },
        "TimeZone": "Pacific Standard Time",
    }
    after = ok(api.patch(PATH, change))
    replies = after["AutomaticRepliesSetting"]
    assert replies["Status"] == "Scheduled" and after["TimeZone"] == "Pacific Standard Time", after
    assert replies["ScheduledStartDateTime"] == {"DateTime": "2016-03-20T18:00:00.0000000", "TimeZone": "UTC"}
    assert replies["ExternalAudience"] == before["AutomaticRepliesSetting"]["ExternalAudience"], "unnamed: kept"
    assert after["Language"] == before["Language"], "a member the PATCH does not name keeps its value"
    read = ok(api.get(f"{PATH}/AutomaticRepliesSetting"))
    assert read["@odata.context"].endswith("Me/MailboxSettings/AutomaticRepliesSetting"), read
    assert read["Status"] == "Scheduled" and read["InternalReplyMessage"] == replies["InternalReplyMessage"]
    zoned = ok(api.get(f"{PATH}/AutomaticRepliesSetting", prefer='outlook.timezone="Pacific Standard Time"'))
    assert zoned["ScheduledStartDateTime"] == {
        "DateTime": "2016-03-20T11:00:00.0000000",
        "TimeZone": "Pacific Standard Time",
    }, "Prefer: outlook.timezone sets the zone of the schedule"
    assert ok(api.get(f"{PATH}/TimeZone"))["value"] == "Pacific Standard Time"
    assert ok(api.patch(PATH, {"Language": {"Locale": "fr-FR"}}))["Language"] == {
        "Locale": "fr-FR",
        "DisplayName": "French (France)",
    }
    assert ok(api.get(f"{PATH}/Language"))["Locale"] == "fr-FR"


@rule("settings.bad_time_zone_is_400", "mailbox_settings_zone_unchecked")
def bad_time_zone(api: Api) -> None:
    """A TimeZone that names no Windows or IANA zone is 400 TimeZoneNotSupportedException, and nothing changes."""
    before = ok(api.get(PATH))
    _restore(api, before)
    expect_error(api.patch(PATH, {"TimeZone": "Mars Standard Time"}), 400, "TimeZoneNotSupportedException")
    assert ok(api.get(PATH))["TimeZone"] == before["TimeZone"]
    assert ok(api.patch(PATH, {"TimeZone": "Europe/Paris"}))["TimeZone"] == "Europe/Paris", "IANA names are zones"


@rule("settings.bad_values_are_400", "automatic_replies_schedule_unchecked")
def bad_values(api: Api) -> None:
    """A schedule that ends before it starts, an unknown Status, locale or property: 400, and nothing changes."""
    before = ok(api.get(PATH))
    _restore(api, before)
    backwards = {
        "AutomaticRepliesSetting": {
            "Status": "Scheduled",
            "ScheduledStartDateTime": {"DateTime": "2016-03-28T18:00:00", "TimeZone": "UTC"},
            "ScheduledEndDateTime": {"DateTime": "2016-03-20T18:00:00", "TimeZone": "UTC"},
        },
        "TimeZone": "Tokyo Standard Time",
    }
    expect_error(api.patch(PATH, backwards), 400, "ErrorInvalidRequest")
    expect_error(api.patch(PATH, {"AutomaticRepliesSetting": {"Status": "Sometimes"}}), 400, "RequestBodyRead")
    expect_error(api.patch(PATH, {"Language": {"Locale": "xx-YY"}}), 400, "ErrorInvalidRequest")
    expect_error(api.patch(PATH, {"Signature": "x"}), 400, "RequestBodyRead")
    after = ok(api.get(PATH))
    assert after["TimeZone"] == before["TimeZone"], "a refused PATCH changes nothing"
    assert after["AutomaticRepliesSetting"] == before["AutomaticRepliesSetting"], "a refused PATCH changes nothing"
