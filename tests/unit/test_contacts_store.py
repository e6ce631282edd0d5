"""The contacts store: the default folder, placement, ChangeKey, cascading delete (no HTTP)."""

from __future__ import annotations

import pytest

from outlook_mock.errors import ErrorDeleteDistinguishedFolder, ErrorFolderNotFound, ErrorInvalidRequest
from outlook_mock.store.changes import Sequence
from outlook_mock.store.contacts import ContactStore


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
