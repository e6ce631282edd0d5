"""What every test under tests/ shares."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _slow_preparations_in_the_background(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Start, at the first test, the slow preparations of the run's selected test modules (a module's
    ``start_in_the_background(tmp_path_factory)``, see tests/plugins/background_jobs.py), so that their waiting
    overlaps the other tests instead of stalling a worker when the module's turn comes."""
    modules = {id(m): m for item in request.session.items if (m := getattr(item, "module", None)) is not None}
    for module in modules.values():
        start = getattr(module, "start_in_the_background", None)
        if callable(start):
            start(tmp_path_factory)
