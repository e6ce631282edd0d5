"""The generated client against the target: typed calls parse every answer into the spec's models.

This is the contract seen from a user's side: if the server answers anything
the spec does not describe, the strict generated models fail to parse it.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest
from outlook_v2_client import AuthenticatedClient
from outlook_v2_client.api.sync import sync_tasks_in_folder
from outlook_v2_client.api.task_attachments import create_task_attachment, list_task_attachments
from outlook_v2_client.api.task_folders import create_task_folder, delete_task_folder
from outlook_v2_client.api.tasks import (
    complete_task,
    create_task_in_folder,
    delete_task,
    get_task,
    list_tasks_in_folder,
)
from outlook_v2_client.models import (
    CompletedTasks,
    DateTimeTimeZoneInput,
    DeletedEntity,
    FileAttachment,
    ItemAttachment,
    NewFileAttachment,
    NewItemAttachment,
    NewReferenceAttachment,
    NewTask,
    NewTaskFolder,
    ODataError,
    ReferenceAttachment,
    Task,
    TaskCollection,
    TaskDeltaPage,
    TaskFolder,
)

from .checks.attachments import FILE, ITEM, REFERENCE
from .target import Target

EST, PST = "Eastern Standard Time", "Pacific Standard Time"


@pytest.fixture
def client(target: Target) -> Iterator[AuthenticatedClient]:
    client = AuthenticatedClient(base_url=target.api_url, token=target.tokens[0], raise_on_unexpected_status=True)
    http = target.http()
    http.base_url = target.api_url
    client.set_httpx_client(http)  # bypasses the token: target.http() carries the Authorization header
    yield client
    http.close()


@pytest.fixture
def folder(client: AuthenticatedClient) -> Iterator[TaskFolder]:
    created = create_task_folder.sync(client=client, body=NewTaskFolder(name="typed client"))
    assert isinstance(created, TaskFolder)
    yield created
    delete_task_folder.sync_detailed(created.id, client=client)


def test_typed_task_round_trip(client: AuthenticatedClient, folder: TaskFolder) -> None:
    body = NewTask(
        subject="Shop for children's weekend",
        start_date_time=DateTimeTimeZoneInput(date_time="2016-05-03T09:00:00", time_zone=EST),
        due_date_time=DateTimeTimeZoneInput(date_time="2016-05-05T16:00:00", time_zone=EST),
    )
    task = create_task_in_folder.sync(folder.id, client=client, body=body, prefer=f'outlook.timezone="{PST}"')
    assert isinstance(task, Task), task
    assert task.start_date_time.date_time == "2016-05-02T21:00:00.0000000"
    assert task.due_date_time.time_zone == PST and task.parent_folder_id == folder.id
    fetched = get_task.sync(task.id, client=client)
    assert isinstance(fetched, Task) and fetched.change_key == task.change_key
    done = complete_task.sync(task.id, client=client)
    assert isinstance(done, CompletedTasks) and done.value[0].status == "Completed"
    missing = get_task.sync_detailed("not-an-id", client=client)
    assert missing.status_code == 400 and isinstance(missing.parsed, ODataError)
    assert missing.parsed.error.code == "ErrorInvalidIdMalformed"
    assert delete_task.sync_detailed(task.id, client=client).status_code == 204


def test_typed_attachments_are_polymorphic(client: AuthenticatedClient, folder: TaskFolder) -> None:
    task = create_task_in_folder.sync(folder.id, client=client, body=NewTask(subject="with attachments"))
    kinds = {
        FileAttachment: NewFileAttachment.from_dict(FILE),  # the seed's request bodies, as typed models
        ItemAttachment: NewItemAttachment.from_dict(ITEM),
        ReferenceAttachment: NewReferenceAttachment.from_dict(REFERENCE),
    }
    for kind, body in kinds.items():
        assert isinstance(create_task_attachment.sync(task.id, client=client, body=body), kind)
    listed = list_task_attachments.sync(task.id, client=client)
    assert sorted(type(a).__name__ for a in listed.value) == sorted(k.__name__ for k in kinds)


def test_typed_sync_round(client: AuthenticatedClient, folder: TaskFolder) -> None:
    first = create_task_in_folder.sync(folder.id, client=client, body=NewTask(subject="one"))
    initial = list_tasks_in_folder.sync_detailed(folder.id, client=client, prefer="odata.track-changes")
    assert initial.headers.get("Preference-Applied") == "odata.track-changes"
    assert isinstance(initial.parsed, TaskCollection) and initial.parsed.odata_delta_link
    token = dict(parse_qsl(urlsplit(initial.parsed.odata_delta_link).query))["$deltatoken"]
    delete_task.sync_detailed(first.id, client=client)
    page = sync_tasks_in_folder.sync(folder.id, client=client, deltatoken=token, prefer="odata.track-changes")
    assert isinstance(page, TaskDeltaPage)
    assert [type(e) for e in page.value] == [DeletedEntity] and first.id in page.value[0].id
