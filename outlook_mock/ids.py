"""Opaque identifiers shaped like Outlook's: standard base64, so they carry ``/ + =``.

An id is ``base64(MARKER + kind + 16 random bytes)``. Anything that does not
decode to that shape is *malformed* (400); a well-formed id that names nothing
in the mailbox is *not found* (404). The alphabet is deliberately the standard
one, not the URL-safe one: clients must percent-encode ids in URLs, as they had
to with the real service.
"""

from __future__ import annotations

import base64
import binascii
import secrets

from .errors import ErrorInvalidIdMalformed, ErrorItemNotFound
from .faults import broken

__all__ = ["new_id", "check_id", "new_change_key"]

_MARKER = b"\x00\x03\x24"  # decodes to the familiar "AAMk" prefix
_KINDS = {
    "task": 1,
    "folder": 2,
    "group": 3,
    "attachment": 4,
    "event": 5,
    "message": 6,
    "contact": 7,
    "calendar": 8,
    "mailfolder": 9,
    "contactfolder": 10,
    "calendargroup": 11,
}
_LENGTH = len(_MARKER) + 1 + 16


def new_id(kind: str) -> str:
    raw = _MARKER + bytes([_KINDS[kind]]) + secrets.token_bytes(16)
    return base64.b64encode(raw).decode("ascii")


def check_id(value: str) -> str:
    """Return ``value`` if it is shaped like one of our ids, else raise 400."""
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    if len(raw) != _LENGTH or not raw.startswith(_MARKER) or raw[len(_MARKER)] not in _KINDS.values():
        if broken("malformed_id_is_404"):
            raise ErrorItemNotFound("The specified object was not found in the store.")
        raise ErrorInvalidIdMalformed("Id is malformed.")
    return value


def new_change_key() -> str:
    """A fresh version stamp; every write to an item gets a new one."""
    return base64.b64encode(secrets.token_bytes(22)).decode("ascii")
