"""``--data-dir``: what a tenant holds is saved as it changes and comes back whole (``outlook_mock/persistence.py``).

The writes go through the API in-process, each saved by the app before its answer (the journaled path, not one
whole save at the end); the tenant loaded from the directory must then equal the one in memory, object by object
(every table with its order, every change log, sync state and tombstones), answer the same to every list, take
the tokens and deltaLinks issued before and keep saving its own writes.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from outlook_mock import create_app
from outlook_mock.inprocess import ORIGIN, InProcessTransport, MockTenant, MockUser, key, password_token
from outlook_mock.persistence import DataDirInUse, Persistence
from outlook_mock.store import Tenant, TenantRegistry
from outlook_mock.store.changes import ChangeLog, Sequence
from outlook_mock.store.indexes import ALL, ItemTable

ADMIN, ALEX = "admin@contoso.com", "alex@contoso.com"
V2 = "/api/v2.0"
NS = "#Microsoft.OutlookServices"
COLOR = "String {66f5a359-4659-4830-9070-00040ec6ac6e} Name Color"
PALETTE = "StringArray {66f5a359-4659-4830-9070-00040ec6ac6e} Name Palette"
EXTENDED = {
    "SingleValueExtendedProperties": [{"PropertyId": COLOR, "Value": "Green"}],
    "MultiValueExtendedProperties": [{"PropertyId": PALETTE, "Value": ["Green", "Aqua"]}],
}
# Lists of messages and events expand as their items do (the others take no $expand and ignore it).
EXPAND = {
    "$expand": f"SingleValueExtendedProperties($filter=PropertyId eq '{COLOR}'),"
    f"MultiValueExtendedProperties($filter=PropertyId eq '{PALETTE}'),Attachments"
}
WEEKLY = {
    "Pattern": {"Type": "Weekly", "Interval": 1, "DaysOfWeek": ["Thursday"], "FirstDayOfWeek": "Sunday"},
    "Range": {"Type": "Numbered", "StartDate": "2015-11-26", "NumberOfOccurrences": 4},
}
TRACK = {"Prefer": "odata.track-changes"}


def pst(text: str) -> dict[str, str]:
    return {"DateTime": text, "TimeZone": "Pacific Standard Time"}


@contextmanager
def serving(tenants: TenantRegistry, persistence: Persistence) -> Iterator[MockTenant]:
    """``tenants`` in-process, saved by ``persistence`` as the server saves them (before each answer)."""
    app = create_app(tenants, persistence=persistence)
    transport = InProcessTransport(app)
    try:
        with httpx.Client(transport=transport, base_url=ORIGIN) as http:
            users = {
                user.email: MockUser(
                    user.email, user.display_name, user.password, password_token(http, user.email, "mock")
                )
                for user in app.tenant.users.values()
            }
        mock = MockTenant(app, transport, users)
        yield mock
        mock.close()
    finally:
        transport.close()
        persistence.close()


@contextmanager
def served(data_dir: Any) -> Iterator[Any]:
    """A fresh tenant in-process, saved whole in ``data_dir`` first."""
    tenants = TenantRegistry(Tenant.with_default_users())
    persistence = Persistence(data_dir, check_rows=True)
    persistence.adopt(tenants)
    with serving(tenants, persistence) as mock:
        yield mock


@contextmanager
def reloaded(data_dir: Any) -> Iterator[Any]:
    """The tenants the directory holds, served in-process and saving on."""
    persistence = Persistence(data_dir, check_rows=True)
    tenants = persistence.load()
    assert isinstance(tenants, TenantRegistry)
    with serving(tenants, persistence) as mock:
        yield mock


def ok(answer: Any, status: int = 200) -> dict:
    assert answer.status_code == status, answer.text
    return answer.json() if answer.content else {}


def write_everything(mock: Any) -> dict[str, str]:
    """One of every kind of stored object, changed, moved and deleted; returns what later checks need."""
    admin = mock.http(ADMIN)
    group = ok(admin.post(f"{V2}/me/taskgroups", json={"Name": "Chores"}), 201)
    folder = ok(admin.post(f"{V2}/me/taskgroups('{key(group['Id'])}')/taskfolders", json={"Name": "House"}), 201)
    folder_tasks = f"{V2}/me/taskfolders('{key(folder['Id'])}')/tasks"
    gone = ok(admin.post(folder_tasks, json={"Subject": "Gone"}), 201)
    delta = ok(admin.get(folder_tasks, headers=TRACK))["@odata.deltaLink"]
    task = ok(
        admin.post(
            folder_tasks,
            json={"Subject": "Paint", "Body": {"ContentType": "HTML", "Content": "<p>white</p>"}, **EXTENDED}
            | {"DueDateTime": pst("2016-12-02T00:00:00"), "Categories": ["Red"], "Importance": "High"},
        ),
        201,
    )
    ok(admin.patch(f"{V2}/me/tasks('{key(task['Id'])}')", json={"Status": "InProgress"}))
    weekly = {"Subject": "Bins", "Recurrence": WEEKLY, "DueDateTime": pst("2015-11-26T00:00:00")}
    recurring = ok(admin.post(folder_tasks, json=weekly), 201)
    ok(admin.post(f"{V2}/me/tasks('{key(recurring['Id'])}')/complete"))
    attachments = f"{V2}/me/tasks('{key(task['Id'])}')/attachments"
    ok(admin.post(attachments, json={"@odata.type": f"{NS}.FileAttachment", "Name": "a", "ContentBytes": "AAEC"}), 201)
    event_item = {"@odata.type": "Microsoft.OutlookServices.Event", "Subject": "Inside"}
    event_item |= {"Start": pst("2016-12-02T18:00:00"), "End": pst("2016-12-02T19:00:00")}
    ok(admin.post(attachments, json={"@odata.type": f"{NS}.ItemAttachment", "Name": "b", "Item": event_item}), 201)
    reference = {"@odata.type": f"{NS}.ReferenceAttachment", "Name": "c", "SourceUrl": "https://example.com/c"}
    ok(admin.post(attachments, json=reference), 201)
    ok(admin.delete(f"{V2}/me/tasks('{key(gone['Id'])}')"), 204)  # a tombstone for the deltaLink
    doomed = ok(admin.post(f"{V2}/me/taskfolders", json={"Name": "Doomed"}), 201)
    ok(admin.post(f"{V2}/me/taskfolders('{key(doomed['Id'])}')/tasks", json={"Subject": "with it"}), 201)
    ok(admin.delete(f"{V2}/me/taskfolders('{key(doomed['Id'])}')"), 204)

    mail_folder = ok(admin.post(f"{V2}/me/mailfolders", json={"DisplayName": "Receipts", **EXTENDED}), 201)
    ok(admin.post(f"{V2}/me/mailfolders('{key(mail_folder['Id'])}')/childfolders", json={"DisplayName": "2016"}), 201)
    message = ok(
        admin.post(
            f"{V2}/me/mailfolders('{key(mail_folder['Id'])}')/messages",
            json={"Subject": "Order", "ToRecipients": [{"EmailAddress": {"Address": "pat@fabrikam.com"}}], **EXTENDED},
        ),
        201,
    )
    ok(
        admin.patch(
            f"{V2}/me/messages('{key(message['Id'])}')", json={"IsRead": False, "Flag": {"FlagStatus": "Flagged"}}
        )
    )
    draft = ok(admin.post(f"{V2}/me/messages", json={"Subject": "Draft"}), 201)
    ok(admin.delete(f"{V2}/me/messages('{key(draft['Id'])}')"), 204)

    contact_folder = ok(admin.post(f"{V2}/me/contactfolders", json={"DisplayName": "Suppliers"}), 201)
    contact = ok(
        admin.post(
            f"{V2}/me/contactfolders('{key(contact_folder['Id'])}')/contacts",
            json={"GivenName": "Pat", "HomeAddress": {"City": "Oslo"}, "BusinessPhones": ["1"], **EXTENDED},
        ),
        201,
    )
    ok(admin.patch(f"{V2}/me/contacts('{key(contact['Id'])}')", json={"Surname": "Kim"}))

    calendar = ok(admin.post(f"{V2}/me/calendars", json={"Name": "Team", "Color": "LightBlue", **EXTENDED}), 201)
    meeting = {"Subject": "Planning", "Start": pst("2016-12-02T10:00:00"), "End": pst("2016-12-02T11:00:00")}
    meeting["Attendees"] = [{"EmailAddress": {"Address": ALEX, "Name": "Alex"}, "Type": "Required"}]
    ok(admin.post(f"{V2}/me/calendars('{key(calendar['Id'])}')/events", json={**meeting, **EXTENDED}), 201)
    series = {"Subject": "Standup", "Start": pst("2015-11-26T09:00:00"), "End": pst("2015-11-26T09:15:00")}
    master = ok(admin.post(f"{V2}/me/events", json={**series, "Recurrence": WEEKLY}), 201)
    window = {"startDateTime": "2015-11-01T00:00:00Z", "endDateTime": "2016-01-01T00:00:00Z"}
    instances = ok(admin.get(f"{V2}/me/events('{key(master['Id'])}')/instances", params=window))["value"]
    ok(admin.patch(f"{V2}/me/events('{key(instances[1]['Id'])}')", json={"Subject": "Moved standup"}))
    ok(admin.delete(f"{V2}/me/events('{key(instances[2]['Id'])}')"), 204)
    return {"delta": delta, "folder_tasks": folder_tasks, "task": task["Id"]}


def shape(obj: Any, seen: frozenset[int] = frozenset()) -> Any:
    """A comparable picture of a stored object graph: tables with their order, logs with their entries."""
    if isinstance(obj, ItemTable):
        return ("table", [(item_id, obj.position(item_id), shape(item, seen)) for item_id, item in obj.items()])
    if isinstance(obj, ChangeLog):
        return ("log", sorted((k, obj.entry(k)) for k in obj._entries))
    if isinstance(obj, Sequence):
        return ("seq", obj.value)
    if isinstance(obj, (str, int, float, bool, bytes, type(None), enum.Enum)) or callable(obj):
        return getattr(obj, "__qualname__", obj)
    if id(obj) in seen:
        return ("cycle", type(obj).__name__)
    seen = seen | {id(obj)}
    if dataclasses.is_dataclass(obj):
        fields = {f.name: shape(getattr(obj, f.name), seen) for f in dataclasses.fields(obj) if f.name not in RUNNING}
        return (type(obj).__name__, fields)
    if isinstance(obj, dict):
        return {k: shape(v, seen) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, frozenset, set)):
        values = [shape(v, seen) for v in obj]
        return sorted(values, key=repr) if isinstance(obj, (set, frozenset)) else (type(obj).__name__, values)
    if hasattr(obj, "__dict__"):
        return (type(obj).__name__, {k: shape(v, seen) for k, v in vars(obj).items()})
    return obj


RUNNING = {"listener"}  # what a running server attaches (a subscription store's notifier), not state

LISTS = (
    "me/taskgroups",
    "me/taskfolders",
    "me/tasks",
    "me/mailfolders",
    "me/messages",
    "me/contactfolders",
    "me/contacts",
    "me/calendars",
    "me/events",
)


def answers(mock: Any) -> dict[str, Any]:
    """What both users' lists answer (every item with its extended properties and attachments)."""
    found: dict[str, Any] = {}
    for address in (ADMIN, ALEX):
        http = mock.http(address)
        for path in LISTS:
            params = {"$top": "100", **(EXPAND if path != "me/taskgroups" else {})}
            found[f"{address} {path}"] = ok(http.get(f"{V2}/{path}", params=params))
        for task in found[f"{address} me/tasks"]["value"]:
            found[f"{address} {task['Id']}"] = ok(http.get(f"{V2}/me/tasks('{key(task['Id'])}')/attachments"))
        for folder in found[f"{address} me/mailfolders"]["value"]:
            path = f"{V2}/me/mailfolders('{key(folder['Id'])}')"
            found[f"{address} {folder['Id']}"] = (
                ok(http.get(f"{path}/messages")),
                ok(http.get(f"{path}/childfolders")),
            )
    return found


