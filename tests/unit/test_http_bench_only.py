"""``benchmarks/http/bench.py --only``: the rows asked for, and every row they are compared with."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "http" / "bench.py"


def _bench():
    spec = importlib.util.spec_from_file_location("http_bench", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("http_bench", module)
    spec.loader.exec_module(module)
    return module


def test_only_keeps_the_chosen_rows_and_their_baselines_in_table_order() -> None:
    bench = _bench()
    server = bench.Server("s", 0, None)
    slow = bench.Workload("bare (asyncio + h11)", server, "/")
    fast = bench.Workload("bare (uvloop + httptools)", server, "/", baseline=slow.label)
    rows = [
        slow,
        fast,
        bench.Workload("mock GET task by id", server, "/", baseline=fast.label),
        bench.Workload("mock POST task", server, "/", "POST", baseline=fast.label),
        bench.Workload("mock sync page", server, "/", baseline=fast.label),
    ]
    assert [w.label for w in bench._only(rows, ["POST"])] == [slow.label, fast.label, "mock POST task"]
    assert [w.label for w in bench._only(rows, ["POST", "sync"])] == [
        slow.label,
        fast.label,
        "mock POST task",
        "mock sync page",
    ]
    assert bench._only(rows, ["nothing like it"]) == []
