"""The generated client against the target: typed calls parse every answer into the spec's models.

This is the contract seen from a user's side: if the server answers anything
the spec does not describe, the strict generated models fail to parse it.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from outlook_preview_client import AuthenticatedClient as PreviewClient
from outlook_preview_client.api.calendar_groups import list_calendar_groups
from outlook_preview_client.api.events import create_event, delete_event, get_event, list_events
from outlook_preview_client.api.meeting_responses import accept_event
from outlook_preview_client.api.messages import list_messages
from outlook_preview_client.models import AttendeeInput, MeetingResponse, MessageCollection, NewEvent
from outlook_preview_client.models import Event as PreviewEvent
from outlook_v2_client import AuthenticatedClient
from outlook_v2_client.api.messages import get_message
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
    Message,
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

from .api import rest_id
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


# -- the 2014 preview's client -------------------------------------------------------------------
def _preview_client(target: Target, user: int) -> PreviewClient:
    client = PreviewClient(base_url=target.preview_url, token=target.tokens[user], raise_on_unexpected_status=True)
    http = target.http(target.tokens[user])
    http.base_url = target.preview_url
    client.set_httpx_client(http)
    return client


def test_typed_preview_meeting_round_trip(target: Target) -> None:
    """Invite, find the request, accept, and see the answer on the organizer's event: all through typed models."""
    if len(target.tokens) < 2:
        pytest.skip("needs 2 users (set OUTLOOK_TOKEN_2)")
    organizer, attendee = _preview_client(target, 0), _preview_client(target, 1)
    # A mailbox's address is in every link it hands out: …/Users('<address>')/…
    group = list_calendar_groups.sync(client=attendee).value[0]
    address = re.search(r"Users\('([^']+)'\)", group.odata_id)[1]
    subject = f"typed meeting {secrets.token_hex(4)}"
    body = NewEvent(
        odata_type="#Microsoft.Exchange.Services.OData.Model.Event",
        subject=subject,
        start=datetime(2014, 7, 2, 18, tzinfo=UTC),
        end=datetime(2014, 7, 2, 19, tzinfo=UTC),
        attendees=[AttendeeInput(address=address, type_="Required")],
    )
    meeting = create_event.sync(client=organizer, body=body)
    assert isinstance(meeting, PreviewEvent) and meeting.is_organizer is True
    try:
        found = list_messages.sync(client=attendee, filter_=f"Subject eq '{subject}'")
        assert isinstance(found, MessageCollection) and len(found.value) == 1, found
        request = found.value[0]
        assert request.meeting_message_type == "MeetingRequest" and isinstance(request.event_id, str)
        # The same request through the v2.0 client: an EventMessage, parsed into the typed Message.
        v2 = AuthenticatedClient(base_url=target.api_url, token=target.tokens[1], raise_on_unexpected_status=True)
        http = target.http(target.tokens[1])
        http.base_url = target.api_url
        v2.set_httpx_client(http)
        in_v2 = get_message.sync(rest_id(request.id), client=v2)  # the same key in the REST spelling
        assert isinstance(in_v2, Message) and in_v2.meeting_message_type == "MeetingRequest", in_v2
        http.close()
        answer = accept_event.sync_detailed(
            request.event_id,
            client=attendee,
            body=MeetingResponse(comment="I'll be there!"),
            message_disposition="SendOnly",
        )
        assert answer.status_code == 202, answer
        seen = get_event.sync(meeting.id, client=organizer)
        assert isinstance(seen, PreviewEvent) and seen.attendees[0].status.response == "Accepted"
        assert seen.start == datetime(2014, 7, 2, 18, tzinfo=UTC)
    finally:
        delete_event.sync_detailed(meeting.id, client=organizer)
        for client in (organizer, attendee):  # the attendee's cancelled copy, and all the meeting's mail
            for event in list_events.sync(client=client, prefer="odata.maxpagesize=1000").value:
                if subject in (event.subject or ""):
                    delete_event.sync_detailed(event.id, client=client)
            for message in list_messages.sync(client=client, prefer="odata.maxpagesize=1000").value:
                if subject in (message.subject or ""):
                    client.get_httpx_client().delete(
                        f"{target.api_url}/me/messages('{quote(rest_id(message.id), safe='')}')"
                    )
