"""The operation tests' ``ignored_auth``, run once per operation and run (as ``st run`` runs it), keeps its teeth."""

from __future__ import annotations

import pytest
from schemathesis.core.failures import FailureGroup

from conformance import fuzzing
from conformance.operations import AuthConfirmations, check_operation
from conformance.readback import Readback
from conformance.target import mock_target
from outlook_mock import faults


def test_ignored_auth_probes_once_per_operation_and_run_and_fails_a_server_that_ignores_the_token() -> None:
    target = mock_target()
    readback = Readback(fuzzing.call_kwargs(target))
    schema = fuzzing.load_schema(deterministic=True)
    schema.app = readback.call_kwargs["app"]  # as run_operation does: the probes reach this target
    operation = schema.find_operation_by_id("listTaskGroups")
    auth = AuthConfirmations()
    check_operation(operation.Case(), target, readback, auth)  # the faithful mock refuses the probes...
    assert auth.enforced == {operation.label}
    with faults.planted("accept_any_token"):
        check_operation(operation.Case(), target, readback, auth)  # ...confirmed once: this run probes no more
        # A new run probes again, and a server that takes any token (or none) fails the check (the context
        # must still have the slot the wrapper fills in, or this raises an AttributeError instead).
        with pytest.raises(FailureGroup) as failure:
            check_operation(operation.Case(), target, readback, AuthConfirmations())
    assert [type(f).__name__ for f in failure.value.exceptions] == ["IgnoredAuth"]


def test_the_wrapper_reports_under_the_built_in_name() -> None:
    assert AuthConfirmations().check.__name__ == "ignored_auth"
