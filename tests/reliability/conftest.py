"""Fixtures of the reliability suite: the mock served on a real socket, and the figures it measured."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from . import served

# Short read deadlines on the spare, so that the slow-client tests finish in seconds (where `serve` has them).
SPARE_ARGS = ("--head-timeout", "1", "--body-timeout", "1")
_spare: list[served.Server | served.Starting] = []


@pytest.fixture(scope="session")
def server() -> Iterator[served.Server]:
    """One served mock shared by the tests that cannot disturb each other (each works in its own folders).

    The spare (``own_server``) starts alongside, so that its start-up costs no extra time."""
    starting = served.launch()
    _spare[:] = [served.launch(SPARE_ARGS, avoid=(starting.server.port,))]
    server = starting.ready()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def own_server() -> served.Server:
    """A second served mock, for the tests that load, stall or stop the server on purpose (never the shared one).

    Started once and shared by those tests (a start costs seconds); started again if a test stopped it."""
    if _spare and isinstance(_spare[0], served.Starting):
        _spare[:] = [_spare[0].ready()]
    if not _spare or _spare[0].process.poll() is not None:
        _spare[:] = [served.start(SPARE_ARGS)]
    return _spare[0]


@pytest.fixture(scope="session", autouse=True)
def _stop_spare() -> Iterator[None]:
    yield
    for server in _spare:
        (server.server if isinstance(server, served.Starting) else server).stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if served.FIGURES:
        terminalreporter.section(f"reliability figures ({served.PROFILE} profile)")
        for name, value in served.FIGURES.items():
            terminalreporter.write_line(f"{name}: {value}")
