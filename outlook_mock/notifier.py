"""Push notifications leave the mock here: the validation request, then batched, retried deliveries.

One ``Notifier`` owns a daemon thread running its own event loop and one ``httpx.AsyncClient``; every
outbound request (validation or notification) runs there, so a request of the API never waits for a
subscriber: it hands the notifications over (``deliver``) and returns. The validation request is the
exception the reference makes: ``POST /me/subscriptions`` answers only once the NotificationURL
answered ``POST {NotificationURL}?validationtoken={token}`` with ``200``, ``Content-Type: text/plain``
and the token as the body, within 5 seconds (400 ``ErrorInvalidParameter`` otherwise).

Delivery, per subscription and in order: what is queued when a POST starts goes in it (``value``,
at most ``max_batch`` notifications); a POST counts as delivered on any 2xx within ``timeout``
seconds. Otherwise it is retried after ``backoff`` seconds, doubling each time, ``attempts`` times
in all; then the batch is dropped and the subscriber is owed a ``Missed`` notification (sent alone at
once, or first in the next batch), which tells it to synchronise. So is a notification that finds the
queue full (``max_queued`` across all subscriptions). A subscription that expired or was deleted
stops: what it still had queued is dropped.

The mock only ever calls the URLs subscribers gave it, and by default only on loopback hosts
(``127.0.0.1``, ``::1``, ``localhost``): ``allowed_hosts`` (``outlook-mock serve --notification-host``,
or ``OUTLOOK_MOCK_NOTIFICATION_HOSTS``, comma separated, ``*`` for any) names the others. A notifier
given a ``transport`` (any ``httpx.AsyncBaseTransport``: ``httpx.MockTransport``, an
``httpx.ASGITransport`` of an in-process receiver) sends through it, to any host.
"""

from __future__ import annotations

import asyncio
import base64
import collections
import concurrent.futures
import os
import secrets
import threading
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
import orjson

from .errors import ErrorInvalidParameter
from .faults import broken

__all__ = ["LOOPBACK_HOSTS", "Notifier", "notifier_for"]

NS = "Microsoft.OutlookServices"
VALIDATION_SECONDS = 5.0  # "成功の応答を 5 秒以内に返します"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
HOSTS_VARIABLE = "OUTLOOK_MOCK_NOTIFICATION_HOSTS"


def _hosts_from_environment() -> frozenset[str] | None:
    value = os.environ.get(HOSTS_VARIABLE, "")
    names = {name.strip().lower() for name in value.split(",") if name.strip()}
    if "*" in names:
        return None
    return LOOPBACK_HOSTS | names


@dataclass
class Delivery:
    """The delivery state of one subscription (touched on the notifier's thread only)."""

    subscription_id: str
    url: str
    client_state: str | None
    resource: str
    expires: datetime
    next_sequence: int = 1
    queue: collections.deque = field(default_factory=collections.deque)  # notifications without their numbers
    missed: bool = False  # notifications were dropped: the next POST starts with a Missed notification
    running: bool = False
    gone: bool = False  # deleted


@dataclass
class Stats:
    delivered: int = 0  # notifications in batches a subscriber acknowledged
    dropped: int = 0  # notifications given up on (retries exhausted, queue full, subscription gone)
    attempts: int = 0  # notification POSTs made, retries included
    failures: int = 0  # POSTs that failed (non-2xx, timeout, connection error)


