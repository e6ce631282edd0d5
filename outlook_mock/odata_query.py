"""OData v4 system query options ($filter, $orderby, $select, $top, $skip) and the list pipeline.

Entities are evaluated in their wire form: mappings with PascalCase keys (a list
hands in lazy views that compute a property when it is read, see ``Listing``).
$filter and $orderby are parsed by one LALR grammar (lark) and compiled, with
type checks against an EntityShape, into plain closures. Any bad input ends as
ErrorInvalidUrlQuery, ErrorInvalidProperty or ErrorInvalidUrlQueryFilter;
nothing else escapes, neither while parsing nor while evaluating.

What one request may cost is bounded: a lambda (``any``/``all``) may not nest in
another, $orderby names at most MAX_ORDERBY_KEYS distinct keys and $select at most
MAX_SELECT_TERMS names, so evaluating a $filter is linear in (expression size x
items examined); and ``select_page`` stops with ErrorRestrictionTooComplex when a
request has examined items for longer than QUERY_BUDGET_SECONDS (the handlers run
on the server's event loop: one request must not stall the others).
"""

from __future__ import annotations

import contextvars
import functools
import operator
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from lark import Lark, Token, Tree
from lark.exceptions import LarkError

from outlook_mock.errors import (
    ErrorInvalidProperty,
    ErrorInvalidUrlQuery,
    ErrorInvalidUrlQueryFilter,
    ErrorRestrictionTooComplex,
)
from outlook_mock.faults import broken

__all__ = [
    "Budget",
    "EntityShape",
    "Listing",
    "Query",
    "apply",
    "parse_filter",
    "parse_orderby",
    "parse_query",
    "parse_select",
    "project",
    "select_page",
    "sort_key",
]

MAX_LENGTH = 4096  # longer option values are rejected before parsing
MAX_DEPTH = 64  # nesting of not/and/or/lambda/cast; keeps evaluation far from the recursion limit
MAX_INT32 = 2**31 - 1
# Cost bounds (the spec's descriptions of $filter, $orderby and $select say the same).
MAX_LAMBDA_NESTING = 1  # any()/all() inside any()/all() is refused: the cost would be |collection|^depth
MAX_ORDERBY_KEYS = 8
MAX_SELECT_TERMS = 100
QUERY_BUDGET_SECONDS = 0.5  # of CPU time, examining and sorting the items of one list request

GRAMMAR = r"""
?filter: or_expr
orderby: order_item ("," order_item)*
order_item: member [ASC | DESC]

?or_expr: and_expr ("or"i and_expr)*
?and_expr: cmp_expr ("and"i cmp_expr)*
?cmp_expr: unary (cmp_op unary)?
?unary: "not"i unary -> not_expr
      | primary
?primary: "(" or_expr ")"
        | member
        | call
        | literal
!cmp_op: "eq"i | "ne"i | "gt"i | "ge"i | "lt"i | "le"i

member: segment ("/" segment)*
?segment: NAME | lambda_call
lambda_call: (ANY | ALL) "(" [NAME ":" or_expr] ")"
call: NAME "(" [arg ("," arg)*] ")"
?arg: or_expr | QNAME
literal: STRING | DATETIME | GUID | DECIMAL | INT | TRUE | FALSE | NULL

ASC: "asc"i
DESC: "desc"i
ANY: "any"i
ALL: "all"i
TRUE: "true"i
FALSE: "false"i
NULL: "null"i
NAME: /[A-Za-z_][A-Za-z0-9_]*/
QNAME.2: /[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+/
STRING: /'(?:[^']|'')*'/
DATETIME.3: /[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})/i
GUID.3: /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/
DECIMAL.2: /-?[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?/
INT.1: /-?[0-9]+/
%ignore /[ \t\r\n]+/
"""

# Compiled once at import; the contextual lexer turns NAMEs such as "And" into keywords.
_PARSER = Lark(GRAMMAR, parser="lalr", start=["filter", "orderby"])

