"""The complete action (seed 000: 完成任务)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from ..api import Api, key, ok
from . import rule
from .dates import PST, dtz


def _today(zone: str) -> str:
    return datetime.now(UTC).astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT00:00:00.0000000")


@rule("complete.status_and_midnight_today", "complete_leaves_status", "complete_stamps_now")
def complete_sets_status(api: Api) -> None:
    """complete: Status Completed and CompletedDateTime today's midnight (Prefer zone, else UTC), as a collection."""
    task = api.task({"StartDateTime": dtz("2016-04-21T00:00:00", PST), "DueDateTime": dtz("2016-04-25T00:00:00", PST)})
    answer = ok(api.post(f"me/tasks('{key(task['Id'])}')/complete", prefer=f'outlook.timezone="{PST}"'))
    assert answer["@odata.context"].endswith("$metadata#Me/Tasks"), answer["@odata.context"]
    [done] = answer["value"]
    assert done["Id"] == task["Id"] and done["Status"] == "Completed"
    assert done["CompletedDateTime"] == dtz(_today("America/Los_Angeles"), PST)
    assert done["DueDateTime"] == dtz("2016-04-25T00:00:00.0000000", PST)
    other = api.task()
    [utc_done] = ok(api.post(f"me/tasks('{key(other['Id'])}')/complete"))["value"]
    assert utc_done["CompletedDateTime"] == dtz(_today("UTC"), "UTC")
    assert ok(api.get(f"me/tasks('{key(other['Id'])}')"))["Status"] == "Completed"


def _recurring(api: Api, due: str, pattern: dict, range_: dict) -> dict:
    return api.task(
        {
            "Subject": "recurring",
            "StartDateTime": dtz(f"{due}T00:00:00", "UTC"),
            "DueDateTime": dtz(f"{due}T00:00:00", "UTC"),
            "Recurrence": {"Pattern": pattern, "Range": range_},
        }
    )


# (pattern, range, due of the current occurrence, due of the next one or None when the series ends)
SERIES = {
    "daily every 3 days": (
        {"Type": "Daily", "Interval": 3},
        {"Type": "NoEnd", "StartDate": "2016-05-02"},
        "2016-05-02",
        "2016-05-05",
    ),
    "weekly on Monday": (
        {"Type": "Weekly", "Interval": 1, "DaysOfWeek": ["Monday"], "FirstDayOfWeek": "Sunday"},
        {"Type": "NoEnd", "StartDate": "2016-05-02"},
        "2016-05-02",
        "2016-05-09",
    ),
    "absolute monthly on the 15th": (
        {"Type": "AbsoluteMonthly", "Interval": 1, "DayOfMonth": 15},
        {"Type": "NoEnd", "StartDate": "2016-05-15"},
        "2016-05-15",
        "2016-06-15",
    ),
    "relative monthly, second Tuesday": (
        {"Type": "RelativeMonthly", "Interval": 1, "DaysOfWeek": ["Tuesday"], "Index": "Second"},
        {"Type": "NoEnd", "StartDate": "2016-05-01"},
        "2016-05-10",
        "2016-06-14",
    ),
    "absolute yearly, 2 May": (
        {"Type": "AbsoluteYearly", "Interval": 1, "Month": 5, "DayOfMonth": 2},
        {"Type": "NoEnd", "StartDate": "2016-05-02"},
        "2016-05-02",
        "2017-05-02",
    ),
    "relative yearly, last Friday of May": (
        {"Type": "RelativeYearly", "Interval": 1, "Month": 5, "DaysOfWeek": ["Friday"], "Index": "Last"},
        {"Type": "NoEnd", "StartDate": "2016-05-01"},
        "2016-05-27",
        "2017-05-26",
    ),
    "numbered, 2 occurrences": (
        {"Type": "Daily", "Interval": 1},
        {"Type": "Numbered", "StartDate": "2016-05-02", "NumberOfOccurrences": 2},
        "2016-05-02",
        "2016-05-03",
    ),
    "end date reached": (
        {"Type": "Weekly", "Interval": 1, "DaysOfWeek": ["Monday"], "FirstDayOfWeek": "Sunday"},
        {"Type": "EndDate", "StartDate": "2016-05-02", "EndDate": "2016-05-08"},
        "2016-05-02",
        None,
    ),
}


@rule("complete.recurring_returns_next_occurrence", "complete_recurring_no_next")
def complete_recurring(api: Api) -> None:
    """Completing a recurring task returns the completed task and the next one of the series, for every pattern."""
    for name, (pattern, range_, due, nxt) in SERIES.items():
        task = _recurring(api, due, pattern, range_)
        value = ok(api.post(f"me/tasks('{key(task['Id'])}')/complete"))["value"]
        if nxt is None:
            assert len(value) == 1, f"{name}: the series has ended, yet {len(value)} tasks came back"
            assert value[0]["Id"] == task["Id"] and value[0]["Status"] == "Completed", name
            continue
        assert len(value) == 2, f"{name}: expected the completed task and the next one, got {len(value)}"
        done, following = value
        api._undo.append(f"me/tasks('{key(done['Id'])}')")
        assert done["Status"] == "Completed" and done["Recurrence"] is None, name
        assert done["DueDateTime"] == dtz(f"{due}T00:00:00.0000000", "UTC"), name
        assert following["Id"] == task["Id"] and following["Status"] == "NotStarted", name
        assert following["DueDateTime"] == dtz(f"{nxt}T00:00:00.0000000", "UTC"), f"{name}: {following['DueDateTime']}"
        assert following["StartDateTime"] == following["DueDateTime"], name
        assert following["Recurrence"] == task["Recurrence"], name


@rule("complete.numbered_series_ends", "numbered_series_never_ends")
def numbered_series_ends(api: Api) -> None:
    """A Numbered series completes for good after its last occurrence."""
    pattern, range_, due, _ = SERIES["numbered, 2 occurrences"]
    task = _recurring(api, due, pattern, range_)
    path = f"me/tasks('{key(task['Id'])}')/complete"
    first = ok(api.post(path))["value"]
    assert len(first) == 2
    api._undo.append(f"me/tasks('{key(first[0]['Id'])}')")
    second = ok(api.post(path))["value"]
    assert [t["Id"] for t in second] == [task["Id"]] and second[0]["Status"] == "Completed"
