"""MAPI extended properties (seed 001): identities, types and values.

A property is named by a PropertyId in one of two formats,
``"{type} {guid} Name {name}"`` or ``"{type} {guid} Id {0xhex}"``. The format
is part of its identity: a property created by name is only reachable by name.
Values travel as strings (arrays of strings for the multi-value kind) and must
fit their MAPI type.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from ..errors import ErrorInvalidExtendedProperty, ErrorInvalidExtendedPropertyValue, ErrorInvalidProperty
from ..faults import broken

__all__ = ["PropertyKey", "ExtendedChanges", "ExtendedProperties", "parse_property_id", "SINGLE_TYPES", "MULTI_TYPES"]

_FORMATS = "'MapiPropertyType namespaceGuid Name propertyName' or 'MapiPropertyType namespaceGuid Id propertyId'"


def _integer(low: int, high: int):
    def check(text: str) -> None:
        if not re.fullmatch(r"[+-]?\d{1,20}", text) or not low <= int(text) <= high:
            raise ValueError

    return check


def _number(text: str) -> None:
    if text.strip().lower() in ("nan", "inf", "-inf", "infinity", "-infinity"):
        raise ValueError
    float(text)


def _boolean(text: str) -> None:
    if text.lower() not in ("true", "false"):
        raise ValueError


def _currency(text: str) -> None:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError from None
    if not value.is_finite() or abs(value) > Decimal(2**63) / 10_000:
        raise ValueError


def _system_time(text: str) -> None:
    datetime.fromisoformat(text.replace("Z", "+00:00"))


def _binary(text: str) -> None:
    try:
        base64.b64decode(text, validate=True)
    except binascii.Error:
        raise ValueError from None


def _clsid(text: str) -> None:
    uuid.UUID(text)


def _string(text: str) -> None:
    pass


# MAPI property types with how a value's string must look.
SINGLE_TYPES = {
    "String": _string,
    "Integer": _integer(-(2**31), 2**31 - 1),
    "Short": _integer(-(2**15), 2**15 - 1),
    "Long": _integer(-(2**63), 2**63 - 1),
    "Boolean": _boolean,
    "Double": _number,
    "Float": _number,
    "Currency": _currency,
    "SystemTime": _system_time,
    "Binary": _binary,
    "CLSID": _clsid,
    "Object": _binary,
}
MULTI_TYPES = {f"{name}Array": check for name, check in SINGLE_TYPES.items() if name not in ("Boolean", "Object")}
_TYPE_NAMES = {name.lower(): name for name in (*SINGLE_TYPES, *MULTI_TYPES)}
_GUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
_ID = re.compile(rf"^(\S+) (\{{{_GUID}\}}|{_GUID}) (Name|Id) (\S.*)$", re.DOTALL)


@dataclass(frozen=True)
class PropertyKey:
    """The identity of an extended property; ``text`` keeps it as the client wrote it."""

    type: str
    guid: uuid.UUID
    by: str  # "Name" or "Id"
    name: str  # the name, or the id as a lower-case hex string
    text: str = field(compare=False)


def parse_property_id(text: object, multi: bool) -> PropertyKey:
    """Parse a PropertyId; 400 ErrorInvalidProperty when it is in neither documented format."""
    m = _ID.match(text) if isinstance(text, str) else None
    if m is None:
        raise ErrorInvalidProperty(f"PropertyId values may only be in one of the following formats: {_FORMATS}.")
    type_text, guid_text, by, name = m.groups()
    type_name = _TYPE_NAMES.get(type_text.lower())
    if type_name is None or (type_name in MULTI_TYPES) != multi:
        kind = "multi-value" if multi else "single-value"
        raise ErrorInvalidExtendedProperty(f"'{type_text}' is not a MAPI property type of a {kind} extended property.")
    try:
        guid = uuid.UUID(guid_text.strip("{}"))
    except ValueError:
        raise ErrorInvalidProperty(f"'{guid_text}' is not a namespace GUID.") from None
    if broken("extended_format_ignored"):
        by = "Name"
    if by == "Id":
        if not re.fullmatch(r"0[xX][0-9A-Fa-f]{1,4}", name):
            raise ErrorInvalidExtendedProperty("The extended property attribute combination is invalid.")
        name = hex(int(name, 16))
    elif not name.strip() or len(name) > 255:
        raise ErrorInvalidExtendedProperty("The extended property attribute combination is invalid.")
    return PropertyKey(type_name, guid, by, name, text)


def _check_value(key: PropertyKey, value: str) -> None:
    if broken("accept_any_extended_value"):
        return
    check = SINGLE_TYPES.get(key.type) or MULTI_TYPES[key.type]
    try:
        check(value)
    except (ValueError, TypeError):
        raise ErrorInvalidExtendedPropertyValue(
            f"'{value}' is not a valid value for an extended property of type {key.type}."
        ) from None


# What a request asks to set: (single-value properties, multi-value properties), values unchecked.
ExtendedChanges = tuple[Mapping[PropertyKey, object], Mapping[PropertyKey, object]]


@dataclass(slots=True)  # one per item
class ExtendedProperties:
    """The single- and multi-value extended properties of one item or folder."""

    single: dict[PropertyKey, str] = field(default_factory=dict)
    multi: dict[PropertyKey, tuple[str, ...]] = field(default_factory=dict)

    def with_changes(
        self, single: Mapping[PropertyKey, object], multi: Mapping[PropertyKey, object]
    ) -> ExtendedProperties:
        """A copy with these properties set; every value is checked first, so a refused write stores nothing."""
        out = ExtendedProperties(dict(self.single), dict(self.multi))
        if broken("extended_properties_dropped"):
            return out
        for key, value in single.items():
            out.set_single(key, value)
        for key, values in multi.items():
            out.set_multi(key, values)
        return out

    @staticmethod
    def none() -> ExtendedProperties:
        """The properties of an item that has none: one instance shared by all such items, so that they carry no
        object of their own (issue 8: memory per item, and objects the garbage collector scans). A stored item's
        properties are never changed in place (``with_changes`` makes new ones; ``set_*`` fill those)."""
        return _NONE

    def set_single(self, key: PropertyKey, value: object) -> None:
        if not isinstance(value, str):
            raise ErrorInvalidExtendedPropertyValue("The Value of a single-value extended property is a string.")
        _check_value(key, value)
        self.single[key] = value

    def set_multi(self, key: PropertyKey, values: object) -> None:
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ErrorInvalidExtendedPropertyValue(
                "The Value of a multi-value extended property is an array of strings."
            )
        for value in values:
            _check_value(key, value)
        self.multi[key] = tuple(values)


_NONE = ExtendedProperties()
