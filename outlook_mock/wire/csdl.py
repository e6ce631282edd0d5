"""``GET {dialect}/$metadata``: the EDMX/CSDL document describing what a dialect serves.

The documents are data files (``wire/metadata/*.xml``), one per dialect; a valid
token is needed (any scope), as on the real service.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from starlette.responses import Response

from ..store import Mailbox
from .http import Call
from .routing import Route

__all__ = ["metadata_route"]


@cache
def _document(name: str) -> bytes:
    return resources.files(__package__).joinpath("metadata", name).read_bytes()


def metadata_route(name: str) -> Route:
    def handler(call: Call, mailbox: Mailbox) -> Response:
        return Response(_document(name), media_type="application/xml", headers={"OData-Version": "4.0"})

    return Route("GET", "$metadata", handler)
