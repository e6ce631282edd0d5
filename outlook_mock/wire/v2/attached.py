"""Attachments in v2.0, one model for every kind of item: tasks, events and messages.

The handlers (``AttachmentHandlers``: list, get, create, delete, and the item of an item attachment) are the
same for every kind; each kind says only its entity set, its path parameter and its store (every store inherits
``store.attachments.AttachmentStore``). A message or event may also be created with its ``Attachments``
(``new_attachments``: the reference's deep insert), and ``$expand=Attachments`` on one item shows them.

An item attachment's ``Item`` is read by the same request parser and checked by
the same store rules as ``POST /me/messages|events|contacts`` (so an invalid
embedded event is the 400 the event itself would get, and nothing is stored),
but the store object it becomes lives in the attachment only: it is in no mail
folder, calendar or contact folder. With ``$expand`` it is rendered exactly like
the resource, with its ``@odata.type``, and its ``@odata.id`` is the attachment's ``…/Item`` URL.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from ...errors import ErrorInvalidUrlQuery, ErrorItemNotFound, RequestBodyRead
from ...faults import broken
from ...store import Mailbox
from ...store.attachments import Attachment, AttachmentStore, ItemAttachment
from ...store.calendar import Event
from ...store.contacts import Contact
from ...store.mail import EmailAddress, Message
from ..http import Call, json_response
from ..listing import StoredList
from . import extended
from . import representations as rep
from .calendar import parse_event, render_event
from .common import collection, context_url, entity_response, request_view, url_key
from .contacts import parse_contact, render_contact
from .mail import parse_message, render_message
from .representations import NS, View, _object

KINDS = ("Message", "Event", "Contact")
# The view the size of an item is computed in: independent of the request's host, user and Prefer zone.
# (item, its extended properties, its entity path) -> its $expand-ed members
Expansion = Callable[[Any, Any, str], dict]
_SIZE_VIEW = View("https://outlook.office.com/api/v2.0", "Users('attachment')", None)


def _kind(item: Mapping[str, Any], field: str) -> str:
    kind = item.get("@odata.type")
    name = kind.lstrip("#").lower() if isinstance(kind, str) else None
    for candidate in KINDS:
        if name == f"{NS}.{candidate}".lower():
            return candidate
    raise RequestBodyRead(f"'{field}' needs an @odata.type of {NS}.Event, Message or Contact.")


def parse_item(mailbox: Mailbox, value: Any, field: str) -> tuple[Message | Event | Contact | Mapping, int]:
    """Request JSON of an ``Item`` -> (the store object, its size in bytes). An attached message or event may
    carry ``Attachments`` of its own, as ``createMessage``/``createEvent`` take them."""
    item = _object(value, field)
    kind = _kind(item, field)
    built: Message | Event | Contact | Mapping
    if broken("item_attachment_not_validated"):
        built = dict(item)  # kept as the client sent it
    elif kind == "Event":
        item, nested = new_attachments(mailbox, item)
        built = _with(mailbox.calendar.build_event(parse_event(item)), nested, mailbox)
    elif kind == "Message":
        item, nested = new_attachments(mailbox, item)
        built = _with(mailbox.mail.build_message(parse_message(item)), nested, mailbox)
    else:
        built = mailbox.contacts.build_contact(parse_contact(item))
    size = len(json.dumps(render_item(built, mailbox.calendar.owner, _SIZE_VIEW)).encode())
    return built, size


def _with(item: Message | Event, builders: list[Callable], mailbox: Mailbox) -> Message | Event:
    """An attached message or event with the attachments its own body carried (they live in it only)."""
    for build in builders:
        mailbox.mail.attach(item, build)
    return item


def render_item(item: Message | Event | Contact | Mapping, organizer: EmailAddress, view: View) -> dict:
    """An attachment's item as its resource renders it, with its ``@odata.type``."""
    if isinstance(item, Event):
        return {"@odata.type": f"#{NS}.Event", **render_event(item, organizer, view)}
    if isinstance(item, Message):
        return {"@odata.type": f"#{NS}.Message", **render_message(item, view)}
    if isinstance(item, Contact):
        return {"@odata.type": f"#{NS}.Contact", **render_contact(item, view)}
    return dict(item)


