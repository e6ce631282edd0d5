"""Addressing a mailbox and its items: /me and /users forms, @odata.id as an edit URL, app-only tokens, token
claims, item paths under their container."""

from __future__ import annotations

import re
import secrets
import time

import pytest

from ..api import Api, expect_error, key, ok
from ..target import NOT_RUN, PREVIEW_ROOT, Target, app_only_token, mock_token
from . import rule
from .attachments import ITEM

GUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
# The mock tenant's default app registrations (README, "App registrations"): client id, secret "mock".
DAEMON_APP = "6731de76-14a6-49ae-97bc-6eba6914391e"  # every application permission
READER_APP = "0b2d7a95-8e1c-4f3a-b6d4-2c9e5f7a1b38"  # the *.Read ones only
APP_SECRET = "mock"
FILE = {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", "Name": "a.txt", "ContentBytes": "AA=="}


def _me(api: Api) -> dict:
    return ok(api.get("me"))


def _tenant_id(api: Api) -> str:
    return _me(api)["Id"].partition("@")[2]


def app_token(api: Api, client_id: str = DAEMON_APP, **form: str) -> str:
    """An app-only token (client credentials) of one of the mock's app registrations; a live target's comes from
    ``OUTLOOK_APP_TOKEN`` (an app with the Tasks.ReadWrite and Calendar.Read roles), else the check is skipped."""
    if not api.target.is_mock:
        token = app_only_token(api.target) if client_id == DAEMON_APP else None
        if not token:
            pytest.skip(
                f"{NOT_RUN}needs an app-only token: give --app-token, or --client-id/--client-secret with --token-url"
            )
        return token
    answer = client_credentials(api, client_id, **form)
    assert answer.status_code == 200, answer.text
    return answer.json()["access_token"]


def client_credentials(api: Api, client_id: str, authority: str | None = None, **form: str):
    body = {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": APP_SECRET,
        "scope": "https://outlook.office.com/.default",
        **form,
    }
    return api.http.post(f"/{authority or _tenant_id(api)}/oauth2/v2.0/token", data=body)


# -- @odata.id ---------------------------------------------------------------------------------------------
@rule("addressing.odata_id_is_an_edit_url", "odata_id_not_addressable")
def odata_id_edit_url(api: Api) -> None:
    """Every @odata.id the service emits (Users('{oid}@{tid})/…) answers GET, PATCH and DELETE for its owner."""
    folder = api.folder()
    task = api.task(folder=folder["Id"])
    attachment = ok(api.post(f"me/tasks('{task['Id']}')/attachments", FILE), 201)
    calendar = api.calendar()
    made = {  # entity -> a writable property to PATCH through its @odata.id
        "task": (task, {"Subject": "patched"}),
        "task folder": (folder, {"Name": f"patched {secrets.token_hex(3)}"}),
        "task group": (api.group(), {"Name": f"patched {secrets.token_hex(3)}"}),
        "message": (api.message(), {"Subject": "patched"}),
        "mail folder": (api.mail_folder(f"mf {secrets.token_hex(3)}"), {"DisplayName": "patched"}),
        "contact": (api.contact(), {"GivenName": "Patched"}),
        "contact folder": (api.contact_folder(f"cf {secrets.token_hex(3)}"), {"DisplayName": "patched"}),
        "calendar": (calendar, {"Name": f"patched {secrets.token_hex(3)}"}),
        "event": (api.event(calendar=calendar["Id"]), {"Subject": "patched"}),
        "attachment": (attachment, None),
    }
    me = _me(api)
    assert ok(api.get(me["@odata.id"]))["Id"] == me["Id"], "the User entity's own @odata.id"
    # an item attachment's item lives in the attachment: its @odata.id is the attachment's …/Item (GET only)
    holder = ok(api.post(f"me/tasks('{task['Id']}')/attachments", ITEM), 201)
    expanded = ok(api.get(holder["@odata.id"], params={"$expand": "Item"}))["Item"]
    assert ok(api.get(expanded["@odata.id"]))["Subject"] == ITEM["Item"]["Subject"], expanded["@odata.id"]
    for kind, (entity, patch) in made.items():
        url = entity["@odata.id"]
        assert ok(api.get(url))["Id"] == entity["Id"], f"GET {kind} by its @odata.id {url}"
        if patch is not None:
            name, value = next(iter(patch.items()))
            assert ok(api.patch(url, patch))[name] == value, f"PATCH {kind} by its @odata.id"
    for kind in ("attachment", "event", "task", "message", "contact", "mail folder", "contact folder"):
        url = made[kind][0]["@odata.id"]
        assert api.delete(url).status_code == 204, f"DELETE {kind} by its @odata.id"
        assert api.get(url).status_code == 404, f"{kind} still there after DELETE by its @odata.id"


# -- /me, /users ---------------------------------------------------------------------------------------------
@rule("addressing.me_and_users_forms", "me_not_user_entity", "other_mailboxes_open", users=2)
def me_and_users(api: Api) -> None:
    """GET /me is the User entity; /users('{upn}'), /users/{upn}, /Users('{oid}@{tid}') reach the caller's own
    mailbox; another user's is a 403 ErrorAccessDenied, an unknown one a 404 ErrorNonExistentMailbox."""
    me = _me(api)
    assert re.fullmatch(f"{GUID}@{GUID}", me["Id"]), f"User Id is not '<object id>@<tenant id>': {me['Id']}"
    assert re.fullmatch(GUID, me["MailboxGuid"]), me
    assert "@" in me["EmailAddress"] and me["DisplayName"] and me["Alias"], me
    assert me["@odata.id"].endswith(f"/Users('{me['Id']}')"), me["@odata.id"]
    task = api.task({"Subject": f"addressed {secrets.token_hex(3)}"})
    email = me["EmailAddress"]
    for root in (f"users('{email}')", f"users/{email}", f"Users('{me['Id']}')", f"users/{me['Id']}", "me"):
        assert ok(api.get(root))["Id"] == me["Id"], root
        assert ok(api.get(f"{root}/tasks('{task['Id']}')"))["Id"] == task["Id"], root
    via_users = ok(api.post(f"users/{email}/tasks", {"Subject": "via users"}), 201)
    api.later(lambda: api.delete(f"me/tasks('{via_users['Id']}')"))
    assert ok(api.get(f"me/tasks('{via_users['Id']}')"))["Subject"] == "via users"
    preview_me = ok(api.at(PREVIEW_ROOT).get("Me"))
    assert (preview_me["DisplayName"], preview_me["MailboxGuid"]) == (me["DisplayName"], me["MailboxGuid"]), preview_me
    with Api(api.target, user=1) as other:
        theirs = _me(other)
        assert theirs["Id"] != me["Id"]
        address = theirs["EmailAddress"]
        for root in (f"users('{address}')", f"users/{address}", f"Users('{theirs['Id']}')"):
            expect_error(api.get(f"{root}/tasks"), 403, "ErrorAccessDenied")
            expect_error(api.post(f"{root}/tasks", {"Subject": "intruder"}), 403, "ErrorAccessDenied")
        expect_error(other.get(task["@odata.id"]), 403, "ErrorAccessDenied")
    nobody = f"nobody-{secrets.token_hex(4)}@{email.partition('@')[2]}"
    expect_error(api.get(f"users/{nobody}/tasks"), 404, "ErrorNonExistentMailbox")


# -- app-only tokens --------------------------------------------------------------------------------------------
@rule("addressing.app_only_tokens", "app_token_has_me", "app_roles_ignored", users=2)
def app_only(api: Api) -> None:
    """An app-only token (client credentials, roles) reaches every mailbox of its tenant by /users/{id}, within its
    roles; /me is a 400 ErrorInvalidUser (no signed-in user)."""
    token = app_token(api)
    with Api(api.target, token=token) as app, Api(api.target, user=1) as other:
        for path in ("me", "me/tasks"):
            expect_error(app.get(path), 400, "ErrorInvalidUser")
        expect_error(app.at(PREVIEW_ROOT).get("Me/Events"), 400, "ErrorInvalidUser")
        for owner in (api, other):
            email = _me(owner)["EmailAddress"]
            assert ok(app.get(f"users/{email}"))["EmailAddress"] == email
            made = ok(app.post(f"users('{email}')/tasks", {"Subject": "by the daemon"}), 201)
            assert ok(owner.get(f"me/tasks('{made['Id']}')"))["Subject"] == "by the daemon", "not in the mailbox"
            assert ok(app.get(made["@odata.id"]))["Id"] == made["Id"]
            assert app.delete(made["@odata.id"]).status_code == 204
            expect_error(owner.get(f"me/tasks('{made['Id']}')"), 404, "ErrorItemNotFound")
            ok(app.at(PREVIEW_ROOT).get(f"Users('{email}')/Events"))
    if not api.target.is_mock:
        return
    email = _me(api)["EmailAddress"]
    with Api(api.target, token=app_token(api, READER_APP)) as reader:
        ok(reader.get(f"users/{email}/tasks"))
        expect_error(reader.post(f"users/{email}/tasks", {"Subject": "denied"}), 403, "ErrorAccessDenied")
        expect_error(reader.post(f"users/{email}/events", {"Subject": "denied"}), 403, "ErrorAccessDenied")
    # the token endpoint: the tenant's own authority, the app's secret, the resource's .default scope
    assert client_credentials(api, DAEMON_APP, authority="common").json()["error"] == "invalid_request"
    assert client_credentials(api, DAEMON_APP, client_secret="wrong").json()["error"] == "invalid_client"
    assert client_credentials(api, DAEMON_APP, scope="Tasks.Read").json()["error"] == "invalid_scope"


# -- token claims -------------------------------------------------------------------------------------------------
@rule("auth.token_claims", "token_issuer_unchecked", "sign_in_scopes_grant_everything")
def token_claims(api: Api) -> None:
    """A token's iss must be the tenant's issuer and its aud this API (401 otherwise); sign-in scopes only (openid
    profile offline_access) grant no Outlook scope (a Graph token: 401 InvalidAudience); .default grants all."""
    for scope in ("openid profile offline_access", "openid"):  # (live: minted by its token endpoint, or not run)
        with Api(api.target, token=mock_token(api.target, 0, scope)) as signed_in:
            expect_error(signed_in.get("me/tasks"), 401, "InvalidAudience")
    with Api(api.target, token=mock_token(api.target, 0, "https://outlook.office.com/.default")) as everything:
        ok(everything.get("me/tasks"))
        created = ok(everything.post("me/tasks", {"Subject": ".default"}), 201)
        assert everything.delete(f"me/tasks('{created['Id']}')").status_code == 204
    with Api(api.target, token=mock_token(api.target, 0, "openid offline_access Tasks.Read")) as reader:
        ok(reader.get("me/tasks"))
        expect_error(reader.post("me/tasks", {"Subject": "denied"}), 403, "ErrorAccessDenied")
    if not api.target.is_mock:
        return  # forged tokens need the mock's signing key
    for claims in ({"iss": "https://sts.windows.net/00000000-0000-0000-0000-000000000000/"}, {"iss": None}):
        with Api(api.target, token=_forged(api.target, **claims)) as forged:
            expect_error(forged.get("me/tasks"), 401, "InvalidAuthenticationToken")
    with Api(api.target, token=_forged(api.target, aud="https://graph.microsoft.com")) as elsewhere:
        expect_error(elsewhere.get("me/tasks"), 401, "InvalidAudience")


def _forged(target: Target, **changes: str | None) -> str:
    """A token of the mock's first user, signed with the tenant's key, with ``changes`` to its claims (None drops)."""
    import jwt

    tenant = target.app.state.tenant
    user = next(iter(tenant.users.values()))
    now = int(time.time())
    claims = {
        "aud": "https://outlook.office.com",
        "iss": f"https://sts.windows.net/{tenant.id}/",
        "tid": str(tenant.id),
        "oid": str(user.id),
        "scp": "Tasks.ReadWrite",
        "iat": now,
        "nbf": now,
        "exp": now + 600,
    }
    for name, value in changes.items():
        claims.pop(name) if value is None else claims.__setitem__(name, value)
    return jwt.encode(claims, tenant.secret, algorithm="HS256")


# -- items under their container ---------------------------------------------------------------------------------
@rule("addressing.items_under_their_container", "item_container_unchecked")
def items_under_container(api: Api) -> None:
    """Tasks, messages, contacts and events (and a task's attachments) answer GET/PATCH/DELETE under their folder or
    calendar too; under another container they are a 404 ErrorItemNotFound."""
    folder = api.folder()
    task = api.task({"Subject": "in a folder"}, folder=folder["Id"])
    mine, other = f"me/taskfolders('{folder['Id']}')/tasks", "me/taskfolders('Tasks')/tasks"
    assert ok(api.get(f"{mine}('{task['Id']}')"))["Id"] == task["Id"]
    assert ok(api.get(f"me/taskfolders/{folder['Id']}/tasks/{task['Id']}"))["Id"] == task["Id"]
    assert ok(api.patch(f"{mine}('{task['Id']}')", {"Subject": "renamed"}))["Subject"] == "renamed"
    attachment = ok(api.post(f"{mine}('{task['Id']}')/attachments", FILE), 201)
    assert [a["Id"] for a in ok(api.get(f"{mine}('{task['Id']}')/attachments"))["value"]] == [attachment["Id"]]
    assert ok(api.get(f"{mine}('{task['Id']}')/attachments('{attachment['Id']}')"))["Name"] == "a.txt"
    for answer in (
        api.get(f"{other}('{task['Id']}')"),
        api.patch(f"{other}('{task['Id']}')", {"Subject": "elsewhere"}),
        api.delete(f"{other}('{task['Id']}')"),
        api.get(f"{other}('{task['Id']}')/attachments"),
        api.get(f"{other}('{task['Id']}')/attachments('{attachment['Id']}')"),
        api.post(f"{other}('{task['Id']}')/complete"),
    ):
        expect_error(answer, 404, "ErrorItemNotFound")
    assert ok(api.get(f"me/tasks('{task['Id']}')"))["Subject"] == "renamed", "a refused write changed the task"
    assert api.delete(f"{mine}('{task['Id']}')/attachments('{attachment['Id']}')").status_code == 204
    assert api.delete(f"{mine}('{task['Id']}')").status_code == 204
    expect_error(api.get(f"me/tasks('{task['Id']}')"), 404, "ErrorItemNotFound")

    calendar = api.calendar()
    in_calendar, in_default = api.event(calendar=calendar["Id"]), api.event()
    pairs = (
        ("me/mailfolders('Drafts')/messages", "me/mailfolders('Inbox')/messages", api.message(), "Subject"),
        ("me/contactfolders('Contacts')/contacts", None, api.contact(), "GivenName"),
        (f"me/calendars('{calendar['Id']}')/events", "me/calendar/events", in_calendar, "Subject"),
        ("me/calendar/events", f"me/calendars('{calendar['Id']}')/events", in_default, "Subject"),
    )
    for right, wrong, item, name in pairs:
        if wrong is None:
            elsewhere = api.contact_folder(f"cf {secrets.token_hex(3)}")
            wrong = f"me/contactfolders('{elsewhere['Id']}')/contacts"
        assert ok(api.get(f"{right}('{key(item['Id'])}')"))["Id"] == item["Id"], right
        assert ok(api.patch(f"{right}/{item['Id']}", {name: "Renamed"}))[name] == "Renamed", right
        expect_error(api.get(f"{wrong}('{item['Id']}')"), 404, "ErrorItemNotFound")
        expect_error(api.patch(f"{wrong}('{item['Id']}')", {name: "Elsewhere"}), 404, "ErrorItemNotFound")
        expect_error(api.delete(f"{wrong}('{item['Id']}')"), 404, "ErrorItemNotFound")
        assert api.delete(f"{right}('{item['Id']}')").status_code == 204, right
