"""The in-process transport sends, answers and reports what schemathesis' own WSGI transport does."""

from __future__ import annotations

import copy
import json
import pickle

import pytest
import requests
import schemathesis
import schemathesis.transport
from schemathesis.core.failures import FailureGroup
from schemathesis.transport.wsgi import WSGI_TRANSPORT

from conformance.inprocess import InProcess
from conformance.transport import IN_PROCESS_TRANSPORT, ReportedRequest

SEEN: list[dict] = []

ITEM = {"type": "object", "required": ["Id"], "properties": {"Id": {"type": "string"}}}
SCHEMA = {
    "openapi": "3.1.0",
    "info": {"title": "items", "version": "1"},
    "servers": [{"url": "/api/v2.0"}],
    "paths": {
        "/items('{item_id}')": {
            "patch": {
                "operationId": "updateItem",
                "parameters": [
                    {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "$select", "in": "query", "schema": {"type": "string"}},
                    {"name": "Prefer", "in": "header", "schema": {"type": "string"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"type": "object"}}},
                },
                "responses": {"200": {"description": "the item", "content": {"application/json": {"schema": ITEM}}}},
            }
        }
    },
}


async def answers_without_id(scope, receive, send) -> None:
    """Records what it was sent; answers 200 without the documented ``Id`` (a schema violation)."""
    message = await receive()
    SEEN.append({key: scope[key] for key in ("method", "raw_path", "query_string", "headers")})
    SEEN[-1]["body"] = message.get("body", b"")
    body = json.dumps({"Subject": "x"}).encode()
    headers = [(b"content-type", b"application/json"), (b"x-request", b"1"), (b"x-request", b"2")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@pytest.fixture
def setup():
    SEEN.clear()
    call = InProcess(answers_without_id)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(SCHEMA))
    operation = schema["/items('{item_id}')"]["PATCH"]
    case = operation.Case(
        path_parameters={"item_id": "AAMk+x/y="},
        query={"$select": "Subject,Id"},
        headers={"Prefer": 'outlook.timezone="Tokyo Standard Time"'},
        body={"Subject": "é", "Importance": "High"},
    )
    kwargs = {"app": call.wsgi, "session": call.client, "headers": {"Authorization": "Bearer t0ken"}}
    return call, case, kwargs


def _request(prepared: requests.PreparedRequest) -> dict:
    return {
        "method": prepared.method,
        "url": prepared.url,
        "headers": dict(prepared.headers),
        "body": prepared.body,
        "cookies": prepared._cookies.get_dict(),
        "hooks": prepared.hooks,
    }


def test_schemathesis_sends_to_an_in_process_app_through_the_in_process_transport(setup) -> None:
    call, _, _ = setup
    assert schemathesis.transport.get(call.wsgi) is IN_PROCESS_TRANSPORT
    assert schemathesis.transport.get(lambda environ, start_response: []) is WSGI_TRANSPORT


def test_it_sends_and_answers_as_the_wsgi_transport_does(setup) -> None:
    _, case, kwargs = setup
    ours = case.call(**kwargs)
    theirs = WSGI_TRANSPORT.send(case, base_url=None, params=None, cookies=None, **kwargs)
    assert len(SEEN) == 2 and SEEN[0] == SEEN[1]  # the app got the same request
    assert SEEN[0]["raw_path"] == b"/api/v2.0/items('AAMk+x/y=')" and SEEN[0]["query_string"] == b"$select=Subject,Id"
    assert (ours.status_code, ours.headers, ours.content) == (theirs.status_code, theirs.headers, theirs.content)
    assert ours.headers["x-request"] == ["1", "2"]
    assert (ours.message, ours.encoding, ours.http_version, ours.verify) == (
        theirs.message,
        theirs.encoding,
        theirs.http_version,
        theirs.verify,
    )
    # The reported request: prepared on first use, then the very request the WSGI transport reports.
    assert isinstance(ours.request, ReportedRequest) and ours.request.method == "PATCH"
    assert "_request_kwargs" in vars(ours.request)
    assert _request(ours.request) == _request(theirs.request)
    assert _request(copy.deepcopy(ours.request)) == _request(theirs.request)
    assert _request(pickle.loads(pickle.dumps(ours.request))) == _request(theirs.request)


def test_a_failing_case_reports_the_request_it_sent(setup) -> None:
    _, case, kwargs = setup
    with pytest.raises(FailureGroup) as ours:
        case.call_and_validate(**kwargs)
    theirs_response = WSGI_TRANSPORT.send(case, base_url=None, params=None, cookies=None, **kwargs)
    with pytest.raises(FailureGroup) as theirs:
        case.validate_response(theirs_response, headers=kwargs["headers"], transport_kwargs=kwargs)
    report = str(ours.value)
    assert report == str(theirs.value)
    assert "Response violates schema" in report and '"Id" is a required property' in report
    # The curl line: the method, the URL with its query, every header (the token sanitised), the body.
    curl = next(line.strip() for line in report.splitlines() if line.strip().startswith("curl "))
    assert curl == (
        "curl -X PATCH -H 'Prefer: outlook.timezone=\"Tokyo Standard Time\"' -H 'Authorization: [Filtered]' "
        '-H \'Content-Type: application/json\' -d \'{"Subject": "\\u00e9", "Importance": "High"}\' --insecure '
        "'http://localhost/api/v2.0/items('\"'\"'AAMk+x/y='\"'\"')?%24select=Subject%2CId'"
    )


def test_what_it_does_not_send_itself_goes_through_the_wsgi_transport(setup) -> None:
    _, case, kwargs = setup
    case.cookies = {"session": "abc"}  # cookies: werkzeug's client keeps them
    response = case.call(**kwargs)
    assert type(response.request) is requests.PreparedRequest
    assert (b"cookie", b"session=abc") in SEEN[-1]["headers"]
    case.cookies = None
    response = case.call(**kwargs, data=b'{"Subject": "raw"}')  # a body given by the caller (see _PLAIN_KWARGS)
    assert type(response.request) is requests.PreparedRequest and SEEN[-1]["body"] == b'{"Subject": "raw"}'
