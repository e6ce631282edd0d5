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
def fresh_mock(target: Target) -> Target:
    if not target.is_mock:
        pytest.skip("planted faults need the in-process mock tenant")
    return mock_target()  # a fault may damage the mailbox: never reuse it


def test_every_fault_is_caught_by_some_check() -> None:
    assert {fault for fault, _ in CASES} == set(faults.FAULTS)


@pytest.mark.parametrize(("fault", "rule_id"), CASES)
def test_check_catches_fault(fault: str, rule_id: str, fresh_mock: Target) -> None:
    rule = RULES[rule_id]
    with Api(fresh_mock) as api:
        rule.check(api)  # passes on the faithful mock...
    with faults.planted(fault), Api(fresh_mock) as api, pytest.raises(AssertionError):
        rule.check(api)  # ...and fails once the rule is broken