def test_every_kind_of_stored_object_comes_back_as_it_was(tmp_path) -> None:
    with served(tmp_path) as before:
        links = write_everything(before)
        expected_shape = shape(before.app.tenants)
        expected = answers(before)
        token = before.users[ADMIN].token
        delta_before = ok(before.http(ADMIN).get(links["delta"], headers=TRACK))
    with reloaded(tmp_path) as after:
        assert shape(after.app.tenants) == expected_shape
        assert answers(after) == expected
        # The token issued before the restart is accepted, and the deltaLink gives what it gave before.
        http = after.http(ADMIN)
        http.headers["Authorization"] = f"Bearer {token}"
        assert ok(http.get(links["delta"], headers=TRACK)) == delta_before
        changes = {t.get("Subject", "(deleted)") for t in delta_before["value"]}
        assert changes == {"Paint", "Bins", "(deleted)"}, changes  # two tasks (one completed, one next) + the tombstone
    # The meeting went to alex's mailbox: a request in the inbox and a tentative copy in the calendar.
    assert any(m["Subject"] == "Planning" for m in expected[f"{ALEX} me/messages"]["value"])
    assert [e["Subject"] for e in expected[f"{ALEX} me/events"]["value"]] == ["Planning"]


def test_writes_after_a_restart_are_saved_too(tmp_path) -> None:
    with served(tmp_path) as first:
        links = write_everything(first)
    with reloaded(tmp_path) as second:
        admin = second.http(ADMIN)
        ok(admin.post(links["folder_tasks"], json={"Subject": "After"}), 201)
        ok(admin.delete(f"{V2}/me/tasks('{key(links['task'])}')"), 204)
        write_everything(second)  # the same again, on the restored tables and logs
        expected_shape = shape(second.app.tenants)
        delta = ok(admin.get(links["delta"], headers=TRACK))
    with reloaded(tmp_path) as third:
        assert shape(third.app.tenants) == expected_shape
        assert ok(third.http(ADMIN).get(links["delta"], headers=TRACK)) == delta
        subjects = {t.get("Subject") for t in delta["value"]}
        assert "After" in subjects and "Paint" not in subjects


