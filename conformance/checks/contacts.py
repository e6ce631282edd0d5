"""Contact folders and contacts, with their extended properties (seed 001: extended properties on contacts and
contactfolders). The seed lists only the URLs for these kinds; the bodies below follow its message examples."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule
from .extended import COLOR, PALETTE, PALLETE_INT, _expand, _single

SINGLE, MULTI = "SingleValueExtendedProperties", "MultiValueExtendedProperties"
BIG_PAGE = "odata.maxpagesize=1000"
MEMBERS = ("Street", "City", "State", "CountryOrRegion", "PostalCode")  # the CSDL's PhysicalAddress


def _folder(api: Api, folder_id: str) -> dict:
    return ok(api.get(f"me/contactfolders('{key(folder_id)}')"))


def _ids(api: Api, path: str, **params: str) -> list[str]:
    return [item["Id"] for item in ok(api.get(path, params=params or None, prefer=BIG_PAGE))["value"]]


@rule("contacts.default_folder", "no_wellknown_contacts_folder", "allow_delete_default_contacts_folder")
def default_folder(api: Api) -> None:
    """The default folder Contacts is listed, reachable by its well-known name in any case, and cannot be deleted."""
    default = _folder(api, "Contacts")
    # (its DisplayName is 'Contacts' in a fresh mailbox; it cannot be renamed: contacts.rename_default_folder_is_400)
    top = ok(api.get("me/contactfolders", prefer=BIG_PAGE))["value"]
    assert default["Id"] in [f["Id"] for f in top], "the default folder Contacts is not top-level"
    for spelling in ("contacts", "CONTACTS"):
        assert _folder(api, spelling)["Id"] == default["Id"], spelling
    expect_error(api.delete("me/contactfolders('Contacts')"), 400, "ErrorDeleteDistinguishedFolder")
    expect_error(api.delete(f"me/contactfolders('{key(default['Id'])}')"), 400, "ErrorDeleteDistinguishedFolder")
    assert _folder(api, "Contacts")["Id"] == default["Id"]


@rule("contacts.rename_default_folder_is_400", "allow_rename_default_contact_folder")
def rename_default_folder(api: Api) -> None:
    """The DisplayName of the default folder Contacts cannot be changed (400 ErrorInvalidRequest, by name or id)."""
    default = _folder(api, "Contacts")
    for folder_id in ("Contacts", "contacts", default["Id"]):
        answer = api.patch(f"me/contactfolders('{key(folder_id)}')", {"DisplayName": "Renamed"})
        if answer.is_success:  # a live mailbox's default folder gets its name back before the check fails
            api.patch("me/contactfolders('Contacts')", {"DisplayName": default["DisplayName"]})
        expect_error(answer, 400, "ErrorInvalidRequest")
        assert _folder(api, "Contacts")["DisplayName"] == default["DisplayName"], folder_id
    # As for the well-known mail folders: sending the name it has is no rename.
    same = ok(api.patch("me/contactfolders('Contacts')", {"DisplayName": default["DisplayName"]}))
    assert (same["Id"], same["DisplayName"]) == (default["Id"], default["DisplayName"])


def _address(**members: str) -> dict:
    """A PhysicalAddress as returned: all five members, null where not set."""
    return {name: members.get(name) for name in MEMBERS}


@rule("contacts.addresses_round_trip", "contact_address_dropped")
def addresses_round_trip(api: Api) -> None:
    """HomeAddress, BusinessAddress and OtherAddress round-trip through POST, GET and PATCH; writing one replaces it
    whole (members left out become null) and leaves the other two; they filter by member."""
    folder = api.contact_folder("addresses")
    # The v2.0 reference's examples: GET (BusinessAddress) and PATCH (HomeAddress, without CountryOrRegion).
    business = _address(Street="10 Contoso Way", City="Redmond", State="WA", CountryOrRegion="USA", PostalCode="98075")
    home = _address(Street="Some street", City="Seattle", State="WA", CountryOrRegion="USA", PostalCode="98121")
    other = _address(Street="1 Microsoft Way", City="Redmond", State="WA", CountryOrRegion="USA", PostalCode="98052")
    contact = api.contact(
        {"HomeAddress": home, "BusinessAddress": business, "OtherAddress": other}, folder=folder["Id"]
    )
    item = f"me/contacts('{key(contact['Id'])}')"
    for answer in (contact, ok(api.get(item))):
        got = (answer["HomeAddress"], answer["BusinessAddress"], answer["OtherAddress"])
        assert got == (home, business, other), got
    plain = api.contact({"GivenName": "No address"}, folder=folder["Id"])
    assert plain["HomeAddress"] == plain["BusinessAddress"] == plain["OtherAddress"] == _address()
    # PATCH one address: it is replaced whole, the other two stay.
    moved = {"Street": "Some street", "City": "Seattle", "State": "WA", "PostalCode": "98121"}
    patched = ok(api.patch(item, {"HomeAddress": moved}))
    home = _address(**moved)
    for answer in (patched, ok(api.get(item))):
        got = (answer["HomeAddress"], answer["BusinessAddress"], answer["OtherAddress"])
        assert got == (home, business, other), f"a PATCH of HomeAddress changed the addresses to {got}"
    cleared = ok(api.patch(item, {"OtherAddress": None}))
    assert (cleared["HomeAddress"], cleared["BusinessAddress"], cleared["OtherAddress"]) == (home, business, _address())
    # Filterable (v2 Contact property table) by member; $select names them.
    contacts = f"me/contactfolders('{key(folder['Id'])}')/contacts"
    assert _ids(api, contacts, **{"$filter": "BusinessAddress/City eq 'Redmond'"}) == [contact["Id"]]
    assert _ids(api, contacts, **{"$filter": "HomeAddress/PostalCode eq '98121' and OtherAddress/City eq null"}) == [
        contact["Id"]
    ]
    selected = ok(api.get(item, params={"$select": "HomeAddress"}))
    assert selected["HomeAddress"] == home and "BusinessAddress" not in selected
    # Wrong types and unknown members are 400 RequestBodyRead, and change nothing.
    for wrong in ({"Street": 10}, {"Town": "Seattle"}, "Some street, Seattle", ["Some street"]):
        expect_error(api.patch(item, {"HomeAddress": wrong}), 400, "RequestBodyRead")
    assert ok(api.get(item))["HomeAddress"] == home


@rule("contacts.folders_and_placement", "contacts_list_all_folders", "contact_created_elsewhere")
def folders_and_placement(api: Api) -> None:
    """POST /me/contacts lands in Contacts, POST .../contacts in that folder; GET /me/contacts lists the default
    folder's contacts only; folders nest (childfolders) and delete with their contents."""
    default = _folder(api, "Contacts")
    contact = api.contact(
        {
            "GivenName": "Pavel",
            "Surname": "Bansky",
            "EmailAddresses": [{"Address": "pavelb@contoso.onmicrosoft.com", "Name": "Pavel Bansky"}],
            "BusinessPhones": ["+1 732 555 0102"],
        }
    )
    assert contact["ParentFolderId"] == default["Id"]
    assert (contact["GivenName"], contact["Surname"]) == ("Pavel", "Bansky")
    assert contact["EmailAddresses"] == [{"Name": "Pavel Bansky", "Address": "pavelb@contoso.onmicrosoft.com"}]
    assert contact["BusinessPhones"] == ["+1 732 555 0102"]
    parent = api.contact_folder("Clients")
    assert parent["ParentFolderId"] == default["ParentFolderId"], "POST /me/contactfolders makes a top-level folder"
    child = api.contact_folder("Contoso", parent=parent["Id"])
    assert child["ParentFolderId"] == parent["Id"]
    assert _ids(api, f"me/contactfolders('{key(parent['Id'])}')/childfolders") == [child["Id"]]
    filed = api.contact({"GivenName": "Filed"}, folder=child["Id"])
    assert filed["ParentFolderId"] == child["Id"]
    assert _ids(api, f"me/contactfolders('{key(child['Id'])}')/contacts") == [filed["Id"]]
    listed = _ids(api, "me/contacts")
    assert contact["Id"] in listed and filed["Id"] not in listed, "GET /me/contacts: the default folder only"
    assert contact["Id"] in _ids(api, "me/contactfolders('Contacts')/contacts")
    renamed = ok(api.patch(f"me/contactfolders('{key(parent['Id'])}')", {"DisplayName": "Clients 2015"}))
    assert renamed["DisplayName"] == "Clients 2015"
    assert api.delete(f"me/contactfolders('{key(parent['Id'])}')").status_code == 204
    expect_error(api.get(f"me/contactfolders('{key(child['Id'])}')"), 404, "ErrorFolderNotFound")
    expect_error(api.get(f"me/contacts('{key(filed['Id'])}')"), 404, "ErrorItemNotFound")


