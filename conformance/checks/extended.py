"""Extended properties on tasks and task folders (seed 001: 扩展属性)."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule

COLOR = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name Color"
PALETTE = "StringArray {66f5a359-4659-4830-9070-00049ec6ac6e} Name Palette"
PALLETE_INT = "Integer {66f5a359-4659-4830-9070-00047ec6ac6e} Name Pallete"
CONNECTOR = "CLSID {00062008-0000-0000-C000-000000000046} Name ConnectorSenderGuid"
SENDER_GUID = "b9cf8971-7d55-4b73-9ffa-a584611b600b"


def _expand(kind: str, property_id: str) -> dict:
    return {"$expand": f"{kind}($filter=PropertyId eq '{property_id}')"}


def _single(property_id: str, value: str) -> dict:
    return {"SingleValueExtendedProperties": [{"PropertyId": property_id, "Value": value}]}


@rule("extended.create_patch_expand", "extended_properties_dropped")
def create_patch_expand(api: Api) -> None:
    """Extended properties set by POST or PATCH are not echoed; $expand with a PropertyId filter returns them."""
    task = api.task({"Subject": "extended", **_single(COLOR, "Green")})
    folder = api.create("me/taskfolders", {"Name": "extended", **_single(COLOR, "Green")}, "me/taskfolders('{id}')")
    for created, item in ((task, f"me/tasks('{key(task['Id'])}')"), (folder, f"me/taskfolders('{key(folder['Id'])}')")):
        assert "SingleValueExtendedProperties" not in created, "responses to POST leave extended properties out"
        patched = ok(
            api.patch(
                item, {"MultiValueExtendedProperties": [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}]}
            )
        )
        assert "MultiValueExtendedProperties" not in patched
        single = ok(api.get(item, params=_expand("SingleValueExtendedProperties", COLOR)))
        assert single["SingleValueExtendedProperties"] == [{"PropertyId": COLOR, "Value": "Green"}], item
        assert single["SingleValueExtendedProperties@odata.context"].endswith(
            f"('{key(created['Id'])}')/SingleValueExtendedProperties"
        )
        multi = ok(api.get(item, params=_expand("MultiValueExtendedProperties", PALETTE)))
        assert multi["MultiValueExtendedProperties"] == [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}]
        selected = ok(api.get(item, params={"$select": "Id", **_expand("SingleValueExtendedProperties", COLOR)}))
        assert selected["SingleValueExtendedProperties"] == [{"PropertyId": COLOR, "Value": "Green"}], "$select drops"
        other = ok(api.get(item, params=_expand("SingleValueExtendedProperties", COLOR.replace("Color", "Size"))))
        assert other["SingleValueExtendedProperties"] == []


@rule("extended.format_is_identity", "extended_format_ignored")
def format_is_identity(api: Api) -> None:
    """The PropertyId format is part of a property's identity: by Id and by Name are two properties."""
    by_id = "Integer {8ECCC264-6880-4EBE-992F-8888D2EEAA1D} Id 0x8012"
    by_name = by_id.replace("Id 0x8012", "Name 0x8012")
    task = api.task(_single(by_id, "7"))
    item = f"me/tasks('{key(task['Id'])}')"
    ok(api.patch(item, _single(by_name, "9")))
    for property_id, value in ((by_id, "7"), (by_name, "9")):
        found = ok(api.get(item, params=_expand("SingleValueExtendedProperties", property_id)))
        assert found["SingleValueExtendedProperties"] == [{"PropertyId": property_id, "Value": value}], property_id


@rule("extended.filter_any_with_casts", "ignore_filter")
def filter_any(api: Api) -> None:
    """$filter=SingleValueExtendedProperties/Any(...) finds items by PropertyId and value (casts for non-strings)."""
    folder = api.folder("extended filter")
    green = api.task({"Subject": "green", **_single(COLOR, "Green")}, folder=folder["Id"])
    api.task({"Subject": "blue", **_single(COLOR, "Blue")}, folder=folder["Id"])
    twelve = api.task(
        {
            "Subject": "twelve",
            "SingleValueExtendedProperties": [
                {"PropertyId": PALLETE_INT, "Value": "12"},
                {"PropertyId": CONNECTOR, "Value": SENDER_GUID},
            ],
        },
        folder=folder["Id"],
    )
    path = f"me/taskfolders('{key(folder['Id'])}')/tasks"
    cases = {
        f"SingleValueExtendedProperties/Any(ep: ep/PropertyId eq '{COLOR}' and ep/Value eq 'Green')": [green["Id"]],
        f"SingleValueExtendedProperties/any(ep:ep/PropertyId eq '{PALLETE_INT}' and cast(ep/Value, Edm.Int32) eq 12)": [
            twelve["Id"]
        ],
        f"SingleValueExtendedProperties/any(ep:ep/PropertyId eq '{CONNECTOR}' and cast(ep/Value, Edm.Guid) eq "
        f"({SENDER_GUID}))": [twelve["Id"]],
    }
    for text, expected in cases.items():
        assert [t["Id"] for t in ok(api.get(path, params={"$filter": text}))["value"]] == expected, text
    found = ok(api.get(path, params={"$filter": next(iter(cases))}))["value"][0]
    assert "SingleValueExtendedProperties" not in found, "matching properties are not returned"
    beta = api.get(f"{api.target.origin}/api/beta/{path}", params={"$filter": next(iter(cases))})
    assert [t["Id"] for t in ok(beta)["value"]] == [green["Id"]], "the /api/beta endpoint serves the same"


