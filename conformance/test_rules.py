"""Every documented rule, checked against the target (mock or live)."""

from __future__ import annotations

import pytest

from .checks import RULES
from .target import Target


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule(rule_id: str, target: Target) -> None:
    rule = RULES[rule_id]
    if rule.users > len(target.tokens):
        pytest.skip(f"needs {rule.users} users (set OUTLOOK_TOKEN_2)")
    rule.run(target)
