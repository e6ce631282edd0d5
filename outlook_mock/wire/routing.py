"""OData-style URL routing over the *raw* path.

ASGI servers decode ``%2F`` before routing, and Outlook ids contain ``/``, so
paths are split on the raw bytes first and each segment decoded on its own.
Segment names are case-insensitive; a key may be written ``tasks('id')``,
``tasks(id)`` or ``tasks/id``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from ..errors import MethodNotAllowed, NotFound
from ..faults import broken

__all__ = ["Segment", "Route", "Router", "split_path"]

_KEYED = re.compile(r"^(?P<name>[^()]+)\((?P<key>.*)\)$", re.DOTALL)


@dataclass(frozen=True)
class Segment:
    text: str  # as written (a bare key keeps its case)
    key: str | None = None

    @property
    def name(self) -> str:
        return self.text.lower()


def _raw_parts(raw: str) -> list[str]:
    """Split on ``/`` except inside a quoted key: links carry ids as they are (``Events('AAMk/x+=')``)."""
    parts = raw.split("/")
    if all(part.count("'") % 2 == 0 for part in parts):  # no quoted key holds a "/": the split is right
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
        m = _KEYED.match(text)
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

    @property
    def pattern(self) -> list[tuple[str, str | None]]:
        out = []
        for part in self.template.split("/"):
            m = re.fullmatch(r"([^({]+)(?:\(\{(\w+)\}\))?", part)
            out.append((m[1].lower(), m[2]))
        return out


class Router:
    def __init__(self, routes: list[Route]) -> None:
        self._routes = [(r, r.pattern) for r in routes]

    @property
    def routes(self) -> list[Route]:
        return [route for route, _ in self._routes]

    def match(self, method: str, segments: list[Segment], *, get_only: bool = False) -> tuple[Route, dict[str, str]]:
        """The route for ``method`` on ``segments``; 405 (with the allowed methods) or 404 otherwise.

        ``get_only``: the URL ended in ``/``. That form is the sync URL of a collection
        (``…/tasks/?$deltatoken=…``), a resource of its own on which only GET is defined.
        """
        allowed: list[str] = []
        for route, pattern in self._routes:
            params = _match(pattern, segments)
            if params is None or (get_only and route.method != "GET"):
                continue
            if route.method == method:
                return route, params
            allowed.append(route.method)
        if allowed:
            raise MethodNotAllowed(f"The method {method} is not allowed on this resource.", tuple(allowed))
        raise NotFound("Resource not found for the segment '" + "/".join(s.name for s in segments) + "'.")


def _match(pattern: list[tuple[str, str | None]], segments: list[Segment]) -> dict[str, str] | None:
    params: dict[str, str] = {}
    i = 0
    for name, param in pattern:
        if i >= len(segments) or (segments[i].text if broken("case_sensitive_paths") else segments[i].name) != name:
            return None
        seg = segments[i]
        i += 1
        if param is None:
            if seg.key is not None:
                return None
            continue
        if seg.key is not None:
            params[param] = seg.key
        elif i < len(segments) and segments[i].key is None:
            # the tasks/{id} key form; the raw segment keeps the id's case
            params[param] = segments[i].text
            i += 1
        else:
            return None
    return params if i == len(segments) else None