@rule("extended.refusals", "accept_any_extended_value")
def refusals(api: Api) -> None:
    """Malformed PropertyIds and values that don't fit their type are 400s; multi-value lambdas and $expand-all too."""
    task = api.task()
    item = f"me/tasks('{key(task['Id'])}')"
    for body, code in (
        (_single("Color", "Green"), "ErrorInvalidProperty"),
        (_single(COLOR.replace("String", "Text"), "Green"), "ErrorInvalidExtendedProperty"),
        (_single(PALLETE_INT, "twelve"), "ErrorInvalidExtendedPropertyValue"),
        (_single(CONNECTOR, "not a guid"), "ErrorInvalidExtendedPropertyValue"),
        (
            {"MultiValueExtendedProperties": [{"PropertyId": PALETTE, "Value": "Green"}]},
            "ErrorInvalidExtendedPropertyValue",
        ),
    ):
        expect_error(api.patch(item, body), 400, code)
    expect_error(api.get(item, params={"$expand": "SingleValueExtendedProperties"}), 400, "ErrorInvalidUrlQuery")
    expect_error(
        api.get("me/tasks", params={"$filter": f"MultiValueExtendedProperties/Any(ep: ep/PropertyId eq '{PALETTE}')"}),
        400,
        "ErrorInvalidProperty",
    )
    assert ok(api.get(item))["ChangeKey"] == task["ChangeKey"], "a refused PATCH changed the task"


# The eight resource kinds of seed 001 with a minimal valid body each.
EIGHT_KINDS = {
    "me/messages": {"Subject": "extended"},
    "me/events": {
        "Subject": "extended",
        "Start": {"DateTime": "2015-11-26T18:00:00", "TimeZone": "Pacific Standard Time"},
        "End": {"DateTime": "2015-11-26T23:00:00", "TimeZone": "Pacific Standard Time"},
    },
    "me/contacts": {"GivenName": "extended"},
    "me/tasks": {"Subject": "extended"},
    "me/mailfolders": {"DisplayName": "extended"},
    "me/calendars": {"Name": "extended"},
    "me/contactfolders": {"DisplayName": "extended"},
    "me/taskfolders": {"Name": "extended"},
}


@rule("extended.all_eight_resource_kinds", "extended_properties_dropped")
def all_eight_kinds(api: Api) -> None:
    """Every kind the seed names takes both kinds of extended property on POST, and $expand/$filter find them."""
    both = {
        **_single(COLOR, "Green"),
        "MultiValueExtendedProperties": [{"PropertyId": PALETTE, "Value": ["Green", "Aqua", "Blue"]}],
    }
    expand = {
        "$expand": f"SingleValueExtendedProperties($filter=PropertyId eq '{COLOR}'),"
        f"MultiValueExtendedProperties($filter=PropertyId eq '{PALETTE}')"
    }
    lambda_ = {"$filter": f"SingleValueExtendedProperties/Any(ep: ep/PropertyId eq '{COLOR}' and ep/Value eq 'Green')"}
    for path, body in EIGHT_KINDS.items():
        created = api.create(path, {**body, **both}, path + "('{id}')")
        item = ok(api.get(f"{path}('{key(created['Id'])}')", params=expand))
        assert item["SingleValueExtendedProperties"] == [{"PropertyId": COLOR, "Value": "Green"}], path
        assert item["MultiValueExtendedProperties"] == both["MultiValueExtendedProperties"], path
        found = [f["Id"] for f in _all_pages(api, path, lambda_)]
        assert created["Id"] in found, f"{path}: the Any() filter missed the item"


def _all_pages(api: Api, path: str, params: dict) -> list[dict]:
    """Every member of a filtered list, following @odata.nextLink (a shared mailbox may hold many matches)."""
    page = ok(api.get(path, params=params, prefer="odata.maxpagesize=100"))
    items = page["value"]
    for _ in range(100):
        if "@odata.nextLink" not in page:
            return items
        page = ok(api.get(page["@odata.nextLink"], prefer="odata.maxpagesize=100"))
        items += page["value"]
    raise AssertionError(f"{path}: paging did not end")