_SEARCH_ONLY = ("contains", "startswith", "endswith")
_SEARCH_MESSAGE = "'contains' and 'startswith' are not supported for filtering.  Use Search instead."


@dataclass(frozen=True)
class EntityShape:
    """What the query engine needs to know about one entity type."""

    name: str  # e.g. "Microsoft.OutlookServices.Task" (used in error messages)
    properties: Mapping[str, str]  # canonical property name -> Edm-ish type ("String", "Collection(String)", ...)
    filterable: frozenset[str]  # canonical names that may appear in $filter and $orderby

    def canonical(self, name: str) -> str:
        """The property's canonical spelling; ErrorInvalidProperty when the type has none."""
        for prop in self.properties:
            if prop.lower() == name.lower():
                return prop
        raise ErrorInvalidProperty(f"Could not find a property named '{name}' on type '{self.name}'.")


@dataclass(frozen=True)
class Query:
    """Immutable result of parsing the query options of one request."""

    filter: Callable[[Mapping], bool] | None
    orderby: tuple[tuple[str, bool], ...]  # (property path, descending)
    select: tuple[str, ...] | None  # canonical names; None = all
    top: int | None
    skip: int


# --- values ---------------------------------------------------------------
_KINDS = {
    "String": "string",
    "Enum": "enum",
    "Guid": "guid",
    "Boolean": "bool",
    "DateTimeOffset": "datetime",
    "Null": "null",
    **dict.fromkeys(("Byte", "Int16", "Int32", "Int64", "Single", "Double", "Decimal"), "number"),
}
# Which pairs of operand kinds may be compared, and as what ("any" = untyped sub-path, decided by the other side).
_DOMAINS = {
    ("string", "string"): "string",
    ("enum", "string"): "string",
    ("enum", "enum"): "string",
    ("guid", "guid"): "string",
    ("guid", "string"): "string",
    ("number", "number"): "number",
    ("bool", "bool"): "bool",
    ("datetime", "datetime"): "datetime",
    ("datetime", "string"): "datetime",
}
_OPS = {
    "eq": operator.eq,
    "ne": operator.ne,
    "gt": operator.gt,
    "ge": operator.ge,
    "lt": operator.lt,
    "le": operator.le,
}
_DATETIME_RE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})"
    r"(?::([0-9]{2})(?:\.([0-9]+))?)?(Z|[+-][0-9]{2}:[0-9]{2})?",
    re.IGNORECASE,
)
_GUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
_NUMBER_RE = re.compile(r"\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*")
_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _kind(edm: str | None) -> str:
    if edm is None:
        return "any"
    edm = edm.removeprefix("Edm.")
    return "collection" if edm.startswith("Collection(") else _KINDS.get(edm, "complex")


@functools.lru_cache(maxsize=4096)
def _parse_instant(text: str) -> tuple[int, bool] | None:
    """(100-ns ticks since 0001-01-01 UTC, had an explicit offset) for an ISO 8601 date-time."""
    m = _DATETIME_RE.fullmatch(text)
    if not m:
        return None
    year, month, day, hour, minute, second, fraction, zone = m.groups()
    try:
        date = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0))
    except ValueError:
        return None
    offset = 0
    if zone and zone.upper() != "Z":
        hours, minutes = int(zone[1:3]), int(zone[4:6])
        if hours > 23 or minutes > 59:
            return None
        offset = (hours * 60 + minutes) * 60 * (-1 if zone[0] == "-" else 1)
    seconds = date.toordinal() * 86400 + date.hour * 3600 + date.minute * 60 + date.second - offset
    return seconds * 10**7 + int((fraction or "")[:7].ljust(7, "0")), zone is not None


def _instant(value: Any, require_offset: bool = False) -> int | None:
    """DateTimeOffset text as comparable ticks (naive text counts as UTC unless require_offset)."""
    parsed = _parse_instant(value) if isinstance(value, str) else None
    return parsed[0] if parsed and (parsed[1] or not require_offset) else None


