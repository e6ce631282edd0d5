"""Stateless property-based tests: every operation of the spec, fuzzed by schemathesis.

One test per operation, named after its operationId (``test_createTask[POST
/me/tasks]``) and recorded as ``operation=<operationId>`` for the report. Each
runs schemathesis' examples, coverage and fuzzing phases with positive and
negative data, authenticated as the target's main user, and validates every
answer with all built-in checks (except ``max_response_time``) plus two of ours:
``fuzzing.refusal_is_legitimate`` (valid data refused with 400 needs a reason
listed in ``fuzzing.LEGITIMATE_400``) and ``Readback.created_is_readable`` (what a create
returned can be read back).

The target is the in-process mock (``target.app``) unless ``OUTLOOK_BASE_URL``
points at a live server. ``--profile`` sets the number of fuzzed examples per
operation; quick runs are derandomized, so CI sees the same cases every time.
"""

from __future__ import annotations

import hypothesis
import pytest

from . import fuzzing
from .readback import Readback
from .target import Target

# Built at import: schemathesis turns each operation into a test at collection time, before
# fixtures (target, profile) exist. Deterministic generation means no random seed is attached
# then; `_apply_profile` decides between derandomized and random generation per run.
schema = fuzzing.load_schema(deterministic=True)
preview_schema = fuzzing.load_schema(preview=True, deterministic=True)


@pytest.fixture(autouse=True)
def _apply_profile(request: pytest.FixtureRequest, profile: dict, record_property) -> None:
    """Name the item's operation for the report and size its Hypothesis run by ``--profile``.

    schemathesis attached the Hypothesis settings when it built the test at collection
    time; the profile is only known now, so they are replaced (which is all that
    ``@hypothesis.settings`` does) before the item runs.
    """
    preview = request.node.name.startswith("test_preview_")
    label = getattr(request.node, "operation_label", None) or ""
    operation = (preview_schema if preview else schema).find_operation_by_label(label)
    if operation is None:
        return
    record_property("operation", ("preview:" if preview else "") + operation.definition.raw["operationId"])
    test = request.node.obj
    quick = request.config.getoption("--profile") == "quick"
    test._hypothesis_internal_use_settings = hypothesis.settings(
        test._hypothesis_internal_use_settings,
        max_examples=profile["examples"],
        derandomize=quick,  # quick: the same cases on every run; full: new ones each time
    )


@pytest.fixture(scope="module")
def readback(target: Target) -> Readback:
    return Readback(fuzzing.call_kwargs(target))


@pytest.fixture(scope="module")
def preview_readback(target: Target) -> Readback:
    return Readback(fuzzing.call_kwargs(target, preview=True))


def check_operation(case, target: Target, readback: Readback) -> None:
    # schemathesis picks its transport (ASGI or HTTP) from `schema.app`, also for the extra
    # requests its checks send (ignored_auth's probes without credentials): this run's target.
    case.operation.schema.app = target.app
    case.call_and_validate(
        **readback.call_kwargs,
        additional_checks=[fuzzing.refusal_is_legitimate, readback.created_is_readable],
    )


def check_preview_operation(case, target: Target, preview_readback: Readback) -> None:
    check_operation(case, target, preview_readback)


# One test function per operation rather than one `@schema.parametrize()` test: with pytest 9.2,
# schemathesis 4.32's items of a single test function all get the same node id (the operation
# is only in the item's name), which makes JUnit XML and `-k` useless.
# (`exclude`, not `include`: the per-operation `[[operations]]` config already made the schema's
# filter an include-everything rule, and includes are alternatives.)
for _operation_id in fuzzing.OPERATION_IDS:
    _others = [other for other in fuzzing.OPERATION_IDS if other != _operation_id]
    globals()[f"test_{_operation_id}"] = schema.exclude(operation_id=_others).parametrize()(check_operation)
# The 2014 preview's operations: test_preview_<operationId> (its operationIds repeat some of v2.0's).
for _operation_id in fuzzing.PREVIEW_OPERATION_IDS:
    _others = [other for other in fuzzing.PREVIEW_OPERATION_IDS if other != _operation_id]
    globals()[f"test_preview_{_operation_id}"] = preview_schema.exclude(operation_id=_others).parametrize()(
        check_preview_operation
    )
