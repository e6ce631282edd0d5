"""What a conformance run reports: per rule, per operation (and, against the mock, per planted fault).

The terminal gets a short summary; ``--report PATH`` writes it as Markdown and ``--html PATH`` as one HTML page,
both with each rule's text and, for every failure and every check not run, the reason. pytest writes the JUnit
file (``--junitxml``); at the end of the session it is rewritten (:func:`rewrite_junit`) so that each test case
is named by its subject (rule id or operation id, under ``classname`` ``conformance.<api>.<kind>``), carries the
rule text as its ``description`` property and points (``file``/``line``) at our check or at the operation in
the spec, without the base64 Hypothesis statistics.

Under pytest-xdist each report carries its subject and reason from the worker that ran the test to the
controller, which alone records and writes (see conftest.py). Nothing written here holds a token: every reason
passes through :func:`conformance.failures.redact`.
"""

from __future__ import annotations

import html
import inspect
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest

from .failures import redact
from .selection import Subject, classify

_KINDS = (
    ("rule", "Documented rules"),
    ("operation", "Operations (schemathesis)"),
    ("client", "The generated client"),
    ("selftest", "Planted faults caught (self-tests of the suite)"),
)
_RANK = {"failed": 3, "not run": 2, "passed": 1}
REASON_LIMIT = 6000  # characters of a failure kept in the reports (a rule's failure text is well below)
_ROOT = Path(__file__).resolve().parents[1]  # what report paths are relative to: the package's parent


def _tokens() -> tuple[str, ...]:
    names = ("OUTLOOK_TOKEN", "OUTLOOK_TOKEN_2", "OUTLOOK_APP_TOKEN", "OUTLOOK_PASSWORD", "OUTLOOK_PASSWORD_2")
    return tuple(os.environ[n] for n in (*names, "OUTLOOK_CLIENT_SECRET") if os.environ.get(n))


def _relative(path: str | Path) -> str:
    try:
        return Path(os.path.relpath(Path(path).resolve(), _ROOT)).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(path).as_posix()


@cache
def _operation_lines() -> dict[str, tuple[str, int, str]]:
    """``operationId`` (``preview:`` before the preview's) -> (spec file, line of its operationId, summary)."""
    from . import fuzzing

    where: dict[str, tuple[str, int, str]] = {}
    for spec, prefix in ((fuzzing.SPEC, ""), (fuzzing.PREVIEW_SPEC, "preview:")):
        summaries = {
            op["operationId"]: op.get("summary", "")
            for item in fuzzing.raw_spec(spec)["paths"].values()
            for method, op in item.items()
            if method != "parameters"
        }
        for number, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
            text = line.strip()
            if text.startswith("operationId:"):
                name = text.partition(":")[2].strip().strip("'\"")
                where[prefix + name] = (_relative(spec), number, summaries.get(name, ""))
    return where


def describe_subject(subject: Subject, item: pytest.Item | None = None) -> tuple[str, str, int]:
    """(text, file, line) of a subject: a rule's sentence and check, an operation's summary and spec line."""
    if subject.kind == "rule":
        from .checks import RULES

        rule = RULES[subject.name]
        check = inspect.unwrap(rule.check)
        return rule.doc, _relative(inspect.getsourcefile(check) or ""), check.__code__.co_firstlineno
    if subject.kind == "operation" and subject.name in _operation_lines():
        file, line, summary = _operation_lines()[subject.name]
        return summary, file, line
    if item is not None:
        doc = (getattr(getattr(item, "function", None), "__doc__", None) or "").strip().splitlines()
        path, line, _ = item.location
        return (doc[0] if doc else ""), _relative(item.path if item.path else path), (line or 0) + 1
    return "", "", 0


@dataclass
class Result:
    subject: Subject
    text: str
    file: str
    line: int
    outcome: str = "passed"
    reasons: list[str] = field(default_factory=list)
    nodeids: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.subject.name


