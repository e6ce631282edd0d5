"""spec/mock-control.yaml and the served control API name the same operations, and every answer fits the spec."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import jsonschema
import pytest
import yaml
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from outlook_mock import create_app
from outlook_mock.inprocess import InProcessTransport

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "mock-control.yaml"
SPEC = yaml.load(  # noqa: S506 - a safe loader (libyaml's, where PyYAML has it: every process parses this at import)
    SPEC_PATH.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)
)
METHODS = {"get", "put", "post", "delete", "patch"}


def _template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def test_the_spec_names_exactly_the_served_operations() -> None:
    app = create_app()
    served = {
        (method, _template(pattern.pattern.replace("([^/]+)", "{}")))
        for pattern, methods in app.control.routes
        for method in methods
    }
    served.add(("GET", "/_mock/health"))
    documented = {
        (method.upper(), _template(path))
        for path, item in SPEC["paths"].items()
        for method in item
        if method in METHODS
    }
    assert served == documented


class Checked:
    """Calls of the control API, each answer checked against the spec's responses for its operation."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.registry = Registry().with_resource("urn:control", DRAFT202012.create_resource(SPEC))
        self.seen: set[str] = set()

    def __call__(self, method: str, template: str, path: str, **kwargs) -> httpx.Response:
        operation = SPEC["paths"][template][method.lower()]
        answer = self.http.request(method, path, **kwargs)
        responses = operation["responses"]
        assert str(answer.status_code) in responses, (operation["operationId"], answer.status_code, answer.text)
        response = responses[str(answer.status_code)]
        if "$ref" in response:
            response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
        if "content" in response:
            schema = response["content"]["application/json"]["schema"]
            where = schema["$ref"] if "$ref" in schema else "#" + _pointer(schema)
            jsonschema.Draft202012Validator({"$ref": "urn:control" + where}, registry=self.registry).validate(
                answer.json()
            )
        else:
            assert not answer.content
        self.seen.add(operation["operationId"])
        return answer


def _pointer(schema: dict) -> str:
    """The JSON pointer of an inline schema inside SPEC (found by identity)."""

    def walk(node, path):
        if node is schema:
            return path
        if isinstance(node, dict):
            items = node.items()
        elif isinstance(node, list):
            items = enumerate(node)
        else:
            return None
        for key, value in items:
            found = walk(value, f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}")
            if found is not None:
                return found
        return None

    return walk(SPEC, "")


@pytest.fixture
def call():
    transport = InProcessTransport(create_app())
    with httpx.Client(transport=transport, base_url="http://127.0.0.1:8765") as http:
        yield Checked(http)
    transport.close()


def test_every_operation_answers_as_documented(call) -> None:
    t = "/_mock/tenants/{tenant}"
    call("GET", "/_mock/health", "/_mock/health")
    call("GET", "/_mock/faults", "/_mock/faults")
    created = call(
        "POST",
        "/_mock/tenants",
        "/_mock/tenants",
        json=SPEC["paths"]["/_mock/tenants"]["post"]["requestBody"]["content"]["application/json"]["example"],
    ).json()
    tenant = created["id"]
    call("POST", "/_mock/tenants", "/_mock/tenants", json={"id": tenant, "users": created["users"]})  # 400 or 409
    call("GET", "/_mock/tenants", "/_mock/tenants")
    call("GET", t, f"/_mock/tenants/{tenant}")
    call("GET", t, "/_mock/tenants/nobody.example")
    call("GET", t + "/users", "/_mock/tenants/ci42.example/users")
    snapshot = call("POST", t + "/snapshots", f"/_mock/tenants/{tenant}/snapshots").json()["id"]
    call("GET", t + "/snapshots", f"/_mock/tenants/{tenant}/snapshots")
    call("POST", t + "/snapshots/{snapshot}/restore", f"/_mock/tenants/{tenant}/snapshots/{snapshot}/restore")
    call("DELETE", t + "/snapshots/{snapshot}", f"/_mock/tenants/{tenant}/snapshots/{snapshot}")
    call("DELETE", t + "/snapshots/{snapshot}", f"/_mock/tenants/{tenant}/snapshots/{snapshot}")  # 404
    call("PUT", t + "/faults/{fault}", f"/_mock/tenants/{tenant}/faults/ignore_filter")
    call("GET", t + "/faults", f"/_mock/tenants/{tenant}/faults")
    call("DELETE", t + "/faults/{fault}", f"/_mock/tenants/{tenant}/faults/ignore_filter")
    call("DELETE", t + "/faults", f"/_mock/tenants/{tenant}/faults")
    call("GET", t + "/throttling", f"/_mock/tenants/{tenant}/throttling")
    call("PUT", t + "/throttling", f"/_mock/tenants/{tenant}/throttling", json="outlook")
    call("PUT", t + "/throttling", f"/_mock/tenants/{tenant}/throttling", json={"mailboxRequests": -1})  # 400
    call("DELETE", t + "/throttling", f"/_mock/tenants/{tenant}/throttling")
    call("GET", t + "/throttling", f"/_mock/tenants/{tenant}/throttling")
    call("PUT", t + "/chaos", f"/_mock/tenants/{tenant}/chaos", json={"seed": 3, "latencyRate": 0.5})
    call("GET", t + "/chaos", f"/_mock/tenants/{tenant}/chaos")
    call("DELETE", t + "/chaos", f"/_mock/tenants/{tenant}/chaos")
    call("POST", t + "/reset", f"/_mock/tenants/{tenant}/reset")
    call("DELETE", t, f"/_mock/tenants/{tenant}")
    call("DELETE", t, "/_mock/tenants/default")  # 400
    documented = {op["operationId"] for item in SPEC["paths"].values() for m, op in item.items() if m in METHODS}
    assert call.seen == documented