@rule("contacts.changekey_and_queries", "contact_changekey_not_updated")
def changekey_and_queries(api: Api) -> None:
    """Every PATCH of a contact changes ChangeKey and @odata.etag; lists honour $filter/$orderby/$select/$top."""
    folder = api.contact_folder("queries")
    people = [
        api.contact({"GivenName": given, "Surname": "Query", "Birthday": birthday}, folder=folder["Id"])
        for given, birthday in (("Ann", "1974-07-22T00:00:00Z"), ("Bob", None), ("Cid", "1980-01-01T00:00:00Z"))
    ]
    assert people[0]["Birthday"] == "1974-07-22T00:00:00Z" and people[1]["Birthday"] is None
    item = f"me/contacts('{key(people[0]['Id'])}')"
    patched = ok(api.patch(item, {"JobTitle": "Manager", "MobilePhone1": "+1 425 555 0100"}))
    assert patched["JobTitle"] == "Manager" and patched["GivenName"] == "Ann"
    assert patched["ChangeKey"] != people[0]["ChangeKey"] and patched["@odata.etag"] == f'W/"{patched["ChangeKey"]}"'
    again = ok(api.patch(item, {"Surname": "Query"}))
    assert again["ChangeKey"] != patched["ChangeKey"]
    assert ok(api.get(item))["ChangeKey"] == again["ChangeKey"]
    path = f"me/contactfolders('{key(folder['Id'])}')/contacts"
    assert _ids(api, path, **{"$filter": "GivenName eq 'Bob'"}) == [people[1]["Id"]]
    ordered = ok(api.get(path, params={"$orderby": "GivenName desc", "$select": "GivenName", "$top": "2"}))
    assert [c["GivenName"] for c in ordered["value"]] == ["Cid", "Bob"]
    assert "Surname" not in ordered["value"][0]
    expect_error(api.get(path, params={"$filter": "EmailAddresses/any(a: a/Address eq 'x')"}), 400)
    expect_error(api.post("me/contacts", {"ParentFolderId": folder["Id"]}), 400, "ErrorInvalidProperty")
    expect_error(api.post("me/contacts", {"Nope": 1}), 400, "RequestBodyRead")