class Notifier:
    """Sends validation requests and notifications from a background thread (see the module's text)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        allowed_hosts: Iterable[str] | None = (),
        timeout: float = 10.0,
        backoff: float = 0.5,
        attempts: int = 6,
        max_batch: int = 50,
        max_queued: int = 10_000,
    ) -> None:
        self.transport = transport
        if allowed_hosts == ():  # not given: the environment's, loopback at least
            self.allowed_hosts = _hosts_from_environment()
        else:
            self.allowed_hosts = None if allowed_hosts is None else LOOPBACK_HOSTS | {h.lower() for h in allowed_hosts}
        self.timeout = timeout
        self.backoff = backoff
        self.attempts = attempts
        self.max_batch = max_batch
        self.max_queued = max_queued
        self.stats = Stats()
        self._deliveries: dict[str, Delivery] = {}
        self._queued = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client: httpx.AsyncClient | None = None
        self._lock = threading.Lock()

    # -- the thread ------------------------------------------------------------------------------------
    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(target=loop.run_forever, name="outlook-mock-notifier", daemon=True)
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            self._client = httpx.AsyncClient(transport=self.transport, follow_redirects=False)
        return self._client

    def close(self) -> None:
        """Stop the thread (what is still queued is dropped)."""
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is None or thread is None:
            return

        async def shutdown() -> None:
            if self._client is not None:
                await self._client.aclose()
                self._client = None
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()

    # -- which URLs it calls -----------------------------------------------------------------------------
    def check_host(self, url: str) -> None:
        """400 unless the mock may call ``url``'s host."""
        host = (urlsplit(url).hostname or "").lower()
        if self.transport is None and self.allowed_hosts is not None and host not in self.allowed_hosts:
            raise ErrorInvalidParameter(
                f"Notification URL '{url}' verification failed: this mock tenant calls loopback hosts only, and "
                f"the hosts it was told to (outlook-mock serve --notification-host {host}, or {HOSTS_VARIABLE})."
            )

    # -- the validation request ------------------------------------------------------------------------
    def validate(self, url: str, client_state: str | None) -> concurrent.futures.Future:
        """Start the validation request; the future's result is None on success, or why it failed."""
        self.check_host(url)
        return asyncio.run_coroutine_threadsafe(self._validate(url, client_state), self._running_loop())

    async def _validate(self, url: str, client_state: str | None) -> str | None:
        token = base64.b64encode(secrets.token_bytes(24)).decode("ascii")
        target = with_query(url, validationtoken=token)
        if broken("validation_not_requested"):
            return None
        headers = {"ClientState": client_state} if client_state is not None else {}
        try:
            answer = await self._http().post(target, headers=headers, timeout=VALIDATION_SECONDS)
        except httpx.TimeoutException:
            return f"Notification URL '{target}' verification failed: no answer within {VALIDATION_SECONDS:g} seconds"
        except httpx.HTTPError as error:
            return f"Notification URL '{target}' verification failed: {type(error).__name__}: {error}"
        media = answer.headers.get("content-type", "").split(";")[0].strip().lower()
        if answer.status_code != 200:
            why = f"the answer was {answer.status_code}, not 200"
        elif media != "text/plain":
            why = f"the answer's Content-Type was '{media or 'none'}', not text/plain"
        elif answer.text != token:
            why = "the answer's body was not the validation token"
        else:
            return None
        return f"Notification URL '{target}' verification failed: {why}"

    # -- deliveries ------------------------------------------------------------------------------------
    def deliver(self, subscription: Any, notifications: list[dict]) -> None:
        """Queue ``notifications`` (without SequenceNumber and expiry: set when sent) for ``subscription``.

        Returns at once; safe from any thread."""
        snapshot = (
            subscription.id,
            subscription.notification_url,
            subscription.client_state,
            subscription.resource,
            subscription.expires,
        )
        self._running_loop().call_soon_threadsafe(self._accept, snapshot, notifications)

    def renewed(self, subscription_id: str, expires: datetime) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._renew, subscription_id, expires)

    def forget(self, subscription_id: str) -> None:
        """The subscription was deleted: it stops, its queue is dropped."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._forget, subscription_id)

    def _renew(self, subscription_id: str, expires: datetime) -> None:
        delivery = self._deliveries.get(subscription_id)
        if delivery is not None:
            delivery.expires = expires

    def _forget(self, subscription_id: str) -> None:
        delivery = self._deliveries.pop(subscription_id, None)
        if delivery is not None:
            delivery.gone = True
            self._drop(delivery, len(delivery.queue))
            delivery.queue.clear()

    def _accept(self, snapshot: tuple, notifications: list[dict]) -> None:
        subscription_id, url, client_state, resource, expires = snapshot
        delivery = self._deliveries.get(subscription_id)
        if delivery is None:
            delivery = self._deliveries[subscription_id] = Delivery(
                subscription_id, url, client_state, resource, expires
            )
        delivery.expires = expires  # renewed since
        room = self.max_queued - self._queued
        if len(notifications) > room:
            self.stats.dropped += len(notifications) - max(room, 0)
            notifications = notifications[: max(room, 0)]
            delivery.missed = True
        delivery.queue.extend(notifications)
        self._queued += len(notifications)
        if not delivery.running:
            delivery.running = True
            asyncio.get_running_loop().create_task(self._run(delivery))

    def _drop(self, delivery: Delivery, count: int) -> None:
        self._queued -= count
        self.stats.dropped += count

    async def _run(self, delivery: Delivery) -> None:
        owe_missed = False
        try:
            while (delivery.queue or owe_missed) and not delivery.gone:
                if datetime.now(UTC) >= delivery.expires and not broken("expired_subscription_notified"):
                    self._drop(delivery, len(delivery.queue))  # an expired subscription stops
                    delivery.queue.clear()
                    self._deliveries.pop(delivery.subscription_id, None)
                    return
                batch = [delivery.queue.popleft() for _ in range(min(len(delivery.queue), self.max_batch))]
                self._queued -= len(batch)
                missed = delivery.missed
                if missed:
                    batch.insert(0, {"ChangeType": "Missed", "Resource": delivery.resource})
                body = {"value": [self._numbered(delivery, n) for n in batch]}
                if await self._send(delivery, body):
                    self.stats.delivered += len(batch) - missed
                    delivery.missed = owe_missed = False
                else:
                    self.stats.dropped += len(batch) - missed
                    # Dropped: the subscriber is owed a Missed notification (sent alone once, at most).
                    delivery.missed = True
                    owe_missed = not owe_missed and not delivery.queue
        finally:
            delivery.running = False

    def _numbered(self, delivery: Delivery, notification: dict) -> dict:
        sequence = delivery.next_sequence
        delivery.next_sequence += 1
        return {
            "@odata.type": f"#{NS}.Notification",
            "Id": None,
            "SubscriptionId": delivery.subscription_id,
            "SubscriptionExpirationDateTime": _timestamp(delivery.expires),
            "SequenceNumber": sequence,
            **notification,
        }

    async def _send(self, delivery: Delivery, body: dict) -> bool:
        content = orjson.dumps(body)
        headers = {"Content-Type": "application/json"}
        if delivery.client_state is not None and not broken("notification_without_client_state"):
            headers["ClientState"] = delivery.client_state
        attempts = 1 if broken("notification_not_retried") else self.attempts
        for attempt in range(attempts):
            if delivery.gone:
                return False
            self.stats.attempts += 1
            try:
                answer = await self._http().post(delivery.url, content=content, headers=headers, timeout=self.timeout)
                if 200 <= answer.status_code < 300:
                    return True
            except httpx.HTTPError:
                pass
            self.stats.failures += 1
            if attempt + 1 < attempts:
                await asyncio.sleep(self.backoff * 2**attempt)
        return False

    def idle(self) -> bool:
        """Nothing queued or in flight (for tests and clean shut-downs)."""
        return not any(d.running or d.queue for d in list(self._deliveries.values()))


def _timestamp(value: datetime) -> str:
    """``2015-04-23T22:46:13.8805047Z``: UTC with seven fractional digits, as the reference shows it."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f") + "0Z"


