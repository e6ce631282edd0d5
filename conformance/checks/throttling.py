"""Throttling, as the service answered it: 429 ApplicationThrottled with Retry-After, and a retry that then works.

The rule needs a server whose limits the check can set: the mock, through its control API (``/_mock/``,
spec/mock-control.yaml), in-process or served on this machine. Elsewhere (a real Outlook server, or a mock whose
control API is closed to this client) the check is skipped.
"""

from __future__ import annotations

import time

import jwt
import pytest

from ..api import Api, expect_error, ok
from . import rule

LIMITS = {"mailboxRequests": 2, "windowSeconds": 1}  # tight enough to meet in three requests


@rule("throttling.retry_after", "throttled_without_retry_after", "throttling_window_never_slides")
def retry_after(api: Api) -> None:
    """A request over a throttling limit is 429 ApplicationThrottled with Retry-After (whole seconds) and
    RateLimit-Exceeded; sent again after Retry-After, it succeeds."""
    control = _tenant_control(api)
    before = api.http.get(control)
    api.later(lambda: _put_back(api, control, before.json()))
    ok(api.http.put(control, json=LIMITS))
    answers = [api.get("me/tasks") for _ in range(LIMITS["mailboxRequests"] + 1)]
    assert [a.status_code for a in answers[:-1]] == [200] * LIMITS["mailboxRequests"]
    throttled = answers[-1]
    expect_error(throttled, 429, "ApplicationThrottled")
    assert throttled.headers.get("RateLimit-Exceeded") == "MailboxRequests", throttled.headers
    retry = throttled.headers.get("Retry-After", "")
    assert retry.isdigit(), f"a 429 needs Retry-After in whole seconds, got {retry!r}"
    time.sleep(int(retry))
    ok(api.get("me/tasks"))


def _tenant_control(api: Api) -> str:
    """The control URL of the throttling of the calling token's tenant (its ``tid``), or skip."""
    if api.http.get(f"{api.target.origin}/_mock/health").status_code != 200:
        pytest.skip("throttling limits are set through the mock's control API, which this server does not have")
    token = api.http.headers["Authorization"].partition(" ")[2]
    tenant = jwt.decode(token, options={"verify_signature": False})["tid"]
    control = f"{api.target.origin}/_mock/tenants/{tenant}/throttling"
    if api.http.get(control).status_code != 200:
        pytest.skip("the mock's control API does not answer this client (loopback only, or --control-token)")
    return control


def _put_back(api: Api, control: str, before: dict) -> None:
    if before:
        api.http.put(control, json=before)
    else:
        api.http.delete(control)
