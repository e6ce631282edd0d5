"""A live run of `outlook-conformance` leaves both mailboxes as it found them, and what others made meanwhile.

The mock is served on a real socket; the suite runs as a user's CI would run it (a subprocess of the console script,
base URL and two tokens); both mailboxes are listed through the API before and after (every folder with its counts,
every item). The areas run are those whose actions make items nobody asked for by Id: meetings (requests, copies,
answers, cancellations, Deleted Items entries, in both mailboxes) and mail (drafts, sent copies, moves), with their
schemathesis operations. `make conformance-clean-run` does the same for the whole suite (``CLEAN_RUN_AREAS=``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

import outlook_mock
from conformance import housekeeping
from conformance.target import Target

USERS = ("admin@contoso.com", "alex@contoso.com")
AREAS = os.environ.get("CLEAN_RUN_AREAS", "meetings")


def _token(url: str, user: str) -> str:
    form = {"grant_type": "password", "username": user, "password": "mock"}
    return httpx.post(f"{url}/common/oauth2/v2.0/token", data=form).json()["access_token"]


def _client(url: str, token: str) -> httpx.Client:
    return httpx.Client(base_url=f"{url}/api/v2.0", headers={"Authorization": f"Bearer {token}"}, timeout=30)


def _existing_data(url: str, tokens: tuple[str, ...]) -> None:
    """What the mailboxes hold before the run (made by someone else): it must all be there afterwards, untouched."""
    with _client(url, tokens[0]) as one, _client(url, tokens[1]) as two:
        folder = one.post("me/mailfolders", json={"DisplayName": "Projects"}).json()
        one.post(f"me/mailfolders('{folder['Id']}')/messages", json={"Subject": "kept: filed"}).raise_for_status()
        one.post("me/mailfolders('Inbox')/messages", json={"Subject": "kept: in the inbox"}).raise_for_status()
        one.post("me/messages", json={"Subject": "kept: a draft"}).raise_for_status()
        one.post("me/tasks", json={"Subject": "kept: a task"}).raise_for_status()
        one.post("me/contacts", json={"GivenName": "Kept"}).raise_for_status()
        times = {
            "Start": {"DateTime": "2030-01-01T09:00:00", "TimeZone": "UTC"},
            "End": {"DateTime": "2030-01-01T10:00:00", "TimeZone": "UTC"},
        }
        one.post("me/events", json={"Subject": "kept: an event", **times}).raise_for_status()
        two.post("me/mailfolders('Inbox')/messages", json={"Subject": "kept: alex's mail"}).raise_for_status()
        two.post("me/tasks", json={"Subject": "kept: alex's task"}).raise_for_status()


def _another_client(url: str, tokens: tuple[str, ...], before: set, made: list[str], stop: threading.Event) -> None:
    """As soon as the run has made something, another client makes items of its own in both mailboxes."""
    target = Target(url, tokens)
    deadline = time.monotonic() + 120
    while not stop.is_set() and time.monotonic() < deadline:
        if set(housekeeping.inventory(target)) - before:
            break
        stop.wait(0.5)
    with _client(url, tokens[0]) as one, _client(url, tokens[1]) as two:
        made.append(one.post("me/tasks", json={"Subject": "another client's task"}).json()["Id"])
        answer = two.post("me/mailfolders('Inbox')/messages", json={"Subject": "another client's mail"})
        made.append(answer.json()["Id"])
        times = {
            "Start": {"DateTime": "2031-01-01T09:00:00", "TimeZone": "UTC"},
            "End": {"DateTime": "2031-01-01T10:00:00", "TimeZone": "UTC"},
        }
        made.append(one.post("me/events", json={"Subject": "another client's event", **times}).json()["Id"])


def test_a_live_run_leaves_both_mailboxes_as_it_found_them(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("outlook-conformance")
    with outlook_mock.serving() as url:
        tokens = tuple(_token(url, user) for user in USERS)
        target = Target(url, tokens)
        _existing_data(url, tokens)
        before = housekeeping.state(target)
        made: list[str] = []
        stop = threading.Event()
        other = threading.Thread(target=_another_client, args=(url, tokens, set(before), made, stop))
        other.start()
        report = tmp_path / "report.md"
        run = subprocess.run(
            [
                str(script),
                "--base-url",
                url,
                "--token",
                tokens[0],
                "--token-2",
                tokens[1],
                "--area",
                AREAS,
                "--report",
                str(report),
                "--junit",
                str(tmp_path / "junit.xml"),
                "-q",
            ],  # fmt: skip
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=1200,
            env={k: v for k, v in os.environ.items() if not k.startswith("OUTLOOK_")},
        )
        stop.set()
        other.join()
        assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-3000:]
        after = housekeeping.state(target)
        # What the other client made during the run is still there...
        assert len(made) == 3
        survivors = {key[1] for key in after} & set(made)
        assert survivors == set(made), "the run deleted what another client made"
        # ...and the rest is item for item, folder for folder, count for count as before the run.
        with _client(url, tokens[0]) as one, _client(url, tokens[1]) as two:
            for client, path in ((one, "me/tasks('{}')"), (two, "me/messages('{}')"), (one, "me/events('{}')")):
                assert client.delete(path.format(made.pop(0))).status_code == 204
            # (a deleted event lands in Deleted Items)
            filed = one.get("me/mailfolders('DeletedItems')/messages").json()["value"]
            for message in filed:
                if message["Subject"] == "another client's event":
                    assert one.delete(f"me/messages('{message['Id']}')").status_code == 204
        again = housekeeping.state(target)
        missing = {k: v for k, v in before.items() if again.get(k) != v}
        extra = {k: v for k, v in again.items() if k not in before}
        assert (missing, extra) == ({}, {})
        text = report.read_text()
        assert "Housekeeping: removed" in text and "0 could not be removed" in text
        for token in tokens:
            assert token not in run.stdout + run.stderr + text + (tmp_path / "junit.xml").read_text()
