"""schemathesis' built-in checks without the work they redo for every response.

Every response of a run goes through a dozen built-in checks; two private helpers of
``schemathesis.specs.openapi.checks`` recompute, for each, what is fixed per operation (a profile of re-running
recorded cases of test_operations.py: ~5% of the CPU per case outside the mock):

- ``_is_openapi``, asked by every check's ``requires_openapi_schema`` wrapper (~12 times per response), imports
  ``OpenApiSchema`` on every call; here the class is imported once.
- ``_expand_status_codes``, from which ``status_code_conformance`` builds the list of every status code the
  operation documents ("4XX" is a hundred of them) for every response; here each tuple of documented codes is
  expanded once.

Each replacement gives the answer the original gives (tests/unit/test_builtin_checks.py compares them). When a
name is not there (another schemathesis version), nothing is changed.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

_INSTALLED = "_conformance_builtin_checks"  # marks a replaced function: installing twice changes nothing
_EXPANSIONS = 256  # distinct tuples of documented status codes remembered (the two documents have a few dozen)


def install() -> None:
    try:
        from schemathesis.specs.openapi import checks
        from schemathesis.specs.openapi.schemas import OpenApiSchema
    except ImportError:
        return
    _imported_once(checks, OpenApiSchema)
    _expanded_once(checks)


def _imported_once(checks: Any, openapi_schema: type) -> None:
    original = getattr(checks, "_is_openapi", None)
    if original is None or getattr(original, _INSTALLED, False):
        return

    @functools.wraps(original)
    def _is_openapi(case: Any) -> bool:
        return isinstance(case.operation.schema, openapi_schema)

    setattr(_is_openapi, _INSTALLED, True)
    checks._is_openapi = _is_openapi


def _expanded_once(checks: Any) -> None:
    original = getattr(checks, "_expand_status_codes", None)
    if original is None or getattr(original, _INSTALLED, False):
        return

    @functools.lru_cache(maxsize=_EXPANSIONS)
    def expanded(responses: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(original(responses))

    @functools.wraps(original)
    def _expand_status_codes(responses: Any) -> Iterator[int]:
        try:
            return iter(expanded(responses))
        except TypeError:  # not hashable: not the operation's tuple of codes
            return original(responses)

    setattr(_expand_status_codes, _INSTALLED, True)
    checks._expand_status_codes = _expand_status_codes
