"""The container image: built from the Dockerfile, run with the example tenant and seed as a volume, talked to.

Opt-in (a build installs the package from PyPI, a minute or more): ``OUTLOOK_MOCK_CONTAINER_TEST=1``, with a
running Docker engine. ``OUTLOOK_MOCK_CONTAINER_BASE`` names another base image than ``python:3.11-slim``
(a machine that can't pull from Docker Hub can import one from Debian's packages: ``debootstrap --variant=minbase
--include=python3,python3-venv,ca-certificates bookworm ROOTFS``, then ``tar -C ROOTFS -c . | docker import - NAME``;
behind a TLS-inspecting proxy, copy the host's CA bundle into ROOTFS and add ``--change 'ENV PIP_CERT=...'``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    os.environ.get("OUTLOOK_MOCK_CONTAINER_TEST") != "1" or shutil.which("docker") is None,
    reason="opt-in: OUTLOOK_MOCK_CONTAINER_TEST=1 and a Docker engine",
)


def _docker(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["docker", *args], capture_output=True, text=True, timeout=timeout, check=False)


@pytest.fixture(scope="module")
def image() -> str:
    if _docker("info").returncode != 0:
        pytest.skip("no Docker engine answers")
    tag = f"outlook-mock-test:{uuid.uuid4().hex[:8]}"
    base = os.environ.get("OUTLOOK_MOCK_CONTAINER_BASE")
    build = ["build", "--network", "host", "-t", tag, *(["--build-arg", f"BASE={base}"] if base else []), str(ROOT)]
    built = _docker(*build, timeout=900)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    yield tag
    _docker("rmi", "-f", tag)


def test_the_image_serves_the_tenant_file_and_seed_as_a_non_root_user(image: str, tmp_path: Path) -> None:
    tenant = (ROOT / "examples/tenant.yaml").read_text(encoding="utf-8")
    if "apps:" in tenant and not hasattr(__import__("outlook_mock").Tenant, "add_app"):
        tenant = tenant[: tenant.index("\napps:")] + "\n"  # a mock without app registrations: users only
    (tmp_path / "tenant.yaml").write_text(tenant, encoding="utf-8")
    shutil.copy(ROOT / "examples/seed.yaml", tmp_path / "seed.yaml")
    tmp_path.chmod(0o755)
    name = f"outlook-mock-test-{uuid.uuid4().hex[:8]}"
    started = _docker(
        "run", "-d", "--name", name, "-p", "127.0.0.1::8765", "-v", f"{tmp_path}:/tenant:ro", image,
        "--tenant-file", "/tenant/tenant.yaml", "--seed", "/tenant/seed.yaml",
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    try:
        # Published on a loopback port Docker picks (free): `docker port` names it, as 127.0.0.1:<port>.
        published = _docker("port", name, "8765/tcp").stdout.split()
        assert published, _docker("logs", name).stdout
        url = f"http://{published[0]}"
        deadline = time.monotonic() + 60
        form = {"grant_type": "password", "username": "megan@contoso.com", "password": "megan-pass"}
        while True:
            try:
                answer = httpx.post(f"{url}/common/oauth2/v2.0/token", data=form, timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, _docker("logs", name).stdout
                time.sleep(0.5)
        assert answer.status_code == 200, answer.text
        headers = {"Authorization": f"Bearer {answer.json()['access_token']}"}
        tasks = httpx.get(f"{url}/api/v2.0/me/tasks", headers=headers, timeout=10).json()["value"]
        assert {"Pay the rent", "Milk", "Bread"} <= {t["Subject"] for t in tasks}
        user = _docker("exec", name, "id", "-u").stdout.strip()
        assert user == "10001"
        inspect = json.loads(_docker("inspect", name).stdout)[0]
        assert inspect["Config"]["Healthcheck"]["Test"][-1].endswith("/_mock/health', timeout=2).status != 200)")
        if httpx.get(f"{url}/_mock/health", timeout=5).status_code == 200:  # a mock that serves the probe
            while (status := _health(name)) != "healthy":
                assert status == "starting" and time.monotonic() < deadline + 60, status
                time.sleep(1)
    finally:
        _docker("rm", "-f", name)


def _health(name: str) -> str:
    return json.loads(_docker("inspect", name).stdout)[0]["State"]["Health"]["Status"]
