"""Synchronising tasks in a folder and the task folders (seed 000: 同步任务或任务文件夹)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import httpx

from ..api import Api, expect_error, key, ok
from . import rule

TRACK = "odata.track-changes"
MAX_PAGES = 200  # a round that pages on beyond this never ends


def _token(link: str, name: str) -> str:
    options = {k.lower(): v for k, v in parse_qsl(urlsplit(link).query)}
    assert f"${name}" in options, f"no ${name} in {link}"
    return options[f"${name}"]


def _page(answer: httpx.Response) -> tuple[list[dict], str | None, str | None]:
    body = ok(answer)
    return body["value"], body.get("@odata.nextLink"), body.get("@odata.deltaLink")


def _round(api: Api, path: str, delta_link: str | None, page_size: int = 1) -> tuple[list[dict], str]:
    """Follow one whole round: all entries, and the deltaLink to keep for the next round.

    The initial response always ends with a deltaLink, even when more remain (the
    seed's flow), so a first round continues with that deltaLink once.
    """
    prefer = [TRACK, f"odata.maxpagesize={page_size}"]
    entries: list[dict] = []
    if delta_link is None:
        entries, _, delta_link = _page(api.get(path, prefer=prefer))
        assert delta_link, "the initial sync response must carry an @odata.deltaLink"
    page, next_link, delta = _page(api.get(delta_link, prefer=prefer))
    entries += page
    for _ in range(MAX_PAGES):
        if not next_link:
            break
        page, next_link, delta = _page(api.get(next_link, prefer=f"odata.maxpagesize={page_size}"))
        entries += page
    else:
        raise AssertionError(f"the round did not end within {MAX_PAGES} pages")
    assert delta, "a round must end with an @odata.deltaLink"
    return entries, delta


@rule("sync.tasks_round_with_delta_and_skip_tokens", "sync_ignores_page_size", "no_preference_applied")
def tasks_round(api: Api) -> None:
    """The seed's round: initial page, deltaLink, Preference-Applied; deltatoken -> nextLink; skiptoken -> deltaLink."""
    folder = api.folder("Sync round")
    path = f"me/TaskFolders('{key(folder['Id'])}')/Tasks"
    created = [api.task({"Subject": f"task {i}"}, folder=folder["Id"])["Id"] for i in range(3)]
    first = api.get(path, prefer=[TRACK, "odata.maxpagesize=1"])
    assert first.headers.get("Preference-Applied", "").lower() == TRACK, first.headers
    value, next_link, delta = _page(first)
    assert len(value) == 1 and next_link is None and delta, "initial response: one task and a deltaLink"
    second = api.get(delta, prefer=[TRACK, "odata.maxpagesize=1"])
    assert "Preference-Applied" not in second.headers, "only the initial response has Preference-Applied"
    value2, next_link, delta2 = _page(second)
    assert len(value2) == 1 and next_link and delta2 is None, "second response: one task and a nextLink"
    _token(next_link, "skiptoken")
    value3, next_link3, delta3 = _page(api.get(next_link, prefer="odata.maxpagesize=1"))
    assert len(value3) == 1 and next_link3 is None and delta3, "third response: the last task and a deltaLink"
    assert sorted(t["Id"] for t in value + value2 + value3) == sorted(created)
    assert ok(api.get(delta3, prefer=[TRACK]))["value"] == [], "nothing changed since the round"


@rule("sync.later_rounds_return_changes_and_deletions", "sync_resends_everything", "sync_omits_deletions")
def later_rounds(api: Api) -> None:
    """A later round returns only what changed: updated and new tasks, and deleted ones with reason "deleted"."""
    folder = api.folder("Sync changes")
    path = f"me/TaskFolders('{key(folder['Id'])}')/Tasks"
    a, b, c = (api.task({"Subject": s}, folder=folder["Id"]) for s in "abc")
    entries, delta = _round(api, path, None)
    assert sorted(e["Id"] for e in entries) == sorted(t["Id"] for t in (a, b, c))
    ok(api.patch(f"me/tasks('{key(a['Id'])}')", {"Subject": "a2"}))
    assert api.delete(f"me/tasks('{key(b['Id'])}')").status_code == 204
    d = api.task({"Subject": "d"}, folder=folder["Id"])
    entries, delta = _round(api, path, delta)
    live = {e["Id"]: e for e in entries if "Id" in e}
    deleted = [e for e in entries if e.get("reason") == "deleted"]
    assert set(live) == {a["Id"], d["Id"]}, f"expected only a and d, got {[e.get('Subject') for e in live.values()]}"
    assert live[a["Id"]]["Subject"] == "a2"
    assert len(deleted) == 1 and b["Id"] in deleted[0]["id"], deleted
    assert deleted[0]["@odata.context"].endswith("$deletedEntity")
    entries, _ = _round(api, path, delta)
    assert entries == []


@rule("sync.task_folders_round", "sync_omits_deletions")
def folders_round(api: Api) -> None:
    """Task folders sync the same way: a round covers every folder, later rounds report new and deleted folders."""
    entries, delta = _round(api, "me/TaskFolders", None, page_size=2)
    assert any(e.get("IsDefaultFolder") for e in entries)
    new = api.folder("Volunteer")
    old = api.folder("Bingo")
    entries, delta = _round(api, "me/TaskFolders", delta, page_size=2)
    assert {e["Id"] for e in entries if "Id" in e} >= {new["Id"], old["Id"]}
    assert api.delete(f"me/taskfolders('{key(old['Id'])}')").status_code == 204
    entries, _ = _round(api, "me/TaskFolders", delta, page_size=2)
    assert [e["id"] for e in entries if e.get("reason") == "deleted"] == [f"TaskFolders('{old['Id']}')"]


@rule("sync.forbidden_query_options_are_400", "sync_accepts_forbidden_options")
def forbidden_options(api: Api) -> None:
    """$filter, $orderby, $search and $top cannot be used in a sync request."""
    path = "me/TaskFolders('Tasks')/Tasks"
    for option, value in (("$filter", "Subject eq 'x'"), ("$orderby", "Subject"), ("$search", "x"), ("$top", "1")):
        expect_error(api.get(path, params={option: value}, prefer=TRACK), 400, "ErrorInvalidUrlQuery")


@rule("sync.bad_tokens_are_400", "sync_tokens_unchecked")
def bad_tokens(api: Api) -> None:
    """A tampered, made-up or foreign sync token is a 400, never a 500."""
    one, two = api.folder("one"), api.folder("two")
    path_one = f"me/TaskFolders('{key(one['Id'])}')/Tasks"
    path_two = f"me/TaskFolders('{key(two['Id'])}')/Tasks"
    _, delta = _round(api, path_one, None)
    token = _token(delta, "deltatoken")
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    for bad in (tampered, "175e2e04482e431ea96e89145c212f8c", "", "%%%"):
        expect_error(api.get(path_one + "/", params={"$deltatoken": bad}, prefer=TRACK), 400)
    expect_error(api.get(path_two + "/", params={"$deltatoken": token}, prefer=TRACK), 400)
    expect_error(api.get(path_one + "/", params={"$skiptoken": token}), 400)