def parse_attachment(mailbox: Mailbox, body: Any, field: str = "Attachment") -> Callable[[str, Any], Attachment]:
    """Request JSON of one attachment -> the builder the store calls with the new id and time."""
    return rep.parse_attachment(_object(body, field), lambda value, name: parse_item(mailbox, value, name))


# $expand of one attachment: the embedded item of an item attachment (with or without the type cast).
_ITEM_EXPANDS = ("microsoft.outlookservices.itemattachment/item", "item")


def _expands_item(call: Call) -> bool:
    if "$expand" not in call.query:
        return False
    if call.query["$expand"].strip().lower() not in _ITEM_EXPANDS:
        raise ErrorInvalidUrlQuery(
            f"'{call.query['$expand']}' cannot be expanded; only Microsoft.OutlookServices.ItemAttachment/Item can."
        )
    return True


@dataclass(frozen=True)
class AttachmentHandlers:
    """The attachment handlers of one kind of item; ``urls.py`` routes its methods (``EVENT_ATTACHMENTS.list``...)."""

    entity_set: str  # as in URLs and context paths: "Events"
    param: str  # the item's path parameter: "event_id"
    store: Callable[[Mailbox], AttachmentStore]

    def _path(self, item_id: str) -> str:
        return f"Me/{self.entity_set}('{url_key(item_id)}')/Attachments"

    def _render(self, attachment: Attachment, item_id: str, view: View) -> dict:
        return rep.render_attachment(attachment, item_id, view, self.entity_set)

    def list(self, call: Call, mailbox: Mailbox) -> Response:
        item_id = self.store(mailbox).attachment_host(call.params[self.param]).id
        view = request_view(call)
        attachments = self.store(mailbox).attachment_host(item_id).attachments
        listing = StoredList(rep.ATTACHMENT_KIND, view, lambda a: self._render(a, item_id, view), attachments)
        path = self._path(item_id)
        return collection(call, path, listing, path[0].lower() + path[1:])

    def get(self, call: Call, mailbox: Mailbox) -> Response:
        item_id = self.store(mailbox).attachment_host(call.params[self.param]).id
        attachment = self.store(mailbox).get_attachment(item_id, call.params["attachment_id"])
        view = request_view(call)
        expanded = None
        if _expands_item(call) and isinstance(attachment, ItemAttachment):
            expanded = {"Item": self._attached_item(attachment, item_id, mailbox, view)}
        item = self._render(attachment, item_id, view)
        return entity_response(call, self._path(item_id), rep.ATTACHMENT_SHAPE, item, expanded=expanded)

    def _attached_item(self, attachment: ItemAttachment, item_id: str, mailbox: Mailbox, view: View) -> dict:
        """The item of an item attachment. It lives in the attachment only, so its @odata.id is the attachment's
        ``…/Item`` (read-only: ``get_item``), not a URL of the mailbox's messages, events or contacts."""
        item = render_item(attachment.item, mailbox.calendar.owner, view)
        url = view.entity_id(f"{self.entity_set}('{item_id}')/Attachments('{attachment.id}')/Item")
        if broken("attachment_item_url_wrong"):
            return item  # the URL of a mailbox item of the same id, which is none
        return {**item, "@odata.id": url}

    def get_item(self, call: Call, mailbox: Mailbox) -> Response:
        item_id = self.store(mailbox).attachment_host(call.params[self.param]).id
        attachment = self.store(mailbox).get_attachment(item_id, call.params["attachment_id"])
        if not isinstance(attachment, ItemAttachment):
            raise ErrorItemNotFound("The attachment is not an item attachment: it has no Item.")
        context = f"{self._path(item_id)}('{url_key(attachment.id)}')/Item/$entity"
        item = self._attached_item(attachment, item_id, mailbox, request_view(call))
        return json_response({"@odata.context": context_url(call, context), **item})

    def create(self, call: Call, mailbox: Mailbox) -> Response:
        store = self.store(mailbox)
        item_id = store.attachment_host(call.params[self.param]).id  # 404 before 400: the item must exist
        attachment = store.add_attachment(item_id, parse_attachment(mailbox, call.json()))
        item = self._render(attachment, item_id, request_view(call))
        return entity_response(call, self._path(item_id), rep.ATTACHMENT_SHAPE, item, 201)

    def delete(self, call: Call, mailbox: Mailbox) -> Response:
        self.store(mailbox).delete_attachment(call.params[self.param], call.params["attachment_id"])
        return Response(status_code=204)

    def expanded(
        self, call: Call, mailbox: Mailbox, item: Any, props: Any, entity_path: str, expand: str | None = None
    ) -> dict:
        """The ``$expand``-ed members of one item (``expand``: the request's ``$expand``, or what is left of it):
        ``Attachments`` and/or its extended properties."""
        expansion = self.expansion(call, expand)
        return {} if expansion is None else expansion(item, props, entity_path)

    def expansion(self, call: Call, expand: str | None = None) -> Expansion | None:
        """What ``expanded`` does, with the ``$expand`` parsed (a bad one refused, 400) once; None: nothing asked."""
        if expand is None:
            if "$expand" not in call.query:
                return None
            expand = call.query["$expand"]
        wanted, rest = split_expand(expand)
        properties = extended.expander(rest) if rest else None
        view = request_view(call) if wanted else None

        def expand_one(item: Any, props: Any, entity_path: str) -> dict:
            out: dict[str, Any] = {}
            if properties is not None:
                out |= properties(props, context_url(call, entity_path))
            if view is not None:
                out["Attachments@odata.context"] = context_url(call, f"{entity_path}/Attachments")
                out["Attachments"] = [self._render(a, item.id, view) for a in item.attachments.values()]
            return out

        return expand_one

    def list_expansion(self, call: Call) -> Callable[[Any], dict] | None:
        """``$expand`` on a list of these items (``StoredList.expand``): each member of the page as its own GET
        expands it (``Attachments``, extended properties); parsed, and refused if bad, before the list is read."""
        expansion = self.expansion(call)
        if expansion is None:
            return None
        return lambda item: expansion(item, item.extended, f"Me/{self.entity_set}('{url_key(item.id)}')")


