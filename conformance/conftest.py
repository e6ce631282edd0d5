"""Fixtures and options of the conformance suite.

``--profile quick|full`` sets how hard schemathesis tries; the target is the
in-process mock unless ``OUTLOOK_BASE_URL`` is set (see ``target.py``).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator

import pytest

# As in __init__.py, and again here: `outlook-conformance` imports the package before pytest starts, when
# registering cannot take effect yet; conftest.py is imported after, and before any check module.
pytest.register_assert_rewrite("conformance.checks")

from . import free_keys, generation, housekeeping, preflight, selection  # noqa: E402
from .report import Summary  # noqa: E402
from .target import Target, from_environment  # noqa: E402

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
        "--summary",
        "--report",
        dest="summary",
        default=None,
        help="also write the per-rule/per-operation summary to this Markdown file",
    )
    parser.addoption("--summary-html", dest="conformance_html", default=None, help="also write the summary as HTML")
    parser.addoption("--api", dest="conformance_api", action="append", default=[], help="only this API: v2 or preview")
    parser.addoption(
        "--area",
        dest="conformance_area",
        action="append",
        default=[],
        help=f"only these areas (comma-separated, repeatable): {', '.join(selection.MAIN_AREAS)}, or a rule prefix",
    )
    parser.addoption(
        "--rule",
        dest="conformance_rule",
        action="append",
        default=[],
        help="only this rule id or operation id (repeatable; globs such as 'dates.*' work)",
    )


def live() -> bool:
    return bool(os.environ.get("OUTLOOK_BASE_URL"))


def pytest_configure(config: pytest.Config) -> None:
    worker = hasattr(config, "workerinput")  # a pytest-xdist worker: the controller writes the summary
    summary = Summary(
        config.getoption("summary"), html_path=config.getoption("conformance_html"), worker=worker, live=live()
    )
    config.pluginmanager.register(summary, "conformance-summary")
    free_keys.install()  # before anything is generated, in every process alike (see free_keys.py)
    generation.install()  # the same cases for less CPU (see generation.py)


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist starts its workers
def pytest_sessionstart(session: pytest.Session) -> None:
    """Live mode: stop at once, with one line, when the base URL or a token is wrong (see preflight.py)."""
    if hasattr(session.config, "workerinput") or not os.environ.get("OUTLOOK_BASE_URL"):
        return  # the controller (or the only process) checks, once; the mock needs no check
    # A UsageError stops the run before any test with one line ("ERROR: …", exit status 4); pytest.exit would
    # print its message twice, once as a banner.
    try:
        target = from_environment()
    except RuntimeError as error:
        raise pytest.UsageError(f"conformance preflight: {error}") from None
    wrong = preflight.problem(target)
    if wrong:
        raise pytest.UsageError(f"conformance preflight: {wrong}")


# The longest items first (a stateful run takes as long as dozens of other tests), so with pytest-xdist no core
# waits at the end for one long test started late. The rest keep their order.
_LONG_FIRST = ("conformance/test_stateful.py", "conformance/test_operations.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Select (--api, --area, --rule; in live mode without our self-tests), then order the longest first."""
    apis = selection.split_list(config.getoption("conformance_api"))
    areas = selection.split_list(config.getoption("conformance_area"))
    rules = selection.split_list(config.getoption("conformance_rule"))
    unknown = [a for a in apis if a not in selection.APIS]
    if unknown:
        raise pytest.UsageError(f"--api {','.join(unknown)}: the APIs are {', '.join(selection.APIS)}")
    subjects = {item.nodeid: selection.classify(item) for item in items}
    ours = [s for s in subjects.values() if s is not None]
    if ours:  # a typo selects nothing: say so, with what there is
        known_areas = set().union(*(s.areas for s in ours))
        wrong = sorted(set(areas) - known_areas)
        if wrong:
            raise pytest.UsageError(f"--area {','.join(wrong)}: the areas are {', '.join(sorted(known_areas))}")
        names = [s.name for s in ours if s.kind in ("rule", "operation")]
        wrong = [r for r in rules if not any(selection.selected_name(n, [r]) for n in names)]
        if wrong:
            raise pytest.UsageError(
                f"--rule {','.join(wrong)}: no such rule or operation id (see outlook-conformance --list)"
            )
    keep, drop = [], []
    for item in items:
        subject = subjects[item.nodeid]
        # Live, the planted-fault proofs are not run at all (they are this suite's tests of itself, not the server's).
        absent = live() and subject is not None and subject.kind == "selftest"
        wanted = selection.selected(subject, apis=apis, areas=areas, rules=rules)
        (keep if wanted and not absent else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep

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
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    target = from_environment()
    if target.is_mock:
        yield target
        return
    # Live: note what the run makes, and remove exactly that at the end (housekeeping.py).
    housekeeping.LEDGER.active = True
    before = housekeeping.inventory(target)
    yield target
    outcome = housekeeping.restore(target, before)
    summary = request.config.pluginmanager.get_plugin("conformance-summary")
    if summary is not None:
        summary.leftovers = outcome.lines()
        summary.housekeeping = (
            f"removed {outcome.removed} item(s) the run made; {len(outcome.lines())} could not be removed; "
            f"{len(outcome.foreign)} new item(s) made by others left alone"
        )