def _coerce(domain: str, value: Any) -> Any:
    """The value as a member of the comparison domain, or None when it is not one."""
    if domain == "datetime":
        return _instant(value)
    if isinstance(value, bool):  # bool is an int in Python, but not in OData
        return value if domain == "bool" else None
    return value if isinstance(value, {"string": str, "number": (int, float)}.get(domain, ())) else None


def _compare(op: str, domain: str, left: Any, right: Any) -> bool:
    """OData comparison: null equals only null, ordering against null is false, strings eq/ne ignore case."""
    if left is None or right is None:
        return (left is None and right is None) == (op == "eq") if op in ("eq", "ne") else False
    if domain == "dynamic":  # both sides untyped: the left value decides
        domain = "bool" if isinstance(left, bool) else "number" if isinstance(left, (int, float)) else "string"
    left, right = _coerce(domain, left), _coerce(domain, right)
    if left is None or right is None:
        return op == "ne"
    if domain == "string" and op in ("eq", "ne"):
        left, right = left.casefold(), right.casefold()
    return _OPS[op](left, right)


PLAIN_MAPPINGS: set[type] = {dict}  # Mapping types _walk reads without an ABC check (a list's lazy view adds itself)


def _walk(value: Any, steps: Iterable[str]) -> Any:
    """Follow a property path through nested dicts; keys match case-insensitively; missing = None."""
    for step in steps:
        if type(value) not in PLAIN_MAPPINGS and not isinstance(value, Mapping):
            return None
        try:
            value = value[step]
        except KeyError:
            value = next((v for k, v in value.items() if isinstance(k, str) and k.lower() == step.lower()), None)
    return value


_FLIPPED = {"eq": "eq", "ne": "ne", "gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}  # a op b == b flipped(op) a
_COERCE = {  # _coerce(domain, value) for one domain, as a plain function
    "string": lambda value: value if isinstance(value, str) else None,
    "number": lambda value: value if isinstance(value, (int, float)) and not isinstance(value, bool) else None,
    "bool": lambda value: value if isinstance(value, bool) else None,
    "datetime": _instant,
}


def _against_constant(op: str, domain: str, left_fn: Callable[[dict], Any], constant: Any) -> Callable[[dict], bool]:
    """``_compare(op, domain, left, constant)`` with the constant coerced once, not once per item."""
    right = _coerce(domain, constant)
    unequal = op == "ne"  # what a null or unconvertible operand gives
    if right is None:
        return lambda env: unequal
    fold = domain == "string" and op in ("eq", "ne")
    if fold:
        right = right.casefold()
    coerce, compare = _COERCE[domain], _OPS[op]

    def test(env: dict) -> bool:
        left = left_fn(env)
        if left is None:
            return unequal
        left = coerce(left)
        if left is None:
            return unequal
        return compare(left.casefold() if fold else left, right)

    return test


def _int_cast(bits: int) -> Callable[[Any], int | None]:
    def cast(value: Any) -> int | None:
        integral = isinstance(value, float) and value.is_integer()
        if integral or isinstance(value, str) and re.fullmatch(r"\s*[+-]?[0-9]{1,20}\s*", value):
            value = int(value)
        ok = isinstance(value, int) and not isinstance(value, bool) and -(2 ** (bits - 1)) <= value < 2 ** (bits - 1)
        return value if ok else None

    return cast


def _to_double(value: Any) -> float | None:
    if isinstance(value, str) and _NUMBER_RE.fullmatch(value):
        return float(value)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _to_string(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, (str, int, float)) else None


# cast(x, Edm.T): lower-cased type name -> (result type, converter returning None when x does not convert)
_CASTS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "edm.int32": ("Int32", _int_cast(32)),
    "edm.int64": ("Int64", _int_cast(64)),
    "edm.double": ("Double", _to_double),
    "edm.boolean": (
        "Boolean",
        lambda v: (
            v
            if isinstance(v, bool)
            else {"true": True, "false": False}.get(v.strip().lower())
            if isinstance(v, str)
            else None
        ),
    ),
    "edm.guid": ("Guid", lambda v: v.strip() if isinstance(v, str) and _GUID_RE.fullmatch(v.strip()) else None),
    "edm.datetimeoffset": ("DateTimeOffset", lambda v: v if _instant(v) is not None else None),
    "edm.string": ("String", _to_string),
}


