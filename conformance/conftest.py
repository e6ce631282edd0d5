"""Fixtures and options of the conformance suite.

``--profile quick|full`` sets how hard schemathesis tries; the target is the
in-process mock unless ``OUTLOOK_BASE_URL`` is set (see ``target.py``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from . import housekeeping
from .api import Api
from .report import Summary
from .target import Target, from_environment

PROFILES = {
    # examples per operation (stateless), and steps/examples of the stateful run
    "quick": {"examples": 25, "stateful_examples": 15, "stateful_steps": 12},
    "full": {"examples": 300, "stateful_examples": 150, "stateful_steps": 30},
}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--profile", choices=sorted(PROFILES), default="quick", help="how thorough the property-based runs are"
    )
    parser.addoption(
        "--summary", default=None, help="also write the per-rule/per-operation summary to this Markdown file"
    )


def pytest_configure(config: pytest.Config) -> None:
    worker = hasattr(config, "workerinput")  # a pytest-xdist worker: the controller writes the summary
    config.pluginmanager.register(Summary(config.getoption("--summary"), worker=worker), "conformance-summary")


# The longest items first (a stateful run takes as long as dozens of other tests), so with pytest-xdist no core
# waits at the end for one long test started late. The rest keep their order.
_LONG_FIRST = ("conformance/test_stateful.py", "conformance/test_operations.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::", 1)[0]
        return next((i for i, long in enumerate(_LONG_FIRST) if path.endswith(long)), len(_LONG_FIRST))

    items.sort(key=rank)  # stable


def pytest_collection_finish(session: pytest.Session) -> None:
    """Less cyclic garbage collection: a tenth of a fuzzing run's CPU went to it.

    What exists after collection (modules, specs, schemathesis' schemas) lives to the end, so it is moved out of
    the collector's sight (``gc.freeze``), and collections start after 10,000 net allocations, not 700:
    hypothesis and schemathesis allocate short-lived objects by the million."""
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


@pytest.fixture(scope="session")
def profile(request: pytest.FixtureRequest) -> dict:
    return PROFILES[request.config.getoption("--profile")]


@pytest.fixture(scope="session")
def target() -> Iterator[Target]:
    target = from_environment()
    if target.is_mock:
        yield target
        return
    with Api(target) as api:
        before = housekeeping.snapshot(api)
        yield target
        housekeeping.restore(api, before)
