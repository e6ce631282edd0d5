"""Bearer tokens and mailbox isolation."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from ..target import API_ROOT
from . import rule


@rule("auth.bearer_token_required", "accept_any_token")
def bearer_required(api: Api) -> None:
    """No token, a malformed one or a forged one is a 401 with an OData error body."""
    url = f"{API_ROOT}/me/tasks"
    for headers in (
        {"Authorization": ""},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer not.a.jwt"},
        {"Authorization": "Basic YWRtaW46bW9jaw=="},
        {"Authorization": "Bearer eyJhbGciOiJub25lIn0.eyJvaWQiOiJ4In0."},
    ):
        expect_error(api.http.get(url, headers=headers), 401, "InvalidAuthenticationToken")


@rule("auth.mailboxes_are_isolated", "shared_mailbox", users=2)
def isolated(api: Api) -> None:
    """Each user sees only their own mailbox: another user's task id is not found."""
    task = api.task({"Subject": "private"})
    with Api(api.target, user=1) as other:
        expect_error(other.get(f"me/tasks('{key(task['Id'])}')"), 404, "ErrorItemNotFound")
        assert task["Id"] not in [t["Id"] for t in ok(other.get("me/tasks", params={"$top": "1000"}))["value"]]
