"""Each rule check must fail when the mock breaks its rule on purpose (mock only).

Every planted fault of the mock is named by at least one check, and planting
it makes that check fail; a check that still passes has no teeth.
"""

from __future__ import annotations

import pytest

from outlook_mock import faults

from .api import Api
from .checks import RULES
from .target import Target, mock_target

CASES = sorted((fault, rule.id) for rule in RULES.values() for fault in rule.faults)


@pytest.fixture
def mock_only(target: Target) -> None:
    if not target.is_mock:
        pytest.skip("planted faults need the in-process mock tenant")


# Caught by the property-based layer instead (test_stateful.py plants it).
CAUGHT_BY_STATEFUL_RUN = {"created_group_not_stored"}


def test_every_fault_is_caught_by_some_check() -> None:
    assert {fault for fault, _ in CASES} | CAUGHT_BY_STATEFUL_RUN == set(faults.FAULTS)


# The rules seen to pass on the faithful mock in this process. That pass does not depend on the fault, so a rule
# with several faults is run faithfully once (before its first fault's case), not again before each of the others
# (68 of the 201 cases).
_PASSED_FAITHFULLY: set[str] = set()


@pytest.mark.usefixtures("mock_only")
@pytest.mark.parametrize(("fault", "rule_id"), CASES)
def test_check_catches_fault(fault: str, rule_id: str) -> None:
    rule = RULES[rule_id]
    # A fresh tenant each time: a planted fault may damage the mailbox, or act when it is created.
    if rule_id not in _PASSED_FAITHFULLY:
        with Api(mock_target()) as api:
            rule.check(api)  # passes on the faithful mock...
        _PASSED_FAITHFULLY.add(rule_id)
    with faults.planted(fault), Api(mock_target()) as api, pytest.raises(AssertionError):
        rule.check(api)  # ...and fails once the rule is broken


def test_every_rule_names_a_fault_it_catches() -> None:
    assert [r.id for r in RULES.values() if not r.faults] == []