# literal token type -> (Python value from the token text, Edm type)
_LITERALS: dict[str, tuple[Callable[[str], Any], str]] = {
    "STRING": (lambda text: text[1:-1].replace("''", "'"), "String"),
    "INT": (int, "Int64"),
    "DECIMAL": (float, "Double"),
    "DATETIME": (str, "DateTimeOffset"),
    "GUID": (str, "Guid"),
    "TRUE": (lambda _: True, "Boolean"),
    "FALSE": (lambda _: False, "Boolean"),
    "NULL": (lambda _: None, "Null"),
}


# --- compiling the syntax tree ----------------------------------------------
@dataclass(frozen=True)
class _Node:
    """A compiled operand: env -> value, plus its static Edm type (None = unknown)."""

    fn: Callable[[dict], Any]
    edm: str | None
    literal: bool = False

    @property
    def kind(self) -> str:
        return _kind(self.edm)


_IT = "$it"  # env key of the entity itself; lambda variables are the other keys


class _Compiler:
    def __init__(self, shape: EntityShape, verb: str) -> None:
        self.shape, self.verb = shape, verb  # verb: "filtering" or "sorting", for error messages

    def boolean(self, tree: Tree, scope: dict, depth: int) -> Callable[[dict], bool]:
        node = self.expr(tree, scope, depth)
        if node.kind not in ("bool", "any"):
            raise ErrorInvalidUrlQuery(f"Expected a Boolean expression but found {node.edm}.")
        fn = node.fn
        return lambda env: fn(env) is True

    def expr(self, tree: Tree, scope: dict, depth: int) -> _Node:
        if depth > MAX_DEPTH:
            raise ErrorInvalidUrlQuery(f"The $filter expression is nested more than {MAX_DEPTH} levels deep.")
        if not isinstance(tree, Tree):  # a type name (QNAME) outside cast()
            raise ErrorInvalidUrlQuery(f"Unexpected type name '{tree}'.")
        return getattr(self, "_" + tree.data)(tree, scope, depth + 1)

    def _or_expr(self, tree: Tree, scope: dict, depth: int) -> _Node:  # also and_expr; both are n-ary
        parts = [self.boolean(child, scope, depth) for child in tree.children]
        quantifier = any if tree.data == "or_expr" else all
        return _Node(lambda env: quantifier(part(env) for part in parts), "Boolean")

    _and_expr = _or_expr

    def _not_expr(self, tree: Tree, scope: dict, depth: int) -> _Node:
        inner = self.boolean(tree.children[0], scope, depth)
        return _Node(lambda env: not inner(env), "Boolean")

    def _cmp_expr(self, tree: Tree, scope: dict, depth: int) -> _Node:
        left, op_tree, right = tree.children
        op = op_tree.children[0].lower()
        a, b = self.expr(left, scope, depth), self.expr(right, scope, depth)
        ka, kb = a.kind, b.kind
        if "null" in (ka, kb):
            domain = "null"
        elif ka == kb == "any":
            domain = "dynamic"
        else:
            ka, kb = (kb, kb) if ka == "any" else (ka, ka) if kb == "any" else (ka, kb)
            domain = _DOMAINS.get((ka, kb)) or _DOMAINS.get((kb, ka))
        if domain is None:
            raise ErrorInvalidUrlQuery(f"Cannot compare {a.edm or 'a value'} with {b.edm or 'a value'} using '{op}'.")
        for side in (a, b):  # a string literal compared with a DateTimeOffset must be one
            if domain == "datetime" and side.literal and _instant(side.fn({})) is None:
                raise ErrorInvalidUrlQuery(f"'{side.fn({})}' is not a valid DateTimeOffset.")
        if domain in _COERCE and a.literal != b.literal and (a if a.literal else b).fn({}) is not None:
            if a.literal:  # the literal on the right
                a, b, op = b, a, _FLIPPED[op]
            return _Node(_against_constant(op, domain, a.fn, b.fn({})), "Boolean")
        fa, fb = a.fn, b.fn
        return _Node(lambda env: _compare(op, domain, fa(env), fb(env)), "Boolean")

    def _literal(self, tree: Tree, scope: dict, depth: int) -> _Node:
        token: Token = tree.children[0]
        convert, edm = _LITERALS[token.type]
        if token.type == "DATETIME" and _instant(str(token)) is None:
            raise ErrorInvalidUrlQuery(f"'{token}' is not a valid DateTimeOffset.")
        value = convert(str(token))
        return _Node(lambda env: value, edm, literal=True)

    def _call(self, tree: Tree, scope: dict, depth: int) -> _Node:
        name, *args = (child for child in tree.children if child is not None)
        if name.lower() in _SEARCH_ONLY:
            raise ErrorInvalidUrlQueryFilter(_SEARCH_MESSAGE)
        if name.lower() != "cast":
            raise ErrorInvalidUrlQuery(f"The function '{name}' is not supported.")
        if len(args) != 2 or not isinstance(args[1], Token) or args[1].lower() not in _CASTS:
            raise ErrorInvalidUrlQuery(
                "cast() takes an expression and one of Edm.Int32, Edm.Int64, Edm.Double, "
                "Edm.Boolean, Edm.Guid, Edm.DateTimeOffset, Edm.String."
            )
        edm, convert = _CASTS[args[1].lower()]
        inner = self.expr(args[0], scope, depth)
        if inner.kind in ("complex", "collection"):
            raise ErrorInvalidUrlQuery(f"Cannot cast a value of type {inner.edm}.")
        fn = inner.fn
        return _Node(lambda env: convert(fn(env)), edm)

    def resolve(self, tree: Tree, scope: dict) -> tuple[str, list[str], str | None, Tree | None]:
        """member -> (env key, path steps, Edm type, trailing lambda_call or None), validated."""
        first, *rest = tree.children
        lambda_call = rest.pop() if rest and isinstance(rest[-1], Tree) else None
        if isinstance(first, Tree) or any(isinstance(step, Tree) for step in rest):
            raise ErrorInvalidUrlQuery("'any' and 'all' must follow a collection-valued property.")
        if first in scope:
            var, steps, edm = str(first), [str(s) for s in rest], scope[first]
        else:
            prop = self.shape.canonical(first)
            if prop not in self.shape.filterable:
                raise ErrorInvalidProperty(f"The property '{prop}' does not support {self.verb}.")
            var, steps, edm = _IT, [prop, *map(str, rest)], self.shape.properties[prop]
        if rest:
            if _kind(edm) not in ("complex", "any"):
                raise ErrorInvalidUrlQuery(f"'{first}' of type {edm} has no property '{rest[0]}'.")
            edm = None  # sub-properties of complex values are untyped; compared by the other side's type
        return var, steps, edm, lambda_call

    def _member(self, tree: Tree, scope: dict, depth: int) -> _Node:
        var, steps, edm, lambda_call = self.resolve(tree, scope)
        if lambda_call is None:
            return _Node(lambda env: _walk(env.get(var), steps), edm)

        def items(env: dict) -> list:  # null or malformed collections count as empty
            value = _walk(env.get(var), steps)
            return value if isinstance(value, list) else []

        operator_, name, body = lambda_call.children
        quantifier = any if operator_.type == "ANY" else all
        if _kind(edm) not in ("collection", "any"):
            raise ErrorInvalidUrlQuery(f"'{operator_}' can only follow a collection, not {edm}.")
        if name is None:  # any() without a predicate: the collection is not empty
            if quantifier is all:
                raise ErrorInvalidUrlQuery("'all' requires a predicate.")
            return _Node(lambda env: bool(items(env)), "Boolean")
        if len(scope) >= MAX_LAMBDA_NESTING and not broken("nested_lambdas_accepted"):
            raise ErrorRestrictionTooComplex(
                f"'{operator_}' cannot be used inside another lambda: $filter allows "
                f"{MAX_LAMBDA_NESTING} level of any()/all()."
            )
        name, element = str(name), edm[len("Collection(") : -1] if edm else None
        predicate = self.boolean(body, {**scope, name: element}, depth)

        def each(env: dict) -> Iterator[bool]:
            budget = _BUDGET.get()
            for item in items(env):
                if budget is not None:
                    budget.tick()
                yield predicate({**env, name: item})

        return _Node(lambda env: quantifier(each(env)), "Boolean")


