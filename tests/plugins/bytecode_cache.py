"""Loaded first (``-p bytecode_cache`` in pytest.ini): keep the compiled bytecode of this run, outside the sources.

pytest rewrites the asserts of every module of a pytest plugin's distribution (all of schemathesis, all of this
repository's packages) on import, and Python compiles this repository's modules; with ``PYTHONDONTWRITEBYTECODE`` set
(as in many shells and CI images) both are redone in every process, the controller and each xdist worker: about 6 s
of CPU per process, two thirds of a ``--collect-only``. So the bytecode is written after all, and always under
``PYTHONPYCACHEPREFIX`` when set, else under the interpreter's environment (``<venv>/pycache``): never into the
source tree; and so do the Python subprocesses the tests start (the console scripts of the kit, served mocks),
through the environment they inherit. This is the only place that says so (``make test``, ``make conformance``, tox
and ``.ci/run`` all go through pytest.ini). A ``-p`` plugin is imported before the plugins of the ``pytest11`` entry
points, whose modules are the ones rewritten, and before any conftest.py or test module.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

if not sys.pycache_prefix:
    sys.pycache_prefix = str(Path(sys.prefix) / "pycache")
sys.dont_write_bytecode = False
os.environ["PYTHONPYCACHEPREFIX"] = sys.pycache_prefix
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# pytest has cached this very module already (rewritten, beside it: the prefix was not set yet); that goes too.
shutil.rmtree(Path(__file__).with_name("__pycache__"), ignore_errors=True)
