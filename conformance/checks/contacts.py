"""Contact folders and contacts, with their extended properties (seed 001: extended properties on contacts and
contactfolders). The seed lists only the URLs for these kinds; the bodies below follow its message examples."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule
from .extended import COLOR, PALETTE, PALLETE_INT, _expand, _single

SINGLE, MULTI = "SingleValueExtendedProperties", "MultiValueExtendedProperties"
BIG_PAGE = "odata.maxpagesize=1000"


def _folder(api: Api, folder_id: str) -> dict:
    return ok(api.get(f"me/contactfolders('{key(folder_id)}')"))


def _ids(api: Api, path: str, **params: str) -> list[str]:
    return [item["Id"] for item in ok(api.get(path, params=params or None, prefer=BIG_PAGE))["value"]]


@rule("contacts.default_folder", "no_wellknown_contacts_folder", "allow_delete_default_contacts_folder")
def default_folder(api: Api) -> None:
    """The default folder Contacts is listed, reachable by its well-known name in any case, and cannot be deleted."""
    default = _folder(api, "Contacts")
    # (its DisplayName is 'Contacts' in a fresh mailbox; renaming it is allowed, so a used mailbox may differ)
    top = ok(api.get("me/contactfolders", prefer=BIG_PAGE))["value"]
    assert default["Id"] in [f["Id"] for f in top], "the default folder Contacts is not top-level"
    for spelling in ("contacts", "CONTACTS"):
        assert _folder(api, spelling)["Id"] == default["Id"], spelling
    expect_error(api.delete("me/contactfolders('Contacts')"), 400, "ErrorDeleteDistinguishedFolder")
    expect_error(api.delete(f"me/contactfolders('{key(default['Id'])}')"), 400, "ErrorDeleteDistinguishedFolder")
    assert _folder(api, "Contacts")["Id"] == default["Id"]


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
