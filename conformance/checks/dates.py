"""StartDateTime / DueDateTime / CompletedDateTime and time zones (seed 000: 指定 StartDateTime 和 DueDateTime 属性)."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from ..api import Api, expect_error, key, ok
from . import rule

PST, EST = "Pacific Standard Time", "Eastern Standard Time"


def dtz(date_time: str, zone: str) -> dict:
    return {"DateTime": date_time, "TimeZone": zone}


@rule("dates.midnight_in_zone_returned_in_utc", "keep_time_part", "ignore_input_zone")
def midnight_in_zone(api: Api) -> None:
    """Start/Due: the time part is ignored, midnight in the given zone assumed, returned in UTC (seed example 1)."""
    folder = api.folder("Shopping")
    task = api.task(
        {
            "Subject": "Shop for dinner",
            "StartDateTime": dtz("2016-04-23T18:00:00", PST),
            "DueDateTime": dtz("2016-04-25T13:00:00", PST),
        },
        folder=folder["Id"],
    )
    assert task["StartDateTime"] == dtz("2016-04-23T07:00:00.0000000", "UTC")
    assert task["DueDateTime"] == dtz("2016-04-25T07:00:00.0000000", "UTC")
    assert task["ParentFolderId"] == folder["Id"]
    est = api.task({"StartDateTime": dtz("2016-04-26T09:00:00", EST)})
    assert est["StartDateTime"] == dtz("2016-04-26T04:00:00.0000000", "UTC")


@rule("dates.prefer_outlook_timezone", "ignore_prefer_timezone")
def prefer_timezone(api: Api) -> None:
    """Prefer: outlook.timezone puts every date of the response in that zone (seed example 2 and the PATCH example)."""
    prefer = f'outlook.timezone="{PST}"'
    task = api.task(
        {
            "Subject": "Shop for children's weekend",
            "StartDateTime": dtz("2016-05-03T09:00:00", EST),
            "DueDateTime": dtz("2016-05-05T16:00:00", EST),
        },
        prefer=prefer,
    )
    assert task["StartDateTime"] == dtz("2016-05-02T21:00:00.0000000", PST)
    assert task["DueDateTime"] == dtz("2016-05-04T21:00:00.0000000", PST)
    patched = ok(
        api.patch(
            f"me/tasks('{key(task['Id'])}')",
            {"DueDateTime": dtz("2016-05-06T16:00:00", EST)},
            prefer=f'outlook.timezone="{EST}"',
        )
    )
    assert patched["DueDateTime"] == dtz("2016-05-06T00:00:00.0000000", EST)
    assert patched["StartDateTime"] == dtz("2016-05-03T00:00:00.0000000", EST)
    plain = ok(api.get(f"me/tasks('{key(task['Id'])}')"))
    assert plain["StartDateTime"] == dtz("2016-05-03T04:00:00.0000000", "UTC")
    iana = ok(api.get(f"me/tasks('{key(task['Id'])}')", prefer='outlook.timezone="Asia/Kolkata"'))
    assert iana["StartDateTime"] == dtz("2016-05-03T09:30:00.0000000", "Asia/Kolkata")


_OFFSET_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$")


def _instant(text: str) -> datetime:
    assert _OFFSET_TIME.match(text), f"not a DateTimeOffset with at most 7 fractional digits: {text}"
    head, _, tail = text.partition(".")
    if tail:  # Python takes 6 fractional digits at most
        digits = re.match(r"\d+", tail)[0]
        text = f"{head}.{digits[:6].ljust(6, '0')}{tail[len(digits) :]}"
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@rule("dates.created_modified_offsets", "utc_offsets_despite_prefer")
def created_offsets(api: Api) -> None:
    """CreatedDateTime/LastModifiedDateTime are UTC (Z) by default and carry the Prefer zone's offset otherwise."""
    task = api.task()
    for name in ("CreatedDateTime", "LastModifiedDateTime"):
        assert task[name].endswith("Z"), task[name]
    zoned = ok(api.get(f"me/tasks('{key(task['Id'])}')", prefer=f'outlook.timezone="{PST}"'))
    for name in ("CreatedDateTime", "LastModifiedDateTime"):
        instant = _instant(zoned[name])
        expected = instant.astimezone(ZoneInfo("America/Los_Angeles")).utcoffset()
        assert instant.utcoffset() == expected, f"{name} {zoned[name]} is not in Pacific time"
        assert instant == _instant(task[name]), f"{name} names another instant"


