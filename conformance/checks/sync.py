"""Synchronising tasks in a folder and the task folders (seed 000: 同步任务或任务文件夹)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import httpx

from ..api import Api, ews_id, expect_error, key, ok, rest_id
from ..target import PREVIEW_ROOT
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


# -- every other synced collection (v2.0 reference: message, contact, folder and calendar view sync) -----------
def _live(entries: list[dict]) -> dict[str, dict]:
    return {e["Id"]: e for e in entries if "Id" in e}


def _deleted(entries: list[dict]) -> list[str]:
    """The ids of the deleted entries (``EntitySet('id')``)."""
    return [e["id"] for e in entries if e.get("reason") == "deleted"]


@rule("sync.mail_folder_messages", "sync_resends_everything", "sync_omits_deletions", "no_preference_applied")
def mail_folder_messages(api: Api) -> None:
    """A mail folder's messages sync: a round of all, later rounds only new, changed and deleted messages."""
    folder = api.mail_folder("Sync messages")
    path = f"me/MailFolders('{key(folder['Id'])}')/messages"
    a, b, c = (api.message({"Subject": s}, folder=folder["Id"]) for s in "abc")
    first = api.get(path, params={"$select": "Subject"}, prefer=[TRACK, "odata.maxpagesize=2"])
    assert first.headers.get("Preference-Applied", "").lower() == TRACK, first.headers
    entries, delta = _round(api, path, None, page_size=2)
    assert set(_live(entries)) == {a["Id"], b["Id"], c["Id"]}
    ok(api.patch(f"me/messages('{key(a['Id'])}')", {"Subject": "a2"}))
    assert api.delete(f"me/messages('{key(b['Id'])}')").status_code == 204
    d = api.message({"Subject": "d"}, folder=folder["Id"])
    elsewhere = api.message({"Subject": "not in this folder"})
    entries, delta = _round(api, delta, delta, page_size=2)
    live = _live(entries)
    assert set(live) == {a["Id"], d["Id"]} and elsewhere["Id"] not in live, [e.get("Subject") for e in live.values()]
    assert live[a["Id"]]["Subject"] == "a2"
    assert _deleted(entries) == [f"Messages('{b['Id']}')"], entries
    assert _round(api, delta, delta)[0] == []


@rule("sync.mail_folder_messages_received_filter", "message_sync_filter_ignored")
def mail_folder_messages_received_filter(api: Api) -> None:
    """A message sync takes the reference's one filter, ReceivedDateTime ge|gt, for the whole round (its links carry
    it); "$orderby=ReceivedDateTime desc" is accepted; any other $filter or $orderby is 400 ErrorInvalidUrlQuery."""
    folder = api.mail_folder("Sync received")
    path = f"me/MailFolders('{key(folder['Id'])}')/messages"
    made = api.message({"Subject": "received"}, folder=folder["Id"])
    since = {"$filter": "ReceivedDateTime ge 2000-01-01T00:00:00Z", "$orderby": "ReceivedDateTime desc"}
    first = ok(api.get(path, params=since, prefer=[TRACK, "odata.maxpagesize=5"]))
    assert [m["Id"] for m in first["value"]] == [made["Id"]], first
    assert "ReceivedDateTime" in first["@odata.deltaLink"], "the round's links carry its filter"
    later = ok(api.get(path, params={"$filter": "ReceivedDateTime gt 2999-01-01T00:00:00Z"}, prefer=TRACK))
    assert later["value"] == [], "a message received before the filter's instant is not in the round"
    entries, _ = _round(api, first["@odata.deltaLink"], first["@odata.deltaLink"])
    assert entries == [], entries
    token = _token(first["@odata.deltaLink"], "deltatoken")
    expect_error(api.get(path + "/", params={"$deltatoken": token}, prefer=TRACK), 400)  # the filter is the round's
    for option, value in (("$filter", "Subject eq 'x'"), ("$orderby", "Subject")):
        expect_error(api.get(path, params={option: value}, prefer=TRACK), 400, "ErrorInvalidUrlQuery")


