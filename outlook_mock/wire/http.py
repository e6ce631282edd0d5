"""HTTP pieces every dialect shares: the request context, Prefer, query options, bodies, errors, limits."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode

import orjson
from starlette.responses import Response
from starlette.types import Receive, Scope

from .. import timezones
from ..auth import Principal
from ..errors import (
    ErrorInvalidUrlQuery,
    MethodNotAllowed,
    OutlookError,
    RequestBodyRead,
    RequestEntityTooLarge,
)
from ..store import Tenant
from .limits import SMALLEST_CAP, check_sizes

__all__ = [
    "BODY_IDLE_SECONDS",
    "MAX_BODY_BYTES",
    "MAX_URL_BYTES",
    "Call",
    "ODataResponse",
    "Prefer",
    "error_response",
    "json_response",
    "parse_prefer",
    "parse_query",
    "read_body",
]

JSON_TYPE = "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8"
_JSON_TYPE_BYTES = JSON_TYPE.encode("latin-1")

# Request limits (written into both specs' info.description). Far above any real payload: an Outlook
# message with attachments was capped at 35 MB by the service, base64 adds a third, and a v2.0
# POST of a FileAttachment carried at most a few MB; the $filter text is capped at 4 KiB.
MAX_BODY_BYTES = 50 * 1024 * 1024  # 413 above, refused from Content-Length or while streaming
MAX_URL_BYTES = 16 * 1024  # 414 above (path and query string, as sent)
BODY_IDLE_SECONDS = 30.0  # 408 when a declared body stops arriving for this long (enforced by ``server.py``)
_PREFERENCE = re.compile(r'\s*([\w.-]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,;]*))?\s*(?:;[^,]*)?')


@dataclass(frozen=True)
class Prefer:
    timezone: str | None = None  # canonical zone name, validated
    track_changes: bool = False
    max_page_size: int | None = None


def parse_prefer(values: list[str]) -> Prefer:
    """Several ``Prefer`` lines and comma-joined preferences, spaces around ``=`` tolerated."""
    return _parse_prefer(tuple(values)) if len(values) < 8 else _parse_prefer.__wrapped__(tuple(values))


@functools.lru_cache(maxsize=256)  # clients send the same few Prefer lines on every request
def _parse_prefer(values: tuple[str, ...]) -> Prefer:
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
    if not query_string:
        return options  # most requests: nothing to parse
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
        value = _parse_json(self.body or b"null")
        if not isinstance(value, dict):
            raise RequestBodyRead("The request body must be a JSON object.")
        if len(self.body) > SMALLEST_CAP:  # every body of both dialects: no property over its size cap is stored
            check_sizes(value)
        return value

    def link(self, path: str, **options: Any) -> str:
        """An absolute link under this dialect's root, with ``$``-prefixed options."""
        query = urlencode({f"${k}": v for k, v in options.items() if v is not None})
        # A path may carry its own parameters (a calendar view's window): the options follow them.
        return f"{self.base_url}/{path}" + (("&" if "?" in path else "?") + query if query else "")


_LONG_NUMBER = re.compile(rb"[0-9]{19}")


def _parse_json(body: bytes) -> Any:
    """orjson where it reads the body exactly as the standard library would, the standard library otherwise.

    orjson refuses NaN/Infinity and lone surrogates, as this parser must; what it refuses goes to the
    standard library, which decides as it always did (it also reads UTF-16 and a BOM). Bodies it could
    read differently skip it: 19+ digit runs (orjson reads integers past 64 bits as floats), and 512 or
    more brackets (orjson nests to 1,024 levels, the standard library to its recursion limit).
    """
    if _LONG_NUMBER.search(body) is None and body.count(b"[") + body.count(b"{") < 512:
        try:
            return orjson.loads(body)
        except (orjson.JSONDecodeError, RecursionError):
            pass
    try:
        value = json.loads(body, parse_constant=_not_json)
        # A lone surrogate (\ud800) decodes, but could never be written back as UTF-8: the
        # resource would be stored and every answer showing it would fail.
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeError, RecursionError):  # RecursionError: absurdly deep nesting
        raise RequestBodyRead("The request body is not valid JSON.") from None
    if _deeper_than(value, MAX_JSON_DEPTH):
        # Explicit, not left to the decoder: Python 3.11 stops near 1,000 levels, 3.12+ goes much deeper.
        raise RequestBodyRead(f"The request body is nested more than {MAX_JSON_DEPTH} levels deep.")
    return value


MAX_JSON_DEPTH = 500  # the deepest Outlook body (an attachment's embedded event with its recurrence) nests ~8


def _deeper_than(value: Any, limit: int) -> bool:
    """Does ``value`` nest arrays/objects more than ``limit`` levels? Iterative: no recursion to overflow."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > limit:
                return True
            members = item.values() if isinstance(item, dict) else item
            stack.extend((member, depth + 1) for member in members if isinstance(member, dict | list))
    return False


def _not_json(constant: str) -> None:
    """Python's json accepts NaN and Infinity; JSON does not (and our answers could not carry them)."""
    raise ValueError(f"{constant} is not JSON")


class ODataResponse(Response):
    """An OData JSON answer, encoded once by orjson, its header list built directly (no Starlette header merging)."""

    media_type = JSON_TYPE

    def __init__(self, payload: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> None:
        self.status_code = status
        self.background = None
        self.body = _dumps(payload)
        raw = [
            (b"content-length", str(len(self.body)).encode("latin-1")),
            (b"content-type", _JSON_TYPE_BYTES),
            (b"odata-version", b"4.0"),
        ]
        if headers:
            raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        self.raw_headers = raw


def _dumps(payload: Any) -> bytes:
    try:
        return orjson.dumps(payload)
    except TypeError:  # what orjson cannot encode (an integer past 64 bits): the standard library, as before
        return json.dumps(payload, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def json_response(payload: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return ODataResponse(payload, status, headers)


async def read_body(scope: Scope, receive: Receive, limit: int = MAX_BODY_BYTES) -> bytes:
    """The request body, refused (413) past ``limit`` without buffering more than that.

    A declared ``Content-Length`` above the limit is refused before a byte is read; a chunked body is
    counted as it streams. A request that declares no body is answered without waiting for one.
    """
    declared = None
    chunked = False
    for name, value in scope["headers"]:
        if name == b"content-length":
            declared = value
        elif name == b"transfer-encoding":
            chunked = True
    if declared is not None and not chunked:
        length = int(declared) if declared.isdigit() else 0  # the server itself refuses a malformed length
        if length > limit:
            raise RequestEntityTooLarge(f"The request body is larger than the limit of {limit:,} bytes.")
        if length == 0:
            return b""
    elif not chunked:
        return b""
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise RequestBodyRead("The client disconnected before the request body was complete.")
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise RequestEntityTooLarge(f"The request body is larger than the limit of {limit:,} bytes.")
        if chunk:
            chunks.append(chunk)
        more = message.get("more_body", False)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def error_response(error: OutlookError) -> Response:
    headers = {}
    if error.status in (408, 413):  # the rest of the body is not read: the connection cannot be reused
        headers["Connection"] = "close"
    if error.status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="", error="invalid_token"'
    if isinstance(error, MethodNotAllowed) and error.allow:
        headers["Allow"] = ", ".join(error.allow)
    return json_response({"error": {"code": error.code, "message": error.message}}, error.status, headers)
