"""``make fuzz``: schemathesis' CLI (``st run``) against the served mock, both specs, positive and negative data, all
checks; then the figures from its NDJSON report: requests sent, failures by check, 5xx answers, non-OData error bodies.

The spec's known false positives (issue 13 item 8: schema-valid requests the mock rightly refuses, such as the spec's
own example ids, which are not ids the mock issued) are counted apart: every ``positive_data_acceptance`` failure is
listed there, by operation and error code, so that a real one is still seen. Exit status 1 on any 5xx, non-OData
error body or other failure.

    python -m tests.reliability.fuzz [--seconds S] [--examples N] [--seed S] [--report-dir DIR]
"""

from __future__ import annotations

import argparse
import base64
import collections
import glob
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import served

ROOT = Path(__file__).resolve().parents[2]
SPECS = [  # (name, OpenAPI document, base path)
    ("v2.0", ROOT / "spec" / "outlook-v2.0.yaml", "/api/v2.0"),
    ("preview", ROOT / "spec" / "outlook-preview-2014.yaml", "/ews/odata"),
]
FALSE_POSITIVE_CHECK = "positive_data_acceptance"
STOP_GRACE = 20  # seconds st gets to finish its reports once stopped


@dataclass
class Figures:
    requests: int = 0
    statuses: collections.Counter = field(default_factory=collections.Counter)
    server_errors: list[str] = field(default_factory=list)
    non_odata: list[str] = field(default_factory=list)
    failures: collections.Counter = field(default_factory=collections.Counter)  # (check, title) -> cases
    failed_operations: dict = field(default_factory=lambda: collections.defaultdict(set))
    failure_statuses: dict = field(default_factory=lambda: collections.defaultdict(collections.Counter))
    false_positives: collections.Counter = field(default_factory=collections.Counter)  # (operation, code) -> cases
    st_errors: list[str] = field(default_factory=list)  # scenarios schemathesis itself could not run
    st_summary: list[str] = field(default_factory=list)  # st's own count of unique failures, per document


def _content(response: dict) -> bytes:
    content = response.get("content") or {}
    if "$base64" in content:
        return base64.b64decode(content["$base64"])
    return str(content.get("string", "")).encode()


def _error_code(body: bytes) -> str | None:
    try:
        error = json.loads(body).get("error")
    except (ValueError, AttributeError):
        return None
    if isinstance(error, dict) and isinstance(error.get("code"), str) and isinstance(error.get("message"), str):
        return error["code"]
    return None


def parse(ndjson: Path, figures: Figures) -> None:
    for line in ndjson.read_text().splitlines():
        try:
            event = json.loads(line)
        except ValueError:  # the last line of a run that was stopped mid-write
            continue
        finished = event.get("ScenarioFinished")
        if not finished:
            continue
        recorder = finished.get("recorder") or {}
        label = recorder.get("label", "?")
        if finished.get("status") == "error":
            figures.st_errors.append(f"{finished.get('phase')}: {label}")
        interactions = recorder.get("interactions") or {}
        for interaction in interactions.values():
            response = interaction.get("response") or {}
            request = interaction.get("request") or {}
            status = response.get("status_code")
            if status is None:
                continue
            figures.requests += 1
            figures.statuses[status] += 1
            where = f"{request.get('method')} {request.get('uri')}"
            body = _content(response)
            if status >= 500:
                figures.server_errors.append(f"{status} {where}: {body[:300]!r}")
            elif status >= 400 and status != 405 and _error_code(body) is None:
                figures.non_odata.append(f"{status} {where}: {body[:300]!r}")
            elif status == 405 and body and _error_code(body) is None:
                figures.non_odata.append(f"{status} {where}: {body[:300]!r}")
        for case_id, checks in (recorder.get("checks") or {}).items():
            for check in checks:
                if check.get("status") != "failure":
                    continue
                info = (check.get("failure_info") or {}).get("failure") or {}
                operation = info.get("operation") or label
                if check["name"] == FALSE_POSITIVE_CHECK:
                    response = (interactions.get(case_id) or {}).get("response") or {}
                    code = _error_code(_content(response)) or str(response.get("status_code"))
                    figures.false_positives[(operation, code)] += 1
                else:
                    figures.failures[(check["name"], info.get("title", ""))] += 1
                    figures.failed_operations[check["name"]].add(operation)
                    status = ((interactions.get(case_id) or {}).get("response") or {}).get("status_code")
                    figures.failure_statuses[check["name"]][status] += 1