# --- public API ------------------------------------------------------------
def _parse(text: str, start: str, option: str) -> Tree:
    if len(text) > MAX_LENGTH:
        raise ErrorInvalidUrlQuery(f"{option} is longer than {MAX_LENGTH} characters.")
    if not text.strip():
        raise ErrorInvalidUrlQuery(f"{option} must not be empty.")
    try:
        return _PARSER.parse(text, start=start)
    except (LarkError, RecursionError) as exc:
        where = getattr(exc, "pos_in_stream", None)
        at = f" at position {where}" if isinstance(where, int) else ""
        raise ErrorInvalidUrlQuery(f"Syntax error in {option}{at}.") from None


def parse_filter(text: str, shape: EntityShape) -> Callable[[Mapping], bool]:
    """$filter text -> predicate over wire-form entities."""
    tree = _parse(text, "filter", "$filter")
    try:
        predicate = _Compiler(shape, "filtering").boolean(tree, {}, 0)
    except RecursionError:
        raise ErrorInvalidUrlQuery("The $filter expression is nested too deeply.") from None
    return lambda entity: predicate({_IT: entity})


def parse_orderby(text: str, shape: EntityShape) -> tuple[tuple[str, bool], ...]:
    """$orderby text -> ((property path, descending), ...) with canonical first segments."""
    compiler, keys = _Compiler(shape, "sorting"), []
    seen: set[str] = set()
    items = _parse(text, "orderby", "$orderby").children
    if len(items) > MAX_ORDERBY_KEYS:
        raise ErrorRestrictionTooComplex(f"$orderby names {len(items)} keys; at most {MAX_ORDERBY_KEYS} are allowed.")
    for item in items:
        member, direction = item.children
        _, steps, edm, lambda_call = compiler.resolve(member, {})
        if lambda_call is not None or _kind(edm) in ("complex", "collection"):
            raise ErrorInvalidUrlQuery(f"Cannot sort by '{'/'.join(steps)}'; sort by a primitive property.")
        path = "/".join(steps)
        if path.lower() in seen and not broken("duplicate_orderby_accepted"):  # a second sort changes nothing
            raise ErrorInvalidUrlQuery(f"The query parameter 'OrderBy' is invalid: '{path}' appears more than once.")
        seen.add(path.lower())
        keys.append((path, direction is not None and direction.type == "DESC"))
    return tuple(keys)


