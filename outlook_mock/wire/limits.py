"""The largest string and collection a request body may carry, per property: one walk over every body.

Nothing about a mock requires storing a 100 MB Subject or 100,000 categories, and the real service capped
what an app could upload (150 MB per mailbox per 5 minutes). These caps are far above what real items
carry and bound what one property can cost. They apply to every JSON body of both dialects, wherever the
property appears (an item attachment's embedded item too), before any parser sees it: a value over its
cap is a 400 ``ErrorInvalidProperty`` naming the property and the cap, and nothing is stored.

The numbers (written into both specs' descriptions, and as maxLength/maxItems on the request schemas):

- any string: 4,096 characters; any array: 500 members (the recipient limit of an Exchange Online message);
- ``Name``/``DisplayName`` (folders, calendars, groups, attachments, people, locations): 255 characters;
- ``Categories``: 250 entries of at most 255 characters each;
- ``Content`` (an item's body) and ``PersonalNotes``: 4,194,304 characters (4 Mi);
- ``ContentBytes``: 5,592,408 characters, the base64 of 4 MiB (the service took larger files in an upload
  session, which these APIs do not have);
- an extended property's ``Value`` (or each of a multi-value property's values): 65,536 characters;
- a property *name* longer than 255 characters is no property of any entity (400 ``RequestBodyRead``),
  and is not echoed back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ErrorInvalidProperty, RequestBodyRead
from ..faults import broken

__all__ = ["Limit", "LIMITS", "DEFAULT", "check_sizes"]


@dataclass(frozen=True)
class Limit:
    length: int = 4096  # characters of a string value (and of each string in an array value)
    items: int = 500  # members of an array value


DEFAULT = Limit()
_NAME = Limit(length=255)
_LONG_TEXT = Limit(length=4 * 1024 * 1024)
MAX_NAME_LENGTH = 255  # of a property name

# By property name, lower-case (the parsers' names are case-sensitive; a cap need not be).
LIMITS: dict[str, Limit] = {
    "name": _NAME,
    "displayname": _NAME,
    "categories": Limit(length=255, items=250),
    "content": _LONG_TEXT,
    "personalnotes": _LONG_TEXT,
    "contentbytes": Limit(length=4 * ((4 * 1024 * 1024 + 2) // 3)),
    "value": Limit(length=65536),
}


# No body of fewer bytes can break a cap: a JSON string has at most as many characters as bytes, and an
# array of n members takes 2n-1 bytes or more.
SMALLEST_CAP = min(MAX_NAME_LENGTH, *(limit.length for limit in LIMITS.values()), DEFAULT.length,
                   *(2 * limit.items for limit in LIMITS.values()), 2 * DEFAULT.items)  # fmt: skip


def check_sizes(body: Any) -> None:
    """Raise 400 if a string or an array anywhere in ``body`` is over its property's cap.

    Iterative, not recursive: a body nested as deep as the JSON decoder allows must not overflow the stack.
    """
    if broken("unbounded_properties"):
        return
    stack: list[tuple[str, Any]] = [("", body)]
    while stack:
        name, value = stack.pop()
        limit = LIMITS.get(name.lower(), DEFAULT)
        if isinstance(value, str):
            _check_length(name, value, limit)
        elif isinstance(value, list):
            if len(value) > limit.items:
                raise ErrorInvalidProperty(
                    f"The property '{name}' has {len(value)} members; at most {limit.items} are allowed."
                )
            stack.extend((name, member) for member in value)
        elif isinstance(value, dict):
            for key, member in value.items():
                if len(key) > MAX_NAME_LENGTH:
                    raise RequestBodyRead(f"A property name of {len(key)} characters names no property.")
                stack.append((key, member))


def _check_length(name: str, value: str, limit: Limit) -> None:
    if len(value) > limit.length:
        raise ErrorInvalidProperty(
            f"The value of the property '{name}' is too long: {len(value)} characters; "
            f"at most {limit.length} are allowed."
        )
