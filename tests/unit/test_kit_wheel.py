"""The wheel without extras, installed into a fresh virtual environment, gives the generated clients and
``outlook_kit`` with only httpx, attrs, python-dateutil and what they need (none of the mock's dependencies), and
they work there against a served mock (served from this test's environment)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import background_jobs
import pytest

import outlook_mock

ROOT = Path(__file__).resolve().parents[2]

# Run inside the fresh environment: every installed distribution, and those the kit's requirements reach.
_INSTALLED = textwrap.dedent(
    """
    import importlib.metadata as md, json, re, sys
    def name(n): return re.sub(r"[-_.]+", "-", n).lower()
    installed = {name(d.metadata["Name"]): [r for r in (d.requires or [])] for d in md.distributions()}
    import outlook_kit, outlook_v2_client, outlook_preview_client
    loaded = sorted({m.split(".")[0] for m in sys.modules})
    print(json.dumps({"installed": installed, "loaded": loaded}))
    """
)
_USE = textwrap.dedent(
    """
    import sys
    from outlook_kit import ItemNotFound, Prefer, Session
    from outlook_v2_client.api.tasks import create_task, get_task, list_tasks
    from outlook_v2_client.models import NewTask
    with Session(sys.argv[1], username="admin@contoso.com", password="mock") as outlook:
        outlook.call(create_task, body=NewTask(subject="from the wheel"))
        print([t.subject for t in outlook.items(list_tasks, prefer=Prefer(max_page_size=1))])
    """
)
MOCK_ONLY = {"starlette", "uvicorn", "lark", "pyjwt", "orjson", "uvloop", "httptools", "sortedcontainers", "pyyaml",
             "python-multipart", "itsdangerous", "tzlocal", "pytest", "schemathesis", "hypothesis"}  # fmt: skip


def _requirement_closure(installed: dict[str, list[str]], roots: list[str]) -> set[str]:
    """The distributions ``roots`` reach through their (marker-evaluated, extra-free) requirements."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    reached: set[str] = set()
    todo = [Requirement(r) for r in roots]
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        dist = canonicalize_name(requirement.name)
        if dist in reached:
            continue
        reached.add(dist)
        todo += [Requirement(r) for r in installed.get(dist, [])]
    return reached


# The wheel and the fresh venv, built by a child process (mostly waiting on the package index: ~15 s, ~4 s of CPU)
# that starts with the run (``start_in_the_background``, called by tests/conftest.py) so that the wait overlaps other
# tests (tests/plugins/background_jobs.py). argv: the checkout, the directory to build in.
_PREPARE = textwrap.dedent(
    """
    import shutil, subprocess, sys
    from pathlib import Path
    root, where = Path(sys.argv[1]), Path(sys.argv[2]).resolve()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    def clean_build_dirs():
        for stale in [root / "build" / "lib", *(root / "build").glob("bdist.*")]:
            shutil.rmtree(stale, ignore_errors=True)
    # setuptools builds in the checkout's build/: files deleted since an earlier build would linger in build/lib.
    clean_build_dirs()
    try:
        subprocess.run([*pip, "wheel", "--no-deps", str(root), "-w", str(where / "dist")], check=True, cwd=where)
    finally:
        clean_build_dirs()
    (wheel,) = (where / "dist").glob("outlook_contract_kit-*.whl")
    # A venv without pip of its own (faster): this environment's pip installs into it.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where / "venv")], check=True)
    python = where / "venv" / "bin" / "python"
    # --no-compile: no bytecode for every installed module up front (half of the install's time); what the
    # tests import is compiled as it is imported.
    subprocess.run([*pip, "--python", str(python), "install", "--no-compile", str(wheel)], check=True, cwd=where)
    """
)
PREPARE_TIMEOUT = 600  # s


def start_in_the_background(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Start building the wheel and its venv, once per run."""
    argv = [sys.executable, "-c", _PREPARE, ROOT, "."]  # "." : the job's own directory
    return background_jobs.start_once(tmp_path_factory, "kit-wheel", argv)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = start_in_the_background(tmp_path_factory)  # (or find it started)
    status, out, err = background_jobs.wait(where, PREPARE_TIMEOUT, "building the wheel and its venv")
    assert status == "0", (out + err)[-4000:]
    (wheel,) = (where / "dist").glob("outlook_contract_kit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"outlook_kit/py.typed", "outlook_kit/session.py", "conformance/openapi/schemathesis.toml"} <= names
    return where / "venv" / "bin" / "python"


def test_only_the_clients_requirements_are_installed(fresh: Path) -> None:
    command = [str(fresh), "-c", _INSTALLED]
    answer = subprocess.run(command, check=True, capture_output=True, text=True, cwd=fresh.parent)
    found = json.loads(answer.stdout)
    installed = found["installed"]
    assert "outlook-contract-kit" in installed
    base = [r for r in installed["outlook-contract-kit"] if "extra ==" not in r]
    assert sorted(r.split(">")[0].split("<")[0].split("=")[0].strip() for r in base) == [
        "attrs", "httpx", "python-dateutil"
    ]  # fmt: skip
    closure = _requirement_closure(installed, base)
    assert set(installed) - {"outlook-contract-kit"} == closure, "installed beyond what the clients need"
    assert not (set(installed) & MOCK_ONLY)
    assert not {"outlook_mock", "conformance", "starlette"} & set(found["loaded"])


def test_the_kit_works_from_the_wheel(fresh: Path) -> None:
    with outlook_mock.serving() as url:
        answer = subprocess.run([str(fresh), "-c", _USE, url], capture_output=True, text=True, cwd=fresh.parent)
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.strip() == "['from the wheel']"
