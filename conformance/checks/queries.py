"""OData query options on lists: $filter, $orderby, $select, $top, $skip and server-driven paging."""

from __future__ import annotations

from ..api import Api, key, ok
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
