"""What conformance/builtin_checks.py and fuzzing's base-path memo replace answers as the original does."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from schemathesis.specs.openapi import checks

from conformance import builtin_checks, fuzzing

CODES = [
    ("200",),
    ("200", "201", "400", "401", "404"),
    ("2XX", "4XX"),
    ("200", "default"),
    ("1XX", "5xx", "abc", "6000", ""),
]


@pytest.fixture(autouse=True)
def installed() -> None:
    builtin_checks.install()


def test_status_codes_are_expanded_as_schemathesis_expands_them() -> None:
    original = checks._expand_status_codes.__wrapped__
    assert getattr(checks._expand_status_codes, builtin_checks._INSTALLED)
    for codes in CODES + CODES:  # the second time from the memo
        assert list(checks._expand_status_codes(codes)) == list(original(codes)), codes
    assert list(checks._expand_status_codes(["200", "4XX"])) == list(original(["200", "4XX"]))  # not hashable


def test_status_code_conformance_still_fails_on_an_undocumented_code() -> None:
    schema = fuzzing.load_schema()
    operation = schema.find_operation_by_id("getTask")
    case = operation.Case(path_parameters={"task_id": "x"})
    documented = list(checks._expand_status_codes.__wrapped__(operation.responses.status_codes))
    undocumented = next(code for code in range(200, 600) if code not in documented)
    for status, fails in ((documented[0], False), (undocumented, True)):
        response = SimpleNamespace(status_code=status)
        if fails:
            with pytest.raises(checks.UndefinedStatusCode) as failure:
                checks.status_code_conformance(None, response, case)
            assert failure.value.allowed_status_codes == documented
        else:
            assert checks.status_code_conformance(None, response, case) is None


def test_openapi_operations_are_told_from_others_as_schemathesis_tells_them() -> None:
    original = checks._is_openapi.__wrapped__
    assert getattr(checks._is_openapi, builtin_checks._INSTALLED)
    openapi = fuzzing.load_schema().find_operation_by_id("getTask").Case(path_parameters={"task_id": "x"})
    other = SimpleNamespace(operation=SimpleNamespace(schema=object()))
    for case, expected in ((openapi, True), (other, False)):
        assert checks._is_openapi(case) is original(case) is expected


def test_installing_twice_changes_nothing() -> None:
    before = (checks._is_openapi, checks._expand_status_codes)
    builtin_checks.install()
    assert (checks._is_openapi, checks._expand_status_codes) == before


def test_a_name_schemathesis_no_longer_has_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(checks, "_is_openapi")
    monkeypatch.delattr(checks, "_expand_status_codes")
    builtin_checks.install()
    assert not hasattr(checks, "_is_openapi") and not hasattr(checks, "_expand_status_codes")


@pytest.mark.parametrize("preview", [False, True])
def test_the_remembered_base_path_is_the_documents(preview: bool) -> None:
    schema = fuzzing.load_schema(preview=preview)
    declared = type(schema).declared_base_path(schema)
    assert declared == ("/ews/odata" if preview else "/api/v2.0")
    assert schema.declared_base_path() == schema.declared_base_path() == declared
    assert schema.get_full_path("/me/tasks") == declared.rstrip("/") + "/me/tasks"
