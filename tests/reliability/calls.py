"""Small HTTP helpers of the reliability suite."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import httpx

V2 = "/api/v2.0"
PREVIEW = "/ews/odata"
PREVIEW_NS = "Microsoft.Exchange.Services.OData.Model"
TRACK = "odata.track-changes"
MAX_PAGES = 10_000  # a listing that pages on beyond this never ends


def key(value: str) -> str:
    """An id inside an OData key segment: ``tasks('<key>')``."""
    return quote(value, safe="")


def odata_error(answer: httpx.Response) -> dict | None:
    """The ``{"error": {"code", "message"}}`` of an answer, or None if its body is not one."""
    try:
        body = answer.json()
    except (ValueError, UnicodeDecodeError):
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("code"), str) and isinstance(error.get("message"), str):
        return error
    return None


def created(answer: httpx.Response) -> dict[str, Any]:
    assert answer.status_code == 201, (
        f"{answer.request.method} {answer.request.url}: {answer.status_code} {answer.text}"
    )
    return answer.json()


def ok(answer: httpx.Response) -> Any:
    assert answer.status_code == 200, (
        f"{answer.request.method} {answer.request.url}: {answer.status_code} {answer.text}"
    )
    return answer.json()


def list_all(client: httpx.Client, url: str, page_size: int = 50) -> list[dict]:
    """Every entry of a collection, following ``@odata.nextLink``."""
    entries: list[dict] = []
    next_url: str | None = url
    for _ in range(MAX_PAGES):
        if next_url is None:
            return entries
        page = ok(client.get(next_url, headers={"Prefer": f"odata.maxpagesize={page_size}"}))
        entries += page["value"]
        next_url = page.get("@odata.nextLink")
    raise AssertionError(f"{url}: more than {MAX_PAGES} pages")


def deleted_id(entry: dict) -> str | None:
    """The id of a ``$deletedEntity`` entry (``"id": "Tasks('<id>')"``), None for a live entry."""
    if entry.get("reason") != "deleted":
        return None
    m = re.search(r"\('(.*)'\)\s*$", entry["id"])
    assert m, f"unexpected deleted entry {json.dumps(entry)}"
    return m[1]
