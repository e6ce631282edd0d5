"""``outlook-mock``: the command line, and ``serve`` on a real loopback socket with its limits."""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from starlette.testclient import TestClient

from outlook_mock import create_app
from outlook_mock.cli import _parser, main
from outlook_mock.wire.http import MAX_BODY_BYTES, MAX_URL_BYTES

CLI = [sys.executable, "-m", "outlook_mock.cli"]

# The TLS settings of the file's httpx calls, made once: httpx otherwise makes them for every call, loading the
# whole CA bundle (~25 ms of CPU; the servers polled here are plain HTTP all the same).
_tls = functools.cache(httpx.create_ssl_context)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(*options: str) -> Iterator[tuple[str, subprocess.Popen]]:
    port = _free_port()
    server = subprocess.Popen(
        [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{base}/_mock/health", timeout=2, verify=_tls()).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
        yield base, server
    finally:
        if server.poll() is None:
            server.terminate()
        server.wait(timeout=10)


def _token(base: str, user: str = "alex@contoso.com") -> str:
    answer = httpx.post(
        f"{base}/common/oauth2/v2.0/token",
        timeout=5,
        verify=_tls(),
        data={"grant_type": "password", "username": user, "password": "mock"},
    )
    return answer.json()["access_token"]


def _complete(answer: bytes) -> bool:
    """Whether ``answer`` holds a whole response: its head and the Content-Length bytes of body it declares."""
    head, separator, body = answer.partition(b"\r\n\r\n")
    lengths = [
        line.split(b":", 1)[1] for line in head.split(b"\r\n")[1:] if line.lower().startswith(b"content-length:")
    ]
    return bool(separator) and len(lengths) == 1 and len(body) >= int(lengths[0])


def _raw(base: str, data: bytes, *, read_timeout: float = 10) -> tuple[int, dict]:
    """Send raw bytes; the status and OData error of the answer (read until its declared length, or until the
    server closes the connection: a server keeping it open after a refusal, as h11's does, is not waited for)."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=read_timeout) as s:
        with contextlib.suppress(OSError):  # the server may refuse before everything is sent
            s.sendall(data)
        answer = b""
        with contextlib.suppress(ConnectionResetError):
            while not _complete(answer) and (chunk := s.recv(65536)):
                answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"application/json" in head.lower(), answer[:300]
    return int(head.split()[1]), json.loads(body)["error"]


def _rss_bytes(process: subprocess.Popen) -> int:
    with open(f"/proc/{process.pid}/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, subprocess.Popen]]:
    with serving("--head-timeout", "1", "--body-timeout", "1") as served:
        yield served


@pytest.fixture
def served(server: tuple[str, subprocess.Popen]) -> str:
    return server[0]


# One more served mock for the options that do not disturb each other: the pure-Python stack (h11 on asyncio),
# throttling of the default tenant's mailboxes and a control token (the h11 refusals carry no token: not throttled).
THROTTLING = ("--throttling", "mailboxRequests=2,windowSeconds=30", "--control-token", "t0k")


@pytest.fixture(scope="module")
def h11_throttled() -> Iterator[str]:
    with serving("--http", "h11", "--loop", "asyncio", *THROTTLING) as (base, _):
        yield base


# -- the command line ---------------------------------------------------------------------------------
# (In process: each `python -m outlook_mock.cli` costs a second of start-up; the served tests below run it.)
def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    out = capsys.readouterr().out
    assert done.value.code == 0 and out.startswith("outlook-mock ") and out.split()[1][0].isdigit()


def test_every_option_is_described() -> None:
    parser = _parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in subparsers.choices.items():
        assert command.description, name
        for action in command._actions:
            assert action.help and action.help != argparse.SUPPRESS, f"{name} {action.option_strings}"


def test_more_than_one_worker_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["serve", "--workers", "2"])
    assert done.value.code == 2 and "--workers must be 1" in capsys.readouterr().err


def test_faults_into_a_closed_pipe_ends_quietly() -> None:
    # The reader is gone before the first write (deterministic `outlook-mock faults | head -0`).
    code = (
        "import os; r, w = os.pipe(); os.close(r); os.dup2(w, 1)\nfrom outlook_mock.cli import main; main(['faults'])\n"
    )
    # Both at once: each is mostly the interpreter starting and importing the mock.
    closed = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.Popen(
        f"{sys.executable} -m outlook_mock.cli faults | head -1",
        shell=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    (_, closed_err), (head_out, head_err) = closed.communicate(timeout=60), head.communicate(timeout=60)
    assert closed.returncode == 0 and closed_err == b""
    assert head_out.count(b"\n") == 1 and b"Traceback" not in head_err


def test_health_needs_no_token() -> None:
    answer = TestClient(create_app()).get("/_mock/health")
    assert answer.status_code == 200 and answer.json()["status"] == "ok"


# -- serve ---------------------------------------------------------------------------------------------
def test_serve_answers_on_loopback(served: str) -> None:
    headers = {"Authorization": f"Bearer {_token(served)}"}
    folder = httpx.get(f"{served}/api/v2.0/me/taskfolders('Tasks')", headers=headers, timeout=5, verify=_tls())
    assert folder.status_code == 200 and folder.json()["@odata.id"].startswith(f"{served}/api/v2.0/Users('")
    assert httpx.get(f"{served}/_mock/health", timeout=5, verify=_tls()).json()["status"] == "ok"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_declared_oversized_body_is_refused_before_it_is_read(server: tuple[str, subprocess.Popen]) -> None:
    served, process = server
    rss = _rss_bytes(process)
    head = (
        "POST /api/v2.0/me/tasks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {_token(served)}\r\nContent-Length: {100 * 2**20}\r\n\r\n"
    )
    status, error = _raw(served, head.encode() + b'{"Subject": "' + b"x" * 65536)
    assert (status, error["code"]) == (413, "ErrorRequestEntityTooLarge")
    assert _rss_bytes(process) - rss < 4 * 2**20  # nothing of the 100 MB was buffered


def test_a_streamed_oversized_body_is_refused_at_the_limit(served: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"Subject": "'
        for _ in range(MAX_BODY_BYTES // 2**20 + 2):
            yield b"x" * 2**20

    headers = {"Authorization": f"Bearer {_token(served)}", "Content-Type": "application/json"}
    try:
        answer = httpx.post(f"{served}/api/v2.0/me/tasks", content=chunks(), headers=headers, timeout=30, verify=_tls())
    except httpx.TransportError:  # the server closed the connection while the client still sent
        return
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "ErrorRequestEntityTooLarge"


def test_a_long_url_is_an_odata_414(served: str) -> None:
    status, error = _raw(
        served, f"GET /api/v2.0/me/tasks?$filter={'a' * MAX_URL_BYTES} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    )
    assert status == 414 and error["code"] == "ErrorInvalidUrl"


def test_oversized_headers_are_an_odata_431(served: str) -> None:
    status, error = _raw(
        served, b"GET /api/v2.0/me/tasks HTTP/1.1\r\nHost: x\r\nX-Big: " + b"y" * 100_000 + b"\r\n\r\n"
    )
    assert status == 431 and error["code"] == "ErrorInvalidRequest"


def test_a_malformed_request_line_is_an_odata_400(served: str) -> None:
    status, error = _raw(served, b"GET /\x00 nonsense\r\n\r\n")
    assert status == 400 and error["code"] == "ErrorInvalidRequest"


def test_a_dripping_head_and_a_stalled_body_are_408(served: str) -> None:
    head = (
        "POST /api/v2.0/me/tasks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {_token(served)}\r\nContent-Length: 1000\r\n\r\n"
    )
    stalls = (b"GET /api/v2.0/me/tasks HTTP/1.1\r\nHost: x\r\n", head.encode() + b'{"Subj')
    with ThreadPoolExecutor(len(stalls)) as pool:  # both wait out their deadline at the same time
        answers = list(pool.map(lambda data: _raw(served, data, read_timeout=5), stalls))
    for status, error in answers:
        assert status == 408 and error["code"] == "ErrorTimeoutExpired"


def test_h11_refusals_are_odata_too(h11_throttled: str) -> None:
    base = h11_throttled
    status, error = _raw(base, b"GET /\x00 nonsense\r\n\r\n")
    assert status == 400 and error["code"] == "ErrorInvalidRequest"
    status, error = _raw(base, b"GET /_mock/health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"y" * 100_000 + b"\r\n\r\n")
    assert status == 431 and error["code"] == "ErrorInvalidRequest"
    status, error = _raw(
        base, f"GET /api/v2.0/me/tasks?$filter={'a' * MAX_URL_BYTES} HTTP/1.1\r\nHost: x\r\n\r\n".encode()
    )
    assert status == 414 and error["code"] == "ErrorInvalidUrl"


def test_connections_over_the_cap_get_an_odata_503() -> None:
    with serving("--max-connections", "2") as (base, _):
        host, port = base.removeprefix("http://").split(":")
        held = [socket.create_connection((host, int(port))) for _ in range(2)]
        try:
            time.sleep(0.2)
            status, error = _raw(base, b"GET /_mock/health HTTP/1.1\r\nHost: x\r\n\r\n")
            assert status == 503 and error["code"] == "ErrorServerBusy"
        finally:
            for s in held:
                s.close()


def test_sigterm_ends_the_server_within_a_second() -> None:
    with serving() as (base, server):
        host, port = base.removeprefix("http://").split(":")
        # A request in flight (its body never comes) and an idle keep-alive connection.
        busy = socket.create_connection((host, int(port)))
        head = f"POST /api/v2.0/me/tasks HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {_token(base)}\r\n"
        busy.sendall(head.encode() + b"Content-Type: application/json\r\nContent-Length: 10\r\n\r\n")
        idle = socket.create_connection((host, int(port)))
        time.sleep(0.2)
        start = time.monotonic()
        server.terminate()
        server.wait(timeout=10)
        took = time.monotonic() - start
        busy.close()
        idle.close()
    assert took < 1.5, f"SIGTERM took {took:.2f} s"  # 1 s by design; slack for a loaded machine


def test_serve_throttling_chaos_and_control_token_options(
    h11_throttled: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """--throttling and --chaos set the default tenant's traffic; --control-token opens /_mock/ to other clients
    (here checked for its parsing; test_control covers who may call)."""
    args = _parser().parse_args(
        ["serve", "--throttling", "profile=outlook,mailboxRequests=3", "--chaos", "seed=4,resetRate=0.5"]
    )
    assert (args.throttling.mailbox_requests, args.throttling.mailbox_concurrency) == (3, 4)
    assert (args.chaos.seed, args.chaos.reset_rate) == (4, 0.5)
    assert _parser().parse_args(["serve", "--throttling", "outlook"]).throttling.mailbox_requests == 10_000
    for bad in (["--throttling", "mailboxRequests=0"], ["--throttling", "nope"], ["--chaos", "resetRate"]):
        with pytest.raises(SystemExit) as done:
            main(["serve", *bad])
        assert done.value.code == 2 and "error: argument" in capsys.readouterr().err
    base = h11_throttled  # served with THROTTLING
    headers = {"Authorization": f"Bearer {_token(base)}"}
    answers = [httpx.get(f"{base}/api/v2.0/me/tasks", headers=headers, timeout=10, verify=_tls()) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert int(answers[2].headers["Retry-After"]) > 1 and answers[2].json()["error"]["code"] == "ApplicationThrottled"
    assert (
        httpx.get(f"{base}/_mock/tenants/default/throttling", timeout=10, verify=_tls()).json()["mailboxRequests"] == 2
    )