@rule("sync.moved_message_leaves_and_arrives", "sync_omits_deletions")
def moved_message(api: Api) -> None:
    """A message moved out of a synced folder is reported removed there and shows in the destination's sync."""
    source, target = api.mail_folder("Sync move from"), api.mail_folder("Sync move to")
    source_path = f"me/MailFolders('{key(source['Id'])}')/messages"
    target_path = f"me/MailFolders('{key(target['Id'])}')/messages"
    message = api.message({"Subject": "moving"}, folder=source["Id"])
    _, source_delta = _round(api, source_path, None)
    _, target_delta = _round(api, target_path, None)
    moved = api.post(f"me/messages('{key(message['Id'])}')/move", {"DestinationId": target["Id"]})
    if moved.status_code == 404:  # a v2.0 target without move: the 2014 preview's Move, on the same mailbox
        preview_api = api.at(PREVIEW_ROOT)
        path = f"Me/Messages('{key(ews_id(message['Id']))}')/Move"
        moved_id = rest_id(ok(preview_api.post(path, {"DestinationId": ews_id(target["Id"])}), 201)["Id"])
    else:
        moved_id = ok(moved, 201)["Id"]
    api.later(lambda: api.delete(f"me/messages('{key(moved_id)}')"))
    entries, _ = _round(api, source_delta, source_delta)
    assert _deleted(entries) == [f"Messages('{message['Id']}')"] and not _live(entries), entries
    entries, _ = _round(api, target_delta, target_delta)
    assert list(_live(entries)) == [moved_id], entries


@rule("sync.contact_folder_contacts", "sync_resends_everything", "sync_omits_deletions", "sync_ignores_page_size")
def contact_folder_contacts(api: Api) -> None:
    """Contacts sync per folder (and /me/contacts: the default folder) with pages, deltas and deletions."""
    folder = api.contact_folder("Sync contacts")
    path = f"me/ContactFolders('{key(folder['Id'])}')/contacts"
    made = [api.contact({"GivenName": f"c{i}"}, folder=folder["Id"]) for i in range(3)]
    first = ok(api.get(path, prefer=[TRACK, "odata.maxpagesize=1"]))
    assert len(first["value"]) == 1, "Prefer: odata.maxpagesize bounds a contacts sync page"
    entries, delta = _round(api, path, None)
    assert set(_live(entries)) == {c["Id"] for c in made}
    assert api.delete(f"me/contacts('{key(made[0]['Id'])}')").status_code == 204
    ok(api.patch(f"me/contacts('{key(made[1]['Id'])}')", {"Surname": "changed"}))
    entries, delta = _round(api, delta, delta)
    assert list(_live(entries)) == [made[1]["Id"]] and _deleted(entries) == [f"Contacts('{made[0]['Id']}')"]
    default = api.contact({"GivenName": "in the default folder"})
    entries, _ = _round(api, "me/contacts", None, page_size=50)
    assert default["Id"] in _live(entries) and made[1]["Id"] not in _live(entries)
    for option, value in (("$filter", "GivenName eq 'x'"), ("$orderby", "GivenName"), ("$top", "1")):
        expect_error(api.get(path, params={option: value}, prefer=TRACK), 400, "ErrorInvalidUrlQuery")


@rule("sync.folder_hierarchies_flat", "folder_sync_not_flat", "sync_omits_deletions")
def folder_hierarchies(api: Api) -> None:
    """GET /me/MailFolders (and /me/ContactFolders) with track-changes syncs every folder, child folders too."""
    for make, entity_set in ((api.mail_folder, "MailFolders"), (api.contact_folder, "ContactFolders")):
        path = f"me/{entity_set}"
        _, delta = _round(api, path, None, page_size=5)
        parent = make(f"Sync parent {entity_set}")
        child = make(f"Sync child {entity_set}", parent=parent["Id"])
        entries, delta = _round(api, delta, delta, page_size=5)
        assert set(_live(entries)) == {parent["Id"], child["Id"]}, [e.get("DisplayName") for e in entries]
        assert api.delete(f"{path}('{key(child['Id'])}')").status_code == 204
        entries, _ = _round(api, delta, delta, page_size=5)
        assert _deleted(entries) == [f"{entity_set}('{child['Id']}')"], entries
        # Only the top of a hierarchy syncs: ChildFolders answer their plain list.
        children = api.get(f"{path}('{key(parent['Id'])}')/childfolders", prefer=TRACK)
        assert "Preference-Applied" not in children.headers and "@odata.deltaLink" not in ok(children)


