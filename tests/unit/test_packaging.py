"""The wheel's promises: the clients need only the base dependencies, every package is typed, the conformance kit
finds both specs. (The wheel itself is built and installed by hand: see the README's packaging paragraph.)"""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from conformance.specs import PREVIEW, V2, spec_path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = [
    ROOT / "outlook_mock",
    ROOT / "conformance",
    ROOT / "outlook_kit",
    *(ROOT / "generated").glob("outlook_*_client"),
]
BASE = {"httpx": "httpx", "attrs": "attrs", "python-dateutil": "dateutil"}  # distribution -> import name


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_without_extras_only_what_the_clients_need() -> None:
    assert {Requirement(r).name for r in _project()["dependencies"]} == set(BASE)


@pytest.mark.parametrize("client", ["outlook_v2_client", "outlook_preview_client"])
def test_the_generated_clients_import_nothing_else(client: str) -> None:
    imported = set()
    for module in (ROOT / "generated" / client).rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = imported - set(sys.stdlib_module_names) - {client}
    assert third_party <= set(BASE.values()), third_party


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_every_package_is_typed(package: Path) -> None:
    assert (package / "py.typed").is_file()


def test_the_mock_and_the_kit_are_extras() -> None:
    extras = _project()["optional-dependencies"]
    assert {"starlette", "uvicorn", "lark"} <= {Requirement(r).name for r in extras["mock"]}
    assert {"pytest", "schemathesis"} <= {Requirement(r).name for r in extras["conformance"]}


@pytest.mark.parametrize("name", [V2, PREVIEW])
def test_the_kit_finds_both_specs(name: str) -> None:
    assert spec_path(name).is_file()
    assert spec_path(name).read_bytes() == (ROOT / "spec" / name).read_bytes()
