"""The README's ten lines of ``outlook_kit`` run as they are, against the mock in-process, and print what the README
says they print. The only change: the session's transport is the ``outlook_tenant`` fixture's (the README's
``http://127.0.0.1:8765`` then reaches the in-process mock instead of a socket)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

import outlook_kit

README = Path(__file__).resolve().parents[2] / "README.md"
_BLOCK = re.compile(r"<!-- kit-example -->\s*```python\n(?P<code>.*?)```.*?```text\n(?P<output>.*?)```", re.S)


def _example() -> tuple[str, str]:
    match = _BLOCK.search(README.read_text(encoding="utf-8"))
    assert match, "README: no <!-- kit-example --> python block followed by its text output"
    return match["code"], match["output"]


def test_the_example_is_ten_lines_after_its_imports() -> None:
    code, _ = _example()
    lines = [line for line in code.splitlines() if line.strip() and not line.startswith(("from ", "import "))]
    assert len(lines) == 10, lines


def test_the_readme_example_runs_against_the_mock(outlook_tenant, monkeypatch: pytest.MonkeyPatch) -> None:
    code, expected = _example()
    original = outlook_kit.Session.__init__

    def in_process(self, *args, **kwargs):
        original(self, *args, transport=outlook_tenant.transport, **kwargs)

    monkeypatch.setattr(outlook_kit.Session, "__init__", in_process)
    printed = io.StringIO()
    namespace: dict = {"__name__": "readme_example"}
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(README), "exec"), namespace)  # noqa: S102 - the README's own code
    namespace["outlook"].close()
    assert printed.getvalue() == expected
    # What it did is in the mailbox, seen through plain HTTP.
    tasks = outlook_tenant.sync_client.get("/api/v2.0/me/tasks").json()["value"]
    assert [(t["Subject"], t["Status"]) for t in tasks] == [("Buy milk", "Completed")]
    assert namespace["sync"].delta_link and namespace["sync"].rounds == 2
