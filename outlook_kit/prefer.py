"""A typed ``Prefer`` header (RFC 7240) with the preferences the Outlook REST APIs know.

    Prefer(timezone="Europe/Paris", max_page_size=50)        # outlook.timezone="Europe/Paris", odata.maxpagesize=50
    Prefer(track_changes=True) | Prefer(body_content_type="text")

``str(prefer)`` is the header value (the generated clients take it as their ``prefer=`` argument; the session's
methods also take a ``Prefer`` directly). :meth:`Prefer.parse` reads a ``Prefer`` or ``Preference-Applied`` value.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal, get_args

__all__ = ["BodyContentType", "Prefer", "Return"]

BodyContentType = Literal["text", "html"]
Return = Literal["minimal", "representation"]
_PREFERENCE = re.compile(r'\s*([\w.-]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^,;]*))?\s*(?:;[^,]*)?')


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass(frozen=True)
class Prefer:
    """The preferences of one request; unset fields are left out of the header.

    - ``track_changes``: ``odata.track-changes``, the first request of a sync round (and ``$deltatoken`` requests);
    - ``max_page_size``: ``odata.maxpagesize=<n>``, entries per page of a list or a sync round;
    - ``timezone``: ``outlook.timezone="<zone>"``, date-times in that zone (Windows or IANA name) instead of UTC;
    - ``body_content_type``: ``outlook.body-content-type="text"`` or ``"html"``, the format of ``Body``;
    - ``return_``: ``return=minimal`` (no body in the answer of a write) or ``return=representation``;
    - ``extra``: any other preference, as written (e.g. ``("respond-async",)``).
    """

    track_changes: bool = False
    max_page_size: int | None = None
    timezone: str | None = None
    body_content_type: BodyContentType | None = None
    return_: Return | None = None
    extra: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.max_page_size is not None and (
            isinstance(self.max_page_size, bool) or not isinstance(self.max_page_size, int) or self.max_page_size < 1
        ):
            raise ValueError(f"max_page_size must be a positive int, not {self.max_page_size!r}")
        if self.timezone is not None and not self.timezone.strip():
            raise ValueError("timezone must name a zone")
        if self.body_content_type is not None:
            kind = self.body_content_type.lower()
            if kind not in get_args(BodyContentType):
                raise ValueError(f"body_content_type must be 'text' or 'html', not {self.body_content_type!r}")
            object.__setattr__(self, "body_content_type", kind)
        if self.return_ is not None and self.return_ not in get_args(Return):
            raise ValueError(f"return_ must be 'minimal' or 'representation', not {self.return_!r}")
        if isinstance(self.extra, str):
            object.__setattr__(self, "extra", (self.extra,))

    def __str__(self) -> str:
        parts = []
        if self.track_changes:
            parts.append("odata.track-changes")
        if self.max_page_size is not None:
            parts.append(f"odata.maxpagesize={self.max_page_size}")
        if self.timezone is not None:
            parts.append(f"outlook.timezone={_quoted(self.timezone)}")
        if self.body_content_type is not None:
            parts.append(f"outlook.body-content-type={_quoted(self.body_content_type)}")
        if self.return_ is not None:
            parts.append(f"return={self.return_}")
        parts.extend(self.extra)
        return ", ".join(parts)

    def __bool__(self) -> bool:
        return bool(str(self))

    def __or__(self, other: Prefer) -> Prefer:
        """Both sets of preferences; where both set one, ``other``'s wins."""
        if not isinstance(other, Prefer):
            return NotImplemented
        changes = {
            f.name: getattr(other, f.name)
            for f in dataclasses.fields(other)
            if getattr(other, f.name) not in (None, False, ())
        }
        changes["extra"] = tuple(dict.fromkeys(self.extra + other.extra))
        return dataclasses.replace(self, **changes)

    def replace(self, **changes: object) -> Prefer:
        """A copy with some preferences changed (``None``/``False`` removes one)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def parse(cls, *values: str) -> Prefer:
        """The preferences of ``Prefer`` / ``Preference-Applied`` header values (comma-joined or several)."""
        found: dict[str, str] = {}
        extra: list[str] = []
        for value in values:
            pos = 0
            while pos < len(value):
                m = _PREFERENCE.match(value, pos)
                if m is None or m.end() == pos:
                    break
                name, raw = m[1].lower(), (m[2] or "").strip()
                if raw.startswith('"'):
                    raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
                if name in {"odata.track-changes", "odata.maxpagesize", "outlook.timezone",
                            "outlook.body-content-type", "return"}:  # fmt: skip
                    found[name] = raw
                else:
                    extra.append(m[0].strip())
                pos = m.end() + 1
        size = found.get("odata.maxpagesize", "")
        kind = found.get("outlook.body-content-type", "").lower()
        returned = found.get("return", "").lower()
        return cls(
            track_changes="odata.track-changes" in found,
            max_page_size=int(size) if size.isascii() and size.isdigit() and int(size) > 0 else None,
            timezone=found.get("outlook.timezone") or None,
            body_content_type=kind if kind in get_args(BodyContentType) else None,  # type: ignore[arg-type]
            return_=returned if returned in get_args(Return) else None,  # type: ignore[arg-type]
            extra=tuple(extra),
        )