@rule(
    "contacts.extended_properties",
    "contact_extended_properties_dropped",
    "contact_lists_ignore_extended_filter",
)
def extended_properties(api: Api) -> None:
    """Seed 001 on contacts and contact folders: POST/PATCH, not echoed, $expand, SingleValueExtendedProperties/Any."""
    root = f"{api.target.origin}/api/v2.0/$metadata#"
    folder = api.contact_folder("extended", **_single(COLOR, "Green"))
    assert SINGLE not in folder
    got = ok(api.get(f"me/contactfolders('{key(folder['Id'])}')", params=_expand(SINGLE, COLOR)))
    assert got[SINGLE] == [{"PropertyId": COLOR, "Value": "Green"}]
    assert got[f"{SINGLE}@odata.context"] == f"{root}Me/ContactFolders('{key(folder['Id'])}')/{SINGLE}"
    green = api.contact({"GivenName": "green", **_single(COLOR, "Green")}, folder=folder["Id"])
    blue = api.contact({"GivenName": "blue", **_single(COLOR, "Blue")}, folder=folder["Id"])
    twelve = api.contact({"GivenName": "twelve", SINGLE: [{"PropertyId": PALLETE_INT, "Value": "12"}]}, folder["Id"])
    assert SINGLE not in green
    item = f"me/contacts('{key(blue['Id'])}')"
    patched = ok(api.patch(item, {MULTI: [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}]}))
    assert MULTI not in patched and patched["GivenName"] == "blue"
    multi = ok(api.get(item, params=_expand(MULTI, PALETTE)))
    assert multi[MULTI] == [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}]
    assert multi[f"{MULTI}@odata.context"] == f"{root}Me/Contacts('{key(blue['Id'])}')/{MULTI}"
    single = ok(api.get(f"me/contacts('{key(green['Id'])}')", params=_expand(SINGLE, COLOR)))
    assert single[SINGLE] == [{"PropertyId": COLOR, "Value": "Green"}]
    assert single["@odata.context"] == f"{root}Me/Contacts/$entity"
    contacts = f"me/contactfolders('{key(folder['Id'])}')/contacts"
    text = f"SingleValueExtendedProperties/Any(ep: ep/PropertyId eq '{COLOR}' and ep/Value eq 'Green')"
    assert _ids(api, contacts, **{"$filter": text}) == [green["Id"]]
    cast = f"SingleValueExtendedProperties/any(ep:ep/PropertyId eq '{PALLETE_INT}' and cast(ep/Value, Edm.Int32) eq 12)"
    assert _ids(api, contacts, **{"$filter": cast}) == [twelve["Id"]]
    tagged = _ids(api, "me/contactfolders", **{"$filter": text})
    assert folder["Id"] in tagged and _folder(api, "Contacts")["Id"] not in tagged
    multi_filter = f"MultiValueExtendedProperties/Any(ep: ep/PropertyId eq '{PALETTE}')"
    expect_error(api.get("me/contacts", params={"$filter": multi_filter}), 400, "ErrorInvalidProperty")


