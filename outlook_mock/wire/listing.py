"""How a list of stored items meets the query pipeline (``odata_query.select_page``), in both dialects.

A list never renders what it does not return. The query engine reads each member through a
``LazyView``: a mapping from wire property names to values, computed when read, by the
kind's ``getters`` (cheap, one property each) or, for a property without one, by rendering the
member once. The page alone is rendered in full. ``$orderby`` on a property with a getter is
served by a sorted index the member's ``ItemTable`` keeps (built on first use, maintained on
every write), so a page costs O(page) at any mailbox size.

A kind's getters must return exactly what its render function puts under the same name, and
depend only on the member, the view's time zone and the planted faults (never on other
members or other stores: an index keeps their values between writes to the member itself).
Building an index is the one cost that grows with the list (O(n log n), once per container and
key, on the first ``$orderby`` by that key); it is not charged to the request's query budget.
``tests/unit/test_listing.py`` checks both for every kind.

``$expand`` is the same: a list that takes it (messages and events: their ``Attachments`` and extended
properties) has an ``expand`` function, applied to the members of the page only, after ``$select``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..faults import planted_now
from ..odata_query import PLAIN_MAPPINGS, EntityShape, sort_key
from ..store.indexes import ALL, ItemTable

__all__ = ["Kind", "LazyView", "StoredList"]

Getter = Callable[[Any, Any], Any]  # (member, view) -> the value of one wire property


@dataclass(frozen=True)
class Kind:
    """One kind of list member as a dialect shows it to the query engine."""

    shape: EntityShape
    getters: Mapping[str, Getter]  # wire property -> its value, as the render function has it


class LazyView(Mapping):
    """A member in wire form, each property computed when read (the full render only if ever needed)."""

    __slots__ = ("_item", "_view", "_getters", "_render", "_rendered")

    def __init__(self, item: Any, view: Any, getters: Mapping[str, Getter], render: Callable[[Any], dict]) -> None:
        self._item, self._view, self._getters, self._render = item, view, getters, render
        self._rendered: dict | None = None

    def _full(self) -> dict:
        if self._rendered is None:
            self._rendered = self._render(self._item)
        return self._rendered

    def __getitem__(self, name: str) -> Any:
        get = self._getters.get(name)
        return get(self._item, self._view) if get is not None else self._full()[name]

    def __contains__(self, name: object) -> bool:
        return name in self._getters or name in self._full()

    def __iter__(self) -> Iterator[str]:
        return iter({**self._full(), **dict.fromkeys(self._getters)})

    def __len__(self) -> int:
        return len({**self._full(), **dict.fromkeys(self._getters)})


PLAIN_MAPPINGS.add(LazyView)


@dataclass
class StoredList:
    """A list of stored members (an ``odata_query.Listing``): a table's container, or a plain mapping."""

    kind: Kind
    context: Any  # the dialect's per-request rendering context (its ``View``)
    render: Callable[[Any], dict]  # member -> its JSON in the list
    members: Mapping[str, Any]  # an ItemTable (indexes available) or any mapping of id -> member
    container: Hashable = ALL
    # member -> its ``$expand``-ed members (the request's $expand, parsed once); None: the request expands nothing
    expand: Callable[[Any], dict] | None = None

    def items(self) -> Iterable[Any]:
        if isinstance(self.members, ItemTable):
            return self.members.members(self.container)
        return iter(self.members.values())

    def view(self, item: Any) -> LazyView:
        return LazyView(item, self.context, self.kind.getters, self.render)

    def ordered(self, path: str, descending: bool) -> Iterable[tuple[Any, int, Any]] | None:
        table = self.members
        if not isinstance(table, ItemTable) or path.split("/")[0] not in self.kind.getters:
            return None
        # An index is named by everything its keys depend on. The view's zone changes how dates are shown,
        # but a top-level DateTimeOffset sorts as the instant it is whatever its offset; only a member of a
        # complex value (DueDateTime/DateTime: a wall-clock time in the zone) sorts differently per zone.
        zone = getattr(self.context, "zone", None) if "/" in path else None
        name = (self.kind.shape.name, path, zone, planted_now())
        context, getters, render = self.context, self.kind.getters, self.render
        index = table.sorted_index(
            self.container, name, lambda item: sort_key(LazyView(item, context, getters, render), path)
        )
        return ((key, position, table[item_id]) for key, position, item_id in index.entries(descending))
