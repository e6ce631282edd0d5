"""``make bench``, HTTP part: the served mock against a bare Starlette app, measured by a compiled load generator.

Every workload of issue 8's table runs in one process tree, interleaved over a few rounds (the median
round is reported), each server on 127.0.0.1 with the same uvicorn options as ``outlook-mock serve``:

- a bare Starlette app returning the same JSON as the mock's GET task by id, on asyncio + h11 and on
  uvloop + httptools (the stack ``serve`` uses by default);
- the mock seeded with 1k and 100k tasks: GET task by id, POST task, a sync page of 100, ``$top=10``;
- Prism 5 serving the spec's static example for GET task by id (installed with npm into a cache
  directory; skipped with a note when it cannot be installed).

Memory: each mock's RSS (and peak, VmHWM) after seeding and after the runs, with the tasks it stores then;
the POSTs go to the 1k mock, whose RSS growth per task they created is printed. The POSTs grow the mailbox
they write to (by tens of thousands of tasks a round): their ratio is also shown round by round, with that
mailbox's size before and after each round, so that a ratio falling as it grows shows.

The load generator is ``wrk`` (``apt-get install wrk``): Python load loops saturate near 2,300 req/s.
Ratios compare with the bare app on the mock's own stack. Numbers only: nothing here fails on a figure.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[2]
SERVER = Path(__file__).with_name("server.py")
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "outlook-contract-kit"
PRISM_PACKAGE = "@stoplight/prism-cli@5"
API = "/api/v2.0"
NEW_TASK = {
    "Subject": "bench",
    "StartDateTime": {"DateTime": "2016-05-03T09:00:00", "TimeZone": "Eastern Standard Time"},
}

LUA = """
wrk.method = %(method)s
wrk.body = %(body)s
%(headers)s
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('@@{"requests": %%d, "duration_us": %%d, "errors": %%d, "non2xx": %%d, "p50_us": %%d, '
    .. '"p99_us": %%d}\\n', summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
"""


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen
    token: str = ""
    facts: dict = field(default_factory=dict)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def memory_mib(self) -> dict[str, float]:
        """VmRSS (resident now) and VmHWM (the peak so far) of the server process, in MiB (NaN where unknown)."""
        found = dict.fromkeys(("VmRSS", "VmHWM"), float("nan"))
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                name, _, value = line.partition(":")
                if name in found:
                    found[name] = int(value.split()[0]) / 1024
        return found

    def cpu_seconds(self) -> float:
        """User + system CPU time of the server process so far (NaN where unknown)."""
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            return float("nan")
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def tasks_stored(self, seconds: float = 10) -> dict[str, int]:
        """Tasks per mailbox, as the mock's process tells them on SIGUSR1 (``server.py --stats-file``)."""
        path = self.facts.get("stats_file")
        if path is None or self.process.poll() is not None:
            return {}
        path.unlink(missing_ok=True)
        self.process.send_signal(signal.SIGUSR1)
        deadline = time.monotonic() + seconds
        while not path.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        return json.loads(path.read_text())["tasks"] if path.exists() else {}

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Workload:
    label: str
    server: Server
    path: str
    method: str = "GET"
    body: str | None = None
    headers: dict = field(default_factory=dict)
    baseline: str | None = None  # the label of the row this one is compared with
    slow: str | None = None  # "", "one connection" or "alone": how it is measured (see ``run``)
    results: list[dict] = field(default_factory=list)


def _wait_until_up(server: Server, probe, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"{server.name} exited with {server.process.returncode}")
        try:
            if probe():
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{server.name} did not start")
        time.sleep(0.2)


def _start_python(name: str, port: int, *args: str) -> Server:
    process = subprocess.Popen(
        [sys.executable, str(SERVER), *args, "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return Server(name, port, process)


def start_mock(name: str, port: int, tasks: int, loop: str, http: str, stats_dir: Path) -> Server:
    stats_file = stats_dir / f"{port}.json"
    server = _start_python(
        name, port, "mock", "--tasks", str(tasks), "--loop", loop, "--http", http, "--stats-file", str(stats_file)
    )
    server.facts["stats_file"] = stats_file
    return server


def _memory_note(server: Server, seeded: int, after_seeding: dict[str, float]) -> str:
    """RSS after seeding and after the runs, with the tasks stored (those the runs created: RSS per task)."""
    now, stored = server.memory_mib(), server.tasks_stored()
    total = sum(stored.values())
    note = (
        f"{server.name}: RSS {after_seeding['VmRSS']:.0f} MiB after seeding {seeded:,} tasks (peak "
        f"{after_seeding['VmHWM']:.0f} MiB), {now['VmRSS']:.0f} MiB after the runs (peak {now['VmHWM']:.0f} MiB); "
    )
    if not stored:
        return note + "tasks stored: unknown"
    note += f"{total:,} tasks stored ({', '.join(f'{user}: {n:,}' for user, n in stored.items())})"
    if total > seeded:
        grown = (now["VmRSS"] - after_seeding["VmRSS"]) * 2**20 / (total - seeded)
        note += f"; {total - seeded:,} created by the runs, {grown:,.0f} bytes of RSS growth per created task"
    return note


def connect_mock(server: Server, user: str = "admin@contoso.com") -> str:
    def token() -> bool:
        answer = httpx.post(
            f"{server.origin}/common/oauth2/v2.0/token",
            data={"grant_type": "password", "username": user, "password": "mock"},
            timeout=5,
        )
        server.token = answer.json()["access_token"]
        return answer.status_code == 200

    _wait_until_up(server, token)
    return server.token


def prism(port: int) -> tuple[Server | None, str]:
    """Prism 5 mocking the v2.0 spec, installed into the cache on first use."""
    home = CACHE / "prism"
    binary = home / "node_modules" / ".bin" / "prism"
    if not binary.exists():
        if shutil.which("npm") is None:
            return None, "Prism skipped: npm is not installed"
        home.mkdir(parents=True, exist_ok=True)
        print(f"installing {PRISM_PACKAGE} into {home} ...", flush=True)
        try:
            subprocess.run(
                ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(home), PRISM_PACKAGE],
                check=True,
                timeout=240,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        except (subprocess.SubprocessError, OSError) as error:
            return None, f"Prism skipped: npm install {PRISM_PACKAGE} failed ({error})"
    process = subprocess.Popen(
        [str(binary), "mock", "-h", "127.0.0.1", "-p", str(port), "-v", "silent", str(ROOT / "spec/outlook-v2.0.yaml")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return Server("prism", port, process), ""


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("installing wrk (apt-get install -y wrk) ...", flush=True)
        for command in (["apt-get", "install", "-y", "-q", "wrk"], ["apt-get", "update", "-q"]):
            if subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0:
                if command[1] == "update":
                    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], stdout=subprocess.DEVNULL)
                if shutil.which("wrk"):
                    return shutil.which("wrk")
    sys.exit("make bench needs wrk: apt-get install wrk (Debian/Ubuntu) or brew install wrk")


def _lua(workload: Workload) -> str:
    headers = dict(workload.headers)
    if workload.server.token:
        headers["Authorization"] = f"Bearer {workload.server.token}"
    if workload.body is not None:
        headers["Content-Type"] = "application/json"
    return LUA % {
        "method": json.dumps(workload.method),
        "body": json.dumps(workload.body) if workload.body is not None else "nil",
        "headers": "\n".join(f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items()),
    }


def _one_request_seconds(workload: Workload) -> float:
    headers = dict(workload.headers)
    if workload.server.token:
        headers["Authorization"] = f"Bearer {workload.server.token}"
    start = time.perf_counter()
    answer = httpx.request(
        workload.method,
        workload.server.origin + workload.path,
        headers=headers,
        content=workload.body,
        timeout=120,
    )
    if answer.status_code >= 400:
        raise RuntimeError(f"{workload.label}: {answer.status_code} {answer.text[:300]}")
    return time.perf_counter() - start


def run(wrk: str, workload: Workload, seconds: int, connections: int, scripts: Path) -> dict:
    # A request slower than 0.2 s (a list that renders a whole mailbox) gets one connection, not 16:
    # queueing 16 of them would keep the server busy long after wrk stopped, into the next workload.
    # One slower than 2 s is only timed alone (wrk would see a request or two, and the bench overrun).
    # Decided in the first round, so that every round of a workload runs alike.
    single = _one_request_seconds(workload)
    if workload.slow is None:
        fastest = min([single, *(_one_request_seconds(workload) for _ in range(2))])
        workload.slow = "alone" if fastest > 2 else "one connection" if fastest > 0.2 else ""
    if workload.slow == "alone":
        return {"rps": 1 / single, "requests": 1, "errors": 0, "non2xx": 0, "connections": 1,
                "single_s": single, "p50_us": single * 1e6, "p99_us": single * 1e6}  # fmt: skip
    slow = bool(workload.slow)
    script = scripts / f"{abs(hash(workload.label))}.lua"
    script.write_text(_lua(workload))
    cpu_before = workload.server.cpu_seconds()
    out = subprocess.run(
        [
            wrk,
            "-t1",
            f"-c{1 if slow else connections}",
            f"-d{seconds}s",
            "--timeout",
            "30s",
            "-s",
            str(script),
            workload.server.origin + workload.path,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("@@"))
    result = json.loads(line[2:])
    result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
    # The server's CPU (user + system) per request: what a request costs it, whatever share of the machine it
    # got (others' load moves req/s more than this). Requests still queued when wrk stopped are not counted.
    if result["requests"]:
        result["cpu_us"] = (workload.server.cpu_seconds() - cpu_before) / result["requests"] * 1e6
    result["connections"] = 1 if slow else connections
    if slow:
        result["single_s"] = _one_request_seconds(workload)
    return result


def _median(results: list[dict]) -> dict:
    ordered = sorted(results, key=lambda r: r["rps"])
    return ordered[len(ordered) // 2]


def _ratio(workload: Workload, baseline: Workload) -> float:
    """The median over rounds of (this / baseline) in the same round: steadier than a ratio of medians
    when other processes load the machine unevenly over the run."""
    ratios = sorted(w["rps"] / b["rps"] for w, b in zip(workload.results, baseline.results, strict=False) if b["rps"])
    return ratios[len(ratios) // 2] if ratios else float("nan")


def _print_table(workloads: list[Workload], stack: str, notes: list[str]) -> None:
    by_label = {w.label: w for w in workloads}
    print()
    print(f"| workload | req/s | p50 / p99 ms | vs bare Starlette, same uvicorn options ({stack}) |")
    print("|---|---|---|---|")
    for w in workloads:
        if not w.results:
            continue
        m = _median(w.results)
        ratio = "1.00"
        if w.baseline and by_label[w.baseline].results:
            ratio = f"{_ratio(w, by_label[w.baseline]):.2f}"
        extra = ""
        if m["errors"] or m["non2xx"]:
            extra = f" ({m['errors']} socket errors, {m['non2xx']} non-2xx)"
        if m["connections"] == 1:
            extra += f" (1 connection; one request alone: {m['single_s'] * 1000:.0f} ms)"
        rps = f"{m['rps']:,.0f}" if m["rps"] >= 10 else f"{m['rps']:.2f}"
        print(f"| {w.label}{extra} | {rps} | {m['p50_us'] / 1000:.2f} / {m['p99_us'] / 1000:.2f} | {ratio} |")
    for note in notes:
        print(f"\n{note}")


def by_label_of(workloads: list[Workload]) -> dict[str, Workload]:
    return {w.label: w for w in workloads if w.results}


def _cpu_ratio(mine: dict, theirs: dict) -> float:
    """bare's CPU per request / this one's: the ratio req/s would have with the machine to themselves."""
    return theirs.get("cpu_us", float("nan")) / mine.get("cpu_us", float("nan"))


def _print_rounds(post: Workload, bare: Workload) -> None:
    """POST against the bare app round by round, with the size of the mailbox the POSTs grow: whether the
    ratio holds as it grows (the table's ratio is the median of these). Also by the servers' CPU per request,
    which the machine's other load moves less than req/s."""
    print(f"\n{post.label}, round by round (the mailbox it writes to grows; bare: {bare.label}):")
    print(
        "| round | tasks in the POSTs' mailbox, before / after | POST req/s | bare req/s | POST / bare "
        "| server CPU per request, POST / bare (µs) | POST / bare by CPU per request |"
    )
    print("|---|---|---|---|---|---|---|")
    for number, (mine, theirs) in enumerate(zip(post.results, bare.results, strict=False), 1):
        before, after = mine.get("mailbox", (0, 0))
        ratio = mine["rps"] / theirs["rps"] if theirs["rps"] else float("nan")
        cpu = f"{mine.get('cpu_us', float('nan')):.0f} / {theirs.get('cpu_us', float('nan')):.0f}"
        print(
            f"| {number} | {before:,} / {after:,} | {mine['rps']:,.0f} | {theirs['rps']:,.0f} | {ratio:.2f} "
            f"| {cpu} | {_cpu_ratio(mine, theirs):.2f} |"
        )


def _only(workloads: list[Workload], words: list[str]) -> list[Workload]:
    """The workloads whose label contains one of ``words``, and the rows they are compared with."""
    chosen = {w.label for w in workloads if any(word in w.label for word in words)}
    baseline_of = {w.label: w.baseline for w in workloads}
    for label in list(chosen):
        while baseline_of.get(label):
            label = baseline_of[label]
            chosen.add(label)
    return [w for w in workloads if w.label in chosen]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=4, help="length of one wrk run")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (the median is reported)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=18200, help="first of the 6 consecutive ports used")
    parser.add_argument("--large", type=int, default=100_000, help="tasks in the large mailbox")
    parser.add_argument("--mock-stack", default="uvloop/httptools", help="loop/http of the mock, e.g. asyncio/h11")
    parser.add_argument("--no-prism", action="store_true")
    parser.add_argument(
        "--only",
        nargs="+",
        metavar="WORD",
        help="run only the workloads whose label contains one of these words (with their baselines), e.g. "
        "--only POST: a quicker A/B of a few rows (default: the whole table)",
    )
    args = parser.parse_args()
    wrk = ensure_wrk()
    loop, http = args.mock_stack.split("/")
    notes: list[str] = []
    servers: list[Server] = []
    started = time.monotonic()
    stats_dir = Path(tempfile.mkdtemp(prefix="outlook-bench-"))
    try:
        small = start_mock("mock 1k", args.port + 2, 1_000, loop, http, stats_dir)
        large = start_mock(f"mock {args.large:,}", args.port + 3, args.large, loop, http, stats_dir)
        servers += [small, large]
        prism_server, note = (None, "Prism skipped (--no-prism)") if args.no_prism else prism(args.port + 4)
        if prism_server:
            servers.append(prism_server)
        elif note:
            notes.append(note)
        connect_mock(small)
        small_seeded = small.memory_mib()
        headers = {"Authorization": f"Bearer {small.token}"}
        some_task = httpx.get(f"{small.origin}{API}/me/tasks?$top=1&$skip=500", headers=headers).json()["value"][0]
        task_path = f"{API}/me/tasks('{quote(some_task['Id'], safe='')}')"
        body = httpx.get(small.origin + task_path, headers=headers)
        with tempfile.TemporaryDirectory() as tmp:
            scripts = Path(tmp)
            body_file = scripts / "body.json"
            body_file.write_bytes(body.content)
            bare_slow = _start_python("bare asyncio+h11", args.port, "bare", "--body-file", str(body_file))
            bare_fast = _start_python(
                "bare uvloop+httptools", args.port + 1, "bare", "--body-file", str(body_file),
                "--loop", "uvloop", "--http", "httptools",
            )  # fmt: skip
            servers += [bare_slow, bare_fast]
            for bare in (bare_slow, bare_fast):
                _wait_until_up(bare, lambda b=bare: httpx.get(b.origin + task_path).status_code == 200)
            connect_mock(large)
            large_seeded = large.memory_mib()
            large_headers = {"Authorization": f"Bearer {large.token}"}
            middle = httpx.get(
                f"{large.origin}{API}/me/tasks?$top=1&$skip={args.large // 2}", headers=large_headers, timeout=120
            ).json()["value"][0]
            large_task_path = f"{API}/me/tasks('{quote(middle['Id'], safe='')}')"
            # POSTs go to the other user's mailbox, so the lists measured stay at their size.
            poster = Server("mock 1k (alex)", small.port, small.process)
            connect_mock(poster, "alex@contoso.com")
            folder = quote(httpx.get(f"{small.origin}{API}/me/taskfolders('Tasks')", headers=headers).json()["Id"])
            large_folder = quote(
                httpx.get(f"{large.origin}{API}/me/taskfolders('Tasks')", headers=large_headers).json()["Id"]
            )
            sync = {"Prefer": "odata.track-changes, odata.maxpagesize=100"}
            size = f"{args.large // 1000}k"
            workloads = [
                Workload("bare Starlette returning the same JSON (asyncio + h11)", bare_slow, task_path),
                Workload(
                    "the same with uvloop + httptools", bare_fast, task_path,
                    baseline="bare Starlette returning the same JSON (asyncio + h11)",
                ),
                Workload("mock GET task by id (1k tasks)", small, task_path),
                Workload(f"mock GET task by id ({size} tasks)", large, large_task_path),
                Workload("mock POST task", poster, f"{API}/me/tasks", "POST", json.dumps(NEW_TASK)),
                Workload(
                    "mock sync page of 100 (1k tasks)", small, f"{API}/me/taskfolders('{folder}')/tasks", headers=sync
                ),
                Workload(
                    f"mock sync page of 100 ({size} tasks)", large, f"{API}/me/taskfolders('{large_folder}')/tasks",
                    headers=sync,
                ),
                Workload("mock GET /me/tasks?$top=10, 1k tasks", small, f"{API}/me/tasks?$top=10"),
                Workload(f"mock GET /me/tasks?$top=10, {size} tasks", large, f"{API}/me/tasks?$top=10"),
            ]  # fmt: skip
            same_stack = {"asyncio/h11": workloads[0].label, "uvloop/httptools": workloads[1].label}[args.mock_stack]
            for w in workloads[2:]:
                w.baseline = same_stack
            if prism_server:
                prism_path = task_path.replace(API, "", 1)
                try:
                    _wait_until_up(prism_server, lambda: httpx.get(prism_server.origin + prism_path, headers=headers)
                                   .status_code == 200, seconds=60)  # fmt: skip
                    workloads.append(
                        Workload(
                            "Prism 5 GET by id (static example, no state)",
                            prism_server,
                            prism_path,
                            headers=headers,
                            baseline=workloads[0].label,
                        )  # fmt: skip
                    )
                except RuntimeError as error:
                    notes.append(f"Prism skipped: {error}")
            if args.only:
                workloads = _only(workloads, args.only)
            print(f"GET task by id answers {len(body.content)} bytes; wrk -t1 -c{args.connections} -d{args.seconds}s, "
                  f"{args.rounds} interleaved rounds, median shown; mock on {args.mock_stack}", flush=True)  # fmt: skip
            post = next((w for w in workloads if w.method == "POST"), None)
            posted = small.tasks_stored().get("alex@contoso.com", 0)
            for round_ in range(args.rounds):
                for w in workloads:
                    w.results.append(run(wrk, w, args.seconds, args.connections, scripts))
                    print(f"  round {round_ + 1}: {w.label}: {w.results[-1]['rps']:,.1f} req/s", flush=True)
                    if w is post:  # the mailbox the POSTs grow, before and after this round's
                        before, posted = posted, small.tasks_stored().get("alex@contoso.com", 0)
                        w.results[-1]["mailbox"] = (before, posted)
            # The POSTs go to the 1k mock (alex's mailbox): its growth per created task is a stored item's cost.
            notes.append(_memory_note(large, args.large, large_seeded))
            notes.append(_memory_note(small, 1_000, small_seeded))
            _print_table(workloads, args.mock_stack, notes)
            by_label = by_label_of(workloads)
            bare = by_label[same_stack]
            if post is not None:
                _print_rounds(post, bare)
            get = by_label.get("mock GET task by id (1k tasks)")
            print(f"\ngoals (issue 8), median of the per-round ratios (mock on {args.mock_stack}):")
            if get is not None:
                print(f"  GET by id / bare = {_ratio(get, bare):.2f} (goal >= 0.6)")
            if post is not None:
                pairs = list(zip(post.results, bare.results, strict=False))
                rounds = ", ".join(f"{p['rps'] / b['rps']:.2f}" for p, b in pairs)
                by_cpu = sorted(_cpu_ratio(p, b) for p, b in pairs)
                cpu = f"median {by_cpu[len(by_cpu) // 2]:.2f}, least {by_cpu[0]:.2f}"
                print(f"  POST / bare = {_ratio(post, bare):.2f} (goal >= 0.4; round by round: {rounds}; "
                      f"by server CPU per request: {cpu})")  # fmt: skip
            prism_row = by_label.get("Prism 5 GET by id (static example, no state)")
            if prism_row and get is not None:
                print(f"  GET by id / Prism = {_ratio(get, prism_row):.1f} (goal >= 5)")
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(stats_dir, ignore_errors=True)
    print(f"\nHTTP bench: {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
