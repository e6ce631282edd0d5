"""The calendar store: the default calendar, placement, event times and their rules, ChangeKey (no HTTP)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from outlook_mock.errors import (
    ErrorDeleteDistinguishedFolder,
    ErrorFolderNotFound,
    ErrorInvalidRequest,
    ErrorItemNotFound,
    TimeZoneNotSupportedException,
)
from outlook_mock.store.calendar import CalendarStore
from outlook_mock.store.changes import Sequence
from outlook_mock.store.extended_properties import parse_property_id
from outlook_mock.store.values import ItemBody, LocalDateTime

PST = "Pacific Standard Time"


def _at(text: str, zone: str = PST) -> LocalDateTime:
    return LocalDateTime(datetime.fromisoformat(text), zone)


@pytest.fixture
def store() -> CalendarStore:
    return CalendarStore("Administrator", Sequence(), owner_address="admin@contoso.com")


def test_default_calendar_protected(store: CalendarStore) -> None:
    assert [c.name for c in store.list_calendars()] == ["Calendar"]
    assert store.get_calendar(None) is store.default
    with pytest.raises(ErrorDeleteDistinguishedFolder):
        store.delete_calendar(store.default.id)
    with pytest.raises(ErrorInvalidRequest):
        store.create_calendar("  ")
    with pytest.raises(ErrorInvalidRequest):
        store.update_calendar(None, "Main")
    assert store.update_calendar(None, "Calendar").name == "Calendar"  # unchanged name: no rename
    assert store.owner.address == "admin@contoso.com"


def test_calendar_groups(store: CalendarStore) -> None:
    default = store.default_group
    assert [g.name for g in store.list_groups()] == ["My Calendars"]
    assert default.class_id == "0006f0b7-0000-0000-c000-000000000046"
    assert store.list_calendars(default.id) == [store.default]
    with pytest.raises(ErrorDeleteDistinguishedFolder):
        store.delete_group(default.id)
    with pytest.raises(ErrorInvalidRequest):
        store.rename_group(default.id, "Mine")
    group = store.create_group("Projects")
    calendar = store.create_calendar("Launch", group_id=group.id)
    assert store.list_calendars(group.id) == [calendar] and calendar.group_id == group.id
    event = store.create_event({"start": _at("2014-07-02T10:00:00"), "end": _at("2014-07-02T11:00:00")}, calendar.id)
    key = group.change_key
    assert store.rename_group(group.id, "Programs").change_key != key
    store.delete_group(group.id)
    with pytest.raises(ErrorFolderNotFound):
        store.get_calendar(calendar.id)
    with pytest.raises(ErrorItemNotFound):
        store.get_event(event.id)


def test_seed_times_keep_time_of_day_and_original_zones(store: CalendarStore) -> None:
    event = store.create_event(
        {"start": _at("2015-11-26T09:00"), "end": _at("2015-11-29T21:00"), "body": ItemBody(content="Hi  there")}
    )
    assert event.start.utc == datetime(2015, 11, 26, 17, tzinfo=UTC)
    assert event.end.utc == datetime(2015, 11, 30, 5, tzinfo=UTC)
    assert (event.start.zone, event.end.zone) == (PST, PST)
    assert event.body_preview == "Hi there" and event.calendar_id == store.default.id
    iana = store.create_event({"start": _at("2016-07-01T12:15", "europe/berlin"), "end": _at("2016-07-01T13:00")})
    assert iana.start.zone == "Europe/Berlin" and iana.start.utc == datetime(2016, 7, 1, 10, 15, tzinfo=UTC)


def test_time_rules_refuse_and_change_nothing(store: CalendarStore) -> None:
    with pytest.raises(ErrorInvalidRequest):
        store.create_event({"start": _at("2015-11-26T10:00"), "end": _at("2015-11-26T09:00")})
    with pytest.raises(TimeZoneNotSupportedException):
        store.create_event({"start": _at("2015-11-26T10:00", "Mars"), "end": _at("2015-11-26T11:00")})
    with pytest.raises(ErrorInvalidRequest):
        store.create_event({"start": _at("2015-11-26T10:00")})
    event = store.create_event({"start": _at("2015-11-26T10:00"), "end": _at("2015-11-26T11:00")})
    with pytest.raises(ErrorInvalidRequest):
        store.update_event(event.id, {"is_all_day": True})
    assert store.get_event(event.id).is_all_day is False
    day = store.update_event(
        event.id, {"is_all_day": True, "start": _at("2015-11-26T00:00"), "end": _at("2015-11-27T00:00")}
    )
    assert day.is_all_day and day.change_key != event.change_key
    with pytest.raises(ErrorInvalidRequest):
        store.update_event(event.id, {"end": _at("2015-11-26T00:00")})  # all day, but no longer a day


def test_placement_extended_and_cascade(store: CalendarStore) -> None:
    team = store.create_calendar("Team")
    key = parse_property_id("String {66f5a359-4659-4830-9070-00040ec6ac6e} Name Fun", multi=False)
    times = {"start": _at("2015-11-26T10:00"), "end": _at("2015-11-26T11:00")}
    mine = store.create_event(times)
    filed = store.create_event({**times, "extended": ({key: "Food"}, {})}, team.id)
    assert store.list_events() == [mine] and store.list_events(team.id) == [filed]
    assert filed.extended.single[key] == "Food"
    store.delete_calendar(team.id)
    with pytest.raises(ErrorFolderNotFound):
        store.get_calendar(team.id)
    with pytest.raises(ErrorItemNotFound):
        store.get_event(filed.id)
