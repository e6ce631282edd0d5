"""The id codec: one canonical (REST) form in the store, a spelling per dialect."""

from __future__ import annotations

import re

import pytest

from outlook_mock import ids
from outlook_mock.errors import ErrorInvalidIdMalformed, ErrorItemNotFound
from outlook_mock.faults import planted

REST = re.compile(r"^[A-Za-z0-9_-]+=*$")


def test_new_ids_are_rest_format_and_round_trip_through_both_spellings() -> None:
    seen_foreign = False
    for _ in range(500):
        canonical = ids.new_id("task")
        assert REST.fullmatch(canonical) and canonical.startswith("AAMk") and canonical.endswith("=")
        ews = ids.spell(canonical, ids.Spelling.EWS)
        assert "-" not in ews and "_" not in ews
        seen_foreign |= ews != canonical
        assert ids.read(ews, ids.Spelling.EWS) == canonical
        assert ids.read(ids.spell(canonical, ids.Spelling.REST), ids.Spelling.REST) == canonical
        assert ids.check_id(canonical) == canonical
    assert seen_foreign, "some ids differ between the spellings"


@pytest.mark.parametrize(
    ("text", "spelling"),
    [("AAMk/x+y=", ids.Spelling.REST), ("AAMk-x_y=", ids.Spelling.EWS)],
)
def test_the_other_dialects_spelling_is_malformed(text: str, spelling: ids.Spelling) -> None:
    with pytest.raises(ErrorInvalidIdMalformed):
        ids.read(text, spelling)


def test_well_known_names_pass_through_both_spellings() -> None:
    for name in ("Tasks", "Inbox", "DeletedItems", "Contacts"):
        assert ids.read(name, ids.Spelling.REST) == ids.read(name, ids.Spelling.EWS) == name


@pytest.mark.parametrize("value", ["", "nope", "AAMk", "AAMk/AAAAAAAAAAAAAAAAAAAAAAAA=", "ÄÄ"])
def test_check_id_refuses_what_the_store_cannot_have_issued(value: str) -> None:
    with pytest.raises(ErrorInvalidIdMalformed):
        ids.check_id(value)
    with planted("malformed_id_is_404"), pytest.raises(ErrorItemNotFound):
        ids.check_id(value)


def test_change_keys_stay_standard_base64() -> None:
    keys = [ids.new_change_key() for _ in range(200)]
    assert any(set("+/") & set(k) for k in keys)
