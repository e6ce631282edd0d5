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
from .test_rules import PASSED_ON_THE_FAITHFUL_MOCK, passed

CASES = sorted((fault, rule.id) for rule in RULES.values() for fault in rule.faults)


@pytest.fixture
def mock_only(target: Target) -> None:
    if not target.is_mock:
        pytest.skip("planted faults need the in-process mock tenant")


# Caught by the property-based layer instead (test_stateful.py plants it).
CAUGHT_BY_STATEFUL_RUN = {"created_group_not_stored"}


def test_every_fault_is_caught_by_some_check() -> None:
    assert {fault for fault, _ in CASES} | CAUGHT_BY_STATEFUL_RUN == set(faults.FAULTS)


@pytest.mark.usefixtures("mock_only")
@pytest.mark.parametrize(("fault", "rule_id"), CASES)
def test_check_catches_fault(fault: str, rule_id: str) -> None:
    rule = RULES[rule_id]
    # A fresh tenant each time: a planted fault may damage the mailbox, or act when it is created.
    # The check must pass on the faithful mock first; that pass does not depend on the fault, so it is done once
    # per rule and process (here before the rule's first fault, or already by test_rules.py).
    if rule_id not in PASSED_ON_THE_FAITHFUL_MOCK:
        target = mock_target()
        with Api(target) as api:
            rule.check(api)  # passes on the faithful mock...
        passed(rule_id, target)
    with faults.planted(fault), Api(mock_target()) as api, pytest.raises(AssertionError):
        rule.check(api)  # ...and fails once the rule is broken


def test_only_a_pass_on_the_faithful_mock_is_noted() -> None:
    """What lets a case above skip the faithful pass: a live server's pass, or one with a fault planted, is no
    such pass."""
    noted = set(PASSED_ON_THE_FAITHFUL_MOCK)
    try:
        PASSED_ON_THE_FAITHFUL_MOCK.clear()
        with faults.planted(next(iter(faults.FAULTS))):
            passed("planted", mock_target())
        passed("live", Target("https://outlook.example", ("token",)))
        assert PASSED_ON_THE_FAITHFUL_MOCK == set()
        passed("faithful", mock_target())
        assert PASSED_ON_THE_FAITHFUL_MOCK == {"faithful"}
    finally:
        PASSED_ON_THE_FAITHFUL_MOCK.clear()
        PASSED_ON_THE_FAITHFUL_MOCK.update(noted)


def test_every_rule_names_a_fault_it_catches() -> None:
    assert [r.id for r in RULES.values() if not r.faults] == []