def parse_select(text: str, shape: EntityShape) -> tuple[str, ...] | None:
    """$select text -> canonical, de-duplicated names; None when '*' asks for everything."""
    if len(text) > MAX_LENGTH:
        raise ErrorInvalidUrlQuery(f"$select is longer than {MAX_LENGTH} characters.")
    names = [name.strip() for name in text.split(",")]
    if len(names) > MAX_SELECT_TERMS:
        raise ErrorInvalidUrlQuery(f"$select names {len(names)} properties; at most {MAX_SELECT_TERMS} are allowed.")
    if not all(names):
        raise ErrorInvalidUrlQuery("$select must be a comma-separated list of property names.")
    selected: dict[str, None] = {}
    for name in names:
        if name != "*" and not _NAME_RE.fullmatch(name):
            raise ErrorInvalidUrlQuery(f"'{name[:100]}' is not a property name.")
        if name != "*":
            selected[shape.canonical(name)] = None
    return None if "*" in names else tuple(selected)


def _parse_count(text: str, option: str) -> int:
    digits = text  # no stripping: str.strip() would also take a no-break space, which is not an integer
    if not re.fullmatch(r"[0-9]{1,10}", digits) or int(digits) > MAX_INT32:
        raise ErrorInvalidUrlQuery(f"The value '{text[:100]}' of {option} is not a non-negative 32-bit integer.")
    return int(digits)


