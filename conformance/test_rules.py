"""Every documented rule, checked against the target (mock or live)."""

from __future__ import annotations

import pytest

from outlook_mock import faults

from .checks import RULES
from .target import Target

# The rules seen to pass on the faithful in-process mock, in this process: test_teeth.py, which needs that pass
# before it plants a rule's faults, does not check it a second time (with pytest-xdist, both files' cases of a
# rule mostly run in the same worker).
PASSED_ON_THE_FAITHFUL_MOCK: set[str] = set()


def passed(rule_id: str, target: Target) -> None:
    """Note that ``rule_id``'s check has just passed against ``target``, if that is the faithful mock."""
    if target.is_mock and not faults.any_planted():
        PASSED_ON_THE_FAITHFUL_MOCK.add(rule_id)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule(rule_id: str, target: Target) -> None:
    rule = RULES[rule_id]
    if rule.users > len(target.tokens):
        pytest.skip(f"needs {rule.users} users (set OUTLOOK_TOKEN_2)")
    rule.run(target)
    passed(rule_id, target)
