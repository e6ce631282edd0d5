"""The documented rules, one check each.

A check is a plain function taking an :class:`~conformance.api.Api`; it fails
with AssertionError when the target breaks the rule. Each names the planted
faults of the mock that it must catch; ``test_teeth`` proves that it does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..api import Api
from ..failures import describe
from ..target import Target

__all__ = ["Rule", "RULES", "rule"]


@dataclass(frozen=True)
class Rule:
    id: str
    doc: str
    check: Callable[[Api], None]
    faults: tuple[str, ...] = ()
    users: int = 1  # how many mailboxes the check needs

    def run(self, target: Target) -> None:
        """Check the rule against ``target``; a failure says which rule, what was asked and answered, and why."""
        __tracebackhide__ = True  # the failure text says it all; pytest shows the test's frame only
        target.journal.clear()
        with Api(target) as api:
            try:
                self.check(api)
            except AssertionError as failure:  # before the clean-up, whose requests would fill the journal
                raise AssertionError(describe(self, target, failure)) from None


RULES: dict[str, Rule] = {}


def rule(id: str, *faults: str, users: int = 1) -> Callable[[Callable[[Api], None]], Callable[[Api], None]]:
    def register(check: Callable[[Api], None]) -> Callable[[Api], None]:
        assert id not in RULES, id
        # The rule's text: the docstring's first paragraph (the sentence of the seed it enforces), on one line.
        text = " ".join(line.strip() for line in (check.__doc__ or "").strip().split("\n\n")[0].splitlines())
        RULES[id] = Rule(id, text, check, faults, users)
        return check

    return register


from . import (  # noqa: E402,F401
    addressing,
    attachments,
    auth,
    calendar,
    complete,
    concurrency,
    contacts,
    dates,
    defaults,
    errors,
    extended,
    identity,
    limits,
    mail,
    meetings,
    notifications,
    preview,
    queries,
    settings,
    sync,
    throttling,
)
