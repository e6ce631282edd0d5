"""Stateless property-based tests: every operation of the spec, fuzzed by schemathesis.

One test per operation, named after its operationId (``test_createTask``) and
recorded as ``operation=<operationId>`` for the report. Each runs schemathesis'
examples, coverage and fuzzing phases with positive and negative data,
authenticated as the target's main user, and validates every answer with all
built-in checks (except ``max_response_time``) plus two of ours:
``fuzzing.refusal_is_legitimate`` (valid data refused with 400 needs a reason
listed in ``fuzzing.LEGITIMATE_400``) and ``Readback.created_is_readable`` (what a create
returned can be read back).

The target is the in-process mock (``target.app``) unless ``OUTLOOK_BASE_URL``
points at a live server. ``--profile`` sets the number of fuzzed examples per
operation; quick runs are derandomized, so CI sees the same cases every time.

Each operation's Hypothesis test is built when its item runs, not at collection (see
``operations.py``): building one means generating all of its coverage-phase cases, which
took most of the collection time, and under pytest-xdist every worker collects everything.
"""

from __future__ import annotations

import pytest

from . import fuzzing
from .operations import run_operation
from .readback import Readback
from .target import Target


@pytest.fixture(scope="module")
def readback(target: Target) -> Readback:
    return Readback(fuzzing.call_kwargs(target))


@pytest.fixture(scope="module")
def preview_readback(target: Target) -> Readback:
    return Readback(fuzzing.call_kwargs(target, preview=True))


def _operation_test(operation_id: str, preview: bool):
    def test(target: Target, profile: dict, request: pytest.FixtureRequest, record_property) -> None:
        record_property("operation", ("preview:" if preview else "") + operation_id)
        run_operation(
            fuzzing.load_schema(preview=preview, deterministic=True),
            operation_id,
            target=target,
            readback=request.getfixturevalue("preview_readback" if preview else "readback"),
            max_examples=profile["examples"],
            derandomize=request.config.getoption("--profile") == "quick",  # quick: the same cases every run
        )

    return test


for _operation_id in fuzzing.OPERATION_IDS:
    globals()[f"test_{_operation_id}"] = _operation_test(_operation_id, preview=False)
# The 2014 preview's operations: test_preview_<operationId> (its operationIds repeat some of v2.0's).
for _operation_id in fuzzing.PREVIEW_OPERATION_IDS:
    globals()[f"test_preview_{_operation_id}"] = _operation_test(_operation_id, preview=True)
