"""tests/plugins/bytecode_cache.py: a run writes its bytecode, outside the source tree, and so do its subprocesses."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PLUGIN = Path(__file__).resolve().parents[1] / "plugins" / "bytecode_cache.py"


def test_this_run_writes_bytecode_under_a_prefix_and_passes_it_on() -> None:
    assert sys.pycache_prefix and not sys.dont_write_bytecode
    assert os.environ.get("PYTHONPYCACHEPREFIX") == sys.pycache_prefix
    assert "PYTHONDONTWRITEBYTECODE" not in os.environ


@pytest.mark.parametrize("environment", [{}, {"PYTHONDONTWRITEBYTECODE": "1"}], ids=["unset", "dont-write"])
def test_a_run_leaves_no_bytecode_in_the_sources(tmp_path: Path, environment: dict[str, str]) -> None:
    """A copy of the plugin and a test module in a scratch tree, run as pytest.ini runs them: whatever the
    environment says about bytecode, it is written, and only under the interpreter's environment."""
    tree = tmp_path / "tree"
    (tree / "plugins").mkdir(parents=True)
    shutil.copy(PLUGIN, tree / "plugins")
    (tree / "helper.py").write_text("VALUE = 1\n")
    (tree / "test_it.py").write_text(
        "import os, sys, helper\n"
        "def test_it():\n"
        "    assert helper.VALUE == 1\n"
        "    print('PREFIX', sys.pycache_prefix, os.environ['PYTHONPYCACHEPREFIX'])\n"
    )
    (tree / "pytest.ini").write_text("[pytest]\npythonpath = plugins .\naddopts = -p bytecode_cache\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPYCACHE", "PYTHONDONTWRITE", "PYTEST"))}
    env |= environment | {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-s", "test_it.py"], cwd=tree, env=env, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
    expected = str(Path(sys.prefix) / "pycache")
    assert f"PREFIX {expected} {expected}" in run.stdout
    assert sorted(p.relative_to(tree).as_posix() for p in tree.rglob("__pycache__")) == []
    cached = Path(expected + str(tree))
    assert {p.name.split(".")[0] for p in cached.rglob("*.pyc")} >= {"helper", "test_it"}
