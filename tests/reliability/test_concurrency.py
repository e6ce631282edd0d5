"""Concurrent clients on one served mock: no lost update, no lost or doubled create, sync that converges."""

from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from .calls import TRACK, V2, created, deleted_id, key, list_all, odata_error, ok
from .served import Server, figure, sized

# -- a. read-modify-write with If-Match -------------------------------------------------------------
RMW_WRITERS = int(sized(4, 8))
RMW_CYCLES = int(sized(15, 200))  # per writer
RMW_PER_TASK = 200  # appends per task (soak spreads them over several tasks, below any Categories cap)
RMW_RETRIES = 500  # 412s one cycle may meet before the test gives up
LOST_UPDATES_BOUND = 0


def _ignores_if_match(server: Server) -> str | None:
    """Why the test cannot run (a stale etag accepted), or None when the server honours If-Match."""
    with server.client() as http:
        task = created(http.post(f"{V2}/me/tasks", json={"Subject": "If-Match probe"}))
        url = f"{V2}/me/tasks('{key(task['Id'])}')"
        ok(http.patch(url, json={"Subject": "changed"}))
        stale = http.patch(url, json={"Subject": "stale write"}, headers={"If-Match": task["@odata.etag"]})
        http.delete(url)
    if stale.status_code == 412:
        return None
    return f"the server ignores If-Match (a stale etag got {stale.status_code}); issue 9, helper ifmatch"


