"""How dates look on the wire (.NET round-trip style, as Outlook writes them)."""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime, timedelta

from .. import timezones
from ..errors import RequestBodyRead

__all__ = ["local_fixed", "offset_trimmed", "parse_instant", "parse_local", "parse_date"]

# ASCII digits only (\d would also take e.g. Arabic-Indic digits, which int() reads happily).
_LOCAL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$", re.ASCII)
# The years a request may name (roughly what Exchange can store; the spec's date patterns say the
# same). The bound also keeps every later conversion (zone offsets, the next occurrence of a
# series) far from datetime's limits of year 1 and 9999.
MIN_YEAR, MAX_YEAR = 1601, 4500


# Rendering shows the same few stored instants again and again (an item's Created/LastModified, its dates):
# each is formatted once per zone. Values are a pure function of (instant, zone); equal instants in other
# offsets are equal datetimes and format alike, since both functions first convert to the zone.
# A new instant (every write stamps one) misses that cache: it is formatted from its second's wall clock in the
# zone (``_wall_second``, cached: writes come many a second) and its microseconds, without converting it again.
@functools.lru_cache(maxsize=16384)
def local_fixed(instant: datetime, zone: str) -> str:
    """DateTimeTimeZone.DateTime: wall clock in ``zone`` with exactly 7 fractional digits."""
    seconds, microseconds = _since_epoch(instant, zone)
    return f"{_wall_second(seconds, zone)[0]}.{microseconds:06d}0"


@functools.lru_cache(maxsize=16384)
def offset_trimmed(instant: datetime, zone: str | None) -> str:
    """DateTimeOffset (CreatedDateTime...): trailing zeros of the fraction trimmed; ``Z`` in UTC."""
    seconds, microseconds = _since_epoch(instant, zone)
    wall, offset = _wall_second(seconds, zone)
    if microseconds:
        return f"{wall}.{f'{microseconds:06d}'.rstrip('0')}{offset}"
    return wall + offset


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _since_epoch(instant: datetime, zone: str | None) -> tuple[int, int]:
    """(whole seconds, microseconds) from 1970 UTC to ``instant``: zone offsets are whole seconds, so the
    microseconds are those of the instant's wall clock in every zone."""
    if instant.tzinfo is None:  # as before: a naive instant is the host's local time in UTC answers, else an error
        instant = instant.astimezone(UTC) if zone is None else timezones.utc_to_local(instant, zone)
    since = instant - _EPOCH
    return since.days * 86400 + since.seconds, since.microseconds


@functools.lru_cache(maxsize=4096)
def _wall_second(seconds: int, zone: str | None) -> tuple[str, str]:
    """(wall clock to the second, offset: ``Z`` or ``+hh:mm``) of the second ``seconds`` after 1970 UTC in
    ``zone`` (None: UTC)."""
    utc = _EPOCH + timedelta(seconds=seconds)
    if zone is None:  # the common case (no Prefer: outlook.timezone), without the general path's work
        return _seconds(utc), "Z"
    local = timezones.utc_to_local(utc, zone)
    offset = local.utcoffset()
    if offset is None or not offset:
        return _seconds(local), "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return _seconds(local), f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_local(text: object, field: str) -> datetime:
    """A DateTimeTimeZone.DateTime value: local wall clock, no offset, up to 7 fractional digits."""
    if isinstance(text, str) and len(text) <= _LONGEST_LOCAL:
        value = _local_or_none(text)
        if value is not None:
            return value
    return _read_local(text, field)  # (raises, saying what is wrong)


_LONGEST_LOCAL = len("2016-05-03T09:00:00.0000000")


# Clients write the same few dates again and again: each text is read once (datetimes are immutable).
@functools.lru_cache(maxsize=4096)
def _local_or_none(text: str) -> datetime | None:
    try:
        return _read_local(text, "")
    except RequestBodyRead:
        return None


def _read_local(text: object, field: str) -> datetime:
    m = _LOCAL.match(text) if isinstance(text, str) else None
    if m is None:
        raise RequestBodyRead(f"Cannot convert the literal '{text}' to a local date and time in '{field}'.")
    year, month, day, hour, minute, second, fraction = m.groups()
    _check_year(int(year), text, field)
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0").ljust(7, "0")[:6]),
        )
    except ValueError:
        raise RequestBodyRead(f"'{text}' is not a valid date and time in '{field}'.") from None


def parse_instant(text: object, field: str) -> datetime:
    """An Edm.DateTimeOffset (``2014-02-13T20:30:00Z``, any offset): the instant, in UTC."""
    m = re.fullmatch(r"(.+?)(Z|[+-]\d{2}:\d{2})", text, re.ASCII) if isinstance(text, str) else None
    if m is None or "T" not in m[1]:
        raise RequestBodyRead(f"Cannot convert the literal '{text}' to a date, time and offset in '{field}'.")
    local = parse_local(m[1], field)
    if m[2] != "Z":
        hours, minutes = int(m[2][1:3]), int(m[2][4:6])
        if hours > 14 or minutes > 59:
            raise RequestBodyRead(f"'{text}' has an offset out of range in '{field}'.")
        sign = 1 if m[2][0] == "+" else -1
        local -= sign * timedelta(hours=hours, minutes=minutes)
    return local.replace(tzinfo=UTC)


def parse_date(text: object, field: str) -> date:
    if isinstance(text, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text, re.ASCII):
        _check_year(int(text[:4]), text, field)
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise RequestBodyRead(f"'{text}' is not a valid date in '{field}'.") from None
    raise RequestBodyRead(f"Cannot convert the literal '{text}' to a date (YYYY-MM-DD) in '{field}'.")


def _check_year(year: int, text: str, field: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise RequestBodyRead(f"'{text}' in '{field}' is out of range: years {MIN_YEAR} to {MAX_YEAR} are supported.")


def _seconds(value: datetime) -> str:
    # Not strftime: glibc's %Y does not pad years before 1000 to four digits (isoformat always does).
    return value.isoformat(timespec="seconds")[:19]