def test_what_is_deleted_is_deleted_from_the_directory(tmp_path) -> None:
    with served(tmp_path) as mock:
        persistence = mock.app.persistence
        admin = mock.http(ADMIN)
        empty = persistence.size()
        folder = ok(admin.post(f"{V2}/me/taskfolders", json={"Name": "Big"}), 201)
        tasks = f"{V2}/me/taskfolders('{key(folder['Id'])}')/tasks"
        for n in range(20):
            ok(admin.post(tasks, json={"Subject": f"t{n}"}), 201)
        grown = persistence.size()
        assert grown["L"] == empty["L"] + 1 and grown["rows"] > empty["rows"] + 40  # 20 tasks, 20 log entries
        ok(admin.delete(f"{V2}/me/taskfolders('{key(folder['Id'])}')"), 204)
        shrunk = persistence.size()
        # The folder's change log and its tasks are gone; the folder's tombstone stays (a deltaLink reports it).
        assert shrunk["L"] == empty["L"] and shrunk["rows"] == empty["rows"] + 1


def test_a_write_costs_what_it_changed(tmp_path) -> None:
    with served(tmp_path) as mock:
        persistence = mock.app.persistence
        admin = mock.http(ADMIN)
        for n in range(50):
            ok(admin.post(f"{V2}/me/tasks", json={"Subject": f"t{n}"}), 201)
        saved: list[tuple[str, int]] = []
        original = persistence._save_item

        def counting(pid: str, table: Any, item_id: str) -> None:
            saved.append((pid, len(table)))
            original(pid, table, item_id)

        persistence._save_item = counting
        task = ok(admin.get(f"{V2}/me/tasks", params={"$top": "1"}))["value"][0]
        ok(admin.patch(f"{V2}/me/tasks('{key(task['Id'])}')", json={"Subject": "changed"}))
        assert len(saved) == 1 and saved[0][1] == 50  # one row of a table of 50


