"""Name a time zone and convert instants between it and UTC.

Clients name zones the way Exchange does (Windows ids such as "Pacific Standard
Time") or with IANA names ("America/Los_Angeles"). Both resolve to a
``zoneinfo.ZoneInfo`` built from the pinned ``tzdata`` package; anything else is
a ``TimeZoneNotSupportedException``, worded like the real service's.
"""

from __future__ import annotations

import functools
import importlib.resources
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from tzlocal.windows_tz import win_tz

from .errors import TimeZoneNotSupportedException

__all__ = [
    "canonical_name",
    "local_to_utc",
    "midnight_utc",
    "resolve_zone",
    "today_in",
    "utc_to_local",
]

# The longest real names are ~32 characters; anything far longer is garbage and
# is rejected before any further work (and echoed only in truncated form).
_MAX_NAME_LENGTH = 128

# Windows id (lower-cased) -> (canonical Windows id, IANA key). CLDR maps each
# Windows id to its territory-"001" zone. The '' guard is for the bogus empty
# key the CLDR data carries in the reverse table; harmless to repeat here.
_WINDOWS: dict[str, tuple[str, str]] = {windows.lower(): (windows, iana) for windows, iana in win_tz.items() if windows}


def _tzdata_keys() -> dict[str, str]:
    """IANA key (lower-cased) -> IANA key, from the pinned tzdata's own index.

    The host's /usr/share/zoneinfo is deliberately not consulted: it differs
    between machines (and carries entries such as "localtime"), while the mock
    must answer the same everywhere. "Factory" is tzdata's placeholder zone,
    not a place, so it is not offered.
    """
    names = importlib.resources.files("tzdata").joinpath("zones").read_text("utf-8")
    return {key.lower(): key for key in names.split() if key != "Factory"}


_IANA = _tzdata_keys()


def _echo(name: object) -> str:
    """The client's value, made safe to put into an error message."""
    text = name if isinstance(name, str) else repr(name)
    if len(text) > _MAX_NAME_LENGTH:
        text = text[:_MAX_NAME_LENGTH] + "..."
    # Control characters (NUL, newlines) would corrupt logs; escape just those.
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def _lookup(name: str) -> tuple[str, str]:
    """(name to echo back, IANA key) for a client's zone name, or raise."""
    if isinstance(name, str) and len(name) <= _MAX_NAME_LENGTH:
        folded = name.strip().lower()
        # Windows ids win: "UTC" is both, and Exchange thinks in Windows ids.
        if folded in _WINDOWS:
            return _WINDOWS[folded]
        if folded in _IANA:
            key = _IANA[folded]
            return key, key
    # Only names from the fixed tables above ever reach zoneinfo, so path-like
    # or NUL-laden input can never be turned into a file lookup.
    raise TimeZoneNotSupportedException(
        f"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{_echo(name)}'."
    )


# Keyed by IANA key, which comes from a fixed set of ~600 names, never by raw
# client input; the bound is above that set's size so every zone stays cached
# (one ZoneInfo object per zone for the life of the process).
@functools.lru_cache(maxsize=1024)
def _load(key: str) -> ZoneInfo:
    # from_file on tzdata's own file: ZoneInfo(key) would prefer the host's
    # zoneinfo directory and make offsets depend on the machine.
    # Same package layout zoneinfo's own tzdata fallback walks.
    *folders, leaf = key.split("/")
    package = ".".join(["tzdata.zoneinfo", *folders])
    with importlib.resources.files(package).joinpath(leaf).open("rb") as stream:
        return ZoneInfo.from_file(stream, key=key)


def resolve_zone(name: str) -> ZoneInfo:
    """The zone a client named (Windows id or IANA name, any case)."""
    return _load(_lookup(name)[1])


def canonical_name(name: str) -> str:
    """The zone's name as responses echo it: canonical Windows id or IANA key."""
    return _lookup(name)[0]


def local_to_utc(local: datetime, zone_name: str) -> datetime:
    """The UTC instant of a naive wall-clock time in the named zone.

    Wall times that occur twice (autumn fold) take the first occurrence, i.e.
    the daylight-time reading. Wall times that never occur (spring-forward gap)
    are read with the offset in force before the gap, which moves them forward
    by the gap's length (02:30 on a 02:00->03:00 night becomes 03:30). Both are
    PEP 495's ``fold=0`` reading.
    """
    if local.tzinfo is not None:
        raise ValueError("local_to_utc expects a naive wall-clock datetime")
    zone = resolve_zone(zone_name)
    return local.replace(tzinfo=zone, fold=0).astimezone(UTC)


def utc_to_local(instant: datetime, zone_name: str) -> datetime:
    """The same instant as an aware wall-clock time in the named zone."""
    if instant.tzinfo is None:
        # A naive value would silently be taken as the host's local time.
        raise ValueError("utc_to_local expects an aware datetime")
    return instant.astimezone(resolve_zone(zone_name))


def midnight_utc(day: date, zone_name: str) -> datetime:
    """The UTC instant of local midnight starting ``day`` in the named zone.

    Task dates keep only the date part: the service drops the time and assumes
    midnight in the zone the client gave. A datetime argument is therefore cut
    to its (wall-clock) date.
    """
    if isinstance(day, datetime):
        day = day.date()
    return _midnight_utc(day, zone_name)


# Task dates are days: writes name the same few days in the same few zones, each converted once. Keyed by
# the zone name as given (canonical, or a client's text: bounded, and only valid names are remembered).
@functools.lru_cache(maxsize=4096)
def _midnight_utc(day: date, zone_name: str) -> datetime:
    return local_to_utc(datetime.combine(day, time()), zone_name)


def today_in(zone_name: str, now: datetime | None = None) -> date:
    """The current local date in the named zone (``now`` for tests, aware)."""
    zone = resolve_zone(zone_name)
    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None:
        raise ValueError("today_in expects an aware 'now'")
    return now.astimezone(zone).date()
