"""The mock tenant's pytest plugin (registered through the ``pytest11`` entry point, so installing the
package is enough): the ``outlook_tenant`` fixture, a fresh tenant per test, in-process.

Which tenant and seed data: the marker ``@pytest.mark.outlook_tenant(tenant_file=..., seed=...)`` on
a test (or module/class), else the ini options ``outlook_mock_tenant_file`` / ``outlook_mock_seed``
(paths relative to the rootdir), else the two default users with empty mailboxes.

    def test_my_sync_code(outlook_tenant):
        answer = outlook_tenant.sync_client.post("/api/v2.0/me/tasks", json={"Subject": "Milk"})
        assert answer.status_code == 201

Only pytest is imported here: the mock itself is imported when a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

__all__ = ["outlook_tenant"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("outlook_mock_tenant_file", "tenant file (YAML/JSON) of the outlook_tenant fixture", default="")
    parser.addini("outlook_mock_seed", "seed-data file (YAML/JSON) of the outlook_tenant fixture", default="")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "outlook_tenant(tenant_file=None, seed=None): the tenant and seed data of the outlook_tenant fixture"
    )


def _ini_path(config: pytest.Config, name: str) -> Path | None:
    value = str(config.getini(name) or "").strip()
    return (config.rootpath / value) if value else None


@pytest.fixture
def outlook_tenant(request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh mock tenant for this test: ``outlook_mock.inprocess.MockTenant`` (users, tokens, the httpx
    ``client`` (async) and ``sync_client``, the generated clients ``v2`` and ``preview``), no sockets."""
    from .inprocess import mock_tenant

    marker = request.node.get_closest_marker("outlook_tenant")
    options = dict(marker.kwargs) if marker else {}
    tenant_file = options.pop("tenant_file", None) or _ini_path(request.config, "outlook_mock_tenant_file")
    seed = options.pop("seed", None) or _ini_path(request.config, "outlook_mock_seed")
    with mock_tenant(tenant_file, seed, **options) as tenant:
        yield tenant