def parse_query(options: Mapping[str, str], shape: EntityShape) -> Query:
    """Parse the 'filter', 'orderby', 'select', 'top' and 'skip' options (keys without '$'); others are ignored."""

    def option(name: str, parse: Callable[[str], Any], default: Any) -> Any:
        return default if options.get(name) is None else parse(str(options[name]))

    return Query(
        filter=option("filter", lambda text: parse_filter(text, shape), None),
        orderby=option("orderby", lambda text: parse_orderby(text, shape), ()),
        select=option("select", lambda text: parse_select(text, shape), None),
        top=option("top", lambda text: _parse_count(text, "$top"), None),
        skip=option("skip", lambda text: _parse_count(text, "$skip"), 0),
    )


def _sort_key(value: Any) -> tuple:
    """Total order over wire values: null < booleans < numbers < DateTimeOffsets (as instants) < strings."""
    if value is None:
        return (0,)
    if isinstance(value, bool):
        return (1, value)
    if isinstance(value, (int, float)):
        return (2, value)
    if isinstance(value, str):
        ticks = _instant(value, require_offset=True) if value[:1].isdigit() else None  # a date-time starts so
        return (3, ticks) if ticks is not None else (4, value.casefold(), value)
    return (5,)  # objects and arrays do not order


def apply(query: Query, entities: Iterable[Mapping]) -> list[Mapping]:
    """Filter, then stable-sort by $orderby. Paging ($top/$skip) is left to the caller."""
    rows = [entity for entity in entities if query.filter is None or query.filter(entity)]
    for path, descending in reversed(query.orderby):  # least significant key first; list.sort is stable
        steps = path.split("/")
        rows.sort(key=lambda entity: _sort_key(_walk(entity, steps)), reverse=descending)
    return rows


def project(entity: Mapping, select: tuple[str, ...] | None, always: tuple[str, ...] = ()) -> dict:
    """The entity reduced to $select, keeping `always` keys and every "@odata..." annotation."""
    if select is None:
        return dict(entity)
    keep = {*select, *always}
    return {k: v for k, v in entity.items() if k in keep or (isinstance(k, str) and k.startswith("@odata"))}


# --- the list pipeline: filter on stored values -> order -> page; the caller renders the page ------------------
_BUDGET: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("query_budget", default=None)


class Budget:
    """The CPU time one list request may spend examining and sorting items; ``tick`` once per unit of work.

    CPU time of the handling thread, not wall-clock time: the bound is on the work a request makes
    the server do, the same on a busy machine as on an idle one (where the two are the same).
    """

    CHECK_EVERY = 64  # clock reads are cheap, but not free

    def __init__(self, seconds: float = QUERY_BUDGET_SECONDS) -> None:
        self.seconds = seconds
        self.deadline = time.thread_time() + seconds
        self._ticks = 0

    def tick(self) -> None:
        self._ticks += 1
        if self._ticks >= self.CHECK_EVERY:
            self._ticks = 0
            if time.thread_time() > self.deadline:
                raise ErrorRestrictionTooComplex(
                    f"The query could not be answered within the {int(self.seconds * 1000)} ms one request may "
                    "take; narrow the $filter, or sort by a key the service indexes."
                )