def test_read_modify_write_with_if_match_loses_nothing(server: Server) -> None:
    reason = _ignores_if_match(server)
    if reason:
        pytest.skip(reason)
    total = RMW_WRITERS * RMW_CYCLES
    task_count = -(-total // RMW_PER_TASK)
    with server.client() as http:
        tasks = [created(http.post(f"{V2}/me/tasks", json={"Subject": f"rmw {i}"}))["Id"] for i in range(task_count)]
    conflicts = [0] * RMW_WRITERS
    bad_412 = []

    def writer(w: int) -> None:
        with server.client() as http:
            for cycle in range(RMW_CYCLES):
                n = w * RMW_CYCLES + cycle
                url = f"{V2}/me/tasks('{key(tasks[n % task_count])}')"
                for _ in range(RMW_RETRIES):
                    task = ok(http.get(url))
                    body = {"Categories": [*task["Categories"], f"w{w}-{cycle}"]}
                    answer = http.patch(url, json=body, headers={"If-Match": task["@odata.etag"]})
                    if answer.status_code == 200:
                        break
                    assert answer.status_code == 412, f"{answer.status_code} {answer.text}"
                    error = odata_error(answer)
                    if error is None or error["code"] != "ErrorIrresolvableConflict":
                        bad_412.append(answer.text)
                    conflicts[w] += 1
                else:
                    raise AssertionError(f"writer {w} cycle {cycle}: still 412 after {RMW_RETRIES} tries")

    began = time.monotonic()
    with ThreadPoolExecutor(RMW_WRITERS) as pool:
        list(pool.map(writer, range(RMW_WRITERS)))
    elapsed = time.monotonic() - began
    with server.client() as http:
        stored = [c for t in tasks for c in ok(http.get(f"{V2}/me/tasks('{key(t)}')"))["Categories"]]
        for t in tasks:
            http.delete(f"{V2}/me/tasks('{key(t)}')")
    expected = {f"w{w}-{c}" for w in range(RMW_WRITERS) for c in range(RMW_CYCLES)}
    lost = len(expected - set(stored))
    doubled = len(stored) - len(set(stored))
    figure(
        "a. read-modify-write with If-Match",
        f"{RMW_WRITERS} writers x {RMW_CYCLES} cycles = {total} updates in {elapsed:.1f} s: "
        f"{lost} lost, {doubled} doubled, {sum(conflicts)} x 412 retried",
    )
    assert not bad_412, f"412 without the ErrorIrresolvableConflict OData body: {bad_412[:3]}"
    assert lost <= LOST_UPDATES_BOUND and doubled == 0, f"{lost} lost, {doubled} doubled"


# -- b. concurrent creates ---------------------------------------------------------------------------
CREATORS = int(sized(4, 8))
CREATES = int(sized(25, 250))  # per creator
LIST_PAGE = 7  # an odd page size, so that pages split the creators' runs


def test_concurrent_creates_are_each_listed_once(server: Server) -> None:
    with server.client() as http:
        folder = created(http.post(f"{V2}/me/taskfolders", json={"Name": "concurrent creates"}))["Id"]
    path = f"{V2}/me/taskfolders('{key(folder)}')/tasks"

    def creator(c: int) -> list[str]:
        with server.client() as http:
            return [created(http.post(path, json={"Subject": f"c{c}-{i}"}))["Id"] for i in range(CREATES)]

    began = time.monotonic()
    with ThreadPoolExecutor(CREATORS) as pool:
        ids = [i for batch in pool.map(creator, range(CREATORS)) for i in batch]
    elapsed = time.monotonic() - began
    with server.client() as http:
        listed = [t["Id"] for t in list_all(http, path, LIST_PAGE)]
        http.delete(f"{V2}/me/taskfolders('{key(folder)}')")
    missing = len(set(ids) - set(listed))
    doubled = len(listed) - len(set(listed))
    strangers = len(set(listed) - set(ids))
    figure(
        "b. concurrent creates",
        f"{CREATORS} clients x {CREATES} = {len(ids)} tasks in {elapsed:.1f} s ({len(set(ids))} distinct ids); "
        f"listed in pages of {LIST_PAGE}: {missing} missing, {doubled} listed twice, {strangers} strangers",
    )
    assert len(set(ids)) == len(ids) == CREATORS * CREATES
    assert (missing, doubled, strangers) == (0, 0, 0)


# -- c. delta sync while writers work ------------------------------------------------------------------
SYNC_WRITERS = int(sized(3, 4))
SYNC_SECONDS = sized(3, 60)
SYNC_PAGE = 25
SYNC_MISMATCH_BOUND = 0


def _sync_round(http, path: str, delta_link: str | None) -> tuple[list[dict], str]:
    """One whole round (see conformance/checks/sync.py): the entries and the deltaLink for the next round."""
    prefer = {"Prefer": f"{TRACK}, odata.maxpagesize={SYNC_PAGE}"}
    entries: list[dict] = []
    if delta_link is None:
        first = ok(http.get(path, headers=prefer))
        entries, delta_link = first["value"], first["@odata.deltaLink"]
    page = ok(http.get(delta_link, headers=prefer))
    entries += page["value"]
    for _ in range(10_000):
        if "@odata.nextLink" not in page:
            return entries, page["@odata.deltaLink"]
        page = ok(http.get(page["@odata.nextLink"], headers={"Prefer": f"odata.maxpagesize={SYNC_PAGE}"}))
        entries += page["value"]
    raise AssertionError("a sync round did not end")


def _apply(replica: dict[str, dict], entries: list[dict]) -> None:
    for entry in entries:
        gone = deleted_id(entry)
        if gone is not None:
            replica.pop(gone, None)
        else:
            replica[entry["Id"]] = entry


def test_delta_sync_under_concurrent_writes_converges(server: Server) -> None:
    with server.client() as http:
        folder = created(http.post(f"{V2}/me/taskfolders", json={"Name": "sync under writes"}))["Id"]
    path = f"{V2}/me/taskfolders('{key(folder)}')/tasks"
    with server.client() as http:
        for i in range(10):  # something to sync from the start
            created(http.post(path, json={"Subject": f"seed {i}"}))
    stop = threading.Event()
    writes = [0] * SYNC_WRITERS

    def writer(w: int) -> None:
        rng = random.Random(w)
        mine: list[str] = []
        with server.client() as http:
            while not stop.is_set():
                choice = rng.random()
                if choice < 0.5 or not mine:
                    mine.append(created(http.post(path, json={"Subject": f"w{w} {writes[w]}"}))["Id"])
                elif choice < 0.8:
                    ok(http.patch(f"{V2}/me/tasks('{key(rng.choice(mine))}')", json={"Subject": f"w{w} u{writes[w]}"}))
                else:
                    gone = mine.pop(rng.randrange(len(mine)))
                    assert http.delete(f"{V2}/me/tasks('{key(gone)}')").status_code == 204
                writes[w] += 1

    replica: dict[str, dict] = {}
    rounds = 0
    with server.client() as http, ThreadPoolExecutor(SYNC_WRITERS) as pool:
        entries, delta = _sync_round(http, path, None)
        _apply(replica, entries)
        futures = [pool.submit(writer, w) for w in range(SYNC_WRITERS)]
        deadline = time.monotonic() + SYNC_SECONDS
        while time.monotonic() < deadline:
            entries, delta = _sync_round(http, path, delta)
            _apply(replica, entries)
            rounds += 1
        stop.set()
        for future in futures:
            future.result()
        entries, delta = _sync_round(http, path, delta)  # the changes after the last round
        _apply(replica, entries)
        real = {t["Id"]: t for t in list_all(http, path, 100)}
        http.delete(f"{V2}/me/taskfolders('{key(folder)}')")
    missing = set(real) - set(replica)
    extra = set(replica) - set(real)
    stale = [i for i in set(real) & set(replica) if real[i]["ChangeKey"] != replica[i]["ChangeKey"]]
    mismatches = len(missing) + len(extra) + len(stale)
    figure(
        "c. delta sync under writes",
        f"{SYNC_WRITERS} writers, {sum(writes)} writes in {SYNC_SECONDS:g} s, {rounds} rounds: "
        f"folder of {len(real)} tasks, {mismatches} mismatches "
        f"({len(missing)} missing, {len(extra)} extra, {len(stale)} stale)",
    )
    assert mismatches <= SYNC_MISMATCH_BOUND
