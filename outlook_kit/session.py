"""A session with an Outlook REST server: the generated clients, authorised, with errors raised as exceptions,
lists followed across ``@odata.nextLink`` and sync rounds that keep their ``@odata.deltaLink``.

Operations are the generated modules themselves (``outlook_v2_client.api.tasks.create_task``, …): a session calls
their ``sync_detailed`` / ``asyncio_detailed`` with the right client (v2.0 or the 2014 preview, from the module's
package) and the other arguments as they are, a :class:`~outlook_kit.prefer.Prefer` turned into its header.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import unquote

import httpx

from .auth import BearerToken, ClientCredentialsGrant, PasswordGrant, token_url
from .errors import OutlookError, SyncNotSupported, error_from_response
from .prefer import Prefer

__all__ = ["Removed", "Round", "Session", "Sync"]

API_ROOTS = {"outlook_v2_client": "/api/v2.0", "outlook_preview_client": "/ews/odata"}
_KEY = re.compile(r"^(?P<set>[^(]*)\('(?P<key>(?:[^']|'')*)'\)$")


@dataclass(frozen=True)
class Removed:
    """An entry of a sync round for an item deleted since the last round (OData ``$deletedEntity``: ``id`` is its
    key path such as ``Tasks('AAMk…')``; Microsoft Graph's ``@removed`` annotation is read the same way)."""

    id: str
    reason: str = "deleted"

    @property
    def key(self) -> str:
        """The item's own id (``AAMk…`` of ``Tasks('AAMk…')``)."""
        match = _KEY.match(self.id)
        return unquote(match["key"].replace("''", "'")) if match else self.id


@dataclass
class Round:
    """What one sync round brought: ``changed`` items (created or changed, in full) and ``removed`` ones, in the
    server's order in ``entries``; iterating a round gives ``entries``."""

    entries: list[Any] = field(default_factory=list)
    delta_link: str | None = None

    @property
    def changed(self) -> list[Any]:
        return [e for e in self.entries if not isinstance(e, Removed)]

    @property
    def removed(self) -> list[Removed]:
        return [e for e in self.entries if isinstance(e, Removed)]

    def __iter__(self) -> Iterator[Any]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)


def _prefer_header(prefer: Prefer | str | None) -> str | None:
    text = str(prefer) if prefer is not None else ""
    return text or None


def _package(operation: ModuleType) -> str:
    return operation.__name__.split(".", 1)[0]


def _split(page: dict[str, Any]) -> tuple[list[dict[str, Any]], list[Any]]:
    """A page's ``value``: the entities (to be parsed) and the entries in order, deletions already as ``Removed``."""
    entities: list[dict[str, Any]] = []
    entries: list[Any] = []
    for entry in page.get("value") or []:
        removed = entry.get("@removed") if isinstance(entry, dict) else None
        if isinstance(removed, dict):
            entries.append(Removed(str(entry.get("id", entry.get("Id", ""))), str(removed.get("reason", "deleted"))))
        elif isinstance(entry, dict) and "reason" in entry and "Id" not in entry:
            entries.append(Removed(str(entry.get("id", "")), str(entry["reason"])))
        else:
            entities.append(entry)
            entries.append(None)  # filled with the parsed entity
    return entities, entries


