"""Item paths under their container: ``/me/taskfolders/{f}/tasks/{id}``, ``/me/mailfolders/{f}/messages/{id}``,
``/me/calendars/{c}/events/{id}`` (and ``/me/calendar/events/{id}``), ``/me/contactfolders/{f}/contacts/{id}``,
and what hangs off them (a task's attachments, ``complete``).

Each is the item's own handler behind one more rule: the item must be in the container the path names
(404 otherwise, as for an unknown id); the container must exist (its own 404 first).
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response

from ...store import Mailbox
from ...store.containment import require_in
from ..http import Call
from ..routing import Route

Handler = Callable[[Call, Mailbox], Response]
# (call, mailbox) -> (the id of the container the path names, the id of the container the item is in)
Locate = Callable[[Call, Mailbox], tuple[str, str]]


def under(locate: Locate, handler: Handler) -> Handler:
    def contained(call: Call, mailbox: Mailbox) -> Response:
        require_in(*locate(call, mailbox))
        return handler(call, mailbox)

    contained.__name__ = f"{handler.__name__}_in_container"
    return contained


def mounted(containers: str | tuple[str, ...], locate: Locate, *routes: Route) -> list[Route]:
    """An item's ``routes`` (templates relative to its container) mounted at each of ``containers``, each behind
    ``under``: the URL map declares which item paths a container has; this says once what they share."""
    at = (containers,) if isinstance(containers, str) else containers
    return [Route(r.method, f"{c}/{r.template}", under(locate, r.handler), r.scopes) for c in at for r in routes]


def task_in_folder(call: Call, mailbox: Mailbox) -> tuple[str, str]:
    folder = mailbox.tasks.get_folder(call.params["folder_id"])
    return folder.id, mailbox.tasks.get_task(call.params["task_id"]).folder_id


def message_in_folder(call: Call, mailbox: Mailbox) -> tuple[str, str]:
    folder = mailbox.mail.get_folder(call.params["folder_id"])
    return folder.id, mailbox.mail.get_message(call.params["message_id"]).folder_id


def contact_in_folder(call: Call, mailbox: Mailbox) -> tuple[str, str]:
    folder = mailbox.contacts.get_folder(call.params["folder_id"])
    return folder.id, mailbox.contacts.get_contact(call.params["contact_id"]).folder_id


def event_in_calendar(call: Call, mailbox: Mailbox) -> tuple[str, str]:
    calendar = mailbox.calendar.get_calendar(call.params.get("calendar_id"))  # None: /me/calendar, the default
    return calendar.id, mailbox.calendar.get_event(call.params["event_id"]).calendar_id
