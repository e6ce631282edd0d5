"""``serve --data-dir``: a server killed under a write load loses nothing it acknowledged.

Client threads write (create tasks, messages, contacts and events, rename them, delete some) as fast as the
server answers, and record every acknowledged write: its id and content. The server is then killed in the
middle of that load (SIGKILL: no goodbye; SIGTERM: the graceful stop), started again on the same directory,
and every acknowledged write is looked for, with the tokens and the deltaLink issued before the kill.
An unacknowledged write (in flight at the kill) may or may not have been saved: either is right.
"""

from __future__ import annotations

import itertools
import os
import signal
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
import pytest

from outlook_mock.inprocess import key

from . import served

V2 = "/api/v2.0"
THREADS = int(served.sized(6, 16))
KILL_AFTER = int(served.sized(150, 5_000))  # acknowledged writes before the kill (or LOAD_SECONDS of load)
LOAD_SECONDS = served.sized(6.0, 60.0)
TRACK = {"Prefer": "odata.track-changes, odata.maxpagesize=200"}
# kind -> (collection path under its container, the member holding the content we check)
KINDS = {
    "task": ("tasks", "Subject"),
    "message": ("messages", "Subject"),
    "contact": ("contacts", "GivenName"),
    "event": ("events", "Subject"),
}
EVENT_TIMES = {
    "Start": {"DateTime": "2026-03-02T10:00:00", "TimeZone": "UTC"},
    "End": {"DateTime": "2026-03-02T11:00:00", "TimeZone": "UTC"},
}


@dataclass
class Ledger:
    """What the clients were told (acknowledged) and what they were still waiting for when the server died."""

    acked: dict[str, tuple[str, str]] = field(default_factory=dict)  # id -> (kind, content last acknowledged)
    pending: dict[str, set[str]] = field(default_factory=dict)  # id -> contents sent, never acknowledged
    deleted: set[str] = field(default_factory=set)  # deletes acknowledged
    maybe_deleted: set[str] = field(default_factory=set)  # deletes in flight
    in_flight_creates: int = 0
    errors: list[str] = field(default_factory=list)  # answers that were neither success nor a dying server
    acks: int = 0  # writes acknowledged
    lock: threading.Lock = field(default_factory=threading.Lock)


def _containers(http: httpx.Client) -> dict[str, str]:
    """A fresh container per kind (so the check lists only what the load wrote), by kind."""
    stamp = f"load {time.monotonic_ns()}"
    task_folder = http.post(f"{V2}/me/taskfolders", json={"Name": stamp}).json()["Id"]
    mail_folder = http.post(f"{V2}/me/mailfolders", json={"DisplayName": stamp}).json()["Id"]
    contact_folder = http.post(f"{V2}/me/contactfolders", json={"DisplayName": stamp}).json()["Id"]
    calendar = http.post(f"{V2}/me/calendars", json={"Name": stamp}).json()["Id"]
    return {
        "task": f"{V2}/me/taskfolders('{key(task_folder)}')",
        "message": f"{V2}/me/mailfolders('{key(mail_folder)}')",
        "contact": f"{V2}/me/contactfolders('{key(contact_folder)}')",
        "event": f"{V2}/me/calendars('{key(calendar)}')",
    }


def _item_path(kind: str, item_id: str) -> str:
    return f"{V2}/me/{KINDS[kind][0]}('{key(item_id)}')"