TASK_ATTACHMENTS = AttachmentHandlers("Tasks", "task_id", lambda mailbox: mailbox.tasks)
EVENT_ATTACHMENTS = AttachmentHandlers("Events", "event_id", lambda mailbox: mailbox.calendar)
MESSAGE_ATTACHMENTS = AttachmentHandlers("Messages", "message_id", lambda mailbox: mailbox.mail)


def split_expand(text: str) -> tuple[bool, str]:
    """``$expand`` -> (does it name Attachments, the rest of it: the extended properties)."""
    names, rest = extended.split_expand(text, ("attachments",))
    return bool(names), rest


def new_attachments(mailbox: Mailbox, body: dict[str, Any]) -> tuple[dict[str, Any], list[Callable]]:
    """A create body with its ``Attachments`` (deep insert) -> (the body without them, their builders).

    Every attachment is checked before the item is created: one bad attachment and nothing is stored."""
    if "Attachments" not in body:
        return body, []
    rest = {k: v for k, v in body.items() if k != "Attachments"}
    value = body["Attachments"]
    if not isinstance(value, list):
        raise RequestBodyRead("The property 'Attachments' must be an array of attachments.")
    return rest, [parse_attachment(mailbox, member, "Attachments") for member in value]


def attach_all(store: AttachmentStore, item_id: str, builders: list[Callable]) -> None:
    """Attach the attachments a create body carried to the item it made."""
    store.attach_all(store.attachment_host(item_id), builders)
