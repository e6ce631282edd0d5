"""Where the two OpenAPI documents are, installed or in a checkout.

The wheel carries them as package data, ``conformance/openapi/*.yaml`` (setup.py maps spec/ there); in a
checkout (or an editable install) they are the repository's ``spec/*.yaml`` beside ``conformance/``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

V2 = "outlook-v2.0.yaml"
PREVIEW = "outlook-preview-2014.yaml"


def spec_path(name: str) -> Path:
    """The file of the OpenAPI document ``name`` (``V2`` or ``PREVIEW``)."""
    packaged = resources.files(__package__).joinpath("openapi", name)
    if packaged.is_file():
        return Path(str(packaged))  # wheels install unzipped: a file on disk, as schemathesis needs
    return Path(__file__).resolve().parents[1] / "spec" / name
