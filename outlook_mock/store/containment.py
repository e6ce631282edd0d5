"""An item reached through its container (``/me/taskfolders/{f}/tasks/{id}``) must be in that container."""

from __future__ import annotations

from ..errors import ErrorItemNotFound
from ..faults import broken

__all__ = ["require_in"]


def require_in(container_id: str, item_container_id: str) -> None:
    """404 (as for an unknown id) when the item lives in another container than the path names."""
    if container_id != item_container_id and not broken("item_container_unchecked"):
        raise ErrorItemNotFound("The specified object was not found in the store.")
