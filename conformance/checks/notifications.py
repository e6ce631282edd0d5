"""Push notifications (notify-rest-operations.md, v2.0): subscriptions, the validation request, notifications.

These checks run a webhook receiver in the test process (``conformance/receiver.py``): the server under test
must reach it. Against the in-process mock it listens on loopback; against a live server set
``OUTLOOK_NOTIFY_BIND`` (``host:port`` to listen on) and ``OUTLOOK_NOTIFY_URL`` (the URL the server calls), or
the checks are skipped when the validation request never arrives. Messages of a mail folder are watched: the
reference's v2.0 page names mail, calendar and contacts (not tasks).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from ..api import Api, expect_error, key, ok
from ..receiver import Receiver
from . import rule

PUSH = "#Microsoft.OutlookServices.PushSubscription"
NOTIFICATION = "#Microsoft.OutlookServices.Notification"
SLACK = timedelta(minutes=2)  # clocks of the server and of this machine


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _timestamp(value: datetime) -> str:
    """As the reference writes instants (fractional seconds): a lifetime of 1 s is not cut to a whole second."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _body(rx: Receiver, resource: str, change_type: str, **extra: object) -> dict:
    return {"@odata.type": PUSH, "Resource": resource, "NotificationURL": rx.url, "ChangeType": change_type, **extra}


def _create(api: Api, rx: Receiver, body: dict) -> dict:
    """POST /me/subscriptions, expecting 201; skipped on a live server that cannot reach the receiver."""
    before = len(rx.validations)
    answer = api.post("me/subscriptions", body)
    if answer.status_code == 400 and len(rx.validations) == before and not api.target.is_mock:
        pytest.skip(
            f"the server did not reach the notification receiver at {rx.url}: set OUTLOOK_NOTIFY_BIND (host:port to "
            "listen on) and OUTLOOK_NOTIFY_URL (the URL the server can call)"
        )
    created = ok(answer, 201)
    api.later(lambda: api.delete(f"me/subscriptions('{key(created['Id'])}')"))
    return created


@contextlib.contextmanager
def _subscribed(api: Api, rx: Receiver, body: dict) -> Iterator[dict]:
    """A subscription for the block; deleted at its end (so nothing more is sent to the receiver)."""
    created = _create(api, rx, body)
    try:
        yield created
    finally:
        api.delete(f"me/subscriptions('{key(created['Id'])}')")


def _folder_resource(api: Api, folder: dict) -> str:
    return api.url(f"me/mailfolders('{key(folder['Id'])}')/messages")


def _of(rx: Receiver, subscription: dict) -> list[dict]:
    return [n for n in rx.values() if n.get("SubscriptionId") == subscription["Id"]]


@rule("notify.validation", "validation_not_requested", "validation_answer_unchecked")
def validation(api: Api) -> None:
    """POST /me/subscriptions first POSTs {NotificationURL}?validationtoken=… (with the ClientState header) and creates
    the subscription only if the listener echoes the token (200, text/plain); otherwise 400 ErrorInvalidParameter."""
    folder = api.mail_folder("conformance notifications")
    with Receiver() as rx:
        body = _body(rx, _folder_resource(api, folder), "Created", ClientState="conformance-validation")
        with _subscribed(api, rx, body) as created:
            assert created["Id"], created
        assert len(rx.validations) == 1, f"expected one validation request, got {len(rx.validations)}"
        asked = rx.validations[0]
        assert asked.validation_token, f"no validationtoken in {asked.path}?{asked.query}"
        assert asked.headers.get("clientstate") == "conformance-validation", asked.headers
        # A listener that answers with something else than the token: no subscription.
        rx.validation_answer = lambda token: (200, "text/plain", "not the token")
        expect_error(api.post("me/subscriptions", body), 400, "ErrorInvalidParameter")
        rx.validation_answer = lambda token: (500, "text/plain", token)
        expect_error(api.post("me/subscriptions", body), 400, "ErrorInvalidParameter")
        assert len(rx.validations) == 3