def test_a_failed_save_is_a_500_and_the_next_save_writes_everything(tmp_path, monkeypatch) -> None:
    with served(tmp_path) as mock:
        admin = mock.http(ADMIN)
        persistence = mock.app.persistence

        def full_disk() -> None:
            raise OSError("No space left on device")

        monkeypatch.setattr(persistence, "_save_rows", full_disk)
        answer = admin.post(f"{V2}/me/tasks", json={"Subject": "unsaved"})
        assert answer.status_code == 500 and answer.json()["error"]["code"] == "ErrorInternalServerError"
        monkeypatch.undo()
        ok(admin.post(f"{V2}/me/tasks", json={"Subject": "saved"}), 201)
        expected_shape = shape(mock.app.tenants)
    with reloaded(tmp_path) as after:
        assert shape(after.app.tenants) == expected_shape
        assert {t["Subject"] for t in ok(after.http(ADMIN).get(f"{V2}/me/tasks"))["value"]} == {"unsaved", "saved"}


def test_one_server_per_directory(tmp_path) -> None:
    first = Persistence(tmp_path)
    try:
        with pytest.raises(DataDirInUse):
            Persistence(tmp_path)
    finally:
        first.close()
    Persistence(tmp_path).close()  # released


def test_a_directory_without_state_loads_nothing(tmp_path) -> None:
    persistence = Persistence(tmp_path / "new")
    try:
        assert persistence.load() is None
    finally:
        persistence.close()


