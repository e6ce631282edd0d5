"""What ``--data-dir`` costs (``make bench``): figures, not pass/fail thresholds.

- per write, in-process: a store write alone, and the same write saved (``Persistence.flush``), at 1k and 10k
  tasks in the mailbox (a save costs what the write changed, so it must not grow with the mailbox);
- served: write throughput and the server's CPU time per write, without and with ``--data-dir``, for one
  client and for eight (whose writes share commits);
- restart: loading a directory that holds a 10k-item mailbox, in-process and as a served restart.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time

from outlook_mock.persistence import Persistence
from outlook_mock.store import Tenant, TenantRegistry
from tests.reliability import served

WRITES = 2_000


def _registry_with(n: int) -> tuple[TenantRegistry, object]:
    registry = TenantRegistry(Tenant.with_default_users())
    mailbox = registry.default.find_user("admin@contoso.com").mailbox
    kinds = (
        lambda i: mailbox.tasks.create_task({"subject": f"task {i}"}),
        lambda i: mailbox.mail.create_message({"subject": f"message {i}"}),
        lambda i: mailbox.contacts.create_contact({"given_name": f"contact {i}"}),
    )
    for i in range(n):
        kinds[i % len(kinds)](i)
    return registry, mailbox


def test_cost_per_saved_write() -> None:
    lines = []
    for size in (1_000, 10_000):
        registry, mailbox = _registry_with(size)
        with tempfile.TemporaryDirectory() as directory:
            persistence = Persistence(directory)
            persistence.adopt(registry)
            began = time.perf_counter()
            for i in range(WRITES):
                mailbox.tasks.create_task({"subject": f"more {i}"})
            alone = (time.perf_counter() - began) / WRITES
            began = time.perf_counter()
            for i in range(WRITES):
                mailbox.tasks.create_task({"subject": f"saved {i}"})
                persistence.touched(mailbox)
                persistence.flush()
            saved = (time.perf_counter() - began) / WRITES
            persistence.close()
        lines.append(
            f"{size:>6} items: write {alone * 1e6:.0f} µs, write + save {saved * 1e6:.0f} µs "
            f"(the save: {(saved - alone) * 1e6:.0f} µs)"
        )
    print("\npersistence, in-process, per task created:\n  " + "\n  ".join(lines))


def test_restart_of_a_10k_item_mailbox() -> None:
    registry, _ = _registry_with(10_000)
    with tempfile.TemporaryDirectory() as directory:
        persistence = Persistence(directory)
        began = time.perf_counter()
        persistence.adopt(registry)
        adopted = time.perf_counter() - began
        persistence.close()
        size = os.path.getsize(os.path.join(directory, "state.sqlite3"))
        persistence = Persistence(directory)
        began = time.perf_counter()
        loaded = persistence.load()
        load_seconds = time.perf_counter() - began
        persistence.close()
        assert len(loaded.default.find_user("admin@contoso.com").mailbox.tasks.tasks) == 3_334
        fresh_seconds = _start_seconds(())
        restored_seconds = _start_seconds(("--data-dir", directory))
    print(
        f"\npersistence, 10k items (tasks, messages, contacts): saved whole in {adopted:.2f} s "
        f"({size / 2**20:.1f} MiB), loaded in {load_seconds:.2f} s; served: a fresh start {fresh_seconds:.2f} s, "
        f"a restart on it {restored_seconds:.2f} s"
    )


def _start_seconds(args: tuple[str, ...]) -> float:
    """Seconds from starting ``outlook-mock serve`` to its first answer (its token endpoint)."""
    began = time.monotonic()
    server = served.start(args)
    ready = time.monotonic() - began
    server.stop()
    return ready


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _served_writes(args: tuple[str, ...], clients: int, writes: int = 1_200) -> tuple[float, float]:
    """(writes per second, server CPU µs per write) of ``clients`` threads creating tasks."""
    server = served.start(args)
    try:
        with server.client(0) as http:
            for _ in range(50):  # warm up
                http.post("/api/v2.0/me/tasks", json={"Subject": "warm"})
        cpu, began = _cpu_seconds(server.process.pid), time.monotonic()

        def write(count: int) -> None:
            with server.client(0) as http:
                for _ in range(count):
                    assert http.post("/api/v2.0/me/tasks", json={"Subject": "x"}).status_code == 201

        threads = [threading.Thread(target=write, args=(writes // clients,)) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.monotonic() - began
        return writes / wall, (_cpu_seconds(server.process.pid) - cpu) / writes * 1e6
    finally:
        server.stop()


def test_served_write_throughput_with_and_without_a_data_dir() -> None:
    lines = []
    with tempfile.TemporaryDirectory() as directory:
        for clients in (1, 8):
            memory, memory_cpu = _served_writes((), clients)
            saved, saved_cpu = _served_writes(("--data-dir", os.path.join(directory, str(clients))), clients)
            lines.append(
                f"{clients} client(s): in memory {memory:.0f} writes/s ({memory_cpu:.0f} µs CPU each), "
                f"--data-dir {saved:.0f} writes/s ({saved_cpu:.0f} µs CPU each): "
                f"throughput ratio {saved / memory:.2f}, CPU ratio {memory_cpu / saved_cpu:.2f}"
            )
    print("\npersistence, served (POST /me/tasks):\n  " + "\n  ".join(lines))
