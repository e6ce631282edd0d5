"""Unit tests for outlook_mock.timezones (zone naming and instant conversion)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tzlocal.windows_tz import win_tz

from outlook_mock.errors import TimeZoneNotSupportedException
from outlook_mock.timezones import (
    canonical_name,
    local_to_utc,
    midnight_utc,
    resolve_zone,
    today_in,
    utc_to_local,
)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


# --- the Task API seed's own examples --------------------------------------


def test_seed_pst_start_ignores_time_and_uses_local_midnight() -> None:
    # "2016-04-23T18:00:00" PST -> StartDateTime 2016-04-23T07:00:00 UTC.
    assert midnight_utc(datetime(2016, 4, 23, 18, 0), "Pacific Standard Time") == utc(2016, 4, 23, 7)


def test_seed_pst_due() -> None:
    # "2016-04-25T13:00:00" PST -> DueDateTime 2016-04-25T07:00:00 UTC.
    assert midnight_utc(date(2016, 4, 25), "Pacific Standard Time") == utc(2016, 4, 25, 7)


def test_seed_est_start_shown_in_pst() -> None:
    # EST 2016-05-03 with Prefer PST -> 2016-05-02T21:00:00 Pacific.
    instant = midnight_utc(date(2016, 5, 3), "Eastern Standard Time")
    shown = utc_to_local(instant, "Pacific Standard Time")
    assert shown.replace(tzinfo=None) == datetime(2016, 5, 2, 21, 0)
    assert shown.utcoffset() == timedelta(hours=-7)


def test_seed_est_due_shown_in_pst() -> None:
    instant = midnight_utc(date(2016, 5, 5), "Eastern Standard Time")
    assert utc_to_local(instant, "Pacific Standard Time").replace(tzinfo=None) == datetime(2016, 5, 4, 21, 0)


def test_seed_est_april_26() -> None:
    assert midnight_utc(date(2016, 4, 26), "Eastern Standard Time") == utc(2016, 4, 26, 4)


def test_seed_complete_in_pst_uses_the_pacific_date() -> None:
    # Completed at 19:28 PDT on 22 April, already 23 April in UTC; the seed
    # shows CompletedDateTime 2016-04-22T00:00:00 Pacific.
    now = utc(2016, 4, 23, 2, 28, 38)
    day = today_in("Pacific Standard Time", now)
    assert day == date(2016, 4, 22)
    shown = utc_to_local(midnight_utc(day, "Pacific Standard Time"), "Pacific Standard Time")
    assert shown.replace(tzinfo=None) == datetime(2016, 4, 22, 0, 0)


def test_complete_without_prefer_uses_the_utc_date() -> None:
    assert today_in("UTC", utc(2016, 4, 23, 2, 28)) == date(2016, 4, 23)
    assert midnight_utc(date(2016, 4, 23), "UTC") == utc(2016, 4, 23)


# --- naming zones ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Pacific Standard Time", "America/Los_Angeles"),
        ("Eastern Standard Time", "America/New_York"),
        ("UTC", "Etc/UTC"),
        ("China Standard Time", "Asia/Shanghai"),
        ("India Standard Time", "Asia/Calcutta"),
        ("GMT Standard Time", "Europe/London"),
        ("AUS Eastern Standard Time", "Australia/Sydney"),
        ("Nepal Standard Time", "Asia/Katmandu"),
    ],
)
def test_windows_ids_resolve_to_their_cldr_zone(name: str, key: str) -> None:
    assert resolve_zone(name).key == key
    assert canonical_name(name) == name


@pytest.mark.parametrize(
    "name",
    [
        "America/Los_Angeles",
        "Etc/UTC",
        "Europe/Berlin",
        "Asia/Kolkata",
        "Asia/Calcutta",
        "GMT",
    ],
)
def test_iana_names_resolve_and_echo_as_given(name: str) -> None:
    assert resolve_zone(name).key == name
    assert canonical_name(name) == name


def test_every_windows_id_resolves() -> None:
    for name in win_tz:
        assert resolve_zone(name).key == win_tz[name]


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("pacific standard time", "Pacific Standard Time"),
        ("  PACIFIC STANDARD TIME\t", "Pacific Standard Time"),
        ("central standard time (mexico)", "Central Standard Time (Mexico)"),
        ("utc", "UTC"),
        ("UTC", "UTC"),
        ("etc/utc", "Etc/UTC"),
        ("america/los_angeles", "America/Los_Angeles"),
        (" Asia/Kathmandu ", "Asia/Kathmandu"),
    ],
)
def test_names_match_case_insensitively_and_ignore_whitespace(given: str, canonical: str) -> None:
    assert canonical_name(given) == canonical
    assert resolve_zone(given) is resolve_zone(canonical)


def test_spellings_of_one_zone_share_one_cached_object() -> None:
    assert resolve_zone("Pacific Standard Time") is resolve_zone("America/Los_Angeles")


BAD_NAMES = [
    "",
    "   ",
    "GMT+5",
    "Australia Eastern Standard Time",
    "Pacific Standard",
    "[]",
    "Pacific\x00Standard Time",
    "America/Los_Angeles\x00",
    "x" * 10_000,
    "../../etc/passwd",
    "/etc/localtime",
    "America/../Europe/London",
    "America/Los_Angeles/",
    "localtime",
    "posixrules",
    "Factory",
    "tzdata",
    "zoneinfo/America/New_York",
]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_unknown_names_raise(name: str) -> None:
    with pytest.raises(TimeZoneNotSupportedException):
        resolve_zone(name)
    with pytest.raises(TimeZoneNotSupportedException):
        canonical_name(name)
    with pytest.raises(TimeZoneNotSupportedException):
        midnight_utc(date(2016, 4, 23), name)


@pytest.mark.parametrize("value", [None, 5, b"UTC"])
def test_non_strings_raise(value: object) -> None:
    with pytest.raises(TimeZoneNotSupportedException):
        resolve_zone(value)  # type: ignore[arg-type]


def test_error_is_worded_like_the_service() -> None:
    with pytest.raises(TimeZoneNotSupportedException) as caught:
        resolve_zone("Australia Eastern Standard Time")
    assert caught.value.status == 400
    assert caught.value.code == "TimeZoneNotSupportedException"
    assert caught.value.message == (
        "A valid TimeZone value must be specified. The following TimeZone value "
        "is not supported: 'Australia Eastern Standard Time'."
    )


def test_error_message_is_bounded_and_escapes_control_characters() -> None:
    with pytest.raises(TimeZoneNotSupportedException) as caught:
        resolve_zone("a\x00b" + "x" * 10_000)
    assert len(caught.value.message) < 300
    assert "\x00" not in caught.value.message
    assert "a\\x00b" in caught.value.message


# --- conversions -------------------------------------------------------------


def test_dst_gap_moves_forward_by_the_gap() -> None:
    # 2016-03-13 02:30 never happened in Los Angeles (02:00 -> 03:00 PDT).
    instant = local_to_utc(datetime(2016, 3, 13, 2, 30), "Pacific Standard Time")
    assert instant == utc(2016, 3, 13, 10, 30)
    assert utc_to_local(instant, "Pacific Standard Time").replace(tzinfo=None) == datetime(2016, 3, 13, 3, 30)


def test_dst_fold_takes_the_first_occurrence() -> None:
    # 2016-11-06 01:30 happened twice in Los Angeles; the first was PDT (-7).
    assert local_to_utc(datetime(2016, 11, 6, 1, 30), "Pacific Standard Time") == utc(2016, 11, 6, 8, 30)


def test_fold_attribute_of_input_is_ignored() -> None:
    local = datetime(2016, 11, 6, 1, 30, fold=1)
    assert local_to_utc(local, "Pacific Standard Time") == utc(2016, 11, 6, 8, 30)


def test_southern_hemisphere_summer_and_winter() -> None:
    zone = "AUS Eastern Standard Time"  # Sydney: +11 in January, +10 in July
    assert midnight_utc(date(2016, 1, 15), zone) == utc(2016, 1, 14, 13)
    assert midnight_utc(date(2016, 7, 15), zone) == utc(2016, 7, 14, 14)


def test_southern_hemisphere_gap_and_fold() -> None:
    zone = "Australia/Sydney"
    # Spring forward 2016-10-02 02:00 AEST -> 03:00 AEDT: 02:30 becomes 03:30.
    assert local_to_utc(datetime(2016, 10, 2, 2, 30), zone) == utc(2016, 10, 1, 16, 30)
    # Fall back 2016-04-03 03:00 AEDT -> 02:00 AEST: first 02:30 is AEDT (+11).
    assert local_to_utc(datetime(2016, 4, 3, 2, 30), zone) == utc(2016, 4, 2, 15, 30)


def test_quarter_and_half_hour_offsets() -> None:
    assert midnight_utc(date(2016, 4, 23), "Nepal Standard Time") == utc(2016, 4, 22, 18, 15)
    assert midnight_utc(date(2016, 4, 23), "India Standard Time") == utc(2016, 4, 22, 18, 30)
    shown = utc_to_local(utc(2016, 4, 23), "Asia/Kathmandu")
    assert shown.utcoffset() == timedelta(hours=5, minutes=45)


def test_utc_is_identity() -> None:
    instant = local_to_utc(datetime(2016, 4, 23, 18, 5), "UTC")
    assert instant == utc(2016, 4, 23, 18, 5)
    assert instant.tzinfo is UTC
    assert utc_to_local(instant, "UTC").utcoffset() == timedelta(0)


def test_utc_to_local_keeps_the_instant() -> None:
    instant = utc(2016, 4, 23, 7)
    local = utc_to_local(instant, "Eastern Standard Time")
    assert local == instant
    assert local.replace(tzinfo=None) == datetime(2016, 4, 23, 3)


def test_today_in_east_of_utc() -> None:
    # 20:00 UTC on 22 April is already 23 April in Shanghai.
    assert today_in("China Standard Time", utc(2016, 4, 22, 20)) == date(2016, 4, 23)


def test_today_in_defaults_to_the_clock() -> None:
    assert isinstance(today_in("UTC"), date)


def test_naive_and_aware_misuse_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        local_to_utc(utc(2016, 4, 23), "UTC")
    with pytest.raises(ValueError):
        utc_to_local(datetime(2016, 4, 23), "UTC")
    with pytest.raises(ValueError):
        today_in("UTC", datetime(2016, 4, 23))
