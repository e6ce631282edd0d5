"""``outlook_kit``, piece by piece: ``Prefer``, the error classes, the token providers, paging, sync rounds and the
async calls, against the mock in-process (the ``outlook_tenant`` fixture's transport)."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest
from outlook_preview_client.api.calendars import list_calendars as list_preview_calendars
from outlook_v2_client.api.task_folders import list_task_folders
from outlook_v2_client.api.tasks import (
    create_task,
    delete_task,
    get_task,
    list_tasks,
    list_tasks_in_folder,
    update_task,
)
from outlook_v2_client.models import NewTask, TaskPatch

from outlook_kit import (
    ClientCredentialsGrant,
    IrresolvableConflict,
    ItemNotFound,
    NotFound,
    OutlookError,
    PasswordGrant,
    Prefer,
    Removed,
    Session,
    Throttled,
    TokenError,
    errors,
    token_url,
)

DAEMON = "6731de76-14a6-49ae-97bc-6eba6914391e"  # the mock's app registration with every role, secret "mock"


class Counting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The in-process transport, counting token requests and API requests."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.tokens = 0
        self.api = 0

    def _count(self, request: httpx.Request) -> None:
        if request.url.path.endswith("/oauth2/v2.0/token"):
            self.tokens += 1
        else:
            self.api += 1

    def handle_request(self, request):
        self._count(request)
        return self.inner.handle_request(request)

    async def handle_async_request(self, request):
        self._count(request)
        return await self.inner.handle_async_request(request)


@pytest.fixture
def wire(outlook_tenant) -> Counting:
    return Counting(outlook_tenant.transport)


@pytest.fixture
def outlook(outlook_tenant, wire):
    with Session(outlook_tenant.origin, username="admin@contoso.com", password="mock", transport=wire) as session:
        yield session


def _create(outlook: Session, n: int, prefix: str = "t") -> list:
    return [outlook.call(create_task, body=NewTask(subject=f"{prefix}{i}")) for i in range(n)]


# -- Prefer ---------------------------------------------------------------------------------------------------
def test_prefer_writes_each_preference_as_the_service_reads_it() -> None:
    prefer = Prefer(
        track_changes=True, max_page_size=50, timezone="Pacific Standard Time", body_content_type="HTML",
        return_="minimal", extra=("respond-async",),
    )  # fmt: skip
    assert str(prefer) == (
        'odata.track-changes, odata.maxpagesize=50, outlook.timezone="Pacific Standard Time", '
        'outlook.body-content-type="html", return=minimal, respond-async'
    )
    assert str(Prefer()) == "" and not Prefer()


def test_prefer_combines_parses_and_refuses_nonsense() -> None:
    combined = Prefer(timezone="UTC", max_page_size=5) | Prefer(max_page_size=7, track_changes=True)
    assert combined == Prefer(track_changes=True, max_page_size=7, timezone="UTC")
    assert combined.replace(track_changes=False) == Prefer(max_page_size=7, timezone="UTC")
    parsed = Prefer.parse("odata.track-changes", 'outlook.timezone = "Europe/Paris", odata.maxpagesize=3, foo=bar')
    assert parsed == Prefer(track_changes=True, max_page_size=3, timezone="Europe/Paris", extra=("foo=bar",))
    assert Prefer.parse(str(combined)) == combined
    for bad in ({"max_page_size": 0}, {"max_page_size": True}, {"body_content_type": "xml"}, {"return_": "all"}):
        with pytest.raises(ValueError):
            Prefer(**bad)


def test_prefer_is_applied_by_the_server(outlook) -> None:
    _create(outlook, 3)
    answer = outlook.response(list_tasks, prefer=Prefer(max_page_size=2))
    assert len(answer.parsed.value) == 2
    assert Prefer.parse(answer.headers["Preference-Applied"]).max_page_size == 2


# -- errors ---------------------------------------------------------------------------------------------------
def test_error_classes_follow_the_code_then_the_status() -> None:
    def error(status: int, code: str, headers=None) -> OutlookError:
        body = f'{{"error": {{"code": "{code}", "message": "why"}}}}'.encode()
        return errors.error_from_response(status, body, headers)

    assert type(error(404, "ErrorItemNotFound")) is ItemNotFound
    assert type(error(404, "ErrorSomethingElse")) is NotFound
    stale = error(412, "ErrorIrresolvableConflict")
    assert isinstance(stale, IrresolvableConflict)
    assert (stale.status, stale.code, stale.message) == (412, "ErrorIrresolvableConflict", "why")
    throttled = error(429, "ApplicationThrottled", {"Retry-After": "7"})
    assert isinstance(throttled, Throttled) and throttled.retry_after == 7.0
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= error(429, "Whatever", {"Retry-After": later}).retry_after <= 31
    assert type(error(503, "ErrorServerBusy")) is errors.ServerBusy and isinstance(error(502, "x"), errors.ServerError)
    plain = errors.error_from_response(500, b"<html>oops</html>")
    assert isinstance(plain, errors.ServerError) and plain.message == "<html>oops</html>" and plain.code == ""
    assert "404 ErrorItemNotFound: why" in str(error(404, "ErrorItemNotFound"))


def test_error_answers_raise(outlook) -> None:
    (task,) = _create(outlook, 1)
    outlook.call(delete_task, task_id=task.id)
    with pytest.raises(ItemNotFound) as caught:
        outlook.call(get_task, task_id=task.id)
    assert (caught.value.status, caught.value.code) == (404, "ErrorItemNotFound")
    with pytest.raises(errors.InvalidIdMalformed):
        outlook.call(get_task, task_id="not/an+id=")


def test_a_stale_if_match_raises_irresolvable_conflict(outlook) -> None:
    (task,) = _create(outlook, 1)
    outlook.call(update_task, task_id=task.id, body=TaskPatch(subject="new"))
    with pytest.raises(IrresolvableConflict) as caught:
        outlook.call(update_task, task_id=task.id, body=TaskPatch(subject="lost"), if_match=f'W/"{task.change_key}"')
    assert caught.value.status == 412
    assert outlook.call(get_task, task_id=task.id).subject == "new"


# -- tokens ---------------------------------------------------------------------------------------------------
def test_a_static_token_or_a_token_function(outlook_tenant) -> None:
    calls = []

    def provider() -> str:
        calls.append(1)
        return outlook_tenant.user.token

    for token in (outlook_tenant.user.token, provider):
        with Session(outlook_tenant.origin, token=token, transport=outlook_tenant.transport) as session:
            assert session.call(list_tasks).value == []
    assert calls == [1]


def test_the_password_grant_asks_once_and_refreshes_before_expiry(outlook, wire) -> None:
    grant = outlook.auth
    assert isinstance(grant, PasswordGrant) and "mock" not in repr(grant)
    now = [1000.0]
    grant.clock = lambda: now[0]
    outlook.call(list_tasks)
    outlook.call(list_tasks)
    assert wire.tokens == 1 and grant.expires_at == 1000.0 + 3600
    now[0] += 3600 - 61  # more than a minute left: the token is kept
    outlook.call(list_tasks)
    assert wire.tokens == 1
    now[0] += 2  # less than a minute left: a new one first
    outlook.call(list_tasks)
    assert wire.tokens == 2 and grant.expires_at == now[0] + 3600


def test_a_refused_token_is_replaced_once(outlook, wire) -> None:
    outlook.call(list_tasks)
    outlook.auth._token = "not-a-token"  # e.g. revoked
    assert outlook.call(list_tasks).value == []
    assert wire.tokens == 2


def test_a_scoped_grant_gets_a_scoped_token(outlook_tenant) -> None:
    with Session(
        outlook_tenant.origin, username="admin@contoso.com", password="mock", scope="Tasks.Read",
        transport=outlook_tenant.transport,
    ) as reader:  # fmt: skip
        assert reader.call(list_tasks).value == []
        with pytest.raises(errors.AccessDenied):
            reader.call(create_task, body=NewTask(subject="no"))


def test_a_refused_grant_raises_token_error(outlook_tenant) -> None:
    with Session(outlook_tenant.origin, username="admin@contoso.com", password="wrong",
                 transport=outlook_tenant.transport) as session:  # fmt: skip
        with pytest.raises(TokenError) as caught:
            session.call(list_tasks)
    assert caught.value.code == "invalid_grant" and caught.value.status == 400


def test_the_client_credentials_grant_reaches_a_mailbox_by_address(outlook_tenant) -> None:
    outlook_tenant.sync_client.post("/api/v2.0/me/tasks", json={"Subject": "admin's"})
    with Session(outlook_tenant.origin, client_id=DAEMON, client_secret="mock", tenant="contoso.com",
                 transport=outlook_tenant.transport) as app:  # fmt: skip
        assert isinstance(app.auth, ClientCredentialsGrant)
        assert app.auth.url == token_url(outlook_tenant.origin, "contoso.com")
        tasks = app.http.get("users/admin@contoso.com/tasks")
        assert tasks.status_code == 200 and [t["Subject"] for t in tasks.json()["value"]] == ["admin's"]
        with pytest.raises(errors.BadRequest) as caught:  # app-only: no /me
            app.call(list_tasks)
        assert caught.value.code == "ErrorInvalidUser"
    with pytest.raises(TypeError, match="tenant"):
        Session(outlook_tenant.origin, client_id=DAEMON, client_secret="mock")


# -- paging ---------------------------------------------------------------------------------------------------
def test_items_follow_next_links(outlook, wire) -> None:
    created = _create(outlook, 7)
    before = wire.api
    items = list(outlook.items(list_tasks, prefer=Prefer(max_page_size=3), orderby="Subject"))
    assert [t.subject for t in items] == [t.subject for t in created]
    assert wire.api - before == 3  # 3 + 3 + 1
    pages = list(outlook.pages(list_tasks, prefer="odata.maxpagesize=5"))
    assert [len(p.value) for p in pages] == [5, 2]


def test_items_are_fetched_lazily(outlook, wire) -> None:
    _create(outlook, 4)
    before = wire.api
    first = next(outlook.items(list_tasks, prefer=Prefer(max_page_size=2)))
    assert first.subject and wire.api - before == 1


def test_items_of_the_preview(outlook) -> None:
    assert [c.name for c in outlook.items(list_preview_calendars)] == ["Calendar"]


# -- sync -----------------------------------------------------------------------------------------------------
def test_sync_rounds_bring_everything_then_the_changes(outlook) -> None:
    created = _create(outlook, 5)
    sync = outlook.sync(list_tasks_in_folder, folder_id="Tasks", prefer=Prefer(max_page_size=2))
    first = sync.round()
    assert sorted(t.subject for t in first.changed) == [t.subject for t in created] and not first.removed
    assert first.delta_link == sync.delta_link and "$deltatoken" in sync.delta_link.replace("%24", "$")
    assert len(sync.round()) == 0  # nothing changed
    outlook.call(update_task, task_id=created[0].id, body=TaskPatch(subject="changed"))
    outlook.call(delete_task, task_id=created[1].id)
    (new,) = _create(outlook, 1, "new")
    third = sync.round()
    assert sorted(t.subject for t in third.changed) == ["changed", "new0"]
    assert [r.key for r in third.removed] == [created[1].id]
    assert isinstance(third.removed[0], Removed) and third.removed[0].reason == "deleted"
    assert sync.rounds == 3


def test_a_stored_delta_link_resumes_in_another_session(outlook, outlook_tenant) -> None:
    _create(outlook, 2)
    link = outlook.sync(list_tasks_in_folder, folder_id="Tasks").round().delta_link
    _create(outlook, 1, "later")
    with Session(outlook_tenant.origin, token=outlook_tenant.user.token, transport=outlook_tenant.transport) as other:
        resumed = other.sync(list_tasks_in_folder, folder_id="Tasks", delta_link=link).round()
    assert [t.subject for t in resumed.changed] == ["later0"]


def test_sync_of_folders_and_of_an_unsynced_collection(outlook) -> None:
    folders = outlook.sync(list_task_folders).round()
    assert [f.name for f in folders.changed] == ["Tasks"]
    with pytest.raises(errors.SyncNotSupported):
        outlook.sync(list_tasks).round()  # /me/tasks is synced per folder
    tampered = folders.delta_link.replace("deltatoken=", "deltatoken=x")
    bad = outlook.sync(list_task_folders, delta_link=tampered)
    with pytest.raises(errors.InvalidSyncStateData):  # a token the server did not issue
        bad.round()


# -- async ----------------------------------------------------------------------------------------------------
def test_async_calls_and_items(outlook) -> None:
    async def scenario() -> list[str]:
        await outlook.acall(create_task, body=NewTask(subject="a1"))
        await outlook.acall(create_task, body=NewTask(subject="a2"))
        gone = await outlook.acall(create_task, body=NewTask(subject="a3"))
        await outlook.acall(delete_task, task_id=gone.id)
        with pytest.raises(ItemNotFound):
            await outlook.acall(get_task, task_id=gone.id)
        subjects = [t.subject async for t in outlook.aitems(list_tasks, prefer=Prefer(max_page_size=2))]
        await outlook.aclose()
        return subjects

    assert sorted(asyncio.run(scenario())) == ["a1", "a2"]
