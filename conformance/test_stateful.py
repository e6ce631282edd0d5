"""Stateful property-based test: schemathesis walks the spec's OpenAPI links.

Each scenario starts from a create (task, task in a folder, folder, folder in a
group, group, attachment) and follows the links of its response to get, update,
delete, complete, list and attach, with positive and negative data, checking
every answer with all built-in checks (``use_after_free`` and friends only work
here) plus ours (``refusal_is_legitimate``, ``Readback.created_is_readable``).

Every scenario gets a fresh mock tenant (``create_app()`` and a token from its
token endpoint), so scenarios cannot disturb each other and a failure replays
the same way. Against a live server (``OUTLOOK_BASE_URL``) the scenarios share
its mailbox (the session's housekeeping deletes what they created). ``--profile``
sets the number of scenarios and their length; quick runs are derandomized.
"""

from __future__ import annotations

import functools
import traceback
from typing import Any

import hypothesis
import pytest
from schemathesis.generation.stateful.state_machine import StepInput

from outlook_mock import create_app, faults

from . import fuzzing
from .readback import Readback
from .target import Target, mock_target


@functools.cache
def _schema(preview: bool) -> Any:
    """Loaded when a stateful test runs (once per process), not at collection: the controller and the workers
    that never run one would parse both documents for nothing (~1 s each)."""
    return fuzzing.load_schema(preview=preview)


def test_stateful(target: Target, profile: dict, record_property, request: pytest.FixtureRequest) -> None:
    record_property("operation", "stateful")
    run(target, profile, derandomize=request.config.getoption("--profile") == "quick")


def test_stateful_preview(target: Target, profile: dict, record_property, request: pytest.FixtureRequest) -> None:
    """The same over the 2014 preview's links (groups, calendars, events, attachments, meeting responses)."""
    record_property("operation", "preview:stateful")
    run(target, profile, derandomize=request.config.getoption("--profile") == "quick", preview=True)


def test_stateful_run_catches_a_create_that_is_not_stored(target: Target) -> None:
    """Planted bug: created task groups are answered but not stored; the readback check must notice.

    Not left to a generated run (whether its scenarios create a group depends on the seed): the state machine the
    runs use takes one step, a group create, as a run's first step would; faithful, it passes."""
    if not target.is_mock:
        pytest.skip("planted faults need the in-process mock tenant")
    machine = workflow(target)()
    create = machine.schema.find_operation_by_id("createTaskGroup")
    machine.step(StepInput.initial(create.Case(body={"Name": "stored"})))  # passes on the faithful mock...
    with faults.planted("created_group_not_stored"), pytest.raises(BaseException) as failure:
        machine.step(StepInput.initial(create.Case(body={"Name": "not stored"})))  # ...and fails once it is broken
    assert "created_is_readable" in "".join(traceback.format_exception(failure.value))


def run(target: Target, profile: dict, derandomize: bool, preview: bool = False) -> None:
    workflow(target, preview).run(
        settings=hypothesis.settings(
            max_examples=profile["stateful_examples"],
            stateful_step_count=profile["stateful_steps"],
            derandomize=derandomize,
            deadline=None,
            # As schemathesis' own default for state machines: no shrinking (it can take minutes on
            # a stateful failure, and every step is printed anyway), no example database.
            phases=[hypothesis.Phase.generate],
            database=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )


def workflow(target: Target, preview: bool = False) -> type:
    """The state machine of the links of one API, each scenario with its own mock tenant (or the live server)."""

    class Workflow(_schema(preview).as_state_machine()):
        def setup(self) -> None:
            self.target = mock_target(create_app()) if target.is_mock else target
            self.readback = Readback(fuzzing.call_kwargs(self.target, preview=preview))
            # schemathesis picks its transport from `schema.app`, also for its checks' own requests:
            # this scenario's in-process tenant (called in this thread), or None for a live server.
            self.schema.app = self.readback.call_kwargs.get("app")

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return self.readback.call_kwargs

        def validate_response(self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any) -> None:
            checks = [fuzzing.refusal_is_legitimate, self.readback.created_is_readable, *(additional_checks or [])]
            # `headers`: the token is the caller's, not generated data (schemathesis' in-process WSGI transport
            # does not note call headers on the response, so ignored_auth would otherwise think them generated).
            case.validate_response(
                response,
                additional_checks=checks,
                headers=kwargs.get("headers"),
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    return Workflow
