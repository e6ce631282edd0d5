"""Messages, events and contacts embedded in item attachments, both ways.

An item attachment's ``Item`` is read by the same request parser and checked by
the same store rules as ``POST /me/messages|events|contacts`` (so an invalid
embedded event is the 400 the event itself would get, and nothing is stored),
but the store object it becomes lives in the attachment only: it is in no mail
folder, calendar or contact folder. With ``$expand`` it is rendered exactly like
the resource, with its ``@odata.type``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ...errors import RequestBodyRead
from ...faults import broken
from ...store import Mailbox
from ...store.calendar import Event
from ...store.contacts import Contact
from ...store.mail import EmailAddress, Message
from .calendar import parse_event, render_event
from .contacts import parse_contact, render_contact
from .mail import parse_message, render_message
from .representations import NS, View, _object

KINDS = ("Message", "Event", "Contact")
# The view the size of an item is computed in: independent of the request's host, user and Prefer zone.
_SIZE_VIEW = View("https://outlook.office.com/api/v2.0", "Users('attachment')", None)


def _kind(item: Mapping[str, Any], field: str) -> str:
    kind = item.get("@odata.type")
    name = kind.lstrip("#").lower() if isinstance(kind, str) else None
    for candidate in KINDS:
        if name == f"{NS}.{candidate}".lower():
            return candidate
    raise RequestBodyRead(f"'{field}' needs an @odata.type of {NS}.Event, Message or Contact.")


def parse_item(mailbox: Mailbox, value: Any, field: str) -> tuple[Message | Event | Contact | Mapping, int]:
    """Request JSON of an ``Item`` -> (the store object, its size in bytes)."""
    item = _object(value, field)
    kind = _kind(item, field)
    built: Message | Event | Contact | Mapping
    if broken("item_attachment_not_validated"):
        built = dict(item)  # kept as the client sent it
    elif kind == "Event":
        built = mailbox.calendar.build_event(parse_event(item))
    elif kind == "Message":
        built = mailbox.mail.build_message(parse_message(item))
    else:
        built = mailbox.contacts.build_contact(parse_contact(item))
    size = len(json.dumps(render_item(built, mailbox.calendar.owner, _SIZE_VIEW)).encode())
    return built, size


def render_item(item: Message | Event | Contact | Mapping, organizer: EmailAddress, view: View) -> dict:
    """An attachment's item as its resource renders it, with its ``@odata.type``."""
    if isinstance(item, Event):
        return {"@odata.type": f"#{NS}.Event", **render_event(item, organizer, view)}
    if isinstance(item, Message):
        return {"@odata.type": f"#{NS}.Message", **render_message(item, view)}
    if isinstance(item, Contact):
        return {"@odata.type": f"#{NS}.Contact", **render_contact(item, view)}
    return dict(item)
