"""The contacts of one mailbox: contact folders (with the default one) and contacts.

Rules that live here: every mailbox has the default contacts folder
``Contacts`` (reachable by that well-known name, protected as the well-known
mail folders: ``folders.py``); a contact created without a folder lands in it;
every write to a contact gives it a new ChangeKey. A contact's three addresses
(home, business, other) are values: writing one replaces it whole and leaves
the other two as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from ..errors import ErrorItemNotFound
from ..faults import broken
from ..ids import check_id, new_change_key, new_id
from .changes import Sequence
from .extended_properties import ExtendedProperties
from .folders import Folder, FolderRules, FolderTree
from .indexes import ALL, ItemTable, Tracked
from .mail import EmailAddress, followup_flag
from .values import FollowupFlag

__all__ = ["Contact", "ContactFolder", "ContactStore", "PhysicalAddress", "CONTACT_FIELDS", "DEFAULT_FOLDER"]

DEFAULT_FOLDER = "Contacts"  # the well-known name, and the default folder's DisplayName
CONTACT_FOLDER_RULES = FolderRules(
    id_kind="contactfolder",
    well_known={DEFAULT_FOLDER: DEFAULT_FOLDER},
    protected_as="default",
    no_well_known_fault="no_wellknown_contacts_folder",
    rename_fault="allow_rename_default_contact_folder",
    delete_fault="allow_delete_default_contacts_folder",
    extended_dropped_fault="contact_extended_properties_dropped",
)

# The writable string properties of a contact (CSDL names -> store names), then the collections.
STRING_FIELDS = {
    "GivenName": "given_name",
    "Surname": "surname",
    "DisplayName": "display_name",
    "MiddleName": "middle_name",
    "NickName": "nick_name",
    "Initials": "initials",
    "Title": "title",
    "Generation": "generation",
    "FileAs": "file_as",
    "JobTitle": "job_title",
    "CompanyName": "company_name",
    "Department": "department",
    "OfficeLocation": "office_location",
    "Profession": "profession",
    "BusinessHomePage": "business_home_page",
    "AssistantName": "assistant_name",
    "Manager": "manager",
    "MobilePhone1": "mobile_phone1",
    "SpouseName": "spouse_name",
    "PersonalNotes": "personal_notes",
    "YomiGivenName": "yomi_given_name",
    "YomiSurname": "yomi_surname",
    "YomiCompanyName": "yomi_company_name",
}
LIST_FIELDS = {
    "BusinessPhones": "business_phones",
    "HomePhones": "home_phones",
    "ImAddresses": "im_addresses",
    "Children": "children",
    "Categories": "categories",
}
ADDRESS_FIELDS = {
    "HomeAddress": "home_address",
    "BusinessAddress": "business_address",
    "OtherAddress": "other_address",
}
CONTACT_FIELDS = frozenset(
    {
        *STRING_FIELDS.values(),
        *LIST_FIELDS.values(),
        *ADDRESS_FIELDS.values(),
        "email_addresses",
        "birthday",
        "flag",
        "extended",
    }
)


@dataclass(frozen=True)
class PhysicalAddress:
    """A postal address (the CSDL's PhysicalAddress); a member not set is None, an address with none set is empty."""

    street: str | None = None
    city: str | None = None
    state: str | None = None
    country_or_region: str | None = None
    postal_code: str | None = None


ContactFolder = Folder  # a plain Folder: its members and rules are in folders.py


@dataclass
class Contact(Tracked):
    id: str
    folder_id: str
    created: datetime
    last_modified: datetime
    change_key: str = field(default_factory=new_change_key)
    given_name: str | None = None
    surname: str | None = None
    display_name: str | None = None
    middle_name: str | None = None
    nick_name: str | None = None
    initials: str | None = None
    title: str | None = None
    generation: str | None = None
    file_as: str | None = None
    job_title: str | None = None
    company_name: str | None = None
    department: str | None = None
    office_location: str | None = None
    profession: str | None = None
    business_home_page: str | None = None
    assistant_name: str | None = None
    manager: str | None = None
    mobile_phone1: str | None = None
    spouse_name: str | None = None
    personal_notes: str | None = None
    yomi_given_name: str | None = None
    yomi_surname: str | None = None
    yomi_company_name: str | None = None
    birthday: datetime | None = None
    email_addresses: tuple[EmailAddress, ...] = ()
    business_phones: tuple[str, ...] = ()
    home_phones: tuple[str, ...] = ()
    im_addresses: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    home_address: PhysicalAddress = PhysicalAddress()
    business_address: PhysicalAddress = PhysicalAddress()
    other_address: PhysicalAddress = PhysicalAddress()
    flag: FollowupFlag = field(default_factory=FollowupFlag)  # as a message's: unflagged until written
    extended: ExtendedProperties = field(default_factory=ExtendedProperties.none)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ContactStore(FolderTree):
    """The contact folders (a folder tree) and contacts of one mailbox."""

    def __init__(self, owner: str, seq: Sequence, clock: Callable[[], datetime] = _utc_now) -> None:
        self.owner = owner
        self._next_seq = seq.next
        self._clock = clock
        self.contacts: ItemTable = ItemTable(container="folder_id", changes=seq.next)
        super().__init__(CONTACT_FOLDER_RULES, self.contacts, seq.next)
        self.default = self.well_known[DEFAULT_FOLDER.lower()]

    # -- contacts ------------------------------------------------------------------
    def list_contacts(self, folder_id: str | None = None) -> list[Contact]:
        """The contacts of a folder; without one, those of the default folder (as GET /me/contacts did)."""
        return list(self.contacts.members(self.contact_container(folder_id)))

    def contact_container(self, folder_id: str | None = None) -> object:
        """Where ``self.contacts`` files a folder's contacts; without one, the default folder's."""
        if folder_id is None and broken("contacts_list_all_folders"):
            return ALL
        return (self.default if folder_id is None else self.get_folder(folder_id)).id

    def get_contact(self, contact_id: str) -> Contact:
        contact = self.contacts.get(check_id(contact_id))
        if contact is None:
            raise ErrorItemNotFound("The specified object was not found in the store.")
        return contact

    def create_contact(self, fields: Mapping[str, Any], folder_id: str | None = None) -> Contact:
        folder = self.default if folder_id is None else self.get_folder(folder_id)
        if broken("contact_created_elsewhere"):
            folder = self.default
        contact = self.build_contact(fields, folder.id)
        self.contacts[contact.id] = contact
        return contact

    def build_contact(self, fields: Mapping[str, Any], folder_id: str = "") -> Contact:
        """A new contact with every rule checked, in no folder (an item attachment's contact) unless given one."""
        now = self._clock().replace(microsecond=0)
        contact = Contact(id=new_id("contact"), folder_id=folder_id, created=now, last_modified=now)
        return self._apply(contact, fields)

    def update_contact(self, contact_id: str, fields: Mapping[str, Any]) -> Contact:
        contact = self._apply(self.get_contact(contact_id), fields)
        if not broken("contact_changekey_not_updated"):
            contact.change_key = new_change_key()
        contact.last_modified = self._clock().replace(microsecond=0)
        self.contacts[contact.id] = contact
        return contact

    def delete_contact(self, contact_id: str) -> None:
        del self.contacts[self.get_contact(contact_id).id]

    # -- bookkeeping -------------------------------------------------------------
    def _apply(self, contact: Contact, fields: Mapping[str, Any]) -> Contact:
        """A copy of ``contact`` with ``fields`` applied: a refused write changes nothing."""
        unknown = set(fields) - CONTACT_FIELDS
        if unknown:
            raise ValueError(f"not contact fields: {sorted(unknown)}")
        changes = {name: value for name, value in fields.items() if name != "extended"}
        if broken("contact_address_dropped") and changes.keys() & set(ADDRESS_FIELDS.values()):
            # The wrong behaviour: the addresses are written as one block, so those not given are lost.
            changes = {**dict.fromkeys(ADDRESS_FIELDS.values(), PhysicalAddress()), **changes}
        if "flag" in changes:  # written whole, as a message's Flag (mail.followup_flag)
            if broken("contact_flag_dropped"):
                del changes["flag"]
            else:
                changes["flag"] = followup_flag(changes["flag"])
        draft = replace(contact, **changes)
        draft.extended = self._extended(contact.extended, fields.get("extended"))
        return draft
