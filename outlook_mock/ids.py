"""Opaque identifiers shaped like Outlook's, and the two ways each dialect spells them.

An id is the base64 of ``MARKER + kind + 16 random bytes``. Exchange gave every
item one key and two spellings of it (its ``EwsId`` and ``RestId``, converted by
``ConvertId``): the **REST** spelling of v2.0 uses the URL-safe alphabet
(``-`` and ``_``, the ``=`` padding kept, as in ``AAMkADIyAAAhrb_PAAA=``), so a
client may paste an id into a path as it is; the **EWS** spelling of the 2014
preview (an EWS-era API) uses the standard alphabet (``+`` and ``/``).

The store keeps one canonical form, the REST spelling; each dialect's wire layer
reads ids with :func:`read` and writes them with :func:`spell`. An id written in
the other dialect's spelling, or anything that does not decode to our shape, is
*malformed* (400 ``ErrorInvalidIdMalformed``); a well-formed id that names nothing
in the mailbox is *not found* (404). Change keys are not ids: they stay standard
base64, as the seeds show them.
"""

from __future__ import annotations

import base64
import binascii
import enum
import functools
import os
from datetime import date

from .errors import ErrorInvalidIdMalformed, ErrorItemNotFound
from .faults import broken

__all__ = ["Spelling", "new_id", "check_id", "read", "spell", "new_change_key", "occurrence_id", "occurrence_of"]

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
    "occurrence": 12,
}
_LENGTH = len(_MARKER) + 1 + 16
# An occurrence of a series is not stored: its id is its series master's 16 bytes plus its date (a day
# ordinal, 4 bytes), so the same occurrence has the same id in every calendar view and GET can find it.
_OCCURRENCE_LENGTH = _LENGTH + 4
_TO_EWS = str.maketrans("-_", "+/")
_TO_REST = str.maketrans("+/", "-_")
_URL_SAFE = bytes.maketrans(b"+/", b"-_")


class Spelling(enum.Enum):
    """How a dialect writes an id: the characters that are foreign to it make an id malformed there."""

    REST = "-_"  # v2.0 (and /api/beta): the URL-safe alphabet, '=' padding kept
    EWS = "+/"  # the 2014 preview: the standard alphabet

    @property
    def foreign(self) -> str:
        return Spelling.EWS.value if self is Spelling.REST else Spelling.REST.value


def new_id(kind: str) -> str:
    """A fresh id in the canonical (REST) spelling."""
    # os.urandom and binascii directly: what secrets.token_bytes and base64 call, without their layers (a write
    # makes an id and a change key or two)
    raw = _MARKER + bytes([_KINDS[kind]]) + os.urandom(16)
    if broken("rest_ids_in_standard_alphabet"):
        return binascii.b2a_base64(raw, newline=False).decode("ascii")
    return binascii.b2a_base64(raw, newline=False).translate(_URL_SAFE).decode("ascii")


def spell(canonical: str, spelling: Spelling) -> str:
    """The canonical id as ``spelling`` writes it."""
    return canonical.translate(_TO_EWS) if spelling is Spelling.EWS else canonical


def read(text: str, spelling: Spelling) -> str:
    """An id (or a well-known name) as a client of the ``spelling`` dialect wrote it, in the canonical form.

    Only the alphabet is checked here; :func:`check_id` checks the shape when the store looks the id up.
    """
    if any(char in text for char in spelling.foreign) and not broken("rest_ids_accept_standard_alphabet"):
        raise ErrorInvalidIdMalformed(f"Id is malformed: '{text}' is not in the {spelling.name} id format.")
    return text.translate(_TO_REST)


def check_id(value: str) -> str:
    """Return the canonical ``value`` if it is shaped like one of our ids, else raise 400."""
    # Only id-sized values are remembered: nothing a client sends can make the cache hold much.
    if _well_formed(value) if len(value) <= 64 else _well_formed.__wrapped__(value):
        return value
    if broken("malformed_id_is_404"):
        raise ErrorItemNotFound("The specified object was not found in the store.")
    raise ErrorInvalidIdMalformed("Id is malformed.")


@functools.lru_cache(maxsize=8192)  # every request looks up an id a client just had: decoded once
def _well_formed(value: str) -> bool:
    try:
        # The canonical form has no '+' or '/': an id still carrying them was not read through a dialect.
        raw = b"" if "+" in value or "/" in value else base64.b64decode(value.translate(_TO_EWS), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raw = b""
    kind = raw[len(_MARKER)] if len(raw) > len(_MARKER) else None
    expected = _OCCURRENCE_LENGTH if kind == _KINDS["occurrence"] else _LENGTH
    return len(raw) == expected and raw.startswith(_MARKER) and kind in _KINDS.values()


def _raw(canonical: str) -> bytes:
    return base64.b64decode(canonical.translate(_TO_EWS))


def occurrence_id(master_id: str, day: date) -> str:
    """The stable id of the occurrence on ``day`` of the series ``master_id`` (a canonical event id)."""
    body = _raw(master_id)[len(_MARKER) + 1 :]
    raw = _MARKER + bytes([_KINDS["occurrence"]]) + body + day.toordinal().to_bytes(4, "big")
    return base64.urlsafe_b64encode(raw).decode("ascii")


def occurrence_of(canonical: str) -> tuple[str, date] | None:
    """(series master id, date) of an occurrence id; None for any other id (checked with ``check_id`` first)."""
    try:
        raw = _raw(canonical)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != _OCCURRENCE_LENGTH or raw[len(_MARKER)] != _KINDS["occurrence"]:
        return None
    master = _MARKER + bytes([_KINDS["event"]]) + raw[len(_MARKER) + 1 : _LENGTH]
    try:
        day = date.fromordinal(int.from_bytes(raw[_LENGTH:], "big"))
    except (OverflowError, ValueError):
        return None
    return base64.urlsafe_b64encode(master).decode("ascii"), day


def new_change_key() -> str:
    """A fresh version stamp; every write to an item gets a new one."""
    return binascii.b2a_base64(os.urandom(22), newline=False).decode("ascii")
