"""Push subscriptions and notifications, in-process: the notifier posts through an ``httpx.MockTransport``.

(``conformance/checks/notifications.py`` checks the same rules over real sockets, against any server.)
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import quote

import httpx
import pytest

from outlook_mock.inprocess import MockTenant, mock_tenant
from outlook_mock.notifier import Notifier, serve
from outlook_mock.store import Tenant
from outlook_mock.store.subscriptions import ChangeType, ItemKind, SubscriptionStore

PUSH = "#Microsoft.OutlookServices.PushSubscription"
V2 = "/api/v2.0"


class Listener:
    """A webhook receiver as an httpx transport handler: echoes validation tokens, records notifications."""

    def __init__(self) -> None:
        self.validations: list[httpx.Request] = []
        self.posts: list[tuple[dict, httpx.Headers]] = []
        self.fail: Callable[[int], bool] = lambda attempt: False  # attempt: 0-based index of notification POSTs
        self.attempts = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("validationtoken")
        if token is not None:
            self.validations.append(request)
            return httpx.Response(200, text=token, headers={"Content-Type": "text/plain"})
        with self.lock:
            attempt, self.attempts = self.attempts, self.attempts + 1
        if self.fail(attempt):
            return httpx.Response(500)
        self.posts.append((json.loads(request.content), request.headers))
        return httpx.Response(202)

    def values(self) -> list[dict]:
        return [n for body, _ in list(self.posts) for n in body["value"]]


def until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@pytest.fixture
def listener() -> Listener:
    return Listener()


@pytest.fixture
def notifier(listener: Listener) -> Iterator[Notifier]:
    notifier = Notifier(transport=httpx.MockTransport(listener), backoff=0.01, attempts=3)
    yield notifier
    notifier.close()


@pytest.fixture
def mock(notifier: Notifier) -> Iterator[MockTenant]:
    tenant = Tenant.with_default_users()
    serve(tenant, notifier)  # this tenant's notifications go through the listener, no sockets
    with mock_tenant(tenant=tenant) as mock:
        yield mock


def subscribe(client: httpx.Client, resource: str, change_type: str = "Created,Updated,Deleted", **extra) -> dict:
    body = {"@odata.type": PUSH, "Resource": resource, "NotificationURL": "https://listener.example/hook"}
    answer = client.post(f"{V2}/me/subscriptions", json={**body, "ChangeType": change_type, **extra})
    assert answer.status_code == 201, answer.text
    return answer.json()


def test_each_change_is_notified_and_a_failed_post_is_retried(mock: MockTenant, listener: Listener) -> None:
    client = mock.sync_client
    sub = subscribe(client, "https://outlook.office.com/api/v2.0/me/tasks", ClientState="secret")
    assert sub["ChangeType"] == "Created, Updated, Deleted, Missed"
    assert listener.validations[0].headers["ClientState"] == "secret"
    listener.fail = lambda attempt: attempt == 0  # the first notification POST fails: retried
    task = client.post(f"{V2}/me/tasks", json={"Subject": "milk"}).json()
    assert until(lambda: len(listener.values()) == 1)
    path = f"{V2}/me/tasks('{quote(task['Id'], safe='')}')"
    client.patch(path, json={"Subject": "oat milk"})
    client.delete(path)
    assert until(lambda: len(listener.values()) == 3)
    assert listener.attempts == 4 or listener.attempts == 3  # one retry (the last two may share a POST)
    notifications = listener.values()
    assert [n["ChangeType"] for n in notifications] == ["Created", "Updated", "Deleted"]
    assert [n["SequenceNumber"] for n in notifications] == [1, 2, 3]
    for n in notifications:
        assert n["SubscriptionId"] == sub["Id"] and n["Id"] is None
        assert n["ResourceData"]["Id"] == task["Id"]
        assert n["ResourceData"]["@odata.type"] == "#Microsoft.OutlookServices.Task"
        assert n["Resource"] == n["ResourceData"]["@odata.id"] == task["@odata.id"]
    assert notifications[1]["ResourceData"]["@odata.etag"] != notifications[0]["ResourceData"]["@odata.etag"]
    assert all(headers["ClientState"] == "secret" for _, headers in listener.posts)


def test_changes_from_every_path_notify(mock: MockTenant, listener: Listener) -> None:
    """The 2014 preview's writes and meetings delivered to another mailbox notify too (the store sees them all)."""
    admin, alex = mock.sync_client, mock.http("alex@contoso.com")
    mine = subscribe(admin, "me/events", "Created")
    theirs = subscribe(alex, "me/events", "Created")
    invites = subscribe(alex, "me/mailfolders('Inbox')/messages", "Created")
    preview = {
        "@odata.type": "#Microsoft.Exchange.Services.OData.Model.Event",
        "Subject": "from the preview",
        "Start": "2014-07-02T18:00:00Z",
        "End": "2014-07-02T19:00:00Z",
    }
    assert admin.post("/ews/odata/Me/Events", json=preview).status_code == 201
    meeting = {
        "Subject": "sync",
        "Start": {"DateTime": "2015-11-26T09:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": "2015-11-26T10:00:00", "TimeZone": "UTC"},
        "Attendees": [{"EmailAddress": {"Address": "alex@contoso.com"}, "Type": "Required"}],
    }
    assert admin.post(f"{V2}/me/events", json=meeting).status_code == 201

    def of(sub: dict) -> list[dict]:
        return [n for n in listener.values() if n["SubscriptionId"] == sub["Id"]]

    assert until(lambda: len(of(mine)) == 2 and of(theirs) and of(invites))
    assert [n["ResourceData"]["@odata.type"] for n in of(invites)] == ["#Microsoft.OutlookServices.EventMessage"]
    assert "Users('" in of(theirs)[0]["Resource"]


