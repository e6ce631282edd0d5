"""How dates look on the wire (.NET round-trip style, as Outlook writes them)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone

from .. import timezones
from ..errors import RequestBodyRead

__all__ = ["local_fixed", "offset_trimmed", "parse_local", "parse_date"]

_LOCAL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$")


def local_fixed(instant: datetime, zone: str) -> str:
    """DateTimeTimeZone.DateTime: wall clock in ``zone`` with exactly 7 fractional digits."""
    local = timezones.utc_to_local(instant, zone)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + f".{local.microsecond:06d}0"


def offset_trimmed(instant: datetime, zone: str | None) -> str:
    """DateTimeOffset (CreatedDateTime...): trailing zeros of the fraction trimmed; ``Z`` in UTC."""
    local = instant.astimezone(timezone.utc) if zone is None else timezones.utc_to_local(instant, zone)
    text = local.strftime("%Y-%m-%dT%H:%M:%S")
    fraction = f"{local.microsecond:06d}0".rstrip("0")
    if fraction:
        text += "." + fraction
    offset = local.utcoffset()
    if zone is None or offset is None or not offset:
        return text + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_local(text: object, field: str) -> datetime:
    """A DateTimeTimeZone.DateTime value: local wall clock, no offset, up to 7 fractional digits."""
    m = _LOCAL.match(text) if isinstance(text, str) else None
    if m is None:
        raise RequestBodyRead(f"Cannot convert the literal '{text}' to a local date and time in '{field}'.")
    year, month, day, hour, minute, second, fraction = m.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0),
                        int((fraction or "0").ljust(7, "0")[:6]))
    except ValueError:
        raise RequestBodyRead(f"'{text}' is not a valid date and time in '{field}'.") from None


def parse_date(text: object, field: str) -> date:
    if isinstance(text, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise RequestBodyRead(f"Cannot convert the literal '{text}' to a date (YYYY-MM-DD) in '{field}'.")