def _write_load(server: served.Server, containers: dict[str, str], ledger: Ledger, stop: threading.Event) -> None:
    """One client thread: create, rename and delete until the server goes away (or ``stop``)."""
    name = threading.current_thread().name
    mine: list[tuple[str, str]] = []  # (kind, id) this thread created and did not delete
    with server.client(0, timeout=10) as http:
        for n in itertools.count():
            if stop.is_set():
                return
            step = n % 6
            try:
                if step < 4 or not mine:
                    kind = list(KINDS)[(n // 6 + step) % 4]
                    collection, member = KINDS[kind]
                    content = f"{name} #{n}"
                    body = {member: content, **(EVENT_TIMES if kind == "event" else {})}
                    with ledger.lock:
                        ledger.in_flight_creates += 1
                    answer = http.post(f"{containers[kind]}/{collection}", json=body)
                    with ledger.lock:
                        ledger.in_flight_creates -= 1
                    if answer.status_code != 201:
                        ledger.errors.append(f"create {kind}: {answer.status_code} {answer.text[:200]}")
                        return
                    item_id = answer.json()["Id"]
                    with ledger.lock:
                        ledger.acked[item_id] = (kind, content)
                        ledger.acks += 1
                    mine.append((kind, item_id))
                elif step == 4:
                    kind, item_id = mine[n % len(mine)]
                    content = f"{name} #{n} renamed"
                    with ledger.lock:
                        ledger.pending.setdefault(item_id, set()).add(content)
                    answer = http.patch(_item_path(kind, item_id), json={KINDS[kind][1]: content})
                    if answer.status_code != 200:
                        ledger.errors.append(f"rename {kind}: {answer.status_code} {answer.text[:200]}")
                        return
                    with ledger.lock:
                        ledger.acked[item_id] = (kind, content)
                        ledger.pending[item_id].discard(content)
                        ledger.acks += 1
                else:
                    kind, item_id = mine.pop(n % len(mine))
                    with ledger.lock:
                        ledger.maybe_deleted.add(item_id)
                    answer = http.delete(_item_path(kind, item_id))
                    if answer.status_code != 204:
                        ledger.errors.append(f"delete {kind}: {answer.status_code} {answer.text[:200]}")
                        return
                    with ledger.lock:
                        ledger.maybe_deleted.discard(item_id)
                        ledger.deleted.add(item_id)
                        ledger.acks += 1
            except httpx.TransportError:
                return  # the server is gone: what was in flight stays unacknowledged


def _listed(http: httpx.Client, path: str, member: str) -> dict[str, str]:
    """Every member of a collection (following nextLinks): id -> content."""
    found: dict[str, str] = {}
    url: str | None = f"{path}?$top=1000&$select={member}"
    while url:
        answer = http.get(url)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        found.update({item["Id"]: item.get(member) for item in page["value"]})
        url = page.get("@odata.nextLink")
    return found


def _synced(http: httpx.Client, delta_link: str) -> set[str]:
    """The ids a deltaLink reports as there (not deleted), following its pages."""
    url, present = delta_link, set()
    for _ in range(10_000):
        answer = http.get(url, headers=TRACK)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        for item in page["value"]:
            if "@removed" in item or "reason" in item:  # a tombstone: {"id": "Tasks('…')", "reason": "deleted"}
                present.discard(item.get("Id") or item["id"].split("'")[1])
            else:
                present.add(item["Id"])
        url = page.get("@odata.nextLink")
        if url is None:
            return present
    raise AssertionError("the delta round did not end")


def _relative(link: str) -> str:
    parts = urlsplit(link)
    return f"{parts.path}?{parts.query}"


@pytest.fixture
def data_dir(tmp_path) -> Iterator[str]:
    yield str(tmp_path / "data")


@pytest.mark.parametrize("kill", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_every_acknowledged_write_survives_a_kill_under_load(data_dir: str, kill: signal.Signals) -> None:
    server = served.start(("--data-dir", data_dir))
    try:
        assert "state saved in" in server.log(), server.log()
        tokens = server.tokens
        with server.client(0) as http:
            containers = _containers(http)
            answer = http.get(f"{containers['task']}/tasks", headers=TRACK)
            delta_link = _relative(answer.json()["@odata.deltaLink"])
        ledger, stop = Ledger(), threading.Event()
        threads = [
            threading.Thread(target=_write_load, args=(server, containers, ledger, stop), name=f"client{i}")
            for i in range(THREADS)
        ]
        began = time.monotonic()
        for thread in threads:
            thread.start()
        while ledger.acks < KILL_AFTER and time.monotonic() - began < LOAD_SECONDS and not ledger.errors:
            time.sleep(0.02)
        with ledger.lock:
            acked_before_kill = ledger.acks
        os.kill(server.process.pid, kill)  # mid-load: every thread has a request in flight or about to be
        server.process.wait(10)
        loaded = time.monotonic() - began
        stop.set()
        for thread in threads:
            thread.join(15)
        assert not ledger.errors, ledger.errors[:5]
        assert acked_before_kill > 20, f"the load only got {acked_before_kill} writes acknowledged"

        restarting = time.monotonic()
        server = served.start(("--data-dir", data_dir), port=server.port)
        restart_seconds = time.monotonic() - restarting
        assert "state restored from" in server.log(), server.log()
        # Every check below uses the tokens issued before the kill.
        with httpx.Client(base_url=server.origin, headers={"Authorization": f"Bearer {tokens[0]}"}, timeout=30) as http:
            stored = {
                kind: _listed(http, f"{containers[kind]}/{collection}", member)
                for kind, (collection, member) in KINDS.items()
            }
            lost, wrong = [], []
            for item_id, (kind, content) in ledger.acked.items():
                if item_id in ledger.deleted:
                    continue
                if item_id not in stored[kind]:
                    if item_id not in ledger.maybe_deleted:
                        lost.append((kind, item_id, content))
                    continue
                if stored[kind][item_id] != content and stored[kind][item_id] not in ledger.pending.get(item_id, ()):
                    wrong.append((kind, item_id, content, stored[kind][item_id]))
            resurrected = [i for i in ledger.deleted if any(i in found for found in stored.values())]
            synced = _synced(http, delta_link)
        figure = f"{served.PROFILE} {signal.Signals(kill).name}"
        served.figure(
            f"persistence: kill under load ({figure})",
            f"{ledger.acks} writes acknowledged by {THREADS} clients in {loaded:.1f} s "
            f"({ledger.in_flight_creates} creates in flight at the kill), lost {len(lost)}, wrong content "
            f"{len(wrong)}, deleted but back {len(resurrected)}; restart {restart_seconds:.2f} s",
        )
        assert not lost, f"{len(lost)} acknowledged writes lost, e.g. {lost[:3]}"
        assert not wrong, f"{len(wrong)} items without their acknowledged content, e.g. {wrong[:3]}"
        assert not resurrected, f"{len(resurrected)} acknowledged deletes undone, e.g. {resurrected[:3]}"
        # The deltaLink taken before the load reports what the folder holds now, no more, no less.
        assert synced == set(stored["task"]), (len(synced), len(stored["task"]))
    finally:
        server.stop()
