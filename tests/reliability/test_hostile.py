"""A catalogue of hostile inputs, each answered by its 4xx with an OData error body (never a 5xx, a hang or text)."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import httpx
import jwt
import pytest

from . import raw
from .calls import V2, created, key, odata_error, ok
from .served import Server, figure

MB = 2**20
BIG_BODY = 100 * MB
CHUNK = 256 * 1024
EARLY_ANSWER_BOUND = 2.0  # s: a body too large by its Content-Length is refused before it is read
RSS_GROWTH_BOUND_MB = 20  # a refused 100 MB body leaves the server's memory where it was


@dataclass
class Answer:
    status: int | None
    error: dict | None
    text: str


def _from_httpx(answer: httpx.Response) -> Answer:
    return Answer(answer.status_code, odata_error(answer), answer.text[:300])


def _from_raw(answer: raw.RawAnswer) -> Answer:
    return Answer(answer.status, answer.odata_error(), str(answer))


def _lambda(depth: int) -> str:
    inner = "a eq 'zz'"
    for _ in range(depth):
        inner = f"Categories/any(a:{inner})"
    return inner


@dataclass
class Place:
    """Where the cases run: the server, and a folder of one task with one category (so that a nested lambda the
    server accepts costs 1 per level, not |Categories|^depth)."""

    server: Server
    tasks: str  # path of the folder's tasks under /api/v2.0


@pytest.fixture(scope="module")
def place(server: Server) -> Iterator[Place]:
    with server.client() as http:
        folder = created(http.post(f"{V2}/me/taskfolders", json={"Name": "hostile inputs"}))["Id"]
        tasks = f"me/taskfolders('{key(folder)}')/tasks"
        created(http.post(f"{V2}/{tasks}", json={"Subject": "target", "Categories": ["zz"]}))
        yield Place(server, tasks)
        http.delete(f"{V2}/me/taskfolders('{key(folder)}')")


def _post_task(place: Place, body: bytes) -> Answer:
    """POST a task; one the server wrongly accepts is deleted at once (it must not weigh on later cases)."""
    with place.server.client() as http:
        answer = http.post(f"{V2}/me/tasks", content=body, headers={"Content-Type": "application/json"})
        if answer.status_code == 201:
            http.delete(f"{V2}/me/tasks('{key(answer.json()['Id'])}')")
        return _from_httpx(answer)


def _get(place: Place | Server, path: str, params: dict | None = None, authorization: str | None = None) -> Answer:
    server = place.server if isinstance(place, Place) else place
    headers = {"Authorization": authorization} if authorization is not None else {}
    with server.client() as http:
        if authorization is not None and not authorization:
            del http.headers["Authorization"]
        return _from_httpx(http.get(f"{V2}/{path}", params=params, headers=headers))


def _claims(token: str) -> dict:
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _tokens(server: Server) -> dict[str, str]:
    """Malformed, forged and tampered bearer tokens (an expired token with a valid signature needs the tenant's
    secret: tests/unit/test_auth.py covers it)."""
    a, b = server.tokens
    head, payload, signature = a.split(".")
    claims = _claims(a)
    now = int(time.time())
    return {
        "empty": "Bearer",
        "not a JWT": "Bearer abc",
        "three empty parts": "Bearer ..",
        "not base64": "Bearer !!.??.**",
        "Basic scheme": "Basic " + base64.b64encode(b"admin@contoso.com:mock").decode(),
        "no scheme": a,
        "alg none": "Bearer " + _b64({"alg": "none", "typ": "JWT"}) + "." + payload + ".",
        "signed with another key": "Bearer "
        + jwt.encode(claims, "not the tenant's secret, but long enough", algorithm="HS256"),
        "expired, another key": "Bearer "
        + jwt.encode({**claims, "exp": now - 3600}, "an expired token's key, 32 bytes+", algorithm="HS256"),
        "B's oid in A's signed token": "Bearer "
        + ".".join((head, _b64({**claims, "oid": _claims(b)["oid"]}), signature)),
        "scope widened in a signed token": "Bearer "
        + ".".join((head, _b64({**claims, "scp": "Tasks.ReadWrite"}), signature)),
        "truncated signature": "Bearer " + a[:-5],
        "RS256 header": "Bearer " + ".".join((_b64({"alg": "RS256", "typ": "JWT"}), payload, signature)),
        "16 KB of garbage": "Bearer " + "A" * 16_384,
    }


def _case(name: str, statuses: tuple[int, ...], run: Callable[[Place], Answer]):
    return pytest.param(statuses, run, id=name)


CASES = [
    # bodies
    _case("JSON nested 100,000 deep (arrays)", (400,), lambda s: _post_task(s, b"[" * 100_000 + b"]" * 100_000)),
    _case(
        "JSON nested 100,000 deep (objects)",
        (400,),
        lambda s: _post_task(s, b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    ),
    _case("invalid UTF-8", (400,), lambda s: _post_task(s, b'{"Subject": "\xff\xfe\xc3"}')),
    _case("lone surrogate", (400,), lambda s: _post_task(s, b'{"Subject": "\\ud800"}')),
    _case("NaN", (400,), lambda s: _post_task(s, b'{"Subject": "x", "Importance": NaN}')),
    _case("Infinity", (400,), lambda s: _post_task(s, b'{"Subject": -Infinity}')),
    _case("1e999999", (400,), lambda s: _post_task(s, b'{"Subject": "x", "Importance": 1e999999}')),
    _case(
        "a 100,000-digit integer",
        (400,),
        lambda s: _post_task(s, b'{"Subject": "x", "Importance": ' + b"9" * 100_000 + b"}"),
    ),
    _case("not an object", (400,), lambda s: _post_task(s, b'"just a string"')),
    _case(
        "Categories with 100,000 entries",
        (400,),
        lambda s: _post_task(s, json.dumps({"Subject": "x", "Categories": [f"c{i}" for i in range(100_000)]}).encode()),
    ),
    _case(
        "a 10 MB Subject",
        (400, 413),
        lambda s: _post_task(s, json.dumps({"Subject": "s" * 10 * MB}).encode()),
    ),
    # query options
    _case("$top=10^12", (400,), lambda s: _get(s, s.tasks, {"$top": str(10**12)})),
    _case("$skip=10^12", (400,), lambda s: _get(s, s.tasks, {"$skip": str(10**12)})),
    _case("$top=-1", (400,), lambda s: _get(s, s.tasks, {"$top": "-1"})),
    _case(
        "$filter 100 KB",
        (400, 414),
        lambda s: _from_raw(
            raw.exchange(
                s.server.port,
                raw.request_head("GET", f"{V2}/{s.tasks}?$filter=Subject%20eq%20'{'a' * 100_000}'", s.server.tokens[0]),
            )
        ),
    ),
    _case("$filter lambdas nested 50 deep", (400,), lambda s: _get(s, s.tasks, {"$filter": _lambda(50)})),
    _case(
        "$orderby with 50 duplicate keys",
        (400,),
        lambda s: _get(s, s.tasks, {"$orderby": ",".join(["Subject"] * 50)}),
    ),
    _case(
        "$orderby with 500 keys",
        (400,),
        lambda s: _get(s, s.tasks, {"$orderby": ",".join(["Subject", "Status"] * 250)}),
    ),
    _case(
        "$select with 500 terms",
        (400,),
        lambda s: _get(s, s.tasks, {"$select": ",".join(["Subject"] * 500)}),
    ),
    _case(
        "repeated $top",
        (400,),
        lambda s: _from_httpx(
            httpx.get(
                f"{s.server.origin}{V2}/{s.tasks}?$top=1&$top=2",
                headers={"Authorization": f"Bearer {s.server.tokens[0]}"},
            )
        ),
    ),
    # ids and URLs
    _case("invalid UTF-8 in an id", (400, 404), lambda s: _get(s, "me/tasks('%FF%FE')")),
    _case(
        "a 100 KB id",
        (400, 404, 414),
        lambda s: _from_raw(
            raw.exchange(
                s.server.port, raw.request_head("GET", f"{V2}/me/tasks('{'A' * 100_000}')", s.server.tokens[0])
            )
        ),
    ),
    _case(
        "a 100 KB URL",
        (414,),
        lambda s: _from_raw(
            raw.exchange(s.server.port, raw.request_head("GET", f"{V2}/me/tasks?x={'a' * 100_000}", s.server.tokens[0]))
        ),
    ),
    _case(
        "a 300 KB URL",
        (414,),
        lambda s: _from_raw(
            raw.exchange(s.server.port, raw.request_head("GET", f"{V2}/me/tasks?x={'a' * 300_000}", s.server.tokens[0]))
        ),
    ),
    _case(
        "a 100 KB header",
        (400, 431),
        lambda s: _from_raw(
            raw.exchange(
                s.server.port,
                raw.request_head("GET", f"{V2}/me/tasks", s.server.tokens[0], {"X-Padding": "a" * 100_000}),
            )
        ),
    ),
    _case(
        "3,000 headers",
        (400, 431),
        lambda s: _from_raw(
            raw.exchange(
                s.server.port,
                raw.request_head(
                    "GET", f"{V2}/me/tasks", s.server.tokens[0], {f"X-P{i}": "a" * 100 for i in range(3000)}
                ),
            )
        ),
    ),
    _case(
        "a bad request line",
        (400,),
        lambda s: _from_raw(raw.exchange(s.server.port, b"GARBAGE\r\n\r\n")),
    ),
    _case(
        "a 100 MB body declared (1 MB sent)",
        (413,),
        lambda s: _from_raw(
            raw.exchange(
                s.server.port,
                raw.request_head(
                    "POST",
                    f"{V2}/me/tasks",
                    s.server.tokens[0],
                    {"Content-Type": "application/json", "Content-Length": str(BIG_BODY)},
                ),
                [b" " * CHUNK] * 4,
                timeout=EARLY_ANSWER_BOUND,
            )
        ),
    ),
]

TOKEN_CASES = (
    "empty", "not a JWT", "three empty parts", "not base64", "Basic scheme", "no scheme", "alg none",
    "signed with another key", "expired, another key", "B's oid in A's signed token", "scope widened in a signed token",
    "truncated signature", "RS256 header", "16 KB of garbage",
)  # fmt: skip

_answers: dict[str, int] = {}


def _record(name: str, answer: Answer) -> None:
    _answers[name] = answer.status or 0
    refused = sum(1 for status in _answers.values() if 400 <= status < 500)
    figure("e. hostile inputs", f"{len(_answers)} cases: {refused} clean 4xx, "
           f"{sum(1 for s in _answers.values() if s >= 500)} x 5xx, {len(_answers) - refused} other")  # fmt: skip


@pytest.mark.parametrize(("statuses", "run"), CASES)
def test_hostile_input_gets_its_4xx(place: Place, statuses: tuple[int, ...], run, request) -> None:
    answer = run(place)
    _record(request.node.callspec.id, answer)
    assert answer.status in statuses, f"expected {statuses}, got {answer.status}: {answer.text}"
    assert answer.error is not None, f"not an OData error body: {answer.text}"


@pytest.mark.parametrize("name", TOKEN_CASES)
def test_hostile_token_gets_401(server: Server, name: str) -> None:
    answer = _get(server, "me/tasks", authorization=_tokens(server)[name])
    _record(f"token: {name}", answer)
    assert answer.status == 401, answer.text
    assert answer.error is not None, f"not an OData error body: {answer.text}"


def test_missing_token_gets_401(server: Server) -> None:
    answer = _get(server, "me/tasks", authorization="")
    _record("token: none", answer)
    assert answer.status == 401 and answer.error is not None, answer.text


def test_100_mb_body_is_refused_with_413_and_memory_stays(own_server: Server) -> None:
    """A 100 MB body sent in full (chunked, so no Content-Length tells in advance) is refused with 413 while it
    arrives, and the server's memory does not keep it."""
    rss_before = own_server.rss_kib()
    prefix = b'{"Subject": "'
    chunks = [prefix + b"s" * (CHUNK - len(prefix))] + [b"s" * CHUNK] * (BIG_BODY // CHUNK - 1) + [b'"}']
    framed = (b"%x\r\n%s\r\n" % (len(c), c) for c in [*chunks])
    head = raw.request_head("POST", f"{V2}/me/tasks", own_server.tokens[0],
                            {"Content-Type": "application/json", "Transfer-Encoding": "chunked"})  # fmt: skip
    answer = raw.exchange(own_server.port, head, [*framed, b"0\r\n\r\n"], timeout=30)
    growth_mb = (own_server.rss_kib() - rss_before) / 1024
    _record("a 100 MB body streamed", _from_raw(answer))
    figure("e. 100 MB body", f"{answer.status} after {answer.seconds:.2f} s, {answer.sent / MB:.0f} MB let in, "
           f"server RSS +{growth_mb:.0f} MB")  # fmt: skip
    assert answer.status == 413 and answer.odata_error() is not None, str(answer)
    assert growth_mb < RSS_GROWTH_BOUND_MB


def test_slow_body_does_not_hold_others(server: Server) -> None:
    """A client that declares 1,000 body bytes and sends 10 does not hold up anyone else."""
    head = raw.request_head(
        "POST", f"{V2}/me/tasks", server.tokens[0], {"Content-Type": "application/json", "Content-Length": "1000"}
    )
    result: list[raw.RawAnswer] = []
    slow = threading.Thread(target=lambda: result.append(raw.exchange(server.port, head, [b'{"Subject"'], 1.0)))
    slow.start()
    time.sleep(0.2)
    with server.client() as http:
        task = created(http.post(f"{V2}/me/tasks", json={"Subject": "meanwhile"}))
        began = time.monotonic()
        ok(http.get(f"{V2}/me/tasks('{key(task['Id'])}')"))
        meanwhile = time.monotonic() - began
        http.delete(f"{V2}/me/tasks('{key(task['Id'])}')")
    slow.join()
    figure("e. slow body", f"another client served in {meanwhile * 1000:.0f} ms meanwhile (bound 500 ms)")
    assert meanwhile < 0.5


SLOW_CLIENT_BOUND = 3.0  # s: a stalled head or body is answered 408 within this (the spare runs with 1 s deadlines)


@pytest.mark.parametrize(
    ("stalls", "declared", "sent"),
    [("body", {"Content-Type": "application/json", "Content-Length": "1000"}, [b'{"Subject"']), ("head", None, [])],
    ids=["body", "head"],
)
def test_stalled_client_gets_408(own_server: Server, stalls: str, declared: dict | None, sent: list[bytes]) -> None:
    """A body that stops arriving, or a request head that never ends, is answered 408 (OData body) in bounded time."""
    if declared is None:  # the head stops half-way: no blank line ever comes
        head = f"GET {V2}/me/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Dripping: ".encode()
    else:
        head = raw.request_head("POST", f"{V2}/me/tasks", own_server.tokens[0], declared)
    answer = raw.exchange(own_server.port, head, sent, SLOW_CLIENT_BOUND + 0.5)
    figure(f"e. stalled {stalls}", f"{answer} (server options {' '.join(own_server.args) or 'none'})")
    assert answer.status == 408 and answer.odata_error() is not None, str(answer)
    assert answer.seconds < SLOW_CLIENT_BOUND
