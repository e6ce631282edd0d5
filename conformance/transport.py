"""schemathesis' transport for the in-process mock: its WSGI transport without the per-request copies.

schemathesis picks a transport from the ``app`` a case is sent to (``schemathesis.transport.get``): for
``InProcess.wsgi`` its synchronous WSGI transport, whose ``send`` then costs several times the mock's own
work (issue 8): it builds werkzeug's test response, and serialises the case a second time, through
``requests``, only to attach a ``requests.PreparedRequest`` to the ``Response`` for the checks and the
failure reports. ``InProcessTransport`` is that transport with two changes, for the requests the suite
sends (a case with headers, no cookies, no body given by the caller), everything else going to it unchanged:

- the request werkzeug's test client would have built (``LeanClient``) goes straight to ``InProcess``, and its
  answer straight into schemathesis' ``Response``;
- the ``Response`` carries a ``ReportedRequest``: the ``PreparedRequest`` schemathesis would have attached,
  prepared the same way (``requests`` transport's ``serialize_case``, then ``requests.Request.prepare``) the
  first time something reads more than its method. Most answers are checked without looking at the request
  (a 4xx to a negative case); a 2xx (``ignored_auth`` reads its URL and headers), a failure report's curl
  line or the stateful recorder prepare it.

The case is serialised for the report when the report is first read, not when sent: no check modifies the
case it checks, and this transport is used for the suite's own app only (``install``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import requests
import schemathesis.transport
from schemathesis.core.rate_limit import ratelimit
from schemathesis.core.timing import Instant
from schemathesis.core.transport import Response, is_event_stream, read_event_stream
from schemathesis.generation.case import Case
from schemathesis.generation.overrides import Override
from schemathesis.python import wsgi
from schemathesis.transport.prepare import (
    BODY_KWARGS,
    get_exclude_headers,
    normalize_base_url,
    serialize_cookies,
)
from schemathesis.transport.requests import REQUESTS_TRANSPORT
from schemathesis.transport.wsgi import WSGI_TRANSPORT, WSGITransport, _auth_headers

from .inprocess import InProcess, LeanClient


class ReportedRequest(requests.PreparedRequest):
    """The ``requests.PreparedRequest`` schemathesis' WSGI transport reports for a case, prepared on first use.

    Its method is known at once (checks look at it for every answer); any other attribute (url, headers,
    body, cookies, hooks) prepares the whole request as the WSGI transport does, from ``request_kwargs()``.
    """

    def __init__(self, method: str, request_kwargs: Callable[[], dict[str, Any]]) -> None:
        # PreparedRequest.__init__ is not called: its other attributes are absent until prepared.
        self.method = method.upper()  # what PreparedRequest.prepare_method makes of it
        self._request_kwargs = request_kwargs

    def __getattr__(self, name: str) -> Any:  # called only for what is not set yet
        if name.startswith("__") or "_request_kwargs" not in self.__dict__:
            raise AttributeError(name)
        request_kwargs = self.__dict__.pop("_request_kwargs")
        self.__dict__.update(requests.Request(**request_kwargs()).prepare().__dict__)
        return getattr(self, name)

    def __reduce__(self) -> Any:  # pickled (or copied) as the plain PreparedRequest it stands for
        prepared = requests.PreparedRequest()
        prepared.__dict__.update({name: getattr(self, name) for name in vars(requests.PreparedRequest())})
        return prepared.__reduce__()


class InProcessTransport(WSGITransport):
    """schemathesis' WSGI transport for ``InProcess`` apps (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__()
        # The WSGI transport's serializers, the very registry: one registered later (schemathesis.serializer) applies.
        self._serializers = WSGI_TRANSPORT._serializers

    def send(self, case: Case, *, session: Any = None, **kwargs: Any) -> Response:
        application = kwargs.get("app")
        call = getattr(application, "__self__", None)
        cookies = kwargs.get("cookies")
        if (
            not isinstance(call, InProcess)
            or not (session is None or isinstance(session, LeanClient) and session.call is call)
            or cookies
            or serialize_cookies(case)
            or not kwargs.keys() <= _PLAIN_KWARGS
        ):
            return super().send(case, session=session, **kwargs)
        sent = dict(kwargs)
        # What WSGITransport.send does for such a request, with session=call.client.
        headers = kwargs.pop("headers", None)
        params = kwargs.pop("params", None)
        kwargs.pop("cookies", None)
        timeout = kwargs.pop("timeout", None)
        kwargs.pop("app")
        base_url = normalize_base_url(kwargs.pop("base_url", None), host=wsgi.HOST)
        data = self.serialize_case(case, headers=headers, params=params, base_url=base_url)
        excluded_headers = get_exclude_headers(case)
        for name in excluded_headers:
            data["headers"].pop(name, None)
        if "Authorization" not in excluded_headers:
            data["headers"].update(_auth_headers(case, None, data))
        lean = call.client._request(data)
        if lean is None:  # werkzeug must build it (a form body, an unusual header): the WSGI transport sends it
            return super().send(case, session=session, **sent)

        config = case.operation.schema.config
        rate_limit = config.rate_limit_for(operation=case.operation)
        if rate_limit is not None:  # ratelimit() imports pyrate_limiter on every call, even to do nothing
            ratelimit(rate_limit, config.base_url)
        started_at = Instant()
        status, raw_headers, content = call(*lean)
        elapsed = started_at.elapsed

        answer_headers: dict[str, list[str]] = {}
        for name, value in raw_headers:
            answer_headers.setdefault(name.decode("latin-1").lower(), []).append(value.decode("latin-1"))
        stream_cut_short = False
        content_type = answer_headers.get("content-type")
        if content_type and is_event_stream(content_type[0]):
            content, stream_cut_short = read_event_stream(
                [content],
                timeout or config.request_timeout_for(operation=case.operation),
                config.max_stream_events_for(operation=case.operation),
            )

        def request_kwargs() -> dict[str, Any]:
            return REQUESTS_TRANSPORT.serialize_case(
                case,
                base_url=base_url or normalize_base_url(case.operation.base_url, host=wsgi.HOST),
                headers=headers,
                params=params,
                cookies={},  # what WSGITransport passes without cookies (prepare_cookies({}))
            )

        return Response(
            status_code=status,
            headers=answer_headers,
            content=content,
            request=ReportedRequest(case.method, request_kwargs),
            elapsed=elapsed,
            verify=False,
            stream_cut_short=stream_cut_short,
            _override=Override.from_send_kwargs(kwargs),
        )


# What a request of the suite passes to the transport (Case.call's arguments); anything else (a body given by
# the caller, requests' options) goes through schemathesis' own WSGI transport. Should schemathesis ever count
# one of these as a body, that one goes there too.
_PLAIN_KWARGS = frozenset({"app", "base_url", "headers", "params", "cookies", "timeout"}) - set(BODY_KWARGS)

IN_PROCESS_TRANSPORT = InProcessTransport()


def install() -> None:
    """Make schemathesis send what goes to an ``InProcess`` app through ``IN_PROCESS_TRANSPORT`` (idempotent)."""
    builtin = schemathesis.transport.get
    if getattr(builtin, "in_process", False):
        return

    def get(app: object) -> schemathesis.transport.BaseTransport:
        if isinstance(getattr(app, "__self__", None), InProcess):
            return IN_PROCESS_TRANSPORT
        return builtin(app)

    get.in_process = True  # type: ignore[attr-defined]
    schemathesis.transport.get = get
