"""OData query options on lists: $filter, $orderby, $select, $top, $skip and server-driven paging."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from ..target import PREVIEW_ROOT
from . import rule


@rule("queries.filter_orderby_select_top_skip", "ignore_filter")
def query_options(api: Api) -> None:
    """Lists honour $filter, $orderby, $select, $top and $skip, and page with @odata.nextLink."""
    folder = api.folder("Queries")
    path = f"me/taskfolders('{key(folder['Id'])}')/tasks"
    for subject, importance in (("b", "High"), ("a", "Low"), ("c", "High")):
        api.task({"Subject": subject, "Importance": importance}, folder=folder["Id"])
    high = ok(
        api.get(path, params={"$filter": "Importance eq 'High'", "$orderby": "Subject desc", "$select": "Subject"})
    )["value"]
    assert [t["Subject"] for t in high] == ["c", "b"] and all("Importance" not in t for t in high)
    page = ok(api.get(path, params={"$orderby": "Subject", "$top": "1", "$skip": "1"}))["value"]
    assert [t["Subject"] for t in page] == ["b"]
    first = ok(api.get(path, params={"$orderby": "Subject"}, prefer="odata.maxpagesize=2"))
    assert [t["Subject"] for t in first["value"]] == ["a", "b"] and first.get("@odata.nextLink")
    rest = ok(api.get(first["@odata.nextLink"], prefer="odata.maxpagesize=2"))
    assert [t["Subject"] for t in rest["value"]] == ["c"] and "@odata.nextLink" not in rest


@rule("queries.cost_bounds", "nested_lambdas_accepted", "duplicate_orderby_accepted")
def cost_bounds(api: Api) -> None:
    """Query options beyond the cost bounds are refused: nested lambdas, repeated or >8 sort keys, long $select."""
    folder = api.folder("Bounds")
    path = f"me/taskfolders('{key(folder['Id'])}')/tasks"
    task = api.task({"Subject": "bounded", "Categories": ["Red", "Blue"]}, folder=folder["Id"])
    one_level = "Categories/any(a: a eq 'Red') and Categories/all(b: b ne 'Green')"
    assert [t["Id"] for t in ok(api.get(path, params={"$filter": one_level}))["value"]] == [task["Id"]]
    nested = "Categories/any(a: Categories/any(b: b eq a))"
    expect_error(api.get(path, params={"$filter": nested}), 400, "ErrorRestrictionTooComplex")
    keys = ["Subject", "Importance", "Status", "CreatedDateTime", "LastModifiedDateTime", "Owner", "AssignedTo"]
    keys.append("DueDateTime/DateTime")
    ok(api.get("me/tasks", params={"$orderby": ", ".join(keys)}))
    too_many = ", ".join([*keys, "StartDateTime/DateTime"])
    expect_error(api.get("me/tasks", params={"$orderby": too_many}), 400, "ErrorRestrictionTooComplex")
    for twice in ("Subject, Subject", "Subject desc, Importance, subject asc"):
        expect_error(api.get("me/tasks", params={"$orderby": twice}), 400, "ErrorInvalidUrlQuery")
    expect_error(api.get("me/tasks", params={"$select": ",".join(["Subject"] * 101)}), 400, "ErrorInvalidUrlQuery")
    preview = api.at(PREVIEW_ROOT)
    expect_error(
        preview.get("Me/Events", params={"$orderby": "Subject,Start desc,subject"}), 400, "ErrorInvalidUrlQuery"
    )
