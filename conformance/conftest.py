"""Fixtures and options of the conformance suite.

``--profile quick|full`` sets how hard schemathesis tries; the target is the
in-process mock unless ``OUTLOOK_BASE_URL`` is set (see ``target.py``).
"""

from __future__ import annotations

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
    config.pluginmanager.register(Summary(config.getoption("--summary")), "conformance-summary")


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
