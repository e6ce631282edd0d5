"""``outlook-mock serve`` serves the tenant on a real loopback socket."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import httpx


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_answers_on_loopback() -> None:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "outlook_mock.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = httpx.post(
                    f"{base}/common/oauth2/v2.0/token",
                    timeout=2,
                    data={"grant_type": "password", "username": "alex@contoso.com", "password": "mock"},
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.1)
        headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}
        folder = httpx.get(f"{base}/api/v2.0/me/taskfolders('Tasks')", headers=headers, timeout=5)
        assert folder.status_code == 200 and folder.json()["@odata.id"].startswith(f"{base}/api/v2.0/Users('")
    finally:
        server.terminate()
        server.wait(timeout=10)
