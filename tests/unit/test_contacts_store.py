"""The contacts store: the default folder, placement, ChangeKey, cascading delete, addresses (no HTTP)."""

from __future__ import annotations

import pytest

from outlook_mock.errors import ErrorDeleteDistinguishedFolder, ErrorFolderNotFound, ErrorInvalidRequest
from outlook_mock.faults import planted
from outlook_mock.store.changes import Sequence
from outlook_mock.store.contacts import ContactStore, PhysicalAddress
from outlook_mock.store.extended_properties import parse_property_id

COLOR = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color"


@pytest.fixture
def store() -> ContactStore:
    return ContactStore("Administrator", Sequence())


def test_default_folder_by_name_and_protected(store: ContactStore) -> None:
    assert [f.display_name for f in store.list_folders()] == ["Contacts"]
    assert store.get_folder("contacts") is store.get_folder("CONTACTS") is store.default
    with pytest.raises(ErrorDeleteDistinguishedFolder):
        store.delete_folder("Contacts")
    with pytest.raises(ErrorInvalidRequest):
        store.update_folder("Contacts", " ")


def test_placement_changekey_and_cascade(store: ContactStore) -> None:
    contact = store.create_contact({"given_name": "Pavel"})
    assert contact.folder_id == store.default.id
    parent = store.create_folder("Clients")
    child = store.create_folder("Contoso", parent.id)
    filed = store.create_contact({"surname": "Bansky"}, child.id)
    assert store.list_contacts() == [contact] and store.list_contacts(child.id) == [filed]
    updated = store.update_contact(contact.id, {"job_title": "Manager"})
    assert updated.change_key != contact.change_key and updated.given_name == "Pavel"
    store.delete_folder(parent.id)
    with pytest.raises(ErrorFolderNotFound):
        store.get_folder(child.id)
    assert list(store.contacts) == [contact.id]


def test_default_folder_cannot_be_renamed_but_takes_extended_properties(store: ContactStore) -> None:
    color = ({parse_property_id(COLOR, multi=False): "Green"}, {})
    for folder_id in ("Contacts", "CONTACTS", store.default.id):
        with pytest.raises(ErrorInvalidRequest, match="cannot be changed"):
            store.update_folder(folder_id, "Renamed", color)
    # A refused request changes nothing, not even the extended properties that came with it.
    assert store.default.display_name == "Contacts" and not list(store.default.extended.single)
    store.update_folder("Contacts", "Contacts", color)  # the name it has is no rename
    assert store.default.display_name == "Contacts" and len(list(store.default.extended.single)) == 1
    other = store.create_folder("Clients")
    assert store.update_folder(other.id, "Clients 2015").display_name == "Clients 2015"
    with planted("allow_rename_default_contact_folder"):
        assert store.update_folder("Contacts", "Renamed").display_name == "Renamed"


def test_addresses_are_values_written_one_at_a_time(store: ContactStore) -> None:
    home = PhysicalAddress(street="Some street", city="Seattle", state="WA", postal_code="98121")
    business = PhysicalAddress("10 Contoso Way", "Redmond", "WA", "USA", "98075")
    contact = store.create_contact({"home_address": home, "business_address": business})
    assert (contact.home_address, contact.business_address) == (home, business)
    assert contact.other_address == PhysicalAddress()
    moved = PhysicalAddress(city="Bellevue")
    updated = store.update_contact(contact.id, {"home_address": moved})
    assert (updated.home_address, updated.business_address) == (moved, business)
    assert updated.change_key != contact.change_key
    with planted("contact_address_dropped"):
        broken_write = store.update_contact(contact.id, {"other_address": home})
    assert broken_write.business_address == PhysicalAddress()