class Summary:
    """The pytest plugin that records every subject's outcome and writes the reports."""

    def __init__(
        self,
        markdown: str | None,
        *,
        html_path: str | None = None,
        worker: bool = False,
        live: bool = False,
    ) -> None:
        self.markdown = markdown
        self.html_path = html_path
        self.worker = worker  # an xdist worker only names subjects; its controller records and writes
        self.live = live
        self.results: dict[tuple[str, str], Result] = {}
        self.leftovers: list[str] = []  # what the live run's housekeeping could not remove (housekeeping.py)
        self.housekeeping = ""  # the live run's clean-up, in one line (conftest.py)
        self.started = datetime.now(UTC)

    # -- where the test runs ---------------------------------------------------------------------------------
    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        """Name the subject on the report, with the reason of a failure or a skip (it travels to the controller)."""
        outcome = yield
        report = outcome.get_result()
        _mask(report)
        subject = classify(item)
        if subject is None:
            return
        text, file, line = describe_subject(subject, item)
        report.conformance = {
            "kind": subject.kind,
            "name": subject.name,
            "api": subject.api,
            "areas": sorted(subject.areas),
            "text": text,
            "file": file,
            "line": line,
        }
        if report.failed or report.skipped:
            report.conformance["reason"] = _reason(report, call)

    # -- where the results meet (the xdist controller, or this process) ---------------------------------------
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        info = getattr(report, "conformance", None)
        if self.worker or info is None or (report.when != "call" and not (report.failed or report.skipped)):
            return
        subject = Subject(info["kind"], info["name"], info["api"], frozenset(info["areas"]))
        result = self.results.setdefault(
            (subject.kind, subject.name), Result(subject, info["text"], info["file"], info["line"])
        )
        if report.nodeid not in result.nodeids:
            result.nodeids.append(report.nodeid)
        state = "failed" if report.failed else "not run" if report.skipped else "passed"
        if _RANK[state] > _RANK[result.outcome]:  # several tests per operation: worst wins
            result.outcome = state
        reason = info.get("reason")
        if reason and reason not in result.reasons:
            result.reasons.append(reason)

    def by_kind(self, kind: str) -> list[Result]:
        return sorted((r for (k, _), r in self.results.items() if k == kind), key=lambda r: r.subject.name)

    # -- Markdown ---------------------------------------------------------------------------------------------
    def counts(self, results: list[Result]) -> dict[str, int]:
        return {s: sum(1 for r in results if r.outcome == s) for s in ("passed", "failed", "not run")}

    def heading(self, title: str, results: list[Result]) -> str:
        c = self.counts(results)
        return f"{title}: {c['passed']} passed, {c['failed']} failed, {c['not run']} not run"

    def lines(self) -> list[str]:
        target = os.environ.get("OUTLOOK_BASE_URL") or "the embedded mock tenant"
        out = ["# Conformance summary", "", f"Target: {target}; run started {self.started:%Y-%m-%d %H:%M:%S} UTC.", ""]
        for kind, title in _KINDS:
            results = self.by_kind(kind)
            if not results:
                continue
            out += [f"## {self.heading(title, results)}", ""]
            for r in results:
                mark = {"passed": "✔", "failed": "✘", "not run": "–"}[r.outcome]
                text = f": {r.text}" if r.text else ""
                out.append(f"- {mark} `{r.name}` {r.outcome}{text}")
            out.append("")
        failed = [r for kind, _ in _KINDS for r in self.by_kind(kind) if r.outcome == "failed"]
        if failed:
            out += ["## Failures", ""]
            for r in failed:
                out += [f"### `{r.name}`", "", r.text, "", f"Check: `{r.file}:{r.line}`", ""]
                for reason in r.reasons:
                    out += ["```", reason, "```", ""]
        not_run = [r for kind, _ in _KINDS for r in self.by_kind(kind) if r.outcome == "not run"]
        if not_run:
            out += ["## Not run", ""]
            out += [f"- `{r.name}`: {'; '.join(r.reasons) or 'skipped'}" for r in not_run]
            out.append("")
        if self.housekeeping:
            out += [f"Housekeeping: {self.housekeeping}.", ""]
        if self.leftovers:
            out += ["## Left in the mailboxes (the suite could not remove them)", ""]
            out += [f"- {line}" for line in self.leftovers]
            out.append("")
        return out

    # -- HTML -------------------------------------------------------------------------------------------------
    def html(self) -> str:
        e = html.escape
        target = os.environ.get("OUTLOOK_BASE_URL") or "the embedded mock tenant"
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8"><title>Conformance summary</title>',
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
            "td,th{border:1px solid #ccc;padding:4px;vertical-align:top;text-align:left}"
            ".passed{color:#060}.failed{color:#b00;font-weight:bold}.not-run{color:#666}"
            "pre{white-space:pre-wrap;font-size:90%;background:#f6f6f6;padding:6px}</style></head><body>",
            "<h1>Conformance summary</h1>",
            f"<p>Target: {e(target)}; run started {self.started:%Y-%m-%d %H:%M:%S} UTC.</p>",
        ]
        for kind, title in _KINDS:
            results = self.by_kind(kind)
            if not results:
                continue
            parts += [
                f"<h2>{e(self.heading(title, results))}</h2>",
                "<table><tr><th>id</th><th>result</th><th>what</th><th>why</th></tr>",
            ]
            for r in results:
                why = "".join(f"<details><summary>reason</summary><pre>{e(x)}</pre></details>" for x in r.reasons)
                css = r.outcome.replace(" ", "-")
                parts.append(
                    f'<tr id="{e(r.name)}"><td><code>{e(r.name)}</code></td><td class="{css}">{e(r.outcome)}</td>'
                    f"<td>{e(r.text)}<br><small>{e(r.file)}:{r.line}</small></td><td>{why}</td></tr>"
                )
            parts.append("</table>")
        if self.housekeeping:
            parts.append(f"<p>Housekeeping: {e(self.housekeeping)}.</p>")
        if self.leftovers:
            parts += ["<h2>Left in the mailboxes (the suite could not remove them)</h2>", "<ul>"]
            parts += [f"<li>{e(line)}</li>" for line in self.leftovers]
            parts.append("</ul>")
        parts.append("</body></html>")
        return redact("\n".join(parts), _tokens())

    # -- the end of the session -------------------------------------------------------------------------------
    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """After pytest's junitxml plugin wrote its file: rename its test cases after their subjects."""
        if self.worker:
            return
        path = session.config.getoption("xmlpath", None)
        if path and Path(path).is_file():
            rewrite_junit(Path(path), self)

    def pytest_terminal_summary(self, terminalreporter) -> None:  # noqa: ANN001 - pytest's type is private
        if self.worker or not self.results:
            return
        terminalreporter.section("conformance summary")
        for kind, title in _KINDS:
            results = self.by_kind(kind)
            if results:
                terminalreporter.write_line(self.heading(title, results))
        for kind, _ in _KINDS:
            for r in self.by_kind(kind):
                if r.outcome == "failed":
                    terminalreporter.write_line(f"✘ {r.name}: {r.text}")
        not_run = [r.name for kind, _ in _KINDS for r in self.by_kind(kind) if r.outcome == "not run"]
        if not_run:
            terminalreporter.write_line(f"not run ({len(not_run)}): {', '.join(not_run)}")
        if self.housekeeping:
            terminalreporter.write_line(f"housekeeping: {self.housekeeping}")
        for line in self.leftovers:
            terminalreporter.write_line(f"left in the mailbox: {line}")
        for path, text in ((self.markdown, "\n".join(self.lines())), (self.html_path, None)):
            if path:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
                content = redact(text, _tokens()) if text is not None else self.html()
                Path(path).write_text(content + "\n", encoding="utf-8")
                terminalreporter.write_line(f"report written to {path}")


