"""HTTP pieces every dialect shares: the request context, Prefer, query options, bodies, errors."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.responses import JSONResponse, Response

from .. import timezones
from ..auth import Principal
from ..errors import ErrorInvalidUrlQuery, MethodNotAllowed, OutlookError, RequestBodyRead
from ..store import Tenant
from .limits import check_sizes

__all__ = ["Call", "Prefer", "error_response", "json_response", "parse_prefer", "parse_query"]

JSON_TYPE = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8"
_PREFERENCE = re.compile(r'\s*([\w.-]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,;]*))?\s*(?:;[^,]*)?')


@dataclass(frozen=True)
class Prefer:
    timezone: str | None = None  # canonical zone name, validated
    track_changes: bool = False
    max_page_size: int | None = None


def parse_prefer(values: list[str]) -> Prefer:
    """Several ``Prefer`` lines and comma-joined preferences, spaces around ``=`` tolerated."""
    found: dict[str, str] = {}
    for value in values:
        pos = 0
        while pos < len(value):
            m = _PREFERENCE.match(value, pos)
            if m is None or m.end() == pos:
                break
            found[m[1].lower()] = (m[2] or "").strip().strip('"')
            pos = m.end() + 1  # skip the comma
    zone = found.get("outlook.timezone")
    size = found.get("odata.maxpagesize", "")
    return Prefer(
        timezone=timezones.canonical_name(zone) if zone is not None else None,
        track_changes="odata.track-changes" in found,
        # An unusable preference is ignored, as RFC 7240 asks.
        # ASCII digits only: str.isdigit() also says yes to "²", which int() then refuses.
        max_page_size=int(size) if re.fullmatch(r"[0-9]{1,4}", size) and 0 < int(size) <= 1000 else None,
    )


def parse_query(query_string: str) -> dict[str, str]:
    """Query options by lower-case name (``$Filter`` -> ``$filter``); a repeated option is a 400."""
    options: dict[str, str] = {}
    for name, value in parse_qsl(query_string, keep_blank_values=True):
        key = name.strip().lower()
        if key in options:
            raise ErrorInvalidUrlQuery(f"The query option '{name}' was specified more than once.")
        options[key] = value
    return options


@dataclass(frozen=True)
class Call:
    """Everything a handler needs about one request."""

    tenant: Tenant
    principal: Principal
    params: Mapping[str, str]
    query: Mapping[str, str]
    prefer: Prefer
    base_url: str  # e.g. https://outlook.office.com/api/v2.0
    body: bytes

    def json(self) -> dict[str, Any]:
        try:
            value = json.loads(self.body or b"null", parse_constant=_not_json)
            # A lone surrogate (\ud800) decodes, but could never be written back as UTF-8: the
            # resource would be stored and every answer showing it would fail.
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except (ValueError, UnicodeError, RecursionError):  # RecursionError: absurdly deep nesting
            raise RequestBodyRead("The request body is not valid JSON.") from None
        if not isinstance(value, dict):
            raise RequestBodyRead("The request body must be a JSON object.")
        check_sizes(value)  # every body of both dialects: no property over its size cap is stored
        return value

    def link(self, path: str, **options: Any) -> str:
        """An absolute link under this dialect's root, with ``$``-prefixed options."""
        query = urlencode({f"${k}": v for k, v in options.items() if v is not None})
        return f"{self.base_url}/{path}" + (f"?{query}" if query else "")


def _not_json(constant: str) -> None:
    """Python's json accepts NaN and Infinity; JSON does not (and our answers could not carry them)."""
    raise ValueError(f"{constant} is not JSON")


def json_response(payload: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return JSONResponse(
        payload, status_code=status, headers={"OData-Version": "4.0", **(headers or {})}, media_type=JSON_TYPE
    )


def error_response(error: OutlookError) -> Response:
    headers = {}
    if error.status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="", error="invalid_token"'
    if isinstance(error, MethodNotAllowed) and error.allow:
        headers["Allow"] = ", ".join(error.allow)
    return json_response({"error": {"code": error.code, "message": error.message}}, error.status, headers)
