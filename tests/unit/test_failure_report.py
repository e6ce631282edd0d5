"""A failed rule check says which rule, what was asked and answered, and why; and never shows a token."""

from __future__ import annotations

import pytest

from conformance import preflight
from conformance.checks import RULES
from conformance.failures import curl, redact
from conformance.target import Target, mock_target
from outlook_mock import faults


def _leaks(text: str, tokens: tuple[str, ...]) -> list[str]:
    """Every 12-character piece of a token found in ``text``."""
    return [t[i : i + 12] for t in tokens for i in range(len(t) - 11) if t[i : i + 12] in text]


def test_failed_check_names_rule_request_response_and_difference() -> None:
    rule = RULES["complete.status_and_midnight_today"]
    target = mock_target()
    with faults.planted("complete_stamps_now"), pytest.raises(AssertionError) as failed:
        rule.run(target)
    text = str(failed.value)
    assert text.startswith(f"rule {rule.id}: {rule.doc}")
    assert "conformance/checks/complete.py:" in text
    assert "assert " in text and " == " in text  # the rewritten assert: expected vs actual
    assert "> POST https://outlook.office.com/api/v2.0/me/tasks(" in text and "/complete" in text
    assert "< 200 OK" in text
    assert "> Authorization: Bearer …" in text
    assert "$ curl -X POST" in text and '"Authorization: Bearer $OUTLOOK_TOKEN"' in text
    assert _leaks(text, target.tokens) == []


def test_target_repr_shows_no_token() -> None:
    target = mock_target()
    assert _leaks(repr(target), target.tokens) == [] and "2 token(s)" in repr(target)
    assert _leaks(str(Target("http://127.0.0.1:1", ("a-live-secret-token",))), ("a-live-secret-token",)) == []


def test_redact_masks_bearer_token_endpoint_answers_and_passwords() -> None:
    text = 'Bearer abc.def {"access_token": "xyz", "token_type": "Bearer"} grant_type=password&password=hunter2'
    masked = redact(text)
    assert "abc.def" not in masked and "xyz" not in masked and "hunter2" not in masked
    assert "Bearer …" in masked and '"token_type"' in masked


def test_curl_of_the_second_user_reads_its_token_from_the_environment() -> None:
    import httpx

    request = httpx.Request("GET", "http://h/api/v2.0/me", headers={"Authorization": "Bearer two"})
    assert (
        curl(request, ("one", "two")) == 'curl -X GET http://h/api/v2.0/me -H "Authorization: Bearer $OUTLOOK_TOKEN_2"'
    )


# -- preflight (live mode) ----------------------------------------------------------------------------------------
async def _not_outlook(scope: dict, receive: object, send: object) -> None:  # any web server that is not Outlook
    await send({"type": "http.response.start", "status": 404, "headers": [(b"content-type", b"text/html")]})  # type: ignore[operator]
    await send({"type": "http.response.body", "body": b"<h1>Not Found</h1>"})  # type: ignore[operator]


def test_preflight_accepts_the_mock_and_its_tokens() -> None:
    assert preflight.problem(mock_target()) is None


def test_preflight_names_a_closed_port() -> None:
    wrong = preflight.problem(Target("http://127.0.0.1:19299", ("token",)))
    assert wrong is not None and wrong.startswith("OUTLOOK_BASE_URL=http://127.0.0.1:19299: no answer")


def test_preflight_names_the_rejected_token_and_never_shows_it() -> None:
    good = mock_target()
    wrong = preflight.problem(Target(good.origin, (good.tokens[0], "a-bogus-token"), good.app))
    assert wrong is not None and wrong.startswith("OUTLOOK_TOKEN_2 is not accepted") and "401" in wrong
    assert "a-bogus-token" not in wrong and _leaks(wrong, good.tokens) == []


def test_preflight_names_a_server_that_is_not_outlook() -> None:
    wrong = preflight.problem(Target("http://127.0.0.1:1", ("token",), _not_outlook))
    assert wrong is not None and "does not answer like an Outlook server" in wrong and "404" in wrong
