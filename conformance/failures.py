"""What a failed rule check tells its reader: the rule, the last exchanges with the target, a curl line.

Every client of a :class:`~conformance.target.Target` records its exchanges in the target's journal (the last
few only); when a check fails, :func:`describe` turns the rule, that journal and the assertion into the failure
text. Tokens never get into it: ``Authorization`` shows as ``Bearer …``, the suite's own tokens and any
``access_token`` or password in a body are masked, and the curl line reads the token from ``$OUTLOOK_TOKEN``.
"""

from __future__ import annotations

import os
import re
import shlex
import traceback
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from .checks import Rule
    from .target import Target

JOURNAL_SIZE = 2  # exchanges a failure shows: the one that failed the check and the one before it
BODY_LIMIT = 800  # characters of a request or response body shown
MASK = "…"
_SECRETS = (
    re.compile(r"(Bearer\s+)(?![$…])[^\s\"',]+", re.IGNORECASE),  # not the curl line's $OUTLOOK_TOKEN
    re.compile(r"(\"(?:access_token|refresh_token|id_token)\"\s*:\s*\")[^\"]*", re.IGNORECASE),
    re.compile(r"((?:access_token|refresh_token|password|client_secret)=)[^&\s]*", re.IGNORECASE),
    re.compile(r"()\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]+"),  # any JWT, wherever it got to
)


def journal() -> deque[httpx.Response]:
    return deque(maxlen=JOURNAL_SIZE)


def redact(text: str, tokens: tuple[str, ...] = ()) -> str:
    """``text`` with every known token, bearer credential, token-endpoint secret and password masked."""
    for token in tokens:
        if token:
            text = text.replace(token, MASK)
    for secret in _SECRETS:
        text = secret.sub(lambda m: m.group(1) + MASK, text)
    return text


def _trim(text: str) -> str:
    return text if len(text) <= BODY_LIMIT else f"{text[:BODY_LIMIT]}… ({len(text)} characters)"


def _body(content: bytes) -> str:
    return content.decode("utf-8", errors="replace")


def _token_variable(request: httpx.Request, tokens: tuple[str, ...]) -> str:
    credential = request.headers.get("Authorization", "")
    names = ("OUTLOOK_TOKEN", "OUTLOOK_TOKEN_2")
    return next((f"${names[i]}" for i, t in enumerate(tokens[:2]) if credential == f"Bearer {t}"), "$OUTLOOK_TOKEN")


def curl(request: httpx.Request, tokens: tuple[str, ...] = ()) -> str:
    """A shell line repeating ``request``, its token read from the environment."""
    parts = ["curl", "-X", request.method, shlex.quote(str(request.url))]
    if "Authorization" in request.headers:
        parts += ["-H", f'"Authorization: Bearer {_token_variable(request, tokens)}"']
    for name in ("Content-Type", "Prefer", "If-Match"):
        if name in request.headers:
            parts += ["-H", shlex.quote(f"{name}: {request.headers[name]}")]
    if request.content:
        parts += ["--data", shlex.quote(redact(_body(request.content), tokens))]
    return " ".join(parts)


def exchange(response: httpx.Response, tokens: tuple[str, ...] = (), others: tuple[str, ...] = ()) -> list[str]:
    """One request and its response as lines (``>`` sent, ``<`` received, ``$`` curl), every token masked:
    ``tokens`` those of the target's users (named in curl lines), ``others`` any other to mask."""
    request = response.request
    lines = [f"> {request.method} {request.url}"]
    if "Authorization" in request.headers:
        lines.append("> Authorization: Bearer …")
    lines += [f"> {name}: {request.headers[name]}" for name in ("Prefer", "If-Match") if name in request.headers]
    if request.content:
        lines.append(f"> {_trim(_body(request.content))}")
    lines.append(f"< {response.status_code} {response.reason_phrase}")
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b"(body not read)"
    if content:
        lines.append(f"< {_trim(_body(content))}")
    lines.append(f"$ {curl(request, tokens)}")
    return [redact(line, tokens + others) for line in lines]


def _where(error: BaseException) -> str | None:
    """file:line of the innermost frame of the failure inside the checks."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f"{Path('conformance', 'checks')}" in f.filename]
    if not frames:
        return None
    # relative to the package's parent: conformance/checks/… installed or in a checkout, wherever the run started
    where = Path(os.path.relpath(frames[-1].filename, Path(__file__).resolve().parents[1])).as_posix()
    return f"{where}:{frames[-1].lineno}"


def describe(rule: Rule, target: Target, error: BaseException) -> str:
    """The failure text of ``rule``'s check, failed with ``error`` against ``target``."""
    tokens = target.tokens
    # the app-only check's token (addressing.py) and those minted for checks (target.py)
    others = tuple(t for t in (os.environ.get("OUTLOOK_APP_TOKEN"), *target.minted) if t)
    lines = [f"rule {rule.id}: {rule.doc}"]
    where = _where(error)
    if where:
        lines.append(f"check: {where}")
    lines += ["", "assertion:", *(f"  {line}" for line in (str(error) or repr(error)).splitlines())]
    recent = list(target.journal)
    if recent:
        lines += ["", f"last {len(recent)} exchange(s) with the target:"]
        for response in recent:
            lines += [f"  {line}" for line in exchange(response, tokens, others)]
    return redact("\n".join(lines), tokens + others)
