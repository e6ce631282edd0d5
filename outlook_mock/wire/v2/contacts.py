"""Contact folders and contacts in v2.0: their JSON both ways, and their handlers.

As for mail, every rule lives in the store (``store/contacts.py``); this module
only maps JSON to store fields and back; the contact folder handlers are the
ones all folders share (``common.py``), given the ContactFolder's shape and
JSON. Extended properties travel exactly as on messages (``extended.py``): in
POST/PATCH bodies, in ``$expand`` on a GET of one item, and in the
``SingleValueExtendedProperties/Any(...)`` filter of the lists.

The addresses (``HomeAddress``, ``BusinessAddress``, ``OtherAddress``, of the
CSDL's complex type PhysicalAddress) are always rendered with all five members,
``null`` where not set, as in the v2.0 reference's POST and PATCH responses. An
address in a body (POST or PATCH) replaces the whole address: members left out
become null, ``null`` clears it, the other two addresses stay. That matches the
v2.0 reference's PATCH example (a HomeAddress sent without CountryOrRegion comes
back with it null) and what the Outlook client libraries rely on: they send a
changed complex property whole (OData Client for .NET tracks top-level
properties only), so a member they leave out is one that is not set.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any

from starlette.responses import Response

from ...errors import RequestBodyRead
from ...odata_query import EntityShape
from ...store import Mailbox
from ...store.contacts import ADDRESS_FIELDS, LIST_FIELDS, STRING_FIELDS, Contact, ContactFolder, PhysicalAddress
from ..formats import offset_trimmed
from ..http import Call
from ..listing import Kind, StoredList
from . import extended, sync
from .common import (
    FolderHandlers,
    collection,
    entity_response,
    expanded_properties,
    request_view,
    single_extended,
    url_key,
)
from .mail import _email_address, _flag, _flag_input
from .representations import NS, View, _nullable, _properties, _string, _strings, etag, parse_fields

# PhysicalAddress members (CSDL names -> store names), in the CSDL's order.
ADDRESS_MEMBERS = {
    "Street": "street",
    "City": "city",
    "State": "state",
    "CountryOrRegion": "country_or_region",
    "PostalCode": "postal_code",
}


# -- rendering ---------------------------------------------------------------------
def _render_address(address: PhysicalAddress) -> dict:
    return {name: getattr(address, store) for name, store in ADDRESS_MEMBERS.items()}


def render_contact(contact: Contact, view: View) -> dict:
    return {
        "@odata.id": view.entity_id(f"Contacts('{contact.id}')"),
        "@odata.etag": etag(contact.change_key),
        "Id": contact.id,
        "CreatedDateTime": offset_trimmed(contact.created, None),
        "LastModifiedDateTime": offset_trimmed(contact.last_modified, None),
        "ChangeKey": contact.change_key,
        "Categories": list(contact.categories),
        "ParentFolderId": contact.folder_id,
        "Birthday": offset_trimmed(contact.birthday, None) if contact.birthday else None,
        **{name: getattr(contact, store) for name, store in STRING_FIELDS.items()},
        "EmailAddresses": [{"Name": a.name, "Address": a.address} for a in contact.email_addresses],
        **{name: list(getattr(contact, store)) for name, store in LIST_FIELDS.items() if name != "Categories"},
        **{name: _render_address(getattr(contact, store)) for name, store in ADDRESS_FIELDS.items()},
        "Flag": _flag(contact.flag, view),
    }


def render_contact_folder(folder: ContactFolder, view: View) -> dict:
    return {
        "@odata.id": view.entity_id(f"ContactFolders('{folder.id}')"),
        "Id": folder.id,
        "ParentFolderId": folder.parent_id,
        "DisplayName": folder.display_name,
    }


# -- query shapes --------------------------------------------------------------------
# ContactFolder: the v2 property table (DisplayName and the extended properties filterable). Contact: the three
# addresses are filterable by member (`HomeAddress/City eq '...'`), as the v2 Contact property table says
# (Writable and Filterable: Yes; the table is in the source of reference/notes/resource-property-tables.md,
# office/office365/api/complex-types-for-mail-contacts-calendar.md, though the extract leaves it out); the other
# filterable properties are the scalar properties the real service filtered on.
_NOT_FILTERABLE = frozenset({"Title", "YomiGivenName", "YomiSurname", "YomiCompanyName"})
CONTACT_SHAPE = EntityShape(
    name=f"{NS}.Contact",
    properties={
        "Id": "String",
        "CreatedDateTime": "DateTimeOffset",
        "LastModifiedDateTime": "DateTimeOffset",
        "ChangeKey": "String",
        "Categories": "Collection(String)",
        "ParentFolderId": "String",
        "Birthday": "DateTimeOffset",
        **{name: "String" for name in STRING_FIELDS},
        "EmailAddresses": "Collection(EmailAddress)",
        **{name: "Collection(String)" for name in LIST_FIELDS if name != "Categories"},
        **{name: "PhysicalAddress" for name in ADDRESS_FIELDS},
        "Flag": "FollowupFlag",
        **extended.SHAPE_PROPERTIES,
    },
    filterable=frozenset(
        {
            extended.SINGLE,
            "Birthday",
            "Children",
            "CreatedDateTime",
            "Flag",
            "LastModifiedDateTime",
            "ParentFolderId",
            # The Filterable column of the v2 Contact property table: not Title and the Yomi names.
            *(name for name in STRING_FIELDS if name not in _NOT_FILTERABLE),
            *ADDRESS_FIELDS,
        }
    ),
)
CONTACT_FOLDER_SHAPE = EntityShape(
    name=f"{NS}.ContactFolder",
    properties={"Id": "String", "ParentFolderId": "String", "DisplayName": "String", **extended.SHAPE_PROPERTIES},
    filterable=frozenset({extended.SINGLE, "DisplayName"}),
)


# -- list members as the query engine reads them (see wire/listing.py) -----------------
def _string_getter(store: str):
    return lambda contact, view: getattr(contact, store)


def _address_getter(store: str):
    return lambda contact, view: _render_address(getattr(contact, store))


CONTACT_KIND = Kind(
    CONTACT_SHAPE,
    {
        extended.SINGLE: single_extended("contact_lists_ignore_extended_filter"),
        "Birthday": lambda c, v: offset_trimmed(c.birthday, None) if c.birthday else None,
        "Children": lambda c, v: list(c.children),
        "CreatedDateTime": lambda c, v: offset_trimmed(c.created, None),
        "LastModifiedDateTime": lambda c, v: offset_trimmed(c.last_modified, None),
        "ParentFolderId": lambda c, v: c.folder_id,
        "Flag": lambda c, v: _flag(c.flag, v),
        **{name: _string_getter(store) for name, store in STRING_FIELDS.items() if name not in _NOT_FILTERABLE},
        **{name: _address_getter(store) for name, store in ADDRESS_FIELDS.items()},
    },
)
CONTACT_FOLDER_KIND = Kind(
    CONTACT_FOLDER_SHAPE,
    {
        extended.SINGLE: single_extended("contact_lists_ignore_extended_filter"),
        "DisplayName": lambda f, v: f.display_name,
    },
)


# -- parsing ---------------------------------------------------------------------------
def _email_addresses(value: Any, field: str) -> tuple:
    if not isinstance(value, list):
        raise RequestBodyRead(f"The property '{field}' must be an array of email addresses.")
    return tuple(_email_address(item, field) for item in value)


def _birthday(value: Any, field: str) -> datetime:
    text = _string(value, field)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise RequestBodyRead(f"The property '{field}' is not a valid DateTimeOffset: {text!r}.") from None
    if parsed.tzinfo is None:
        raise RequestBodyRead(f"The property '{field}' needs an offset or Z: {text!r}.")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+05:00 is before year 1 in UTC
        raise RequestBodyRead(f"The property '{field}' is out of range: {text!r}.") from None


def _physical_address(value: Any, field: str) -> PhysicalAddress:
    """A whole address: members left out are not set; ``null`` is the empty address. Unknown members are a 400."""
    if value is None:
        return PhysicalAddress()
    members = _properties(value, field, dict.fromkeys(ADDRESS_MEMBERS, _nullable(_string)))
    return PhysicalAddress(**{ADDRESS_MEMBERS[name]: member for name, member in members.items()})


_CONTACT_WRITABLE: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    **{name: (store, _nullable(_string)) for name, store in STRING_FIELDS.items()},
    **{name: (store, _strings) for name, store in LIST_FIELDS.items()},
    **{name: (store, _physical_address) for name, store in ADDRESS_FIELDS.items()},
    "EmailAddresses": ("email_addresses", _email_addresses),
    "Flag": ("flag", _flag_input),
    "Birthday": ("birthday", _nullable(_birthday)),
}
_CONTACT_READ_ONLY = frozenset(
    {"Id", "ChangeKey", "CreatedDateTime", "LastModifiedDateTime", "ParentFolderId", "Photo"}
)
_CONTACT_FOLDER_READ_ONLY = frozenset({"Id", "ParentFolderId", "ChildFolders", "Contacts"})


def parse_contact(body: Mapping[str, Any]) -> dict[str, Any]:
    """Request JSON -> store fields of a contact (POST and PATCH alike)."""
    return parse_fields(body, _CONTACT_WRITABLE, _CONTACT_READ_ONLY, "Contact")


# -- handlers: contact folders -----------------------------------------------------------
CONTACT_FOLDERS = FolderHandlers(
    entity_set="ContactFolders",
    kind=CONTACT_FOLDER_KIND,
    read_only=_CONTACT_FOLDER_READ_ONLY,
    store=attrgetter("contacts"),
    render=lambda folder, _store, view: render_contact_folder(folder, view),
)


# -- handlers: contacts -------------------------------------------------------------------
def _contact_collection(call: Call, mailbox: Mailbox, container: object, path: str) -> Response:
    view = request_view(call)
    listing = StoredList(CONTACT_KIND, view, lambda c: render_contact(c, view), mailbox.contacts.contacts, container)
    return collection(call, f"Me/{path}", listing, f"me/{path}")


def list_contacts(call: Call, mailbox: Mailbox) -> Response:
    container = mailbox.contacts.contact_container()
    if sync.is_sync(call):  # the default folder's contacts (the reference's first sync example)
        return _sync_contacts(call, mailbox, container, "Contacts")
    return _contact_collection(call, mailbox, container, "Contacts")


def list_contacts_in_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.contacts.get_folder(call.params["folder_id"])
    path = f"ContactFolders('{url_key(folder.id)}')/Contacts"
    if sync.is_sync(call):
        return _sync_contacts(call, mailbox, folder.id, path)
    return _contact_collection(call, mailbox, folder.id, path)


def _sync_contacts(call: Call, mailbox: Mailbox, container: object, path: str) -> Response:
    view = request_view(call)
    render = lambda c: render_contact(c, view)  # noqa: E731
    return sync.sync_members(call, mailbox.contacts.contacts, container, "Contacts", path, render, CONTACT_SHAPE)


def get_contact(call: Call, mailbox: Mailbox) -> Response:
    contact = mailbox.contacts.get_contact(call.params["contact_id"])
    expanded = expanded_properties(call, contact.extended, f"Me/Contacts('{url_key(contact.id)}')")
    item = render_contact(contact, request_view(call))
    return entity_response(call, "Me/Contacts", CONTACT_SHAPE, item, expanded=expanded)


def create_contact(call: Call, mailbox: Mailbox) -> Response:
    folder_id = call.params.get("folder_id")
    if folder_id is not None:
        folder_id = mailbox.contacts.get_folder(folder_id).id  # 404 before 400: the folder must exist
    contact = mailbox.contacts.create_contact(parse_contact(call.json()), folder_id)
    context = "Me/Contacts" if folder_id is None else f"Me/ContactFolders('{url_key(folder_id)}')/Contacts"
    return entity_response(call, context, CONTACT_SHAPE, render_contact(contact, request_view(call)), 201)


def update_contact(call: Call, mailbox: Mailbox) -> Response:
    mailbox.contacts.get_contact(call.params["contact_id"])  # 404 before 400
    contact = mailbox.contacts.update_contact(call.params["contact_id"], parse_contact(call.json()))
    return entity_response(call, "Me/Contacts", CONTACT_SHAPE, render_contact(contact, request_view(call)))


def delete_contact(call: Call, mailbox: Mailbox) -> Response:
    mailbox.contacts.delete_contact(call.params["contact_id"])
    return Response(status_code=204)