class Session:
    """One identity at one server: ``Session(base_url, token=...)``, ``username=``/``password=`` (password grant
    at ``/common``), or ``client_id=``/``client_secret=``/``tenant=`` (client-credentials grant at the tenant's
    endpoint); or ``auth=`` any ``httpx.Auth``. ``base_url`` is the server root (``/api/v2.0`` and ``/ews/odata``
    are added). ``transport`` (an httpx transport) and ``timeout`` go to httpx; use the session as a context
    manager or :meth:`close` it."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | Callable[[], str] | None = None,
        username: str | None = None,
        password: str | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
        tenant: str | None = None,
        scope: str | None = None,
        auth: httpx.Auth | None = None,
        transport: Any = None,
        timeout: float = 30.0,
        api_roots: dict[str, str] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.auth = auth or self._auth(token, username, password, client_id, client_secret, tenant, scope)
        self._httpx_args: dict[str, Any] = {"auth": self.auth}
        if transport is not None:
            self._httpx_args["transport"] = transport
        self.timeout = httpx.Timeout(timeout)
        self.api_roots = {**API_ROOTS, **(api_roots or {})}
        self._clients: dict[str, Any] = {}

    def _auth(
        self,
        token: Any,
        username: str | None,
        password: str | None,
        client_id: str | None,
        client_secret: str | None,
        tenant: str | None,
        scope: str | None,
    ) -> httpx.Auth:
        if token is not None:
            return BearerToken(token)
        if username is not None and password is not None:
            return PasswordGrant(token_url(self.base_url, tenant or "common"), username, password, scope=scope)
        if client_id is not None and client_secret is not None:
            if tenant is None:
                raise TypeError("the client-credentials grant needs the tenant (its id or a domain, not 'common')")
            url = token_url(self.base_url, tenant)
            return ClientCredentialsGrant(url, client_id, client_secret, **({"scope": scope} if scope else {}))
        raise TypeError("give token=, username= and password=, client_id= and client_secret= (with tenant=), or auth=")

    # -- the generated clients -------------------------------------------------------------------------------
    def client(self, package: str = "outlook_v2_client") -> Any:
        """The generated ``Client`` of ``package`` (``outlook_v2_client`` or ``outlook_preview_client``),
        authorised by this session; usable with every generated function directly."""
        if package not in self._clients:
            module = __import__(package)
            self._clients[package] = module.Client(
                base_url=self.base_url + self.api_roots[package], timeout=self.timeout, httpx_args=self._httpx_args
            )
        return self._clients[package]

    @property
    def v2(self) -> Any:
        """The generated v2.0 client (``outlook_v2_client.Client``)."""
        return self.client("outlook_v2_client")

    @property
    def preview(self) -> Any:
        """The generated client of the 2014 preview (``outlook_preview_client.Client``)."""
        return self.client("outlook_preview_client")

    @property
    def http(self) -> httpx.Client:
        """The authorised httpx client (v2.0 root as base URL) the generated functions use."""
        http: httpx.Client = self.v2.get_httpx_client()
        return http

    def close(self) -> None:
        for client in self._clients.values():
            client.get_httpx_client().close()
        self._clients.clear()

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.get_async_httpx_client().aclose()
        self.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- calls -----------------------------------------------------------------------------------------------
    def _arguments(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        if "prefer" in kwargs:
            header = _prefer_header(kwargs["prefer"])
            kwargs = {k: v for k, v in kwargs.items() if k != "prefer"}
            if header is not None:
                kwargs["prefer"] = header
        return kwargs

    @staticmethod
    def _checked(response: Any, operation: ModuleType) -> Any:
        if response.status_code >= 400:
            raise error_from_response(
                int(response.status_code), response.content, response.headers, method=operation.__name__
            )
        return response

    def response(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """``operation.sync_detailed(...)`` (status, headers, content and ``parsed``); an error answer raises."""
        client = self.client(_package(operation))
        return self._checked(operation.sync_detailed(*args, client=client, **self._arguments(kwargs)), operation)

    def call(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """What ``operation`` returns (a generated model; None for 204); an error answer raises ``OutlookError``."""
        return self.response(operation, *args, **kwargs).parsed

    async def aresponse(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
        client = self.client(_package(operation))
        answer = await operation.asyncio_detailed(*args, client=client, **self._arguments(kwargs))
        return self._checked(answer, operation)

    async def acall(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Any:
        """:meth:`call`, with the generated function's ``asyncio_detailed``."""
        return (await self.aresponse(operation, *args, **kwargs)).parsed

    # -- paging ----------------------------------------------------------------------------------------------
    def _follow(self, link: str, prefer: str | None) -> dict[str, Any]:
        response = self.http.get(link, headers={"Prefer": prefer} if prefer else {})
        return self._page(response)

    async def _afollow(self, link: str, prefer: str | None) -> dict[str, Any]:
        http = self.v2.get_async_httpx_client()
        return self._page(await http.get(link, headers={"Prefer": prefer} if prefer else {}))

    @staticmethod
    def _page(response: httpx.Response) -> dict[str, Any]:
        if response.status_code >= 400:
            raise error_from_response(
                response.status_code, response.content, response.headers, method="GET", url=str(response.url)
            )
        page: Any = response.json()
        if not isinstance(page, dict):
            raise OutlookError("a collection page must be a JSON object", status=response.status_code)
        return page

    def pages(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Every page of a list operation: its first answer, then each ``@odata.nextLink`` (as the same model)."""
        prefer = _prefer_header(kwargs.get("prefer"))
        page = self.call(operation, *args, **kwargs)
        yield page
        while isinstance(getattr(page, "odata_next_link", None), str):
            page = type(page).from_dict(self._follow(page.odata_next_link, prefer))
            yield page

    def items(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Every item of a list operation, page after page (a page is asked for when the previous one is used up)."""
        for page in self.pages(operation, *args, **kwargs):
            yield from page.value

    async def apages(self, operation: ModuleType, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        prefer = _prefer_header(kwargs.get("prefer"))
        page = await self.acall(operation, *args, **kwargs)
        yield page
        while isinstance(getattr(page, "odata_next_link", None), str):
            page = type(page).from_dict(await self._afollow(page.odata_next_link, prefer))
            yield page

    async def aitems(self, operation: ModuleType, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        async for page in self.apages(operation, *args, **kwargs):
            for item in page.value:
                yield item

    # -- sync ------------------------------------------------------------------------------------------------
    def sync(
        self,
        operation: ModuleType,
        *args: Any,
        prefer: Prefer | None = None,
        delta_link: str | None = None,
        **kwargs: Any,
    ) -> Sync:
        """Sync rounds over the collection ``operation`` lists (e.g. ``list_tasks_in_folder`` with
        ``folder_id=``): see :class:`Sync`. ``delta_link`` resumes from a round of an earlier session."""
        return Sync(self, operation, args, kwargs, prefer or Prefer(), delta_link)


class Sync:
    """Sync rounds of one collection. The first :meth:`round` brings every item, each later one what changed
    since the round before (created or changed items in full, deleted ones as :class:`Removed`); between rounds
    only :attr:`delta_link` is kept (store it to resume later: ``session.sync(..., delta_link=...)``).

    A round follows ``@odata.nextLink`` until the page with ``@odata.deltaLink``. The first response of a new
    sync always carries a deltaLink, even when more items remain (Outlook's protocol), so the first round goes on
    with it once to deliver the rest."""

    def __init__(
        self,
        session: Session,
        operation: ModuleType,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        prefer: Prefer,
        delta_link: str | None = None,
    ) -> None:
        self.session = session
        self.operation = operation
        self.args = args
        self.kwargs = kwargs
        self.prefer = prefer.replace(track_changes=True)
        self.delta_link = delta_link
        self._page_type: Any = None
        self.rounds = 0

    def _initial(self) -> tuple[dict[str, Any], Any]:
        response = self.session.response(self.operation, *self.args, prefer=self.prefer, **self.kwargs)
        applied = Prefer.parse(*response.headers.get_list("Preference-Applied"))
        if not applied.track_changes:
            raise SyncNotSupported(
                f"{self.operation.__name__} answered without Preference-Applied: odata.track-changes",
                code="SyncNotSupported",
                status=int(response.status_code),
            )
        return json.loads(response.content), type(response.parsed)

    def _parse(self, page: dict[str, Any], into: Round) -> None:
        entities, entries = _split(page)
        parsed = iter(self._page_type.from_dict({**page, "value": entities}).value) if entities else iter(())
        into.entries += [entry if entry is not None else next(parsed) for entry in entries]

    def round(self) -> Round:
        """One sync round: every change since the last one (everything, the first time)."""
        result = Round()
        header = str(self.prefer)
        if self.delta_link is None:
            page, self._page_type = self._initial()
            self._parse(page, result)
            link = page.get("@odata.deltaLink")
        else:
            if self._page_type is None:
                self._page_type = self._collection_type()
            link = self.delta_link
        while isinstance(link, str):
            page = self.session._follow(link, header)
            self._parse(page, result)
            next_link, delta = page.get("@odata.nextLink"), page.get("@odata.deltaLink")
            if isinstance(next_link, str):
                link = next_link
            elif isinstance(delta, str):
                result.delta_link = self.delta_link = delta
                break
            else:
                raise OutlookError("a sync page without @odata.nextLink or @odata.deltaLink", code="InvalidSyncPage")
        self.rounds += 1
        return result

    def _collection_type(self) -> Any:
        """The model of the operation's 200 answer (resuming from a stored deltaLink, without a first response)."""
        import typing

        hints = typing.get_type_hints(self.operation.sync_detailed)
        (inner,) = typing.get_args(hints["return"])
        for candidate in typing.get_args(inner) or (inner,):
            if candidate.__name__ != "ODataError":
                return candidate
        raise TypeError(f"{self.operation.__name__} returns no collection")