def with_query(url: str, **params: str) -> str:
    """``url`` with ``params`` appended to its query (what it had is kept)."""
    parts = urlsplit(url)
    extra = urlencode(params)
    return urlunsplit(parts._replace(query=f"{parts.query}&{extra}" if parts.query else extra))


# -- which notifier serves a tenant ----------------------------------------------------------------------
_by_tenant: dict[int, tuple[weakref.ref, Notifier]] = {}
_default: Notifier | None = None
_registry_lock = threading.Lock()


def serve(tenant: Any, notifier: Notifier) -> None:
    """Let ``notifier`` send the notifications of ``tenant``'s subscriptions (default: a shared one)."""
    key = id(tenant)
    with _registry_lock:
        _by_tenant[key] = (weakref.ref(tenant, lambda _: _by_tenant.pop(key, None)), notifier)


def allow_notification_hosts(names: Iterable[str]) -> None:
    """Let the shared notifier (every tenant not given its own) call ``names`` too; ``*``: any host."""
    names = {name.strip().lower() for name in names if name.strip()}
    notifier = notifier_for(None)
    if "*" in names:
        notifier.allowed_hosts = None
    elif notifier.allowed_hosts is not None:
        notifier.allowed_hosts = notifier.allowed_hosts | names


def notifier_for(tenant: Any) -> Notifier:
    global _default
    entry = _by_tenant.get(id(tenant))
    if entry is not None and entry[0]() is tenant:
        return entry[1]
    with _registry_lock:
        if _default is None:
            _default = Notifier()
        return _default
