"""`outlook-conformance` as a server author runs it: selection, reports, failures, and never a token in sight."""

from __future__ import annotations

import html
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import background_jobs
import httpx
import pytest

import outlook_mock
from conformance import cli, selection
from conformance.checks import RULES

SCRIPT = Path(sys.executable).with_name("outlook-conformance")


def _environment() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("OUTLOOK_")}


def _run(*args: str, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=_environment(), check=False
    )


# `outlook-conformance --rule getTask -- --collect-only -q`: a pytest collection in a child process (~2 s of CPU,
# seconds of waiting), started with the run (``start_in_the_background``, called by tests/conftest.py) so that the
# wait overlaps other tests; the test reads what it printed (tests/plugins/background_jobs.py).
SELECT_ARGS = ("--rule", "getTask", "--", "--collect-only", "-q")
SELECT_TIMEOUT = 600  # s


def start_in_the_background(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return background_jobs.start_once(
        tmp_path_factory, "kit-cli-rule-selection", [SCRIPT, *SELECT_ARGS], env=_environment()
    )


def _token(url: str, user: str = "admin@contoso.com") -> str:
    form = {"grant_type": "password", "username": user, "password": "mock"}
    return httpx.post(f"{url}/common/oauth2/v2.0/token", data=form).json()["access_token"]


def test_list_prints_rules_with_their_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--list", "--area", "tasks", "--api", "v2"]) == 0
    out = capsys.readouterr().out
    assert "complete.numbered_series_ends  [v2: complete,tasks]" in out
    assert RULES["complete.numbered_series_ends"].doc in out
    assert "mail.well_known_folders" not in out and "preview." not in out
    assert "getTask  [v2:" in out and "getMessage " not in out


def test_every_rule_and_operation_has_an_api_and_areas() -> None:
    for rule_id in RULES:
        assert selection.rule_api(rule_id) in selection.APIS and selection.rule_areas(rule_id), rule_id
    assert selection.operation_areas("getTask") == {"tasks"}
    assert selection.operation_areas("preview:acceptEvent") >= {"meetings", "calendar"}


def test_rule_selects_exactly_the_named_operation(tmp_path_factory: pytest.TempPathFactory) -> None:
    where = start_in_the_background(tmp_path_factory)  # (or find it started)
    status, out, err = background_jobs.wait(where, SELECT_TIMEOUT, f"outlook-conformance {' '.join(SELECT_ARGS)}")
    assert status == "0", out + err
    assert "conformance/test_operations.py::test_getTask\n" in out
    assert "getTaskFolder" not in out and "1/" in out


def test_a_live_run_reports_by_rule_id_and_shows_no_token(tmp_path: Path) -> None:
    """Against a served mock with a planted fault: the failure names the rule, the request, the response and the
    difference; JUnit cases are named by rule and operation ids; no report or output holds a token."""
    with outlook_mock.serving(faults=["complete_stamps_now"]) as url:
        token, token_2 = _token(url), _token(url, "alex@contoso.com")
        run_args = (
            "--base-url", url, "--token", token, "--token-2", token_2,
            "--rule", "complete.status_and_midnight_today", "--rule", "getTask", "--rule", "preview.scopes",
            "--junit", "j.xml", "--report", "r.md", "--html", "r.html",
        )  # fmt: skip
        selftests_args = ("--base-url", url, "--token", token, "--", "--collect-only", "-q")
        # Both at once (the collection only reads the server; neither writes where the other reads).
        with ThreadPoolExecutor(2) as pool:
            running = pool.submit(_run, *run_args, cwd=tmp_path)
            selftests = pool.submit(_run, *selftests_args, cwd=tmp_path).result()
            run = running.result()
    assert run.returncode == 1, run.stdout + run.stderr
    rule = RULES["complete.status_and_midnight_today"]
    out = run.stdout
    assert f"rule {rule.id}: {rule.doc}" in out and "check: conformance/checks/complete.py:" in out
    assert f"> POST {url}/api/v2.0/me/tasks(" in out and "< 200 OK" in out
    assert "Differing items:" in out and '"Authorization: Bearer $OUTLOOK_TOKEN"' in out
    junit = ET.parse(tmp_path / "j.xml").getroot()
    cases = {case.get("name"): case for case in junit.iter("testcase")}
    assert set(cases) == {"complete.status_and_midnight_today", "getTask", "preview.scopes"}
    failed = cases["complete.status_and_midnight_today"]
    assert failed.get("file") == "conformance/checks/complete.py" and failed.get("classname") == "conformance.v2.rule"
    assert {p.get("name"): p.get("value") for p in failed.iter("property")}["description"] == rule.doc
    assert cases["getTask"].get("file").endswith("outlook-v2.0.yaml") and cases["getTask"].find("failure") is None
    assert cases["preview.scopes"].find("skipped") is not None
    assert "hypothesis-statistics" not in (tmp_path / "j.xml").read_text()
    md, page = (tmp_path / "r.md").read_text(), (tmp_path / "r.html").read_text()
    assert "## Failures" in md and rule.doc in md and "Differing items:" in md and "$ curl -X POST" in md
    assert "## Not run" in md and "`preview.scopes`: not run: needs a token with scope" in md
    assert html.escape(rule.doc) in page and 'class="failed"' in page
    everything = out + run.stderr + md + page + (tmp_path / "j.xml").read_text()
    for secret in (token, token_2):
        assert secret not in everything and secret[-40:] not in everything
    # live: our own planted-fault proofs are not collected at all (absent, not skipped)
    assert selftests.returncode == 0, selftests.stdout + selftests.stderr
    assert "test_teeth" not in selftests.stdout and "catches_a_create" not in selftests.stdout
    assert "test_rules.py::test_rule[" in selftests.stdout
