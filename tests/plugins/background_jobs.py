"""A test module's slow preparation as a background job: started once per test run, shared by its xdist workers.

A module that needs one defines ``start_in_the_background(tmp_path_factory)`` calling :func:`start_once`
(tests/conftest.py calls it at the run's first test, so the wait overlaps other tests), and its test calls
:func:`wait` for the job's outcome. The job is any command; what it prints goes to ``out`` and ``err`` in its
directory, and its exit status, last, to ``status``.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

# `sh -c` around the command: the exit status is written when the command ends, atomically (rename).
_RECORDED = '"$@" >out 2>err; echo $? >status.tmp && mv status.tmp status'


def start_once(tmp_path_factory: pytest.TempPathFactory, name: str, argv: Sequence[str], **popen: Any) -> Path:
    """Start ``argv`` in the run's directory ``name``, unless a worker of this run already did; return it."""
    base = tmp_path_factory.getbasetemp()
    # One directory for all the run's xdist workers: their base temp's parent.
    where = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / name
    where.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(where / "started", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return where
    subprocess.Popen(["sh", "-c", _RECORDED, "sh", *map(str, argv)], cwd=where, **popen)
    return where


def wait(where: Path, timeout: float, what: str) -> tuple[str, str, str]:
    """The job's (exit status, out, err), once it has ended; fails the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not (where / "status").exists():
        assert time.monotonic() < deadline, f"{what} did not end in {timeout:.0f} s"
        time.sleep(0.05)
    status, out, err = ((where / name).read_text(errors="replace") for name in ("status", "out", "err"))
    return status.strip(), out, err
