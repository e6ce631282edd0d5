"""Cross-user isolation: user B replays user A's ids, over every kind and both dialects."""

from __future__ import annotations

import base64
import json
from urllib.parse import unquote

import httpx

from .calls import PREVIEW, PREVIEW_NS, V2, created, key, odata_error, ok
from .served import USERS, Server, figure

LEAKS_BOUND = 0
SIDE_EFFECTS_BOUND = 0
MARK = "secret of A"  # in every name and subject of A's items: an answer to B containing it leaked
FILE = {"Name": f"{MARK}.txt", "ContentBytes": base64.b64encode(b"A's bytes").decode()}
TIMES = {
    "Start": {"DateTime": "2015-11-26T09:00:00", "TimeZone": "UTC"},
    "End": {"DateTime": "2015-11-26T10:00:00", "TimeZone": "UTC"},
}


def _a_items(http: httpx.Client) -> dict[str, str]:
    """One item of every kind in A's mailbox, created through both dialects: name -> id."""

    def post(path: str, body: dict) -> str:
        return created(http.post(path, json=body))["Id"]

    ids: dict[str, str] = {}
    ids["taskgroup"] = post(f"{V2}/me/taskgroups", {"Name": MARK})
    ids["taskfolder"] = post(f"{V2}/me/taskgroups('{key(ids['taskgroup'])}')/taskfolders", {"Name": MARK})
    ids["task"] = post(f"{V2}/me/taskfolders('{key(ids['taskfolder'])}')/tasks", {"Subject": MARK})
    file = {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", **FILE}
    ids["task_attachment"] = post(f"{V2}/me/tasks('{key(ids['task'])}')/attachments", file)
    ids["mailfolder"] = post(f"{V2}/me/mailfolders", {"DisplayName": MARK})
    ids["message"] = post(f"{V2}/me/mailfolders('{key(ids['mailfolder'])}')/messages", {"Subject": MARK})
    ids["contactfolder"] = post(f"{V2}/me/contactfolders", {"DisplayName": MARK})
    ids["contact"] = post(f"{V2}/me/contactfolders('{key(ids['contactfolder'])}')/contacts", {"GivenName": MARK})
    ids["calendar"] = post(f"{V2}/me/calendars", {"Name": MARK})
    ids["event"] = post(f"{V2}/me/calendars('{key(ids['calendar'])}')/events", {"Subject": MARK, **TIMES})
    ids["p_group"] = post(f"{PREVIEW}/Me/CalendarGroups", {"@odata.type": f"#{PREVIEW_NS}.CalendarGroup", "Name": MARK})
    ids["p_calendar"] = post(
        f"{PREVIEW}/Me/CalendarGroups('{key(ids['p_group'])}')/Calendars",
        {"@odata.type": f"#{PREVIEW_NS}.Calendar", "Name": MARK},
    )
    ids["p_event"] = post(
        f"{PREVIEW}/Me/Calendars('{key(ids['p_calendar'])}')/Events",
        {
            "@odata.type": f"#{PREVIEW_NS}.Event",
            "Subject": MARK,
            "Start": "2014-07-02T18:00:00Z",
            "End": "2014-07-02T19:00:00Z",
        },
    )
    ids["p_attachment"] = post(
        f"{PREVIEW}/Me/Events('{key(ids['p_event'])}')/Attachments",
        {"@odata.type": f"#{PREVIEW_NS}.FileAttachment", **FILE},
    )
    return ids


def _ews(value: str) -> str:
    """The 2014 preview's spelling of an id (outlook_mock/ids.py: the standard base64 alphabet)."""
    return value.translate(str.maketrans("-_", "+/"))


def _replays(ids: dict[str, str]) -> list[tuple[str, str, dict | None]]:
    """Every request B tries with A's ids: (method, URL, body). The order puts DELETEs of containers last."""
    k = {name: key(value) for name, value in ids.items()}
    ews = {name: key(_ews(value)) for name, value in ids.items()}
    b_name = {"Name": "B was here"}
    b_display = {"DisplayName": "B was here"}
    b_subject = {"Subject": "B was here"}
    p_event = {"@odata.type": f"#{PREVIEW_NS}.Event", "Subject": "B", "Start": "2014-07-02T18:00:00Z",
               "End": "2014-07-02T19:00:00Z"}  # fmt: skip
    file_v2 = {"@odata.type": "#Microsoft.OutlookServices.FileAttachment", **FILE}
    file_p = {"@odata.type": f"#{PREVIEW_NS}.FileAttachment", **FILE}
    item = []  # (url template with {forms} of the key, PATCH body or None, [(sub-path, method, body)])
    v2_entities = [
        ("tasks", "task", b_subject, [("/complete", "POST", {}), ("/attachments", "GET", None),
                                      ("/attachments", "POST", file_v2),
                                      (f"/attachments('{k['task_attachment']}')", "GET", None),
                                      (f"/attachments('{k['task_attachment']}')", "DELETE", None)]),
        ("taskfolders", "taskfolder", b_name, [("/tasks", "GET", None), ("/tasks", "POST", b_subject)]),
        ("taskgroups", "taskgroup", b_name, [("/taskfolders", "GET", None), ("/taskfolders", "POST", b_name)]),
        ("messages", "message", b_subject, []),
        ("mailfolders", "mailfolder", b_display, [("/childfolders", "GET", None), ("/childfolders", "POST", b_display),
                                                  ("/messages", "GET", None), ("/messages", "POST", b_subject)]),
        ("contacts", "contact", {"GivenName": "B"}, []),
        ("contactfolders", "contactfolder", b_display, [("/childfolders", "GET", None),
                                                        ("/childfolders", "POST", b_display),
                                                        ("/contacts", "GET", None),
                                                        ("/contacts", "POST", {"GivenName": "B"})]),
        ("calendars", "calendar", b_name, [("/events", "GET", None), ("/events", "POST", {"Subject": "B", **TIMES})]),
        ("events", "event", b_subject, []),
    ]  # fmt: skip
    for root in (V2, "/api/beta"):
        for segment, name, patch, subs in v2_entities:
            for form in (f"{root}/me/{segment}('{k[name]}')", f"{root}/me/{segment}/{k[name]}",
                         f"{root}/Users('{USERS[0]}')/{segment}('{k[name]}')"):  # fmt: skip
                item.append((form, patch, subs))
    preview_entities = [
        ("CalendarGroups", "p_group", b_name, [("/Calendars", "GET", None), ("/Calendars", "POST", {
            "@odata.type": f"#{PREVIEW_NS}.Calendar", "Name": "B"})]),
        ("Calendars", "p_calendar", b_name, [("/Events", "GET", None), ("/Events", "POST", p_event)]),
        ("Calendars", "calendar", b_name, [("/Events", "GET", None)]),
        ("Events", "p_event", b_subject, [("/Calendar", "GET", None), ("/Accept", "POST", {"Comment": "B"}),
                                          ("/Decline", "POST", {}), ("/Tentative", "POST", {}),
                                          ("/TentativelyAccept", "POST", {}), ("/Attachments", "GET", None),
                                          ("/Attachments", "POST", file_p),
                                          (f"/Attachments('{ews['p_attachment']}')", "GET", None),
                                          (f"/Attachments('{ews['p_attachment']}')", "PATCH", {"Name": "B"}),
                                          (f"/Attachments('{ews['p_attachment']}')", "DELETE", None)]),
        ("Events", "event", b_subject, [("/Attachments", "GET", None)]),
        ("Messages", "message", None, [("/Move", "POST", {"DestinationId": "Inbox"})]),
        ("Folders", "mailfolder", None, [("/Messages", "GET", None)]),
    ]  # fmt: skip
    for me in ("Me", f"Users('{USERS[0]}')"):
        for segment, name, patch, subs in preview_entities:
            item.append((f"{PREVIEW}/{me}/{segment}('{ews[name]}')", patch, subs))
    tries: list[tuple[str, str, dict | None]] = []
    deletes = []
    for url, patch, subs in item:
        tries.append(("GET", url, None))
        if patch is not None:
            tries.append(("PATCH", url, patch))
        for sub, method, body in subs:
            tries.append((method, url + sub, body))
        deletes.append(("DELETE", url, None))
    # A's mailbox by its address, whole collections.
    for path in ("tasks", "taskfolders", "messages", "contacts", "events", "calendars"):
        tries.append(("GET", f"{V2}/Users('{USERS[0]}')/{path}", None))
    for path in ("Events", "Calendars", "CalendarGroups", "Messages", "Folders"):
        tries.append(("GET", f"{PREVIEW}/Users('{USERS[0]}')/{path}", None))
    return tries + deletes


def _snapshot(http: httpx.Client, ids: dict[str, str]) -> dict[str, object]:
    """Everything of A's items that B could have changed: each item, and each container's content."""
    k = {name: key(value) for name, value in ids.items()}
    urls = [
        f"{V2}/me/taskgroups('{k['taskgroup']}')",
        f"{V2}/me/taskgroups('{k['taskgroup']}')/taskfolders",
        f"{V2}/me/taskfolders('{k['taskfolder']}')",
        f"{V2}/me/taskfolders('{k['taskfolder']}')/tasks",
        f"{V2}/me/tasks('{k['task']}')/attachments",
        f"{V2}/me/mailfolders('{k['mailfolder']}')",
        f"{V2}/me/mailfolders('{k['mailfolder']}')/childfolders",
        f"{V2}/me/mailfolders('{k['mailfolder']}')/messages",
        f"{V2}/me/contactfolders('{k['contactfolder']}')",
        f"{V2}/me/contactfolders('{k['contactfolder']}')/childfolders",
        f"{V2}/me/contactfolders('{k['contactfolder']}')/contacts",
        f"{V2}/me/calendars('{k['calendar']}')",
        f"{V2}/me/calendars('{k['calendar']}')/events",
        f"{PREVIEW}/Me/CalendarGroups('{k['p_group']}')/Calendars",
        f"{PREVIEW}/Me/Calendars('{k['p_calendar']}')/Events",
        f"{PREVIEW}/Me/Events('{k['p_event']}')/Attachments",
        f"{V2}/me/mailfolders('Inbox')/messages",  # where a Move would have put A's message
    ]
    return {url: ok(http.get(url, headers={"Prefer": "odata.maxpagesize=1000"})) for url in urls}


def _b_mailbox(http: httpx.Client) -> dict[str, int]:
    """How many items B holds, kind by kind: nothing B tries may create anything in B's mailbox either."""
    counts = {}
    for path in ("tasks", "taskfolders", "taskgroups", "messages", "mailfolders", "contacts", "contactfolders",
                 "events", "calendars"):  # fmt: skip
        counts[path] = len(ok(http.get(f"{V2}/me/{path}", params={"$top": "1000"}))["value"])
    return counts


def test_user_b_cannot_reach_user_a_items(server: Server) -> None:
    with server.client(0) as a, server.client(1) as b:
        ids = _a_items(a)
        before = _snapshot(a, ids)
        b_before = _b_mailbox(b)
        tries = _replays(ids)
        leaks, non_odata = [], []
        spellings = {spelled for i in ids.values() for spelled in (i, _ews(i))}
        for method, url, body in tries:
            answer = b.request(method, url, json=body)
            # An id B sent may be echoed in the error message; any other id of A's in the answer leaked.
            text = answer.text
            for spelled in spellings:
                if spelled in unquote(url):
                    text = text.replace(spelled, "")
            if answer.is_success or MARK in text or any(spelled in text for spelled in spellings):
                leaks.append(f"{method} {url}: {answer.status_code} {answer.text[:200]}")
            elif not 400 <= answer.status_code < 500 or odata_error(answer) is None:
                non_odata.append(f"{method} {url}: {answer.status_code} {answer.text[:200]}")
        after = _snapshot(a, ids)
        changed = [
            url for url in before if json.dumps(before[url], sort_keys=True) != json.dumps(after[url], sort_keys=True)
        ]
        b_changed = {
            kind: (n, m) for (kind, n), m in zip(b_before.items(), _b_mailbox(b).values(), strict=True) if n != m
        }
        # Control: A's own token gets 2xx from the same GETs and PATCHes (so B's 4xx came from isolation).
        control = [(m, u, body) for m, u, body in tries if m in ("GET", "PATCH") and "/Users(" not in u]
        refused_to_a = [f"{m} {u}: {a.request(m, u, json=body).status_code}" for m, u, body in control]
        refused_to_a = [line for line in refused_to_a if not line.endswith((": 200", ": 201"))]
    side_effects = len(changed) + len(b_changed)
    figure(
        "d. cross-user isolation",
        f"{len(tries)} tries by B with A's ids ({len(ids)} items, v2.0 + beta + preview): {len(leaks)} leaks, "
        f"{side_effects} side effects, {len(non_odata)} non-OData refusals; control: A's own "
        f"{len(control) - len(refused_to_a)}/{len(control)} GET/PATCH answered 2xx",
    )
    assert len(leaks) <= LEAKS_BOUND, leaks[:10]
    assert side_effects <= SIDE_EFFECTS_BOUND, (changed, b_changed)
    assert not non_odata, non_odata[:10]
    assert not refused_to_a, f"the sweep's requests are wrong (A itself is refused): {refused_to_a[:10]}"