def test_dropped_notifications_are_followed_by_missed(mock: MockTenant, listener: Listener, notifier: Notifier) -> None:
    client = mock.sync_client
    sub = subscribe(client, "me/contacts")
    failing = True
    listener.fail = lambda attempt: failing
    client.post(f"{V2}/me/contacts", json={"GivenName": "Lost"})
    # 3 attempts for the batch, then 3 for a lone Missed notification: all refused, then nothing more.
    assert until(lambda: listener.attempts == 6 and notifier.idle())
    assert notifier.stats.dropped == 1
    failing = False
    contact = client.post(f"{V2}/me/contacts", json={"GivenName": "Found"}).json()
    assert until(lambda: len(listener.values()) == 2)
    missed, created = listener.values()
    assert (missed["ChangeType"], missed["Resource"], "ResourceData" in missed) == ("Missed", sub["Resource"], False)
    assert created["ChangeType"] == "Created" and created["ResourceData"]["Id"] == contact["Id"]
    assert created["SequenceNumber"] == missed["SequenceNumber"] + 1


def test_filters_and_containers_limit_what_is_notified(mock: MockTenant, listener: Listener) -> None:
    client = mock.sync_client
    important = subscribe(client, "me/messages?$filter=Importance eq 'High'", "Created")
    inbox = subscribe(client, "me/mailfolders('Inbox')/messages", "Created")
    client.post(f"{V2}/me/messages", json={"Subject": "plain draft"})
    high = client.post(f"{V2}/me/messages", json={"Subject": "urgent draft", "Importance": "High"}).json()
    in_inbox = client.post(f"{V2}/me/mailfolders('Inbox')/messages", json={"Subject": "in the inbox"}).json()
    assert until(lambda: len(listener.values()) == 2)
    time.sleep(0.1)
    by = {n["SubscriptionId"]: n["ResourceData"]["Id"] for n in listener.values()}
    assert by == {important["Id"]: high["Id"], inbox["Id"]: in_inbox["Id"]}