@rule(
    "notify.subscription",
    "subscription_missed_not_added",
    "subscription_lifetime_unbounded",
    "subscription_get_shows_client_state",
)
def subscription(api: Api) -> None:
    """A subscription's ChangeType includes Missed; it expires at most three days on (renewals too); GET leaves out
    its ClientState; PATCH renews it; DELETE ends it (404 afterwards)."""
    folder = api.mail_folder("conformance notifications")
    with Receiver() as rx:
        asked = datetime.now(UTC) + timedelta(days=10)
        body = _body(
            rx,
            _folder_resource(api, folder),
            "Created,Deleted",
            ClientState="conformance-secret",
            SubscriptionExpirationDateTime=_timestamp(asked),
        )
        created = _create(api, rx, body)
        path = f"me/subscriptions('{key(created['Id'])}')"
        assert created.get("@odata.type", PUSH) == PUSH, created
        changes = {part.strip() for part in created["ChangeType"].split(",")}
        assert changes == {"Created", "Deleted", "Missed"}, f"ChangeType {created['ChangeType']!r}"
        assert created["ClientState"] == "conformance-secret", created
        expires = _instant(created["SubscriptionExpirationDateTime"])
        three_days = datetime.now(UTC) + timedelta(days=3)
        assert abs(expires - three_days) < SLACK, f"expiry {expires}, not three days on ({three_days})"
        read = ok(api.get(path))
        assert read["Id"] == created["Id"] and "ClientState" not in read, f"GET shows {read}"
        # Renewal: a nearer expiry is kept, a later one cut to three days, no body gives three days.
        soon = datetime.now(UTC) + timedelta(days=1)
        renewed = ok(api.patch(path, {"@odata.type": PUSH, "SubscriptionExpirationDateTime": _timestamp(soon)}))
        assert abs(_instant(renewed["SubscriptionExpirationDateTime"]) - soon) < SLACK, renewed
        assert abs(_instant(ok(api.get(path))["SubscriptionExpirationDateTime"]) - soon) < SLACK
        late = datetime.now(UTC) + timedelta(days=30)
        renewed = ok(api.patch(path, {"SubscriptionExpirationDateTime": _timestamp(late)}))
        three_days = datetime.now(UTC) + timedelta(days=3)
        assert abs(_instant(renewed["SubscriptionExpirationDateTime"]) - three_days) < SLACK, renewed
        assert api.delete(path).status_code == 204
        expect_error(api.get(path), 404)


@rule(
    "notify.changes",
    "notification_without_client_state",
    "notifications_from_other_containers",
    "subscription_change_types_ignored",
)
def changes(api: Api) -> None:
    """Each create, update and delete in the watched collection is POSTed to the subscriber as the reference's
    payload (value: Notification with SubscriptionId, SequenceNumber 1, 2, 3, ChangeType, Resource, ResourceData),
    with the ClientState header; changes elsewhere and change types not subscribed to are not."""
    folder = api.mail_folder("conformance notifications")
    with Receiver() as rx:
        resource = _folder_resource(api, folder)
        every = _body(rx, resource, "Created,Updated,Deleted", ClientState="conformance-every")
        deletes = _body(rx, resource, "Deleted")
        with _subscribed(api, rx, every) as sub, _subscribed(api, rx, deletes) as deletes_only:
            api.message({"Subject": "elsewhere"})  # in Drafts: not the watched folder
            message = api.message({"Subject": "watched"}, folder=folder["Id"])
            ok(api.patch(f"me/messages('{key(message['Id'])}')", {"Subject": "watched, changed"}))
            assert api.delete(f"me/messages('{key(message['Id'])}')").status_code == 204
            arrived = rx.wait(lambda: len(_of(rx, sub)) >= 3 and _of(rx, deletes_only), timeout=15)
            assert arrived, f"notifications received: {rx.values()}"
            time.sleep(0.3)  # anything else in flight
            got = _of(rx, sub)
            assert [n["ChangeType"] for n in got] == ["Created", "Updated", "Deleted"], got
            assert [n["SequenceNumber"] for n in got] == [1, 2, 3], got
            for notification in got:
                assert notification["@odata.type"] == NOTIFICATION, notification
                assert notification.get("Id", None) is None, notification
                assert notification["SubscriptionExpirationDateTime"], notification
                data = notification["ResourceData"]
                assert data["Id"] == message["Id"], notification
                assert data["@odata.type"] == "#Microsoft.OutlookServices.Message", notification
                assert data["@odata.id"] == notification["Resource"], notification
                assert notification["Resource"].lower().endswith(f"/messages('{message['Id'].lower()}')"), notification
            posts = [p for p in rx.notifications if p.body and p.body["value"][0]["SubscriptionId"] == sub["Id"]]
            assert all(p.headers.get("clientstate") == "conformance-every" for p in posts), [p.headers for p in posts]
            assert all(p.headers.get("content-type", "").startswith("application/json") for p in posts)
            only = _of(rx, deletes_only)
            assert [n["ChangeType"] for n in only] == ["Deleted"], only
            assert all("clientstate" not in p.headers for p in rx.notifications if p.body["value"][0] in only)