def _mask(report: pytest.TestReport) -> None:
    """No token in what pytest prints of a failure (schemathesis' curl lines carry the Authorization header)."""
    if report.failed and report.longrepr is not None:
        text = report.longreprtext
        masked = redact(text, _tokens())
        if masked != text:
            report.longrepr = masked
    report.sections = [(title, redact(content, _tokens())) for title, content in report.sections]


def _reason(report: pytest.TestReport, call: pytest.CallInfo) -> str:
    """Why a test failed or was skipped, in a few lines, every token masked."""
    if report.skipped:
        if isinstance(report.longrepr, tuple):
            text = report.longrepr[2]
        else:
            text = str(report.longrepr)
        text = text.removeprefix("Skipped: ")
    elif call.excinfo is not None and isinstance(call.excinfo.value, AssertionError) and str(call.excinfo.value):
        text = str(call.excinfo.value)
    else:
        text = report.longreprtext
    if report.when != "call":
        text = f"({report.when}) {text}"
    if len(text) > REASON_LIMIT:
        text = f"{text[:REASON_LIMIT]}… ({len(text)} characters)"
    return redact(text, _tokens())


def rewrite_junit(path: Path, summary: Summary) -> None:
    """Name each test case after its subject, describe it, point it at our check; drop Hypothesis' statistics."""
    from _pytest.junitxml import mangle_test_address

    tree = ET.parse(path)
    by_case: dict[tuple[str, str], Result] = {}
    for result in summary.results.values():
        for nodeid in result.nodeids:
            names = mangle_test_address(nodeid)
            by_case[(".".join(names[:-1]), names[-1])] = result
    for suite in tree.iter("testsuite"):
        properties = suite.find("properties")
        if properties is not None:
            for prop in list(properties):
                if prop.get("name", "").startswith("hypothesis-statistics"):
                    properties.remove(prop)
            if not len(properties):
                suite.remove(properties)
        for case in suite.iter("testcase"):
            result = by_case.get((case.get("classname", ""), case.get("name", "")))
            if result is None:
                continue
            subject = result.subject
            case.set("classname", f"conformance.{subject.api}.{subject.kind}")
            case.set("name", subject.name)
            case.set("file", result.file)
            case.set("line", str(result.line))
            props = case.find("properties")
            if props is None:
                props = ET.Element("properties")
                case.insert(0, props)
            for prop in list(props):
                if prop.get("name") in ("operation",) or prop.get("name", "").startswith("hypothesis"):
                    props.remove(prop)
            props.insert(0, ET.Element("property", name="description", value=result.text))
            props.insert(1, ET.Element("property", name="areas", value=",".join(sorted(subject.areas))))
            for element in case:
                if element.tag in ("failure", "error", "skipped") and element.text:
                    element.text = redact(element.text, _tokens())
                if element.tag in ("failure", "error", "skipped") and element.get("message"):
                    element.set("message", redact(element.get("message", ""), _tokens()))
            for element in case:
                if element.tag in ("system-out", "system-err") and element.text:
                    element.text = redact(element.text, _tokens())
    tree.write(path, encoding="utf-8", xml_declaration=True)
