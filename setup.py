"""The wheel's packages, which pyproject.toml cannot declare: the generated clients live in generated/ and the
OpenAPI documents in spec/, but install as the packages outlook_v2_client / outlook_preview_client and as
conformance/openapi/ (package data of the conformance kit, found through importlib.resources by
conformance.specs.spec_path). Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup


def packages(where: str, *names: str) -> list[str]:
    return find_namespace_packages(
        where, include=[f"{n}{tail}" for n in names for tail in ("", ".*")], exclude=["*__pycache__*"]
    )


CLIENTS = packages("generated", "outlook_v2_client", "outlook_preview_client")

setup(
    packages=[*packages(".", "outlook_mock", "conformance", "outlook_kit"), *CLIENTS, "conformance.openapi"],
    package_dir={"conformance.openapi": "spec", **{p: "generated/" + p.replace(".", "/") for p in CLIENTS}},
)
