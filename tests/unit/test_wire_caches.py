"""The wire layer's caches and shortcuts answer exactly what the plain computation does (issue 8's POST).

Each cache here keeps a pure function's results; these tests compare them with the computation written out
plainly, in orders that would expose a key missing a part (a zone, a field name) or a value shared wrongly.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from outlook_mock import ids, timezones
from outlook_mock.errors import RequestBodyRead
from outlook_mock.store.values import Importance, Sensitivity
from outlook_mock.wire import formats
from outlook_mock.wire.v2.representations import _enum

ZONES = [
    None,
    "UTC",
    "Eastern Standard Time",
    "India Standard Time",  # +05:30
    "Nepal Standard Time",  # +05:45
    "Chatham Islands Standard Time",  # +12:45 / +13:45
    "Newfoundland Standard Time",  # -03:30 / -02:30
    "GMT Standard Time",  # Z in winter, +01:00 in summer
    "Europe/Amsterdam",  # before 1937: +00:19:32 (LMT-like offsets, not whole minutes)
    "Pacific/Kiritimati",  # +14:00
]


def _seconds(value: datetime) -> str:
    return value.isoformat(timespec="seconds")[:19]


def plain_offset_trimmed(instant: datetime, zone: str | None) -> str:
    """How a DateTimeOffset was rendered before the caches (the code as it was)."""
    if zone is None:
        utc = instant.astimezone(UTC)
        fraction = f"{utc.microsecond:06d}".rstrip("0")
        return f"{_seconds(utc)}.{fraction}Z" if fraction else f"{_seconds(utc)}Z"
    local = timezones.utc_to_local(instant, zone)
    text = _seconds(local)
    fraction = f"{local.microsecond:06d}0".rstrip("0")
    if fraction:
        text += "." + fraction
    offset = local.utcoffset()
    if offset is None or not offset:
        return text + "Z"
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{text}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def plain_local_fixed(instant: datetime, zone: str) -> str:
    local = timezones.utc_to_local(instant, zone)
    return _seconds(local) + f".{local.microsecond:06d}0"


def _instants() -> list[datetime]:
    """Instants over the years a request may name, with the fractions that trim differently, several in one
    second (the second's wall clock is cached: the fractions must not be), and around DST changes."""
    rng = random.Random(8)
    low, high = datetime(1601, 1, 2, tzinfo=UTC), datetime(4500, 12, 30, tzinfo=UTC)
    span = int((high - low).total_seconds())
    found = [datetime(122, 1, 3, 20, 44, 12, tzinfo=UTC), datetime(1970, 1, 1, tzinfo=UTC)]
    for _ in range(300):
        second = low + timedelta(seconds=rng.randrange(span))
        for micro in (0, 500000, 120, rng.randrange(1_000_000)):
            found.append(second.replace(microsecond=micro))
    for base in (datetime(2016, 3, 13, 6, 59, 59, tzinfo=UTC), datetime(2016, 11, 6, 5, 59, 59, tzinfo=UTC)):
        found += [base + timedelta(seconds=s, microseconds=7) for s in range(-2, 3600 + 3, 1800)]
    found.append(datetime(1900, 6, 1, 12, 0, 0, 250000, tzinfo=UTC))  # Amsterdam at +00:19:32
    return found


def test_dates_render_as_the_plain_computation_in_every_zone_whatever_was_cached_before() -> None:
    formats.offset_trimmed.cache_clear()
    formats.local_fixed.cache_clear()
    formats._wall_second.cache_clear()
    instants = _instants()
    # Zone by zone over the same seconds: each zone's seconds come after another zone cached them.
    for zone in ZONES:
        for instant in instants:
            assert formats.offset_trimmed(instant, zone) == plain_offset_trimmed(instant, zone), (instant, zone)
            shown_in = zone or "UTC"
            assert formats.local_fixed(instant, shown_in) == plain_local_fixed(instant, shown_in), (instant, zone)


def test_an_instant_in_another_offset_renders_as_the_same_instant_in_utc() -> None:
    instant = datetime(2016, 5, 3, 9, 30, 15, 123400, tzinfo=UTC)
    elsewhere = instant.astimezone(timezone(timedelta(hours=-7)))
    for zone in ZONES:
        assert formats.offset_trimmed(elsewhere, zone) == plain_offset_trimmed(instant, zone)
    assert formats.offset_trimmed(elsewhere, None) == "2016-05-03T09:30:15.1234Z"
    assert formats.local_fixed(elsewhere, "India Standard Time") == "2016-05-03T15:00:15.1234000"


def test_new_timestamps_each_render_their_own_fraction() -> None:
    """Writes stamp a new instant each (Created/LastModified): many in one second, none the same text."""
    start = datetime.now(UTC).replace(microsecond=0)
    stamps = [start + timedelta(microseconds=m) for m in (0, 1, 10, 999_999, 450_000)]
    assert [formats.offset_trimmed(s, None)[19:] for s in stamps] == ["Z", ".000001Z", ".00001Z", ".999999Z", ".45Z"]


def test_task_dates_convert_per_zone_and_day() -> None:
    day = date(2016, 5, 3)
    # The same day in two zones, one after the other: each its own midnight.
    eastern = timezones.midnight_utc(day, "Eastern Standard Time")
    pacific = timezones.midnight_utc(day, "Pacific Standard Time")
    assert (eastern, pacific) == (datetime(2016, 5, 3, 4, tzinfo=UTC), datetime(2016, 5, 3, 7, tzinfo=UTC))
    assert timezones.midnight_utc(date(2016, 5, 4), "Eastern Standard Time") == datetime(2016, 5, 4, 4, tzinfo=UTC)
    # A datetime is cut to its date, whatever its time.
    assert timezones.midnight_utc(datetime(2016, 5, 3, 23, 59), "Eastern Standard Time") == eastern


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-05-03T09:00:00", datetime(2016, 5, 3, 9)),
        ("2016-05-03T09:00:00.1234567", datetime(2016, 5, 3, 9, 0, 0, 123456)),
        ("2016-05-03", datetime(2016, 5, 3)),
        ("2016-05-03T09:00", datetime(2016, 5, 3, 9)),
    ],
)
def test_local_date_times_read_alike_first_time_and_again(text: str, expected: datetime) -> None:
    assert formats.parse_local(text, "Start") == expected
    assert formats.parse_local(text, "Due") == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2016-02-30T00:00:00", "is not a valid date and time in '{}'"),
        ("1500-01-01T00:00:00", "is out of range"),
        ("2016-05-03T09:00:00Z", "Cannot convert the literal '2016-05-03T09:00:00Z'"),
        ("x" * 40, "Cannot convert the literal"),
        (20160503, "Cannot convert the literal '20160503'"),
    ],
)
def test_a_wrong_local_date_time_is_refused_each_time_naming_its_own_field(text: object, message: str) -> None:
    for field in ("Start", "Due"):  # the second time, the text was seen (and refused) before
        with pytest.raises(RequestBodyRead) as refused:
            formats.parse_local(text, field)
        assert message.format(field) in refused.value.message
        assert f"'{field}'" in refused.value.message


def test_enum_parsers_are_built_once_per_enum_and_read_their_own_members() -> None:
    assert _enum(Importance) is _enum(Importance)
    assert _enum(Importance)("HIGH", "Importance") is Importance.HIGH
    assert _enum(Sensitivity)("private", "Sensitivity") is Sensitivity.PRIVATE
    with pytest.raises(RequestBodyRead):
        _enum(Sensitivity)("High", "Sensitivity")


def test_ids_and_change_keys_keep_their_shape() -> None:
    import base64

    for _ in range(200):
        raw = base64.urlsafe_b64decode(ids.new_id("event"))
        assert len(raw) == 20 and raw[:4] == b"\x00\x03\x24\x05"
        key = ids.new_change_key()
        assert len(base64.b64decode(key, validate=True)) == 22 and len(key) == 32
    assert len({ids.new_id("task") for _ in range(1000)}) == 1000