@rule("dates.unknown_time_zone_is_400", "accept_unknown_zone")
def unknown_zone(api: Api) -> None:
    """An unknown zone, in the body or in Prefer, is a 400 TimeZoneNotSupportedException and creates nothing."""
    folder = api.folder()
    path = f"me/taskfolders('{key(folder['Id'])}')/tasks"
    answer = api.post(path, {"Subject": "x", "StartDateTime": dtz("2016-05-03T00:00:00", "Mars Standard Time")})
    expect_error(answer, 400, "TimeZoneNotSupportedException")
    answer = api.get(path, prefer='outlook.timezone="Australia Eastern Standard Time"')
    expect_error(answer, 400, "TimeZoneNotSupportedException")
    assert ok(api.get(path))["value"] == [], "a refused POST must not create anything"


@rule("dates.only_start_sets_due", "due_not_copied_from_start")
def only_start(api: Api) -> None:
    """Only StartDateTime set: DueDateTime is set to the same value."""
    task = api.task({"StartDateTime": dtz("2016-05-03T00:00:00", EST)})
    assert task["DueDateTime"] == task["StartDateTime"] == dtz("2016-05-03T04:00:00.0000000", "UTC")


@rule("dates.null_due_clears_start", "start_kept_when_due_cleared")
def null_due(api: Api) -> None:
    """DueDateTime set to null: StartDateTime becomes null too (on POST and on PATCH)."""
    created = api.task({"StartDateTime": dtz("2016-05-03T00:00:00", EST), "DueDateTime": None})
    assert created["StartDateTime"] is None and created["DueDateTime"] is None
    task = api.task({"StartDateTime": dtz("2016-05-03T00:00:00", EST), "DueDateTime": dtz("2016-05-05T00:00:00", EST)})
    patched = ok(api.patch(f"me/tasks('{key(task['Id'])}')", {"DueDateTime": None}))
    assert patched["DueDateTime"] is None and patched["StartDateTime"] is None


@rule("dates.start_after_due_is_400", "accept_start_after_due")
def start_after_due(api: Api) -> None:
    """StartDateTime later than DueDateTime is a 400, on POST and PATCH, and a refused PATCH changes nothing."""
    answer = api.post(
        "me/tasks",
        {
            "Subject": "x",
            "StartDateTime": dtz("2016-05-06T00:00:00", EST),
            "DueDateTime": dtz("2016-05-05T00:00:00", EST),
        },
    )
    expect_error(answer, 400, "ErrorInvalidRequest")
    task = api.task({"StartDateTime": dtz("2016-05-03T00:00:00", EST), "DueDateTime": dtz("2016-05-05T00:00:00", EST)})
    answer = api.patch(
        f"me/tasks('{key(task['Id'])}')", {"Subject": "changed", "StartDateTime": dtz("2016-05-09T00:00:00", EST)}
    )
    expect_error(answer, 400, "ErrorInvalidRequest")
    after = ok(api.get(f"me/tasks('{key(task['Id'])}')"))
    assert after["Subject"] == task["Subject"] and after["StartDateTime"] == task["StartDateTime"]
    assert after["ChangeKey"] == task["ChangeKey"]


@rule("dates.completed_requires_status_completed", "accept_completed_without_status")
def completed_needs_status(api: Api) -> None:
    """Setting CompletedDateTime by PATCH requires Status Completed."""
    task = api.task()
    path = f"me/tasks('{key(task['Id'])}')"
    expect_error(api.patch(path, {"CompletedDateTime": dtz("2016-05-04T10:00:00", PST)}), 400, "ErrorInvalidRequest")
    assert ok(api.get(path))["CompletedDateTime"] is None
    done = ok(api.patch(path, {"Status": "Completed", "CompletedDateTime": dtz("2016-05-04T10:00:00", PST)}))
    assert done["Status"] == "Completed"
    assert done["CompletedDateTime"] == dtz("2016-05-04T07:00:00.0000000", "UTC")