@rule("contacts.contact_flag", "contact_flag_dropped")
def contact_flag(api: Api) -> None:
    """A contact's Flag (FollowupFlag) works as a message's: NotFlagged by default, stored as written (dates in
    UTC or the Prefer zone), replaced whole by a PATCH, filterable by Flag/FlagStatus.

    The v2.0 Contact property table lists Flag (FollowupFlag) as writable and filterable.
    """
    unset = {"StartDateTime": None, "DueDateTime": None, "CompletedDateTime": None}
    folder = api.contact_folder("follow-up contacts")
    plain = api.contact({"GivenName": "Plain"}, folder=folder["Id"])
    assert plain.get("Flag") == {"FlagStatus": "NotFlagged", **unset}, plain.get("Flag")
    due = {"DateTime": "2016-05-03T09:00:00", "TimeZone": "Pacific Standard Time"}
    flagged = api.contact(
        {"GivenName": "Flagged", "Flag": {"FlagStatus": "Flagged", "DueDateTime": due}}, folder=folder["Id"]
    )
    stored = {
        "FlagStatus": "Flagged",
        **unset,
        "DueDateTime": {"DateTime": "2016-05-03T16:00:00.0000000", "TimeZone": "UTC"},
    }
    assert flagged["Flag"] == stored, flagged["Flag"]
    item = f"me/contacts('{key(flagged['Id'])}')"
    assert ok(api.get(item))["Flag"] == stored
    contacts = f"me/contactfolders('{key(folder['Id'])}')/contacts"
    flagged_ids = [c["Id"] for c in ok(api.get(contacts, params={"$filter": "Flag/FlagStatus eq 'Flagged'"}))["value"]]
    assert flagged_ids == [flagged["Id"]], flagged_ids
    done = ok(api.patch(item, {"Flag": {"FlagStatus": "Complete"}}))
    assert done["Flag"] == {"FlagStatus": "Complete", **unset}, done["Flag"]