def test_subscription_lifecycle_and_refusals(mock: MockTenant, listener: Listener) -> None:
    client = mock.sync_client
    sub = subscribe(client, "me/events", "Updated", ClientState="x")
    path = f"{V2}/me/subscriptions('{sub['Id']}')"
    assert "ClientState" not in client.get(path).json()
    renewed = client.patch(path)  # no body: three days from now
    assert renewed.status_code == 200
    expires = datetime.fromisoformat(renewed.json()["SubscriptionExpirationDateTime"].replace("Z", "+00:00"))
    assert abs(expires - (datetime.now(UTC) + timedelta(days=3))) < timedelta(minutes=1)
    assert client.patch(path, json={"Resource": "me/tasks"}).status_code == 400
    assert client.delete(path).status_code == 204
    assert client.get(path).status_code == 404
    refused = {
        "not a collection": ("me/tasks('x')/attachments", "Created", "ErrorInvalidRequest"),
        "Missed only": ("me/events", "Missed", "ErrorInvalidRequest"),
        "bad ChangeType": ("me/events", "Created,Renamed", "ErrorInvalidRequest"),
        "no such folder": ("me/mailfolders('AAMkAQPKMoTqNIHowrxX4QJ2Erw=')/messages", "Created", "ErrorFolderNotFound"),
        "bad filter": ("me/messages?$filter=Nope eq 1", "Created", None),
    }
    for why, (resource, change_type, code) in refused.items():
        body = {
            "@odata.type": PUSH,
            "Resource": resource,
            "NotificationURL": "https://l.example/",
            "ChangeType": change_type,
        }
        answer = client.post(f"{V2}/me/subscriptions", json=body)
        assert 400 <= answer.status_code < 500, why
        if code:
            assert answer.json()["error"]["code"] == code, (why, answer.text)
    token = mock.token("admin@contoso.com", scope="Tasks.Read")
    body = {"@odata.type": PUSH, "Resource": "me/events", "ChangeType": "Created", "NotificationURL": "https://l/"}
    answer = client.post(f"{V2}/me/subscriptions", json=body, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 403, answer.text  # events need a Calendars scope


def test_validation_failures_are_400_and_other_hosts_are_not_called() -> None:
    def wrong(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text="something else", headers={"Content-Type": "text/plain"})

    tenant = Tenant.with_default_users()
    notifier = Notifier(transport=httpx.MockTransport(wrong))
    serve(tenant, notifier)
    body = {
        "@odata.type": PUSH,
        "Resource": "me/events",
        "ChangeType": "Created",
        "NotificationURL": "https://l.example/",
    }
    try:
        with mock_tenant(tenant=tenant) as mock:
            answer = mock.sync_client.post(f"{V2}/me/subscriptions", json=body)
            assert answer.status_code == 400 and answer.json()["error"]["code"] == "ErrorInvalidParameter"
            assert "verification failed" in answer.json()["error"]["message"]
    finally:
        notifier.close()
    network = Notifier()  # no transport: the network, loopback hosts only
    with pytest.raises(Exception, match="loopback"):
        network.check_host("https://mywebhook.azurewebsites.net/api/send/myNotifyClient")
    network.check_host("http://127.0.0.1:9/hook")


def test_the_store_merges_writes_and_caps_lifetimes() -> None:
    store = SubscriptionStore()
    store.observe(ItemKind.TASK, "x", ChangeType.Created, None)
    assert store.pending == []  # nobody to deliver: nothing kept
    told: list[SubscriptionStore] = []
    store.listener = told.append  # told once, at the first write since the last drain
    for change in (ChangeType.Created, ChangeType.Updated, ChangeType.Updated):
        store.observe(ItemKind.TASK, "a", change, change.name)
    store.observe(ItemKind.TASK, "b", ChangeType.Updated, 1)
    store.observe(ItemKind.TASK, "b", ChangeType.Updated, 2)
    store.observe(ItemKind.TASK, "b", ChangeType.Deleted, 3)
    merged = [(o.item_id, o.change, o.item) for o in store.drain()]
    assert merged == [("a", ChangeType.Created, "Updated"), ("b", ChangeType.Updated, 2), ("b", ChangeType.Deleted, 3)]
    assert told == [store]
    assert store.drain() == []
    now = store.clock()
    assert store.expiry(None) - now < timedelta(days=3, seconds=1)
    assert store.expiry(now + timedelta(days=9)) - now < timedelta(days=3, seconds=1)
    assert store.expiry(now + timedelta(hours=1)) == now + timedelta(hours=1)


def test_a_filter_turns_entering_and_leaving_it_into_created_and_deleted(mock: MockTenant, listener: Listener) -> None:
    """The reference's unread-messages example: marking read is Deleted, unread again Created, other changes Updated."""
    client = mock.sync_client
    inbox = f"{V2}/me/mailfolders('Inbox')/messages"
    before = client.post(inbox, json={"Subject": "unread before", "IsRead": False}).json()
    sub = subscribe(client, "me/mailfolders('Inbox')/messages?$filter=IsRead eq false", "Created,Deleted,Updated")
    assert client.get(sub["@odata.id"]).json()["Id"] == sub["Id"]  # the @odata.id answers, /Users('…')/ form
    message = client.post(inbox, json={"Subject": "new", "IsRead": False}).json()
    path = f"{V2}/me/messages('{quote(message['Id'], safe='')}')"
    for change in ({"IsRead": True}, {"Subject": "read, renamed"}, {"IsRead": False}, {"Subject": "unread, renamed"}):
        client.patch(path, json=change)
    client.patch(f"{V2}/me/messages('{quote(before['Id'], safe='')}')", json={"Subject": "still unread"})
    assert until(lambda: len(listener.values()) == 5)
    got = [(n["ChangeType"], n["ResourceData"]["Id"]) for n in listener.values()]
    new, old = message["Id"], before["Id"]
    assert got == [("Created", new), ("Deleted", new), ("Created", new), ("Updated", new), ("Updated", old)]
