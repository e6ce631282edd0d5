"""Before a live run: does the base URL answer like an Outlook server, and is each token accepted?

One ``GET /api/v2.0/me`` per token. Without it a wrong URL or a bad token makes every test error out with an
httpx traceback; with it the run stops at once with one line saying which setting is wrong.
"""

from __future__ import annotations

import httpx

from .target import API_ROOT, Target

TOKEN_NAMES = ("OUTLOOK_TOKEN", "OUTLOOK_TOKEN_2")


def _odata_error(answer: httpx.Response) -> str | None:
    """The code of an OData error body (``{"error": {"code", "message"}}``), or None."""
    try:
        error = answer.json().get("error")
    except (ValueError, AttributeError):
        return None
    return error.get("code") if isinstance(error, dict) and isinstance(error.get("code"), str) else None


def problem(target: Target) -> str | None:
    """One line saying what keeps the suite from running against ``target``, or None when it can run."""
    url = f"{target.origin}{API_ROOT}/me"
    base = f"OUTLOOK_BASE_URL={target.origin}"
    for name, token in zip(TOKEN_NAMES, target.tokens, strict=False):
        try:
            with target.http(token) as client:
                answer = client.get(f"{API_ROOT}/me", timeout=10)
        except httpx.HTTPError as error:
            return f"{base}: no answer from GET {url} ({type(error).__name__}: {error})"
        code = _odata_error(answer) if answer.status_code in (401, 403) else None
        if code:
            return f"{name} is not accepted by {target.origin}: GET {url} answered {answer.status_code} {code}"
        try:
            body = answer.json()
        except ValueError:
            body = None
        context = body.get("@odata.context", "") if isinstance(body, dict) else ""
        if answer.status_code != 200 or "$metadata#Me" not in context:
            kind = answer.headers.get("content-type", "no content type")
            return (
                f"{base} does not answer like an Outlook server: GET {url} answered {answer.status_code} ({kind}),"
                " not the signed-in user (200, @odata.context …$metadata#Me)"
            )
    return None
