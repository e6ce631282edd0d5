"""The routers' index on the first two segment names finds what trying every route in order finds."""

from __future__ import annotations

import re

import pytest

from outlook_mock.errors import MethodNotAllowed, NotFound
from outlook_mock.wire.preview.urls import ROUTES as PREVIEW_ROUTES
from outlook_mock.wire.routing import Route, Router, _match, split_path
from outlook_mock.wire.v2.urls import ROUTES as V2_ROUTES

METHODS = ("GET", "POST", "PATCH", "DELETE", "PUT")


def _linear(routes: list[Route], method: str, path: str, get_only: bool) -> tuple:
    """The answer of the router before its index: every route tried in the order of the URL map."""
    segments = split_path(path)
    allowed = []
    for route in routes:
        params = _match(route.pattern, segments, False)
        if params is None or (get_only and route.method != "GET"):
            continue
        if route.method == method:
            return route, params
        allowed.append(route.method)
    return ("405", tuple(allowed)) if allowed else ("404",)


def _indexed(router: Router, method: str, path: str, get_only: bool) -> tuple:
    try:
        return router.match(method, split_path(path), get_only=get_only)
    except MethodNotAllowed as error:
        return ("405", tuple(error.allow))
    except NotFound:
        return ("404",)


def _paths(routes: list[Route]) -> list[str]:
    """Every template with its keys written both ways, a few near misses and mixed case."""
    out = []
    for route in routes:
        keyed = re.sub(r"\(\{(\w+)\}\)", r"('AAMk\1=')", route.template)
        slashed = re.sub(r"\(\{(\w+)\}\)", r"/AAMk\1", route.template)
        out += [keyed, slashed, keyed.upper(), keyed + "/extra", keyed.rsplit("/", 1)[0], "x/" + keyed]
    return out + ["", "me", "users", "$metadata", "nothing/here"]


@pytest.mark.parametrize("routes", [V2_ROUTES, PREVIEW_ROUTES], ids=["v2", "preview"])
def test_the_index_answers_as_trying_every_route(routes: list[Route]) -> None:
    router = Router(routes)
    for path in _paths(routes):
        for method in METHODS:
            for get_only in (False, True):
                assert _indexed(router, method, path, get_only) == _linear(routes, method, path, get_only), (
                    method,
                    path,
                    get_only,
                )
