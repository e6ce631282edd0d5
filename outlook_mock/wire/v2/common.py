"""What the v2.0 handlers of every resource share: the rendering view, lists, single entities, $expand.

Lists get $filter/$orderby/$select/$top/$skip and server-driven paging; single
entities get $select and the ``$expand``-ed extended properties.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from urllib.parse import quote

from starlette.responses import Response

from ...faults import broken
from ...odata_query import EntityShape, apply, parse_query, project
from ...store.extended_properties import ExtendedProperties
from ..http import Call, json_response
from . import extended
from . import representations as rep

DEFAULT_PAGE_SIZE = 10
ALWAYS = ("Id",)


def request_view(call: Call) -> rep.View:
    user = call.principal.user
    tenant_id = call.tenant.id
    zone = None if broken("ignore_prefer_timezone") else call.prefer.timezone
    return rep.View(call.base_url, f"Users('{user.id}@{tenant_id}')", zone)


def url_key(value: str) -> str:
    """An id as it appears inside a URL or context path."""
    return quote(value, safe="")


def context_url(call: Call, path: str) -> str:
    return f"{call.base_url}/$metadata#{path}"


def system_options(query: Mapping[str, str], allowed: set[str]) -> dict[str, str]:
    """The ``$`` options of a request that a handler understands, keyed without the ``$``."""
    return {k[1:]: v for k, v in query.items() if k.startswith("$") and k[1:] in allowed}


def collection(call: Call, context: str, shape: EntityShape, items: Iterable[dict], link_path: str) -> Response:
    """A list with $filter/$orderby/$select/$top/$skip and server-driven paging.

    ``Prefer: odata.track-changes`` on a collection that cannot be synchronized is not
    applied (RFC 7240: a preference the server cannot honour is ignored), so no
    ``Preference-Applied: odata.track-changes`` comes back (see ``listTasks`` in the spec).
    """
    query = parse_query(system_options(call.query, {"filter", "orderby", "select", "top", "skip"}), shape)
    if broken("ignore_filter"):
        query = replace(query, filter=None)
    matched = [without_extended(item) for item in apply(query, items)]
    end = len(matched) if query.top is None else min(len(matched), query.skip + query.top)
    page_size = call.prefer.max_page_size or DEFAULT_PAGE_SIZE
    page = matched[query.skip : min(end, query.skip + page_size)]
    body = {
        "@odata.context": context_url(call, context),
        "value": [project(item, query.select, ALWAYS) for item in page],
    }
    headers = {}
    if call.prefer.max_page_size:
        headers["Preference-Applied"] = f"odata.maxpagesize={call.prefer.max_page_size}"
    if query.skip + len(page) < end:
        rest = None if query.top is None else end - query.skip - len(page)
        body["@odata.nextLink"] = call.link(
            link_path,
            filter=call.query.get("$filter"),
            orderby=call.query.get("$orderby"),
            select=call.query.get("$select"),
            top=rest,
            skip=query.skip + len(page),
        )
    return json_response(body, headers=headers)


def entity_response(
    call: Call, context: str, shape: EntityShape, item: dict, status: int = 200, expanded: dict | None = None
) -> Response:
    """One entity, projected by ``$select``; ``$expand``-ed members are kept whatever ``$select`` says."""
    query = parse_query(system_options(call.query, {"select"}), shape)
    body = {"@odata.context": context_url(call, f"{context}/$entity"), **project(item, query.select, ALWAYS)}
    return json_response({**body, **(expanded or {})}, status)


def expanded_properties(call: Call, props: ExtendedProperties, entity_path: str) -> dict:
    """The extended properties a GET of one item asks for with ``$expand``."""
    if "$expand" not in call.query:
        return {}
    return extended.expanded(call.query["$expand"], props, context_url(call, entity_path))


def filterable(rendered: dict, props: ExtendedProperties) -> dict:
    """A list member as ``$filter`` sees it: with its single-value extended properties."""
    return {**rendered, **extended.filter_view(props)}


def without_extended(item: Mapping) -> Mapping:
    return {k: v for k, v in item.items() if k not in extended.NAMES} if extended.SINGLE in item else item