def test_tables_and_items_pickle_without_their_watchers() -> None:
    import copy
    import pickle

    tenant = Tenant.with_default_users()
    mailbox = next(iter(tenant.users.values())).mailbox
    folder = mailbox.tasks.default_folder
    assert type(folder).__name__ == "TaskFolder" and "_table" in folder.__dict__  # watched while stored
    for clone in (pickle.loads(pickle.dumps(mailbox)), copy.deepcopy(mailbox)):
        assert shape(clone) == shape(mailbox)
        assert clone.tasks.default_folder is clone.tasks.folders[folder.id]  # one object, as before
        clone.tasks.default_folder.name = "renamed"  # still watched by its own table, not the original's
        assert folder.name == "Tasks"
    assert json.loads(json.dumps(shape(mailbox), default=str))  # (the picture itself is plain data)
    assert pickle.loads(pickle.dumps(ALL)) is ALL and copy.deepcopy(ALL) is ALL  # (change logs are filed under it)


def test_every_tenant_is_saved_as_tenants_come_restore_and_go(tmp_path) -> None:
    with served(tmp_path) as mock:
        tenants, persistence = mock.app.tenants, mock.app.persistence
        alone = persistence.size()
        other = Tenant()
        bob = other.add_user("bob@fabrikam.com", "Bob", "secret")
        tenants.add(other)
        persistence.flush()  # (the server flushes after the control API's request)
        bob.mailbox.tasks.create_task({"subject": "kept"})
        snapshot = other.snapshot()
        persistence.flush()
        bob.mailbox.tasks.create_task({"subject": "rolled back"})
        persistence.flush()
        tenants.restore(other, snapshot)
        persistence.flush()
        restored_shape = shape(tenants)
    with reloaded(tmp_path) as after:
        tenants = after.app.tenants
        assert shape(tenants) == restored_shape
        again = tenants.find("fabrikam.com")
        assert again is not None and again.id == other.id and again.secret == other.secret
        tasks = again.find_user("bob@fabrikam.com").mailbox.tasks.list_tasks()
        assert [t.subject for t in tasks] == ["kept"]
        persistence = after.app.persistence
        tenants.remove(again)
        persistence.flush()
        assert persistence.size() == alone  # the removed tenant's rows and objects are deleted
    with reloaded(tmp_path) as last:
        assert len(last.app.tenants) == 1 and last.app.tenants.find("fabrikam.com") is None


