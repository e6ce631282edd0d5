"""``make interop``'s table: how passes merge and what makes the run fail (the drivers need the clients installed
and are not run here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("interop_run", Path(__file__).parents[1] / "interop" / "run.py")
run = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run)


def _row(call: str, result: str, detail: str = "") -> dict:
    return {"client": "c", "call": call, "result": result, "detail": detail, "ms": 1}


def test_passes_that_disagree_report_the_mock_fault_with_how_often_the_call_worked() -> None:
    passes = [
        [_row("get", "ok"), _row("delete", "blocked", "needs get")],
        [_row("get", "mock-fault", "404"), _row("delete", "client-bug", "bug")],
        [_row("get", "ok"), _row("delete", "mock-fault", "404")],
    ]
    merged = {r["call"]: r for r in run.merge(passes)}
    assert merged["get"]["result"] == "mock-fault"
    assert merged["get"]["detail"] == "ok in 2 of 3 passes; 404"
    assert merged["delete"]["result"] == "mock-fault"


def test_passes_that_agree_keep_their_row() -> None:
    passes = [[_row("get", "client-bug", "bug")], [_row("get", "client-bug", "bug")]]
    assert run.merge(passes) == [_row("get", "client-bug", "bug")]


def test_the_table_counts_each_result_per_client() -> None:
    rows = [
        _row("a", "ok"),
        _row("b", "ok"),
        _row("c", "not-served-yet", "x | y"),
        {"client": "c", "call": "(total)", "seconds": 1.5},
    ]
    text = run.render(rows, {}, 2.0, 1, "a fresh mock")
    assert "| c | 2 | 0 | 1 | 0 | 0 | 0 | 0 | 1.5 |" in text
    assert "| c | not-served-yet | x \\| y |" in text
    assert set(run.FAILING) == {"mock-fault", "driver-error"}