def run(examples: int, seed: int, report_dir: Path, workers: str, seconds: int) -> Figures:
    """Both documents at once (one ``st run`` each, stopped after ``seconds``) against one served mock.

    Not ``--max-time``: with it, st cut its coverage phase short (1,342 requests instead of 5,466 on v2.0)."""
    st = Path(sys.executable).parent / "st"
    figures = Figures()
    report_dir.mkdir(parents=True, exist_ok=True)
    with served.served() as server:
        runs = []
        for name, spec, base in SPECS:
            out = report_dir / name
            for old in glob.glob(str(out / "*")):
                os.unlink(old)
            command = [
                str(st), "--config-file", str(ROOT / "spec" / "schemathesis.toml"),
                "run", str(spec), "--url", f"{server.origin}{base}",
                "-H", f"Authorization: Bearer {server.tokens[0]}",
                "--mode", "all", "--checks", "all", "--max-examples", str(examples), "--seed", str(seed),
                "--workers", workers, "--no-shrink", "--continue-on-failure", "--request-timeout", "30",
                "--report", "junit,ndjson", "--report-dir", str(out),
            ]  # fmt: skip
            log = open(report_dir / f"{name}.log", "w")  # noqa: SIM115 - closed below
            runs.append((name, out, log, subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)))
        began = time.monotonic()
        for name, out, log, process in runs:
            try:
                process.wait(max(1.0, seconds - (time.monotonic() - began)))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGINT)  # st stops like on Ctrl-C, finishing its reports
                try:
                    process.wait(STOP_GRACE)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
                print(f"{name}: st run stopped after {seconds} s (the figures cover what it reported)")
            log.close()
            before = figures.requests
            for ndjson in sorted(out.glob("*.ndjson")):
                parse(ndjson, figures)
            summary = [
                line.strip() for line in Path(log.name).read_text().splitlines() if line.strip().startswith("❌ ST")
            ]
            figures.st_summary.append(f"{name}: {'; '.join(summary) or 'no failures'}")
            print(f"{name}: {figures.requests - before} requests (log: {log.name})")
        if server.process.poll() is not None:
            figures.server_errors.append(f"the server died:\n{server.log()}")
    return figures


def report(figures: Figures) -> str:
    lines = [
        f"requests: {figures.requests}",
        f"statuses: {', '.join(f'{s} x {n}' for s, n in sorted(figures.statuses.items()))}",
        f"5xx: {len(figures.server_errors)}",
        f"non-OData error bodies: {len(figures.non_odata)}",
        f"scenarios schemathesis itself failed to run: {len(figures.st_errors)} {figures.st_errors[:5]}",
        f"failures by check (spec false positives apart): {sum(figures.failures.values()) or 0}",
    ]
    for (check, title), n in figures.failures.most_common():
        operations = sorted(figures.failed_operations[check])
        statuses = ", ".join(f"{s} x {k}" for s, k in figures.failure_statuses[check].most_common())
        shown = ", ".join(operations[:6]) + (f", ... ({len(operations)} operations)" if len(operations) > 6 else "")
        lines.append(f"  {check} ({title}): {n} cases, answered {statuses}; {shown}")
    lines.append(f"st's unique failures: {' | '.join(figures.st_summary)}")
    lines.append(
        f"spec false positives ({FALSE_POSITIVE_CHECK}: schema-valid requests refused; issue 13 item 8): "
        f"{sum(figures.false_positives.values())} cases, by error code:"
    )
    by_code: dict[str, list] = collections.defaultdict(list)
    for (operation, code), n in figures.false_positives.items():
        by_code[code].append((operation, n))
    for code, hits in sorted(by_code.items(), key=lambda item: -sum(n for _, n in item[1])):
        operations = sorted(operation for operation, _ in hits)
        shown = ", ".join(operations[:4]) + (f", ... ({len(operations)} operations)" if len(operations) > 4 else "")
        lines.append(f"  {code}: {sum(n for _, n in hits)} cases: {shown}")
    for title, items in (("5xx answers", figures.server_errors), ("non-OData error bodies", figures.non_odata)):
        if items:
            lines.append(f"{title} (first 10):")
            lines += [f"  {item}" for item in items[:10]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=int(os.environ.get("FUZZ_EXAMPLES", "40")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED", "20261201")))
    # One worker: with 2, st 4.32.5 raised an internal KeyError (linecache) in its coverage phase.
    parser.add_argument("--workers", default="1", help="workers of each st run")
    parser.add_argument(
        "--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", "300")), help="hard stop of each st run"
    )
    parser.add_argument("--report-dir", type=Path, default=ROOT / "reports" / "fuzz")
    args = parser.parse_args(argv)
    began = time.monotonic()
    figures = run(args.examples, args.seed, args.report_dir, args.workers, args.seconds)
    text = f"schemathesis against the served mock, both specs, {time.monotonic() - began:.0f} s\n" + report(figures)
    (args.report_dir / "summary.txt").write_text(text + "\n")
    print(text)
    return 1 if figures.server_errors or figures.non_odata or figures.failures else 0


if __name__ == "__main__":
    sys.exit(main())