WINDOW = {"startDateTime": "2016-03-01T00:00:00Z", "endDateTime": "2016-04-01T00:00:00Z"}


def _times(day: str, hour: int = 9) -> dict:
    return {
        "Start": {"DateTime": f"{day}T{hour:02}:00:00", "TimeZone": "UTC"},
        "End": {"DateTime": f"{day}T{hour + 1:02}:00:00", "TimeZone": "UTC"},
    }


def _view_round(api: Api, path: str, link: str | None) -> tuple[list[dict], str]:
    entries: list[dict] = []
    if link is None:
        first = api.get(path, params=WINDOW, prefer=[TRACK, "odata.maxpagesize=2"])
        assert first.headers.get("Preference-Applied", "").lower() == TRACK, first.headers
        entries, _, link = _page(first)
        assert link and "startdatetime=" in link.lower(), f"the window travels in the links: {link}"
    more, delta = _round(api, link, link, page_size=2)
    return entries + more, delta


@rule("sync.calendar_view_window", "calendar_view_sync_outside_window", "sync_resends_everything")
def calendar_view_window(api: Api) -> None:
    """A calendar view syncs what its window shows; an event moved out of the window is reported deleted."""
    calendar = api.calendar("Sync view")
    path = f"me/calendars('{key(calendar['Id'])}')/calendarview"
    inside = api.event({"Subject": "inside", **_times("2016-03-10")}, calendar=calendar["Id"])
    outside = api.event({"Subject": "outside", **_times("2016-05-10")}, calendar=calendar["Id"])
    entries, delta = _view_round(api, path, None)
    assert list(_live(entries)) == [inside["Id"]], [e.get("Subject") for e in entries]
    ok(api.patch(f"me/events('{key(inside['Id'])}')", _times("2016-06-01")))
    ok(api.patch(f"me/events('{key(outside['Id'])}')", {"Subject": "still outside"}))
    entries, delta = _view_round(api, path, delta)
    # A changed event outside the window may also come as deleted (the server keeps no per-client state: a
    # client deletes what it has), but nothing outside the window comes as an event.
    assert f"CalendarView('{inside['Id']}')" in _deleted(entries) and not _live(entries), entries
    expect_error(api.get(path, params={**WINDOW, "$select": "Subject"}, prefer=TRACK), 400, "ErrorInvalidUrlQuery")
    other = {**WINDOW, "endDateTime": "2016-05-01T00:00:00Z", "$deltatoken": _token(delta, "deltatoken")}
    expect_error(api.get(path, params=other, prefer=TRACK), 400)  # a round's tokens are for its window only


@rule("sync.calendar_view_series", "calendar_view_sync_series_not_expanded")
def calendar_view_series(api: Api) -> None:
    """A series syncs as its master, its exceptions and its occurrences in the window (Id, Type, SeriesMasterId,
    Start, End); a deleted occurrence is reported deleted."""
    calendar = api.calendar("Sync series")
    path = f"me/calendars('{key(calendar['Id'])}')/calendarview"
    recurrence = {
        "Pattern": {"Type": "Daily", "Interval": 1},
        "Range": {"Type": "Numbered", "StartDate": "2016-03-07", "NumberOfOccurrences": 3},
    }
    master = api.event({"Subject": "daily", "Recurrence": recurrence, **_times("2016-03-07")}, calendar=calendar["Id"])
    entries, delta = _view_round(api, path, None)
    live = _live(entries)
    occurrences = [e for e in live.values() if e.get("Type") == "Occurrence"]
    assert live[master["Id"]]["Type"] == "SeriesMaster" and len(occurrences) == 3, entries
    assert all(o["SeriesMasterId"] == master["Id"] and "Subject" not in o for o in occurrences), occurrences
    assert sorted(o["Start"]["DateTime"][:10] for o in occurrences) == ["2016-03-07", "2016-03-08", "2016-03-09"]
    gone = next(o for o in occurrences if o["Start"]["DateTime"].startswith("2016-03-08"))
    assert api.delete(f"me/events('{key(gone['Id'])}')").status_code == 204
    entries, _ = _view_round(api, path, delta)
    assert f"CalendarView('{gone['Id']}')" in _deleted(entries), entries
    assert len([e for e in _live(entries).values() if e.get("Type") == "Occurrence"]) == 2, entries
