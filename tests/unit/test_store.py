"""The task store's rules, without HTTP."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from outlook_mock import recurrence as rec
from outlook_mock.errors import (
    ErrorDeleteDistinguishedFolder,
    ErrorFolderNotFound,
    ErrorInvalidIdMalformed,
    ErrorInvalidRequest,
    ErrorItemNotFound,
    TimeZoneNotSupportedException,
)
from outlook_mock.ids import new_id
from outlook_mock.store import Tenant
from outlook_mock.store.attachments import FileAttachment
from outlook_mock.store.tasks import DEFAULT_GROUP_KEY
from outlook_mock.store.values import LocalDateTime, TaskStatus

UTC = UTC


@pytest.fixture
def store():
    return Tenant.with_default_users().find_user("admin@contoso.com").mailbox.tasks


def at(text: str, zone: str = "UTC") -> LocalDateTime:
    return LocalDateTime(datetime.fromisoformat(text), zone)


def test_defaults(store) -> None:
    [group] = store.list_groups()
    assert (group.name, group.group_key, group.is_default) == ("My Tasks", DEFAULT_GROUP_KEY, True)
    assert store.get_folder("tasks") is store.default_folder  # the well-known name, any case
    assert store.default_folder.name == "Tasks" and store.default_folder.group_key == DEFAULT_GROUP_KEY


def test_dates_are_midnight_in_their_zone(store) -> None:
    task = store.create_task(
        {
            "start": at("2016-04-23T18:00:00", "Pacific Standard Time"),
            "due": at("2016-04-25T13:00:00", "Pacific Standard Time"),
        }
    )
    assert task.start.utc == datetime(2016, 4, 23, 7, tzinfo=UTC)
    assert task.due.utc == datetime(2016, 4, 25, 7, tzinfo=UTC)
    assert task.due.zone == "Pacific Standard Time"


def test_start_only_and_due_cleared(store) -> None:
    task = store.create_task({"start": at("2016-05-03T00:00:00")})
    assert task.due == task.start
    task = store.update_task(task.id, {"due": None})
    assert task.start is None and task.due is None


def test_refused_update_changes_nothing(store) -> None:
    task = store.create_task({"subject": "keep", "start": at("2016-05-03T00:00:00"), "due": at("2016-05-05T00:00:00")})
    with pytest.raises(ErrorInvalidRequest):
        store.update_task(task.id, {"subject": "lost", "start": at("2016-05-09T00:00:00")})
    kept = store.get_task(task.id)
    assert kept.subject == "keep" and kept.change_key == task.change_key


def test_unknown_zone(store) -> None:
    with pytest.raises(TimeZoneNotSupportedException):
        store.create_task({"due": at("2016-05-03T00:00:00", "Mars Standard Time")})
    assert store.list_tasks() == []


def test_completed_needs_status(store) -> None:
    task = store.create_task({})
    with pytest.raises(ErrorInvalidRequest):
        store.update_task(task.id, {"completed": at("2016-05-04T10:00:00")})
    done = store.update_task(task.id, {"status": TaskStatus.COMPLETED, "completed": at("2016-05-04T10:00:00")})
    assert done.completed.utc == datetime(2016, 5, 4, tzinfo=UTC)
    reopened = store.update_task(task.id, {"status": TaskStatus.IN_PROGRESS})
    assert reopened.completed is None


def test_complete_recurring_splits_off_the_occurrence(store) -> None:
    weekly = rec.PatternedRecurrence(
        rec.RecurrencePattern(rec.PatternType.Weekly, days_of_week=(rec.DayOfWeek.Monday,)),
        rec.RecurrenceRange(rec.RangeType.NoEnd, date(2016, 5, 2)),
    )
    task = store.create_task(
        {"recurrence": weekly, "start": at("2016-04-30T00:00:00"), "due": at("2016-05-02T00:00:00")}
    )
    done, series = store.complete_task(task.id)
    assert done.id != task.id and done.status is TaskStatus.COMPLETED and done.recurrence is None
    assert series.id == task.id and series.due.utc == datetime(2016, 5, 9, tzinfo=UTC)
    assert series.start.utc == datetime(2016, 5, 7, tzinfo=UTC)  # the lead time of two days is kept


def test_complete_plain_task_uses_the_zone_s_today(store) -> None:
    [done] = store.complete_task(store.create_task({}).id, zone="Pacific Standard Time")
    assert done.completed.zone == "Pacific Standard Time"
    assert done.completed.utc.astimezone(UTC).minute == 0


def test_default_folder_and_group_are_protected(store) -> None:
    with pytest.raises(ErrorDeleteDistinguishedFolder):
        store.delete_folder(store.default_folder.id)
    with pytest.raises(ErrorInvalidRequest):
        store.rename_folder("Tasks", "Other")
    group = store.list_groups()[0]
    with pytest.raises(ErrorDeleteDistinguishedFolder):
        store.delete_group(group.id)
    with pytest.raises(ErrorInvalidRequest):
        store.rename_group(group.id, "Other")


def test_deleting_a_group_deletes_its_folders_and_tasks(store) -> None:
    group = store.create_group("Leisure")
    folder = store.create_folder("Cooking", group.id)
    task = store.create_task({}, folder.id)
    store.delete_group(group.id)
    with pytest.raises(ErrorFolderNotFound):
        store.get_folder(folder.id)
    with pytest.raises(ErrorItemNotFound):
        store.get_task(task.id)


def test_ids_malformed_versus_missing(store) -> None:
    with pytest.raises(ErrorInvalidIdMalformed):
        store.get_task("AAMkADIyAAAhrbe-AAA=")
    with pytest.raises(ErrorItemNotFound):
        store.get_task(new_id("task"))


def test_every_write_changes_the_change_key(store) -> None:
    task = store.create_task({})
    keys = [task.change_key]
    keys.append(store.update_task(task.id, {"subject": "x"}).change_key)
    store.add_attachment(task.id, lambda id_, now: FileAttachment(id_, "a", now, content=b"x"))
    keys.append(store.get_task(task.id).change_key)
    assert len(set(keys)) == 3 and store.get_task(task.id).has_attachments


def test_task_changes_report_updates_and_deletions(store) -> None:
    a, b = store.create_task({}), store.create_task({})
    cursor = max(c.seq for c in store.task_changes("Tasks", 0))
    store.update_task(a.id, {"subject": "changed"})
    store.delete_task(b.id)
    ghost = store.create_task({})
    store.delete_task(ghost.id)  # created and deleted after the cursor: never seen, never reported
    changes = list(store.task_changes("Tasks", cursor))
    assert [(c.key, c.deleted) for c in changes] == [(a.id, False), (b.id, True)]
