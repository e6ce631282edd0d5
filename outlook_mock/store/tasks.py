"""The Outlook task state of one mailbox: task groups, task folders, tasks and their attachments.

Every documented rule of the Task API lives here (dates, completion,
recurrence, default folder and group); none of HTTP or JSON does.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .. import recurrence, timezones
from ..errors import (
    ErrorDeleteDistinguishedFolder,
    ErrorFolderNotFound,
    ErrorInvalidRequest,
    ErrorItemNotFound,
    TimeZoneNotSupportedException,
)
from ..faults import broken
from ..ids import check_id, new_change_key, new_id
from .attachments import Attachment, AttachmentStore, WithAttachments
from .changes import Change, Sequence
from .extended_properties import ExtendedChanges, ExtendedProperties
from .indexes import ALL, ItemTable, Tracked
from .values import NO_BODY, Importance, ItemBody, LocalDateTime, Sensitivity, TaskStatus, ZonedInstant

__all__ = ["DEFAULT_GROUP_KEY", "Task", "TaskFolder", "TaskGroup", "TaskStore", "TASK_FIELDS"]

DEFAULT_GROUP_KEY = uuid.UUID("0006f0b7-0000-0000-c000-000000000046")
DEFAULT_GROUP_NAME = "My Tasks"
DEFAULT_FOLDER_NAME = "Tasks"
# A series ends where the calendar does: completing moves a series up to 999 years at a time
# (Interval 999, yearly), and an occurrence on the very last day, 9999-12-31, could not be shown
# in zones ahead of UTC. The day before it keeps every date of a task within reach of every zone.
LAST_OCCURRENCE = date(9999, 12, 30)

# The writable fields of a task, by their store names.
TASK_FIELDS = frozenset(
    {
        "subject",
        "body",
        "categories",
        "importance",
        "sensitivity",
        "status",
        "is_reminder_on",
        "start",
        "due",
        "completed",
        "reminder",
        "recurrence",
        "extended",
    }
)


@dataclass
class TaskGroup(Tracked):
    id: str
    name: str
    group_key: uuid.UUID
    is_default: bool = False
    change_key: str = field(default_factory=new_change_key)


@dataclass
class TaskFolder(Tracked):
    id: str
    name: str
    group_key: uuid.UUID
    is_default: bool = False
    change_key: str = field(default_factory=new_change_key)
    extended: ExtendedProperties = field(default_factory=ExtendedProperties.none)


@dataclass
class Task(Tracked, WithAttachments):
    id: str
    folder_id: str
    owner: str
    created: datetime
    last_modified: datetime
    change_key: str = field(default_factory=new_change_key)
    subject: str = ""
    body: ItemBody = NO_BODY
    categories: tuple[str, ...] = ()
    importance: Importance = Importance.NORMAL
    sensitivity: Sensitivity = Sensitivity.NORMAL
    status: TaskStatus = TaskStatus.NOT_STARTED
    is_reminder_on: bool = False
    assigned_to: str | None = None
    start: ZonedInstant | None = None
    due: ZonedInstant | None = None
    completed: ZonedInstant | None = None
    reminder: ZonedInstant | None = None
    recurrence: recurrence.PatternedRecurrence | None = None
    # Attachment by id: an ItemTable from the first attachment on (most items have none: a dict is lighter).
    attachments: dict[str, Attachment] = field(default_factory=dict)
    extended: ExtendedProperties = field(default_factory=ExtendedProperties.none)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _date_in_zone(value: LocalDateTime | None) -> ZonedInstant | None:
    """Task dates are dates: the time part is ignored and midnight in the given zone assumed."""
    if value is None:
        return None
    try:
        zone = timezones.canonical_name(value.zone)
    except TimeZoneNotSupportedException:
        if not broken("accept_unknown_zone"):
            raise
        zone = "UTC"
    if broken("keep_time_part"):
        return ZonedInstant(timezones.local_to_utc(value.value, zone), zone)
    return ZonedInstant(
        timezones.midnight_utc(value.value.date(), "UTC" if broken("ignore_input_zone") else zone), zone
    )


def _instant(value: LocalDateTime | None) -> ZonedInstant | None:
    if value is None:
        return None
    zone = timezones.canonical_name(value.zone)
    return ZonedInstant(timezones.local_to_utc(value.value, zone), zone)


def _today(zone: str) -> ZonedInstant:
    zone = timezones.canonical_name(zone)
    return ZonedInstant(timezones.midnight_utc(timezones.today_in(zone), zone), zone)


def _local_date(value: ZonedInstant):
    return timezones.utc_to_local(value.utc, value.zone).date()


class TaskStore(AttachmentStore):
    """Task groups, folders and tasks of one mailbox, with their change logs for sync."""

    def __init__(self, owner: str, seq: Sequence, clock: Callable[[], datetime] = _utc_now) -> None:
        self.owner = owner
        self._seq = seq
        self._next_seq = seq.next
        self._clock = clock
        self.groups: ItemTable = ItemTable()
        # Sync: the folders as one flat collection, the tasks per folder (the tables keep the logs).
        self.folders: ItemTable = ItemTable(container="group_key", changes=seq.next, log_all=True)
        self.tasks: ItemTable = ItemTable(container="folder_id", changes=seq.next)
        group_key = uuid.uuid4() if broken("default_group_key_random") else DEFAULT_GROUP_KEY
        default_group = TaskGroup(new_id("group"), DEFAULT_GROUP_NAME, group_key, is_default=True)
        self.groups[default_group.id] = default_group
        self.default_folder = self._add_folder(DEFAULT_FOLDER_NAME, default_group, is_default=True)

    # -- task groups ---------------------------------------------------------
    def list_groups(self) -> list[TaskGroup]:
        return list(self.groups.values())

    def get_group(self, group_id: str) -> TaskGroup:
        group = self.groups.get(check_id(group_id))
        if group is None:
            raise ErrorItemNotFound("The specified object was not found in the store.")
        return group

    def create_group(self, name: str) -> TaskGroup:
        group = TaskGroup(new_id("group"), _require_name(name), uuid.uuid4())
        if not broken("created_group_not_stored"):
            self.groups[group.id] = group
        return group

    def rename_group(self, group_id: str, name: str | None) -> TaskGroup:
        group = self.get_group(group_id)
        if name is not None and name != group.name:
            if group.is_default and not broken("allow_rename_default_group"):
                raise ErrorInvalidRequest("The name of the default task group cannot be changed.")
            group.name = _require_name(name)
        group.change_key = new_change_key()
        return group

    def delete_group(self, group_id: str) -> None:
        group = self.get_group(group_id)
        if group.is_default and not broken("allow_delete_default_group"):
            raise ErrorDeleteDistinguishedFolder("The default task group cannot be deleted.")
        # Deleting a group deletes the folders (and tasks) it holds.
        for folder in self.list_folders(group.id):
            self._remove_folder(folder)
        del self.groups[group.id]

    # -- task folders --------------------------------------------------------
    def list_folders(self, group_id: str | None = None) -> list[TaskFolder]:
        return list(self.folders.members(self.folder_container(group_id)))

    def folder_container(self, group_id: str | None = None) -> object:
        """Where ``self.folders`` files the folders of a group (``ALL``: every folder)."""
        return ALL if group_id is None else self.get_group(group_id).group_key

    def get_folder(self, folder_id: str) -> TaskFolder:
        if folder_id.lower() == DEFAULT_FOLDER_NAME.lower() and not broken("no_wellknown_tasks_folder"):
            return self.default_folder
        folder = self.folders.get(check_id(folder_id))
        if folder is None:
            raise ErrorFolderNotFound("The specified folder could not be found in the store.")
        return folder

    def create_folder(
        self, name: str, group_id: str | None = None, extended: ExtendedChanges | None = None
    ) -> TaskFolder:
        group = self.get_group(group_id) if group_id is not None else self._default_group()
        if broken("folder_ignores_group"):
            group = self._default_group()
        props = ExtendedProperties().with_changes(*extended) if extended else ExtendedProperties()
        folder = self._add_folder(_require_name(name), group)
        folder.extended = props
        return folder

    def rename_folder(self, folder_id: str, name: str | None, extended: ExtendedChanges | None = None) -> TaskFolder:
        folder = self.get_folder(folder_id)
        props = folder.extended.with_changes(*extended) if extended else folder.extended
        if name is not None and name != folder.name:
            if folder.is_default and not broken("allow_rename_default_folder"):
                raise ErrorInvalidRequest("The name of the default task folder 'Tasks' cannot be changed.")
            folder.name = _require_name(name)
        folder.extended = props
        folder.change_key = new_change_key()
        return folder

    def delete_folder(self, folder_id: str) -> None:
        folder = self.get_folder(folder_id)
        if folder.is_default and not broken("allow_delete_default_folder"):
            raise ErrorDeleteDistinguishedFolder("The default task folder 'Tasks' cannot be deleted.")
        self._remove_folder(folder)

    def folder_changes(self, cursor: int) -> Iterable[Change]:
        return self.folders.changes(ALL, cursor)

    # -- tasks ---------------------------------------------------------------
    def list_tasks(self, folder_id: str | None = None) -> list[Task]:
        return list(self.tasks.members(ALL if folder_id is None else self.get_folder(folder_id).id))

    def get_task(self, task_id: str) -> Task:
        task = self.tasks.get(check_id(task_id))
        if task is None:
            raise ErrorItemNotFound("The specified object was not found in the store.")
        return task

    def create_task(self, fields: Mapping[str, Any], folder_id: str | None = None, zone: str = "UTC") -> Task:
        folder = self.get_folder(folder_id) if folder_id is not None else self.default_folder
        now = self._clock()
        task = Task(id=new_id("task"), folder_id=folder.id, owner=self.owner, created=now, last_modified=now)
        self._apply(task, fields, zone)
        self._touch(task)  # before it is stored: the table files it once (a stored item's writes are re-filed)
        self.tasks[task.id] = task
        return task

    def update_task(self, task_id: str, fields: Mapping[str, Any], zone: str = "UTC") -> Task:
        task = self.get_task(task_id)
        draft = replace(task)  # rules are checked on a copy: a refused PATCH changes nothing
        self._apply(draft, fields, zone)
        self._touch(draft)
        self.tasks[task.id] = draft
        return draft

    def delete_task(self, task_id: str) -> None:
        task = self.get_task(task_id)
        del self.tasks[task.id]

    def complete_task(self, task_id: str, zone: str = "UTC") -> list[Task]:
        """Complete a task; a recurring one yields the completed occurrence and the next one."""
        task = self.get_task(task_id)
        today = _today(zone)
        if broken("complete_stamps_now"):
            today = ZonedInstant(self._clock(), today.zone)
        nxt = None if broken("complete_recurring_no_next") else self._next_occurrence(task)
        if nxt is None:
            if not broken("complete_leaves_status"):
                task.status = TaskStatus.COMPLETED
            task.completed = today
            self._touch(task)
            return [task]
        # The occurrence is split off as a new, non-recurring, completed task; the
        # series (same Id) moves on to its next occurrence, as Exchange does.
        now = self._clock()
        done = replace(
            task,
            id=new_id("task"),
            created=now,
            recurrence=None,
            status=TaskStatus.COMPLETED,
            completed=today,
            attachments=task.attachments.copy(),
        )
        self._touch(done)
        self.tasks[done.id] = done
        task.due, task.start = nxt
        self._touch(task)
        return [done, task]

    def task_changes(self, folder_id: str, cursor: int) -> Iterable[Change]:
        return self.tasks.changes(self.get_folder(folder_id).id, cursor)

    # -- attachments (attachments.py: the same for every kind of item) ----------
    def attachment_host(self, item_id: str) -> Task:
        return self.get_task(item_id)

    def attachment_written(self, item: Task) -> None:
        self._touch(item)

    # -- rules -----------------------------------------------------------------
    def _apply(self, task: Task, fields: Mapping[str, Any], zone: str) -> None:
        unknown = set(fields) - TASK_FIELDS
        if unknown:
            raise ValueError(f"not task fields: {sorted(unknown)}")
        if fields.get("extended"):
            task.extended = task.extended.with_changes(*fields["extended"])
        for name in ("subject", "body", "categories", "importance", "sensitivity", "is_reminder_on"):
            if name in fields:
                setattr(task, name, fields[name])
        if "reminder" in fields:
            task.reminder = _instant(fields["reminder"])
        if "recurrence" in fields:
            if fields["recurrence"] is not None:
                recurrence.validate(fields["recurrence"])
            task.recurrence = fields["recurrence"]
        self._apply_dates(task, fields)
        self._apply_status(task, fields, zone)

    @staticmethod
    def _apply_dates(task: Task, fields: Mapping[str, Any]) -> None:
        start = _date_in_zone(fields["start"]) if "start" in fields else task.start
        due = _date_in_zone(fields["due"]) if "due" in fields else task.due
        if "due" in fields and due is None:
            if not broken("start_kept_when_due_cleared"):
                start = None  # clearing Due clears Start
        elif start is not None and due is None and not broken("due_not_copied_from_start"):
            due = start  # only Start given: Due follows it
        if start is not None and due is not None and start.utc > due.utc and not broken("accept_start_after_due"):
            raise ErrorInvalidRequest("The task's StartDateTime must be on or before its DueDateTime.")
        if task.recurrence is not None and due is None:
            first = next(recurrence.occurrences(task.recurrence), None)
            if first is not None:  # a recurring task starts on its first occurrence
                due = start = ZonedInstant(timezones.midnight_utc(first, "UTC"), "UTC")
        task.start, task.due = start, due

    @staticmethod
    def _apply_status(task: Task, fields: Mapping[str, Any], zone: str) -> None:
        status = fields.get("status", task.status)
        if "completed" in fields and fields["completed"] is not None:
            if status is not TaskStatus.COMPLETED and not broken("accept_completed_without_status"):
                raise ErrorInvalidRequest("CompletedDateTime can only be set when Status is Completed.")
            task.completed = _date_in_zone(fields["completed"])
        elif status is TaskStatus.COMPLETED and task.completed is None:
            task.completed = _today(zone)  # completing by PATCH stamps today, like the complete action
        if status is not TaskStatus.COMPLETED:
            task.completed = None
        task.status = status

    def _next_occurrence(self, task: Task) -> tuple[ZonedInstant, ZonedInstant | None] | None:
        """(due, start) of the series' next occurrence, or None when the task does not recur (any more)."""
        if task.recurrence is None or task.due is None:
            return None
        due_day = _local_date(task.due)
        series = task.recurrence
        if broken("numbered_series_never_ends"):
            series = replace(series, range=replace(series.range, type=recurrence.RangeType.NoEnd))
        nxt = recurrence.next_occurrence(series, due_day)
        if nxt is None or nxt > LAST_OCCURRENCE:
            return None
        due = ZonedInstant(timezones.midnight_utc(nxt, task.due.zone), task.due.zone)
        if task.start is None:
            return due, None
        lead = due_day - _local_date(task.start)
        start_day = nxt - timedelta(days=lead.days)
        return due, ZonedInstant(timezones.midnight_utc(start_day, task.start.zone), task.start.zone)

    # -- bookkeeping -----------------------------------------------------------
    def _touch(self, task: Task) -> None:
        """Every write gets a new ChangeKey and LastModifiedDateTime and shows up in sync."""
        if not broken("changekey_not_updated"):
            task.change_key = new_change_key()
        task.last_modified = self._clock()

    def _default_group(self) -> TaskGroup:
        return next(g for g in self.groups.values() if g.is_default)

    def _add_folder(self, name: str, group: TaskGroup, is_default: bool = False) -> TaskFolder:
        folder = TaskFolder(new_id("folder"), name, group.group_key, is_default=is_default)
        self.folders[folder.id] = folder
        return folder

    def _remove_folder(self, folder: TaskFolder) -> None:
        for task in self.list_tasks(folder.id):
            del self.tasks[task.id]
        del self.folders[folder.id]
        self.tasks.forget_changes(folder.id)


def _require_name(name: str) -> str:
    if not name or not name.strip():
        raise ErrorInvalidRequest("The Name property must not be empty.")
    return name
