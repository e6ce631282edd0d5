"""OData-style URL routing over the *raw* path.

ASGI servers decode ``%2F`` before routing, and Outlook ids contain ``/``, so
paths are split on the raw bytes first and each segment decoded on its own.
Segment names are case-insensitive; a key may be written ``tasks('id')``,
``tasks(id)`` or ``tasks/id``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ..errors import MethodNotAllowed, NotFound
from ..faults import broken

__all__ = ["Segment", "Route", "Router", "split_path"]

_KEYED = re.compile(r"^(?P<name>[^()]+)\((?P<key>.*)\)$", re.DOTALL)


class Segment:
    """One path segment: ``text`` as written (a bare key keeps its case), ``name`` lower-cased, ``key`` if any."""

    __slots__ = ("key", "name", "text")

    def __init__(self, text: str, key: str | None = None) -> None:
        self.text = text
        self.key = key
        self.name = text.lower()  # read for every route tried: lowered once

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Segment) and (self.text, self.key) == (other.text, other.key)

    def __hash__(self) -> int:
        return hash((self.text, self.key))

    def __repr__(self) -> str:
        return f"Segment({self.text!r}, {self.key!r})"


def _raw_parts(raw: str) -> list[str]:
    """Split on ``/`` except inside a quoted key: links carry ids as they are (``Events('AAMk/x+=')``)."""
    parts = raw.split("/")
    for part in parts:
        if part.count("'") & 1:
            break
    else:  # no quoted key holds a "/": the split is right
        return parts
    parts, current, quoted = [], [], False
    for char in raw:
        if char == "'":
            quoted = not quoted  # '' (an escaped quote) toggles twice
        if char == "/" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


_ASCII_ESCAPE = re.compile(r"%[0-7][0-9A-Fa-f]")
_WIDE_ESCAPE = re.compile(r"%[89A-Fa-f][0-9A-Fa-f]")
_ASCII_BY_ESCAPE = {f"%{i:02x}": chr(i) for i in range(128)} | {f"%{i:02X}": chr(i) for i in range(128)}


def _unquote(text: str) -> str:
    """``unquote``, several times faster for what ids need (ASCII escapes such as ``%2F``, ``%3D``)."""
    if "%" not in text:
        return text
    if _WIDE_ESCAPE.search(text) is None:  # no UTF-8 sequence to decode
        return _ASCII_ESCAPE.sub(lambda m: _ASCII_BY_ESCAPE[m.group()], text)
    return unquote(text)


def split_path(raw: str) -> list[Segment]:
    """``/me/tasks('a%2Fb')/attachments`` (or ``('a/b')``) -> [me, tasks('a/b'), attachments]."""
    segments = []
    for part in _raw_parts(raw.strip("/")):
        if not part:
            continue
        text = _unquote(part)
        m = _KEYED.match(text) if "(" in text else None
        if m:
            key = m["key"]
            if len(key) >= 2 and key[0] == key[-1] == "'":
                key = key[1:-1].replace("''", "'")
            segments.append(Segment(m["name"], key))
        else:
            segments.append(Segment(text))
    return segments


@dataclass(frozen=True)
class Route:
    method: str
    template: str  # e.g. "me/tasks({task_id})/attachments"
    handler: Callable[..., Any]
    scopes: tuple[str, ...] = ()  # any one of them grants access

    @functools.cached_property  # read by every router and precondition table built over the route
    def pattern(self) -> tuple[tuple[str, str | None], ...]:
        out = []
        for part in self.template.split("/"):
            m = re.fullmatch(r"([^({]+)(?:\(\{(\w+)\}\))?", part)
            out.append((m[1].lower(), m[2]))
        return tuple(out)


class Router:
    """The routes of a dialect, found through an index on their first two segment names.

    A path is only tried against the routes whose template starts with the same two names (``me/tasks``…),
    in the order of the URL map; trying every route in turn was a tenth of a request's CPU (issue 8).
    """

    def __init__(self, routes: list[Route]) -> None:
        self._routes = [(r, r.pattern) for r in routes]
        # A route keyed on its first segment can have its key as the path's second segment (tasks/{id}):
        # such routes are tried on every path, in their place in the map.
        everywhere = [(i, rp) for i, rp in enumerate(self._routes) if rp[1][0][1] is not None]
        buckets: dict[tuple[str, str | None], list[tuple[int, tuple[Route, list]]]] = {}
        for i, (route, pattern) in enumerate(self._routes):
            if pattern[0][1] is None:
                buckets.setdefault(_index_key(pattern[0][0], pattern), []).append((i, (route, pattern)))
        self._everywhere = [rp for _, rp in everywhere]
        self._index = {
            key: [rp for _, rp in sorted(found + everywhere, key=lambda e: e[0])] for key, found in buckets.items()
        }

    @property
    def routes(self) -> list[Route]:
        return [route for route, _ in self._routes]

    def match(self, method: str, segments: list[Segment], *, get_only: bool = False) -> tuple[Route, dict[str, str]]:
        """The route for ``method`` on ``segments``; 405 (with the allowed methods) or 404 otherwise.

        ``get_only``: the URL ended in ``/``. That form is the sync URL of a collection
        (``…/tasks/?$deltatoken=…``), a resource of its own on which only GET is defined.
        """
        allowed: list[str] = []
        exact = broken("case_sensitive_paths")
        if segments:
            key = (segments[0].name, segments[1].name if len(segments) > 1 else None)
            candidates = self._index.get(key, self._everywhere)
        else:
            candidates = self._everywhere
        for route, pattern in candidates:
            params = _match(pattern, segments, exact)
            if params is None or (get_only and route.method != "GET"):
                continue
            if route.method == method:
                return route, params
            allowed.append(route.method)
        if allowed:
            raise MethodNotAllowed(f"The method {method} is not allowed on this resource.", tuple(allowed))
        raise NotFound("Resource not found for the segment '" + "/".join(s.name for s in segments) + "'.")


def _index_key(first: str, pattern: list[tuple[str, str | None]]) -> tuple[str, str | None]:
    return (first, pattern[1][0] if len(pattern) > 1 else None)


def _match(pattern: list[tuple[str, str | None]], segments: list[Segment], exact: bool) -> dict[str, str] | None:
    params: dict[str, str] = {}
    i = 0
    count = len(segments)
    for name, param in pattern:
        if i >= count:
            return None
        seg = segments[i]
        if (seg.text if exact else seg.name) != name:
            return None
        i += 1
        if param is None:
            if seg.key is not None:
                return None
            continue
        if seg.key is not None:
            params[param] = seg.key
        elif i < count and segments[i].key is None:
            # the tasks/{id} key form; the raw segment keeps the id's case
            params[param] = segments[i].text
            i += 1
        else:
            return None
    return params if i == count else None
