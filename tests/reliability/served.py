"""The mock served on a real socket, for the reliability suite and ``make fuzz``.

A subprocess of ``outlook-mock serve`` (not a thread): a request that stalls the server then stalls only the
server, never the clients that measure it, and the server can be killed whatever it is doing.
Ports come from 18800-18899 (this suite's range), the first free one from a per-process offset.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import httpx

# This suite's ports (another range for a run beside other servers: RELIABILITY_PORTS=18500-18599).
_FIRST, _LAST = (int(p) for p in os.environ.get("RELIABILITY_PORTS", "18800-18899").split("-"))
PORTS = range(_FIRST, _LAST + 1)
USERS = ("admin@contoso.com", "alex@contoso.com")
PASSWORD = "mock"
START_TIMEOUT = 20.0  # seconds for the server to answer its token endpoint

# quick: what `make test` runs (the whole suite well under 20 s); soak: `make soak`.
PROFILE = os.environ.get("RELIABILITY_PROFILE", "quick")


@functools.cache
def tls() -> ssl.SSLContext:
    """The TLS settings every httpx client of these tests shares (``verify=tls()``): httpx otherwise makes them anew
    for each client, loading the whole CA bundle (~25 ms of CPU; these tests make a few hundred clients)."""
    return httpx.create_ssl_context()


assert PROFILE in ("quick", "soak"), f"RELIABILITY_PROFILE must be quick or soak, not {PROFILE!r}"


def sized(quick: float, soak: float) -> float:
    """The size (count, seconds, depth...) of this run's profile."""
    return soak if PROFILE == "soak" else quick


# What the tests measured, printed at the end of the run (conftest's terminal summary).
FIGURES: dict[str, str] = {}


def figure(name: str, value: object) -> None:
    FIGURES[name] = str(value)


def _port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _candidate_ports() -> Iterator[int]:
    start = os.getpid() % len(PORTS)  # parallel workers start at different ports
    for i in range(len(PORTS)):
        port = PORTS[(start + i) % len(PORTS)]
        if _port_is_free(port):
            yield port


@dataclass
class Server:
    process: subprocess.Popen
    port: int
    log_path: str
    args: tuple[str, ...] = ()  # the options it was started with
    tokens: tuple[str, ...] = field(default=())

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def token(self, user: int = 0, scope: str | None = None) -> str:
        form = {"grant_type": "password", "username": USERS[user], "password": PASSWORD}
        if scope is not None:
            form["scope"] = scope
        answer = httpx.post(f"{self.origin}/common/oauth2/v2.0/token", data=form, timeout=10, verify=tls())
        answer.raise_for_status()
        return answer.json()["access_token"]

    def client(self, user: int = 0, timeout: float = 30.0) -> httpx.Client:
        """A client of ``user`` (0: admin, 1: alex) with its bearer token."""
        return httpx.Client(
            base_url=self.origin,
            headers={"Authorization": f"Bearer {self.tokens[user]}"},
            timeout=timeout,
            verify=tls(),
        )

    def rss_kib(self) -> int:
        """The server process's resident memory (Linux)."""
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def log(self) -> str:
        with open(self.log_path, errors="replace") as f:
            return f.read()[-4000:]

    def stop(self, grace: float = 5.0) -> float | None:
        """SIGTERM, then SIGKILL after ``grace`` s. Returns how long SIGTERM took, or None if it had to be killed."""
        if self.process.poll() is not None:
            return 0.0
        began = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(grace)
            return time.monotonic() - began
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
            return None
        finally:
            if os.path.exists(self.log_path):
                os.unlink(self.log_path)


def _die_with_parent() -> None:
    """In the child: SIGKILL when the process that started it dies (a killed test run leaves no server behind)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def start(extra_args: tuple[str, ...] = (), avoid: tuple[int, ...] = (), port: int | None = None) -> Server:
    """``outlook-mock serve`` on the first free port of the range (or on ``port``), once it answers its token
    endpoint.

    ``extra_args`` are optional: a ``serve`` that does not know them (an older mock) is started without."""
    return launch(extra_args, avoid, port).ready()


def launch(extra_args: tuple[str, ...] = (), avoid: tuple[int, ...] = (), port: int | None = None) -> Starting:
    """Start the server process; ``.ready()`` waits for it (so that two servers can start side by side)."""
    return Starting(extra_args, avoid, port)


class Starting:
    def __init__(self, extra_args: tuple[str, ...], avoid: tuple[int, ...], port: int | None = None) -> None:
        self.extra_args = extra_args
        self.tried: list[int] = list(avoid)
        self.server = self._spawn(port)

    def _spawn(self, port: int | None = None) -> Server:
        if port is None:
            port = next((p for p in _candidate_ports() if p not in self.tried), None)
        if port is None:
            raise RuntimeError(f"no free port in {PORTS.start}-{PORTS.stop - 1}")
        self.tried.append(port)
        log = tempfile.NamedTemporaryFile(prefix=f"outlook-mock-{port}-", suffix=".log", delete=False)
        command = [sys.executable, "-m", "outlook_mock.cli", "serve", "--host", "127.0.0.1", "--port", str(port)]
        process = subprocess.Popen(
            [*command, *self.extra_args], stdout=log, stderr=subprocess.STDOUT, preexec_fn=_die_with_parent
        )
        log.close()
        return Server(process, port, log.name, self.extra_args)

    def ready(self) -> Server:
        for _ in range(len(PORTS)):
            server = self.server
            if self._wait(server):
                return server
            log_text = server.log()
            server.stop()
            if "unrecognized arguments" in log_text and self.extra_args:
                self.extra_args = ()
                self.server = self._spawn(server.port)
                continue
            if "address already in use" not in log_text.lower():
                raise RuntimeError(f"the mock did not start on port {server.port}:\n{log_text}")
            self.server = self._spawn()
        raise RuntimeError("the mock did not start")

    @staticmethod
    def _wait(server: Server) -> bool:
        process = server.process
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline and process.poll() is None:
            try:
                server.tokens = (server.token(0), server.token(1))
                return True
            except httpx.HTTPError:
                time.sleep(0.1)
        return False


@contextmanager
def served(extra_args: tuple[str, ...] = ()) -> Iterator[Server]:
    server = start(extra_args)
    try:
        yield server
    finally:
        server.stop()
