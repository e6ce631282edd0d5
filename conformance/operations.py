"""One operation's schemathesis run, built when its pytest item runs.

``schema.parametrize()`` builds every operation's Hypothesis test at collection time, and
building one means generating all of its coverage-phase cases (thousands over both
documents): most of the suite's collection time, paid by every pytest-xdist worker for
every operation, including those it never runs. Here the test is built by schemathesis'
own builder (the one ``parametrize()`` and its lazy ``from_fixture`` use) when the item
runs, with the same settings, and its outcome is reported as schemathesis' pytest plugin
reports it.
"""

from __future__ import annotations

import functools
import unittest
from typing import Any

import hypothesis
import pytest
from hypothesis.errors import FailedHealthCheck, InvalidArgument, Unsatisfiable
from schemathesis.checks import load_all_checks
from schemathesis.core.control import SkipTest
from schemathesis.core.errors import InvalidSchema
from schemathesis.core.failures import FailureGroup, as_reported_failure
from schemathesis.generation.feedback import FeedbackSources
from schemathesis.generation.hypothesis.builder import (
    InvalidHeadersExampleMark,
    MissingPathParameters,
    UnsatisfiableExampleMark,
    UnserializablePayloadMark,
)
from schemathesis.generation.hypothesis.reporting import (
    build_health_check_error,
    build_unsatisfiable_error,
    ignore_hypothesis_output,
)
from schemathesis.pytest._test_builder import build_operation_test
from schemathesis.pytest.warnings import emit_unserializable_payload_warning
from schemathesis.python._constants.orchestrator import make_constants_value_source
from schemathesis.specs.openapi.checks import ignored_auth as builtin_ignored_auth

from . import builtin_checks, fuzzing
from .readback import Readback
from .target import Target

_FEEDBACK: dict[int, FeedbackSources] = {}  # id(schema) -> what parametrize() computes once per schema


def _feedback(schema: Any) -> FeedbackSources:
    if id(schema) not in _FEEDBACK:
        # As at collection time, before any app is attached: constants from the registry, not from the app's code.
        app, schema.app = schema.app, None
        try:
            _FEEDBACK[id(schema)] = FeedbackSources(constants_value_source=make_constants_value_source(schema))
        finally:
            schema.app = app
    return _FEEDBACK[id(schema)]


class AuthConfirmations:
    """``ignored_auth`` as schemathesis' own runner (``st run``) runs it: once per operation and run.

    The built-in check sends two probes (no token, a bad token) after a 2xx answer, and skips them for an
    operation in ``ctx.auth_enforced_operations`` ("enforcement is a property of the operation, so one
    confirmation per run is enough"). The CLI's engine hands every check the run's set; ``Case.validate_response``
    (the pytest path) builds its context with None, so every 2xx case of ours was probed again: a third of
    createMessage's requests. ``check`` is the built-in, handed this run's set first; it replaces the built-in
    in ``check_operation`` (tests/unit/test_operation_auth.py proves it still fails against a server that ignores
    the token, and that the context still has the slot).
    """

    def __init__(self) -> None:
        self.enforced: set[str] = set()  # operation labels whose probes were refused, in this run

        @functools.wraps(builtin_ignored_auth)  # failures are reported under the check's own name
        def ignored_auth(ctx: Any, response: Any, case: Any) -> bool | None:
            if not ctx.config.get_by_name(name="ignored_auth").enabled:
                return None  # off in the config: the built-in would not have run either
            if ctx.auth_enforced_operations is None:
                ctx.auth_enforced_operations = self.enforced
            return builtin_ignored_auth(ctx, response, case)

        self.check = ignored_auth


def check_operation(case: Any, target: Target, readback: Readback, auth: AuthConfirmations) -> None:
    case.call_and_validate(
        **readback.call_kwargs,
        additional_checks=[fuzzing.refusal_is_legitimate, readback.created_is_readable, auth.check],
        excluded_checks=[builtin_ignored_auth],
    )


def run_operation(
    schema: Any, operation_id: str, *, target: Target, readback: Readback, max_examples: int, derandomize: bool
) -> None:
    """Run schemathesis' examples, coverage and fuzzing phases of one operation against ``target``."""
    __tracebackhide__ = True
    load_all_checks()
    builtin_checks.install()  # the same checks, without per-response recomputation (see builtin_checks.py)
    feedback = _feedback(schema)
    # schemathesis picks its transport (in-process or HTTP) from `schema.app`, also for the extra
    # requests its checks send (ignored_auth's probes without credentials): this run's target.
    schema.app = readback.call_kwargs.get("app")
    operation = schema.find_operation_by_id(operation_id)
    try:
        test = build_operation_test(
            config=schema.config, operation=operation, test_func=check_operation, given_kwargs={}, feedback=feedback
        )
    except InvalidSchema as exc:
        exc.as_failing_test_function()()
        raise
    test._hypothesis_internal_use_settings = hypothesis.settings(
        test._hypothesis_internal_use_settings, max_examples=max_examples, derandomize=derandomize
    )
    _run(test, operation, target=target, readback=readback, auth=AuthConfirmations())


def _run(test: Any, operation: Any, **fixtures: Any) -> None:
    """What schemathesis' pytest plugin does around one of its items (``pytest_pyfunc_call``)."""
    __tracebackhide__ = True
    try:
        with ignore_hypothesis_output():
            test(**fixtures)
    except FailureGroup as exc:
        raise as_reported_failure(exc) from None
    except InvalidArgument as exc:
        raise InvalidSchema(exc.args[0]) from None
    except (SkipTest, unittest.SkipTest) as exc:
        if UnsatisfiableExampleMark.is_set(test):
            raise Unsatisfiable("Failed to generate test cases from examples for this API operation") from None
        pytest.skip(exc.args[0])
    except FailedHealthCheck as exc:
        raise build_health_check_error(operation, exc, with_tip=True) from None
    except Unsatisfiable:
        raise build_unsatisfiable_error(
            operation, with_tip=True, filter_tracker=operation.filter_case_tracker
        ) from None
    unserializable = UnserializablePayloadMark.get(test)
    if unserializable is not None:
        emit_unserializable_payload_warning(unserializable)
    invalid_headers = InvalidHeadersExampleMark.get(test)
    if invalid_headers is not None:
        from schemathesis.core.errors import InvalidHeadersExample

        raise InvalidHeadersExample.from_headers(invalid_headers) from None
    missing_path_parameters = MissingPathParameters.get(test)
    if missing_path_parameters:
        raise missing_path_parameters from None