class Listing(Protocol):
    """What a list hands the pipeline: its members, a view of each as $filter/$orderby see it, its indexes."""

    def items(self) -> Iterable[Any]:
        """Every member, in the list's natural order (what an unsorted list returns)."""

    def view(self, item: Any) -> Mapping:
        """The member as the query engine sees it (wire names; values computed when read)."""

    def ordered(self, path: str, descending: bool) -> Iterable[tuple[Any, int, Any]] | None:
        """(sort key, natural position, member) sorted by ``path`` (equal keys in any order: the pipeline
        orders them), or None when no index serves ``path``. The key must be ``sort_key(view, path)``."""


def select_page(query: Query, listing: Listing, page_size: int, budget: Budget | None = None) -> tuple[list, bool]:
    """(the members of the page ``query`` asks for, whether more members match after it).

    Costs O(skip + page) members examined for a plain list or one sorted by an indexed key, and
    one pass over the members' stored values (no rendering) for a filter that matches few.
    """
    take = page_size if query.top is None else min(page_size, query.top)
    more_possible = query.top is None or query.top > take
    wanted = query.skip + take + (1 if more_possible else 0)  # one more: is there a next page?
    budget = budget or Budget()
    token = _BUDGET.set(budget)
    try:
        if not query.orderby:
            rows = _first_matches(query, listing, wanted, budget)
        else:
            rows = _sorted_prefix(query, listing, wanted, budget)
    finally:
        _BUDGET.reset(token)
    return rows[query.skip : query.skip + take], more_possible and len(rows) > query.skip + take


def _first_matches(query: Query, listing: Listing, wanted: int, budget: Budget) -> list:
    rows: list = []
    if wanted == 0:
        return rows
    matches = query.filter
    for item in listing.items():
        budget.tick()
        if matches is None or matches(listing.view(item)):
            rows.append(item)
            if len(rows) >= wanted:
                break
    return rows


def _sorted_prefix(query: Query, listing: Listing, wanted: int, budget: Budget) -> list:
    """The first ``wanted`` matches in $orderby order (maybe more: a tie at the end is kept whole)."""
    matches = query.filter
    first_path, first_descending = query.orderby[0]
    entries = listing.ordered(first_path, first_descending)
    rows: list[tuple[int, Any, Mapping]] = []  # (natural position, member, view)
    if entries is None:  # no index: every match, then sort
        for position, item in enumerate(listing.items()):
            budget.tick()
            view = listing.view(item)
            if matches is None or matches(view):
                rows.append((position, item, view))
    elif wanted:
        # Walk the index; once enough matched, finish the run of members equal to the last one on the first
        # key (the other keys, and the natural order, decide among them), then stop.
        boundary = None
        for key, position, item in entries:
            budget.tick()
            if len(rows) >= wanted and key != boundary:
                break
            view = listing.view(item)
            if matches is None or matches(view):
                rows.append((position, item, view))
                boundary = key
        rows.sort(key=lambda row: row[0])
    for path, descending in reversed(query.orderby):  # least significant key first; list.sort is stable
        steps = path.split("/")
        keyed = []
        for row in rows:
            budget.tick()
            keyed.append((_sort_key(_walk(row[2], steps)), row))
        keyed.sort(key=lambda pair: pair[0], reverse=descending)
        rows = [row for _, row in keyed]
    return [item for _, item, _ in rows[:wanted]]


def sort_key(view: Mapping, path: str) -> tuple:
    """The key a member sorts by on ``path`` (what an index built by a ``Listing`` must hold)."""
    return _sort_key(_walk(view, path.split("/")))
