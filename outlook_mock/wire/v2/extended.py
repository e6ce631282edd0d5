"""Extended properties on the v2.0 wire (seed 001): in bodies, in ``$expand``, in ``$filter``.

* POST/PATCH bodies may carry ``SingleValueExtendedProperties`` and
  ``MultiValueExtendedProperties``; responses to those calls leave them out.
* ``$expand=SingleValueExtendedProperties($filter=PropertyId eq '...')`` (or the
  multi-value form) on one item returns exactly the matching properties; an
  ``$expand`` without such a filter would ask for all of them and is refused.
* ``$filter=SingleValueExtendedProperties/Any(ep: ...)`` works on collections
  because ``filter_view`` adds the single-value properties to the entity the
  query engine sees; multi-value ones are not filterable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ...errors import ErrorInvalidUrlQuery, RequestBodyRead
from ...odata_query import EntityShape, parse_filter
from ...store.extended_properties import ExtendedChanges, ExtendedProperties, PropertyKey, parse_property_id

SINGLE, MULTI = "SingleValueExtendedProperties", "MultiValueExtendedProperties"
NAMES = (SINGLE, MULTI)
_PROPERTY_SHAPE = EntityShape(
    name="Microsoft.OutlookServices.ExtendedProperty",
    properties={"PropertyId": "String", "Value": "String"},
    filterable=frozenset({"PropertyId"}),
)
# What a query engine shape needs to know to filter on single-value extended properties.
SHAPE_PROPERTIES = {SINGLE: "Collection(ExtendedProperty)", MULTI: "Collection(ExtendedProperty)"}


def split_body(body: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the body without extended properties, the extended properties part)."""
    rest = {k: v for k, v in body.items() if k not in NAMES}
    return rest, {k: body[k] for k in NAMES if k in body}


def parse(part: Mapping[str, Any]) -> ExtendedChanges:
    """The extended-property members of a body -> what to set (the store checks the values)."""
    single: dict[PropertyKey, object] = {}
    multi: dict[PropertyKey, object] = {}
    for name, entries in part.items():
        if not isinstance(entries, list):
            raise RequestBodyRead(f"'{name}' must be an array.")
        for entry in entries:
            if not isinstance(entry, dict) or set(entry) != {"PropertyId", "Value"}:
                raise RequestBodyRead(f"Each element of '{name}' has exactly the properties PropertyId and Value.")
            key = parse_property_id(entry["PropertyId"], multi=name == MULTI)
            (multi if name == MULTI else single)[key] = entry["Value"]
    return single, multi


def filter_view(props: ExtendedProperties) -> dict[str, list[dict]]:
    return {SINGLE: [{"PropertyId": k.text, "Value": v} for k, v in props.single.items()]}


def parse_expand(text: str) -> list[tuple[str, str]]:
    """``Name($filter=...),Name2($filter=...)`` -> [(canonical name, filter text)].

    A small recursive-descent scan that respects quotes and nested parentheses.
    """
    items, pos = [], 0
    while pos < len(text):
        open_at = text.find("(", pos)
        comma_at = text.find(",", pos)
        if open_at < 0 or (0 <= comma_at < open_at):
            raise ErrorInvalidUrlQuery(
                "Expanding all extended properties at once is not supported; add ($filter=PropertyId eq '...')."
            )
        name = text[pos:open_at].strip()
        canonical = next((n for n in NAMES if n.lower() == name.lower()), None)
        if canonical is None:
            raise ErrorInvalidUrlQuery(f"'{name}' cannot be expanded.")
        close_at = _closing(text, open_at)
        option, _, value = text[open_at + 1 : close_at].partition("=")
        if option.strip().lower() != "$filter" or not value.strip():
            raise ErrorInvalidUrlQuery(f"Expand '{canonical}' with ($filter=PropertyId eq '...').")
        items.append((canonical, value))
        pos = close_at + 1
        while pos < len(text) and text[pos] in " ,":
            pos += 1
    if not items:
        raise ErrorInvalidUrlQuery("$expand is empty.")
    return items


def split_expand(text: str, navigations: tuple[str, ...]) -> tuple[list[str], str]:
    """Split ``$expand`` into the navigation properties a resource expands itself (``navigations``, lower-case,
    named without options) and the rest, the extended properties, left for ``expanded`` (empty: none).
    An empty item (an empty ``$expand``, a trailing comma) is refused, 400."""
    found, rest, depth, quoted, start = [], [], 0, False, 0
    for i, char in enumerate(text + ","):
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        elif not quoted and depth == 0 and char == ",":
            item = text[start:i].strip()
            if not item:  # "$expand=", "Attachments,": nothing named
                raise ErrorInvalidUrlQuery("$expand is empty." if not text.strip() else "$expand names an empty item.")
            if item.lower() in navigations:
                found.append(item.lower())
            else:
                rest.append(item)
            start = i + 1
    return found, ",".join(item for item in rest if item)


def _closing(text: str, open_at: int) -> int:
    depth, quoted = 0, False
    for i in range(open_at, len(text)):
        char = text[i]
        if char == "'":
            quoted = not quoted  # '' inside a string toggles twice: still quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ErrorInvalidUrlQuery("Unbalanced parentheses in $expand.")


def expanded(expand: str, props: ExtendedProperties, context: str) -> dict[str, Any]:
    """The ``$expand``-ed members of one entity, each with its ``@odata.context``."""
    return expander(expand)(props, context)


def expander(expand: str) -> Callable[[ExtendedProperties, str], dict[str, Any]]:
    """``expanded`` with ``expand`` parsed (and refused, 400) once: for every member of a list's page."""
    wanted = [(name, parse_filter(filter_text, _PROPERTY_SHAPE)) for name, filter_text in parse_expand(expand)]

    def expand_one(props: ExtendedProperties, context: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, matches in wanted:
            source = props.single if name == SINGLE else {k: list(v) for k, v in props.multi.items()}
            out[f"{name}@odata.context"] = f"{context}/{name}"
            out[name] = [
                entry for entry in ({"PropertyId": k.text, "Value": v} for k, v in source.items()) if matches(entry)
            ]
        return out

    return expand_one
