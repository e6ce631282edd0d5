"""The OpenAPI document is valid, and its embedded examples match their schemas."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

SPEC = Path(__file__).resolve().parents[2] / "spec" / "outlook-v2.0.yaml"


def test_spec_is_valid_openapi() -> None:
    validate(read_from_filename(str(SPEC))[0])


def _media_examples(document: dict):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            bodies = [("request", operation.get("requestBody", {}))]
            bodies += [(status, r) for status, r in operation["responses"].items()]
            for where, body in bodies:
                for media in body.get("content", {}).values():
                    for name, example in media.get("examples", {}).items():
                        yield f"{method.upper()} {path} {where} {name}", media["schema"], example["value"]


def test_every_embedded_example_matches_its_schema() -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    registry_root = {"components": document["components"]}
    checked = 0
    for label, schema, value in _media_examples(document):
        validator = jsonschema.Draft202012Validator(
            {**schema, **registry_root}, format_checker=jsonschema.FormatChecker()
        )
        errors = [e.message for e in validator.iter_errors(value)]
        assert not errors, f"{label}: {errors[:3]}"
        checked += 1
    assert checked >= 30  # the seed has 36 JSON examples
