"""PropertyId formats and MAPI value types (seed 001)."""

from __future__ import annotations

import pytest

from outlook_mock.errors import ErrorInvalidExtendedProperty, ErrorInvalidExtendedPropertyValue, ErrorInvalidProperty
from outlook_mock.store.extended_properties import ExtendedProperties, parse_property_id

GUID = "{66f5a359-4659-4830-9070-00047ec6ac6e}"


def test_name_and_id_formats_are_distinct_identities() -> None:
    by_name = parse_property_id(f"Integer {GUID} Name 0x8012", multi=False)
    by_id = parse_property_id(f"Integer {GUID} Id 0x8012", multi=False)
    assert by_name != by_id
    assert parse_property_id(f"integer {GUID.upper()} Id 0X8012", multi=False) == by_id  # same property


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("Color", ErrorInvalidProperty),
        (f"String {GUID} Color", ErrorInvalidProperty),
        ("String 66f5a359 Name Color", ErrorInvalidProperty),
        (f"Text {GUID} Name Color", ErrorInvalidExtendedProperty),
        (f"StringArray {GUID} Name Color", ErrorInvalidExtendedProperty),  # multi type in a single-value slot
        (f"String {GUID} Id Color", ErrorInvalidExtendedProperty),
        (f"String {GUID} Id 0x123456", ErrorInvalidExtendedProperty),
        (42, ErrorInvalidProperty),
    ],
)
def test_malformed_property_ids(text, error) -> None:
    with pytest.raises(error):
        parse_property_id(text, multi=False)


@pytest.mark.parametrize(
    ("type_", "good", "bad"),
    [
        ("String", "Green", None),
        ("Integer", "-2147483648", "2147483648"),
        ("Short", "32767", "40000"),
        ("Long", "9223372036854775807", "1.5"),
        ("Boolean", "true", "yes"),
        ("Double", "3.25", "NaN"),
        ("Float", "1e3", "abc"),
        ("Currency", "12.3456", "1e400"),
        ("SystemTime", "2015-11-26T18:00:00Z", "26/11/2015"),
        ("Binary", "bWFjIGFuZCBjaGVlc2U=", "not base64!"),
        ("CLSID", "00020329-0000-0000-C000-000000000046", "not-a-guid"),
    ],
)
def test_values_must_fit_their_type(type_, good, bad) -> None:
    props = ExtendedProperties()
    key = parse_property_id(f"{type_} {GUID} Name P", multi=False)
    props.set_single(key, good)
    assert props.single[key] == good
    if bad is not None:
        with pytest.raises(ErrorInvalidExtendedPropertyValue):
            props.set_single(key, bad)
    with pytest.raises(ErrorInvalidExtendedPropertyValue):
        props.set_single(key, 5)  # values travel as strings


def test_multi_value_arrays() -> None:
    props = ExtendedProperties()
    key = parse_property_id(f"IntegerArray {GUID} Id 0x8013", multi=True)
    props.set_multi(key, ["1", "2"])
    assert props.multi[key] == ("1", "2")
    for bad in (["1", "x"], "1", [1]):
        with pytest.raises(ErrorInvalidExtendedPropertyValue):
            props.set_multi(key, bad)
