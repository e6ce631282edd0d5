"""A short human-readable summary of a conformance run: per rule, per operation, per planted fault.

JUnit XML comes from pytest itself (``--junitxml``); this plugin adds the
summary to the terminal and, with ``--summary PATH``, writes it as Markdown.
Under pytest-xdist each report carries its subject from the worker that ran the
test to the controller, which alone writes the summary (see conftest.py).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

_SECTIONS = (
    ("rule", "Documented rules"),
    ("operation", "Operations (schemathesis)"),
    ("fault", "Planted faults caught"),
)
_RANK = {"failed": 3, "passed": 1, "skipped": 0}


class Summary:
    def __init__(self, path: str | None, *, worker: bool = False) -> None:
        self.path = path
        self.worker = worker  # an xdist worker only names subjects; its controller records and writes
        self.results: dict[str, dict[str, str]] = defaultdict(dict)  # section -> name -> outcome

    @staticmethod
    def _subject(item: pytest.Item) -> tuple[str, str] | None:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "fault" in params:
            return "fault", f"{params['fault']} (by {params['rule_id']})"
        if "rule_id" in params:
            return "rule", params["rule_id"]
        for name, value in item.user_properties:
            if name == "operation":
                return "operation", str(value)
        return None

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        """Where the test runs (a pytest-xdist worker, or this process): name its subject on the report."""
        outcome = yield
        subject = self._subject(item)
        if subject is not None:
            outcome.get_result().conformance_subject = subject  # travels to the xdist controller with the report

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Where the results meet (the xdist controller, or this process): record the outcome."""
        subject = getattr(report, "conformance_subject", None)
        if self.worker or subject is None or (report.when != "call" and not (report.failed or report.skipped)):
            return
        section, name = subject
        state = "failed" if report.failed else "skipped" if report.skipped else "passed"
        previous = self.results[section].get(name)
        if previous is None or _RANK[state] > _RANK[previous]:  # several tests per operation: worst wins
            self.results[section][name] = state

    def lines(self) -> list[str]:
        out = ["# Conformance summary", ""]
        for section, title in _SECTIONS:
            results = self.results.get(section)
            if not results:
                continue
            counts = {s: sum(1 for v in results.values() if v == s) for s in ("passed", "failed", "skipped")}
            out += [
                f"## {title}: {counts['passed']} passed, {counts['failed']} failed, {counts['skipped']} skipped",
                "",
            ]
            out += [
                f"- {'✔' if state == 'passed' else '✘' if state == 'failed' else '–'} {name}: {state}"
                for name, state in sorted(results.items())
            ]
            out.append("")
        return out

    def pytest_terminal_summary(self, terminalreporter) -> None:  # noqa: ANN001 - pytest's type is private
        if not self.results:
            return
        lines = self.lines()
        terminalreporter.section("conformance summary")
        for line in lines[2:]:
            if line.startswith("## "):
                terminalreporter.write_line(line[3:])
        failed = [line for line in lines if line.startswith("- ✘")]
        for line in failed:
            terminalreporter.write_line(line)
        if self.path:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            Path(self.path).write_text("\n".join(lines), encoding="utf-8")
            terminalreporter.write_line(f"summary written to {self.path}")
