"""A failed rule check says which rule, what was asked and answered, and why; and never shows a token."""

from __future__ import annotations

import pytest

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
