"""``spec/schemathesis.toml``, the allowances ``st run`` reads beside the specs, says what the conformance suite's
catalogue says: per document (its ``[[project]]``, chosen by info.title), a 400 is allowed for valid data exactly
where ``conformance/fuzzing.py`` documents reasons (``LEGITIMATE_400``), a 412 exactly where the operation takes
If-Match; and it ships in the wheel beside the specs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from schemathesis.config import SchemathesisConfig

from conformance import fuzzing
from conformance.specs import spec_path

ROOT = Path(__file__).resolve().parents[2]
TOML = ROOT / "spec" / "schemathesis.toml"
DOCUMENTS = {
    "v2.0": (fuzzing.SPEC, fuzzing.LEGITIMATE_400, fuzzing.CONDITIONAL),
    "preview": (fuzzing.PREVIEW_SPEC, fuzzing.PREVIEW_LEGITIMATE_400, fuzzing.PREVIEW_CONDITIONAL),
}


def _projects() -> dict[str, dict]:
    return {p["title"]: p for p in tomllib.loads(TOML.read_text(encoding="utf-8"))["project"]}


def _allowed(project: dict, check: str, status: str) -> set[str]:
    return {
        operation_id
        for entry in project["operations"]
        if status in entry.get("checks", {}).get(check, {}).get("expected-statuses", [])
        for operation_id in entry["include-operation-id"]
    }


def test_schemathesis_reads_the_file() -> None:
    SchemathesisConfig.from_path(str(TOML))
    assert set(_projects()) == {fuzzing.raw_spec(spec)["info"]["title"] for spec, _, _ in DOCUMENTS.values()}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_allowances_match_the_catalogue(name: str) -> None:
    spec, legitimate, conditional = DOCUMENTS[name]
    project = _projects()[fuzzing.raw_spec(spec)["info"]["title"]]
    named = [o for entry in project["operations"] for o in entry["include-operation-id"]]
    assert len(named) == len(set(named)), "an operation in two entries: schemathesis would merge them"
    assert set(named) <= set(fuzzing.operation_ids(spec)), "no such operation"
    allowed_400 = _allowed(project, "positive_data_acceptance", "400")
    assert allowed_400 == set(legitimate), (
        f"400 allowed in {TOML.name} but no reason in LEGITIMATE_400: {sorted(allowed_400 - set(legitimate))}; "
        f"reasons in LEGITIMATE_400 but no 400 allowed: {sorted(set(legitimate) - allowed_400)}"
    )
    assert _allowed(project, "positive_data_acceptance", "412") == conditional
    assert _allowed(project, "negative_data_rejection", "412") == conditional


def test_the_file_ships_with_the_specs() -> None:
    assert fuzzing.SCHEMATHESIS_TOML == spec_path("schemathesis.toml")
    assert spec_path("schemathesis.toml").read_bytes() == TOML.read_bytes()