@rule("notify.retry", "notification_not_retried")
def retry(api: Api) -> None:
    """A notification POST the receiver fails (500) is sent again (with backoff) until it is acknowledged."""
    folder = api.mail_folder("conformance notifications")
    with Receiver() as rx:
        with _subscribed(api, rx, _body(rx, _folder_resource(api, folder), "Created")) as sub:
            rx.statuses = [500]
            message = api.message({"Subject": "retried"}, folder=folder["Id"])
            arrived = rx.wait(lambda: len([p for p in rx.notifications if p.body]) >= 2, timeout=30)
            assert arrived, f"the failed notification was not sent again: {len(rx.notifications)} POST(s)"
            first, second = (p.body["value"] for p in rx.notifications[:2])
            assert [n["SubscriptionId"] for n in first + second] == [sub["Id"]] * (len(first) + len(second))
            assert first[-1]["ResourceData"]["Id"] == message["Id"], first
            created = [n for n in second if n.get("ChangeType") == "Created"]
            assert created and created[-1]["ResourceData"]["Id"] == message["Id"], second
            assert created[-1]["SequenceNumber"] == first[-1]["SequenceNumber"], (first, second)


# How notify.ends meets an expiry. A live server: a lifetime of 3 s (the request crosses a network), a margin of
# 0.5 s past it (the two clocks), and 2 s for a late notification after the live one arrived. The in-process mock
# reads this process's clock and answers in milliseconds: 1 s, 0.05 s and 0.3 s (as notify.changes allows).
LIVE_TIMING = (timedelta(seconds=3), 0.5, 2.0)
IN_PROCESS_TIMING = (timedelta(seconds=1), 0.05, 0.3)


@rule("notify.ends", "expired_subscription_notified")
def ends(api: Api) -> None:
    """An expired or deleted subscription sends nothing more (and is 404)."""
    lifetime, margin, late = IN_PROCESS_TIMING if api.target.is_mock else LIVE_TIMING
    folder = api.mail_folder("conformance notifications")
    with Receiver() as rx:
        resource = _folder_resource(api, folder)
        soon = datetime.now(UTC) + lifetime
        short = _create(api, rx, _body(rx, resource, "Created", SubscriptionExpirationDateTime=_timestamp(soon)))
        deleted = _create(api, rx, _body(rx, resource, "Created"))
        assert api.delete(f"me/subscriptions('{key(deleted['Id'])}')").status_code == 204
        # A subscription that lives on, on the same folder: its notification says the change has been sent out,
        # so the check waits for it (not a fixed time), then a little longer for anything late.
        with _subscribed(api, rx, _body(rx, resource, "Created")) as alive:
            time.sleep(
                max(0.0, (_instant(short["SubscriptionExpirationDateTime"]) - datetime.now(UTC)).total_seconds())
            )
            time.sleep(margin)
            api.message({"Subject": "after the end"}, folder=folder["Id"])
            assert rx.wait(lambda: bool(_of(rx, alive)), timeout=15), (
                f"no notification of a live subscription: {rx.values()}"
            )
            rx.wait(lambda: bool(_of(rx, short) or _of(rx, deleted)), timeout=late)
        ended = _of(rx, short) + _of(rx, deleted)
        assert ended == [], f"notified after the end: {ended}"
        expect_error(api.get(f"me/subscriptions('{key(short['Id'])}')"), 404)
        expect_error(api.get(f"me/subscriptions('{key(deleted['Id'])}')"), 404)