def test_tenants_made_and_reset_through_the_control_api_are_saved(tmp_path) -> None:
    seeded = {
        "users": [{"address": "megan@fabrikam.com", "password": "megan"}],
        "seed": {"mailboxes": {"megan@fabrikam.com": {"tasks": [{"Subject": "Seeded"}]}}},
    }
    form = {"grant_type": "password", "username": "megan@fabrikam.com", "password": "megan"}
    with served(tmp_path) as mock, httpx.Client(transport=mock.transport, base_url=ORIGIN) as http:
        created = http.post("/_mock/tenants", json=seeded)
        assert created.status_code == 201, created.text
        token = ok(http.post("/fabrikam.com/oauth2/v2.0/token", data=form))["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        ok(http.post(f"{V2}/me/tasks", json={"Subject": "Later"}, headers=headers), 201)
        ok(http.post(f"/_mock/tenants/{created.json()['id']}/reset"))
        ok(http.post(f"{V2}/me/tasks", json={"Subject": "After the reset"}, headers=headers), 201)
        expected_shape = shape(mock.app.tenants)
    with reloaded(tmp_path) as after, httpx.Client(transport=after.transport, base_url=ORIGIN) as http:
        assert shape(after.app.tenants) == expected_shape
        tasks = ok(http.get(f"{V2}/me/tasks", headers=headers))["value"]  # the token from before the restart
        assert sorted(t["Subject"] for t in tasks) == ["After the reset", "Seeded"]
        assert after.app.persistence.size()["U"] == expected_units(after.app.tenants)  # the reset's leftovers: gone


def expected_units(tenants: TenantRegistry) -> int:
    """The root, each tenant, and each mailbox with its parts (sequence, stores, ...)."""
    mailboxes = [user.mailbox for tenant in tenants for user in tenant.users.values()]
    return 1 + len(tenants) + sum(1 + len(vars(mailbox)) for mailbox in mailboxes)


def test_what_a_request_changed_beside_the_tables_is_saved_with_its_mailbox(tmp_path) -> None:
    # State kept in a store's plain attributes (settings, overrides...) is not reported by any table: the request
    # that addressed the mailbox marks it, with its parts (``Dialect`` names the mailbox in the ASGI scope).
    with served(tmp_path) as mock:
        mailbox = mock.tenant.find_user(ADMIN).mailbox
        mailbox.mail.focused_overrides = {"pat@fabrikam.com": "Other"}  # as a handler would, in place
        mock.app.persistence.touched(mailbox)
        mock.app.persistence.flush()
    with reloaded(tmp_path) as after:
        restored = after.tenant.find_user(ADMIN).mailbox
        assert restored.mail.focused_overrides == {"pat@fabrikam.com": "Other"}
        assert restored.mail.messages is not mailbox.mail.messages and restored.seq.value == mailbox.seq.value


def test_subscriptions_settings_and_overrides_come_back_and_notifications_resume(tmp_path) -> None:
    from outlook_mock.cli import _resume_notifications
    from outlook_mock.notifier import Notifier, serve

    posts: list[dict] = []

    def listener(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("validationtoken")
        if token is not None:
            return httpx.Response(200, text=token, headers={"Content-Type": "text/plain"})
        posts.extend(json.loads(request.content)["value"])
        return httpx.Response(202)

    notifier = Notifier(transport=httpx.MockTransport(listener), backoff=0.01, attempts=2)
    push = {"@odata.type": "#Microsoft.OutlookServices.PushSubscription", "ChangeType": "Created"}
    push |= {"Resource": "https://outlook.office.com/api/v2.0/me/tasks", "NotificationURL": "https://hook.example/"}
    override = {"ClassifyAs": "Other", "SenderEmailAddress": {"Address": ALEX}}
    try:
        with served(tmp_path) as mock:
            serve(mock.tenant, notifier)
            admin = mock.http(ADMIN)
            subscription = ok(admin.post(f"{V2}/me/subscriptions", json=push), 201)
            ok(admin.patch(f"{V2}/me/MailboxSettings", json={"TimeZone": "Pacific Standard Time"}))
            ok(admin.post(f"{V2}/me/InferenceClassification/Overrides", json=override), 201)
            ok(
                mock.http(ALEX).post(
                    f"{V2}/me/sendmail",
                    json={"Message": {"Subject": "Hi", "ToRecipients": [{"EmailAddress": {"Address": ADMIN}}]}},
                ),
                202,
            )
            expected = {
                path: ok(admin.get(f"{V2}/{path}"))
                for path in (
                    f"me/subscriptions('{key(subscription['Id'])}')",
                    "me/MailboxSettings",
                    "me/InferenceClassification/Overrides",
                    "me/messages",
                )
            }
            expected_shape = shape(mock.app.tenants)
        with reloaded(tmp_path) as after:
            assert shape(after.app.tenants) == expected_shape
            admin = after.http(ADMIN)
            for path, answer in expected.items():
                assert ok(admin.get(f"{V2}/{path}")) == answer, path
            [delivered] = [m for m in expected["me/messages"]["value"] if m["Subject"] == "Hi"]
            assert delivered["InferenceClassification"] == "Other"
            serve(after.tenant, notifier)
            _resume_notifications(after.app)  # what `serve --data-dir` does on a restart
            posts.clear()
            ok(admin.post(f"{V2}/me/tasks", json={"Subject": "after the restart"}), 201)
            deadline = time.monotonic() + 5
            while not posts and time.monotonic() < deadline:
                time.sleep(0.01)
            assert [p["SubscriptionId"] for p in posts] == [subscription["Id"]]
    finally:
        notifier.close()
