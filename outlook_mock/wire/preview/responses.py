"""Handlers of the 2014 preview Calendar API (and the Mail API pieces its meeting flow uses).

Each handler parses the request, calls the store and renders the answer; every
rule lives in the store (event writes in ``store/meetings.py``, which both
dialects share), every shape in ``representations``.
"""

from __future__ import annotations

from starlette.responses import Response

from ... import ids
from ...errors import ErrorInvalidUrlQuery, ErrorItemNotFound
from ...faults import broken
from ...store import Mailbox, meetings
from ...store.attachments import ItemAttachment
from ...store.calendar import Event
from ...store.indexes import ALL
from ...store.mail import Message
from ..http import Call, json_response
from ..listing import StoredList
from ..v2.common import collection, entity_response, url_key
from ..v2.representations import _object
from . import representations as rep

# -- helpers ------------------------------------------------------------------------------


def _view(call: Call, mailbox: Mailbox) -> rep.View:
    return rep.View(call.base_url, call.tenant.owner_of(mailbox).email)


def _key(canonical_id: str) -> str:
    """An id inside a context or link path: its EWS spelling, percent-encoded."""
    return url_key(rep.ews(canonical_id) or "")


def _calendar_id(call: Call) -> str | None:
    """The calendar of the path: ``Calendars('{id}')``, or None for ``/Me/Calendar`` (the default one)."""
    return call.params.get("calendar_id")


def _parse_item(mailbox: Mailbox, value: object, field: str) -> Event | Message | dict:
    """An item attachment's Item: an event or a message, checked like the resource itself."""
    value = _object(value, field)
    kind = rep.require_type(value, "Event", "Message")
    if broken("item_attachment_not_validated"):
        return dict(value)
    if kind == "Event":
        return mailbox.calendar.build_event(rep.parse_event(value, create=True))
    return mailbox.mail.build_message(rep.parse_message(value))


# -- calendar groups ------------------------------------------------------------------------
def list_groups(call: Call, mailbox: Mailbox) -> Response:
    view = _view(call, mailbox)
    listing = StoredList(rep.GROUP_KIND, view, lambda g: rep.render_group(g, view), mailbox.calendar.groups)
    return collection(call, "Me/CalendarGroups", listing, "Me/CalendarGroups")


def get_group(call: Call, mailbox: Mailbox) -> Response:
    group = mailbox.calendar.get_group(call.params["group_id"])
    return entity_response(call, "Me/CalendarGroups", rep.GROUP_SHAPE, rep.render_group(group, _view(call, mailbox)))


def create_group(call: Call, mailbox: Mailbox) -> Response:
    body = call.json()
    rep.require_type(body, "CalendarGroup")
    group = mailbox.calendar.create_group(rep.parse_name(body, "CalendarGroup", rep.GROUP_READ_ONLY, create=True))
    item = rep.render_group(group, _view(call, mailbox))
    return entity_response(call, "Me/CalendarGroups", rep.GROUP_SHAPE, item, 201)


def update_group(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.get_group(call.params["group_id"])  # 404 before 400
    name = rep.parse_name(call.json(), "CalendarGroup", rep.GROUP_READ_ONLY, create=False)
    group = mailbox.calendar.rename_group(call.params["group_id"], name)
    return entity_response(call, "Me/CalendarGroups", rep.GROUP_SHAPE, rep.render_group(group, _view(call, mailbox)))


def delete_group(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.delete_group(call.params["group_id"])
    return Response(status_code=204)


# -- calendars ---------------------------------------------------------------------------------
def list_calendars(call: Call, mailbox: Mailbox) -> Response:
    group_id = call.params.get("group_id")
    view = _view(call, mailbox)
    container = mailbox.calendar.calendar_container(group_id)
    calendars = mailbox.calendar.calendars
    listing = StoredList(rep.CALENDAR_KIND, view, lambda c: rep.render_calendar(c, view), calendars, container)
    path = "Me/Calendars" if group_id is None else f"Me/CalendarGroups('{_key(group_id)}')/Calendars"
    return collection(call, path, listing, path)


def get_calendar(call: Call, mailbox: Mailbox) -> Response:
    calendar = mailbox.calendar.get_calendar(_calendar_id(call))
    context = "Me/Calendars" if _calendar_id(call) is not None else "Me/Calendar"
    return entity_response(call, context, rep.CALENDAR_SHAPE, rep.render_calendar(calendar, _view(call, mailbox)))


def create_calendar(call: Call, mailbox: Mailbox) -> Response:
    group_id = call.params.get("group_id")
    if group_id is not None:
        mailbox.calendar.get_group(group_id)  # 404 before 400
    body = call.json()
    rep.require_type(body, "Calendar")
    name = rep.parse_name(body, "Calendar", rep.CALENDAR_READ_ONLY, create=True)
    calendar = mailbox.calendar.create_calendar(name, group_id=group_id)
    item = rep.render_calendar(calendar, _view(call, mailbox))
    return entity_response(call, "Me/Calendars", rep.CALENDAR_SHAPE, item, 201)


def update_calendar(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.get_calendar(_calendar_id(call))  # 404 before 400
    name = rep.parse_name(call.json(), "Calendar", rep.CALENDAR_READ_ONLY, create=False)
    calendar = mailbox.calendar.update_calendar(_calendar_id(call), name)
    item = rep.render_calendar(calendar, _view(call, mailbox))
    return entity_response(call, "Me/Calendars", rep.CALENDAR_SHAPE, item)


def delete_calendar(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.delete_calendar(call.params["calendar_id"])
    return Response(status_code=204)


# -- events --------------------------------------------------------------------------------------
def _events(call: Call, mailbox: Mailbox, container: object, path: str) -> Response:
    view = _view(call, mailbox)
    listing = StoredList(rep.EVENT_KIND, view, lambda e: rep.render_event(e, view), mailbox.calendar.events, container)
    return collection(call, path, listing, path)


def list_events(call: Call, mailbox: Mailbox) -> Response:
    # The seed: /Me/Events holds the events of every calendar (v2.0's /me/events: the default one only).
    if broken("preview_events_default_calendar_only"):
        return _events(call, mailbox, mailbox.calendar.event_container(), "Me/Events")
    return _events(call, mailbox, ALL, "Me/Events")


def list_events_in_calendar(call: Call, mailbox: Mailbox) -> Response:
    calendar = mailbox.calendar.get_calendar(_calendar_id(call))
    path = "Me/Calendar/Events" if _calendar_id(call) is None else f"Me/Calendars('{_key(calendar.id)}')/Events"
    return _events(call, mailbox, calendar.id, path)


def get_event(call: Call, mailbox: Mailbox) -> Response:
    event = mailbox.calendar.get_event(call.params["event_id"])
    return entity_response(call, "Me/Events", rep.EVENT_SHAPE, rep.render_event(event, _view(call, mailbox)))


def get_event_calendar(call: Call, mailbox: Mailbox) -> Response:
    event = mailbox.calendar.get_event(call.params["event_id"])
    calendar = mailbox.calendar.get_calendar(event.calendar_id)
    item = rep.render_calendar(calendar, _view(call, mailbox))
    return entity_response(call, "Me/Calendars", rep.CALENDAR_SHAPE, item)


def create_event(call: Call, mailbox: Mailbox) -> Response:
    calendar_id = _calendar_id(call)
    if calendar_id is not None:
        calendar_id = mailbox.calendar.get_calendar(calendar_id).id  # 404 before 400
    body = call.json()
    rep.require_type(body, "Event")
    user = call.tenant.owner_of(mailbox)
    event = meetings.create_event(call.tenant, user, rep.parse_event(body, create=True), calendar_id)
    return entity_response(call, "Me/Events", rep.EVENT_SHAPE, rep.render_event(event, _view(call, mailbox)), 201)


def update_event(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.get_event(call.params["event_id"])  # 404 before 400
    fields = rep.parse_event(call.json(), create=False)
    event = meetings.update_event(call.tenant, call.tenant.owner_of(mailbox), call.params["event_id"], fields)
    return entity_response(call, "Me/Events", rep.EVENT_SHAPE, rep.render_event(event, _view(call, mailbox)))


def delete_event(call: Call, mailbox: Mailbox) -> Response:
    meetings.delete_event(call.tenant, call.tenant.owner_of(mailbox), call.params["event_id"])
    return Response(status_code=204)


# -- meeting responses --------------------------------------------------------------------------------
def _respond(reply: meetings.Reply):
    def handler(call: Call, mailbox: Mailbox) -> Response:
        call.principal.require("Mail.Write")  # besides Calendar.Write (the route's): the seed asks for both
        mailbox.calendar.get_event(call.params["event_id"])  # 404 before 400
        disposition = _disposition(call)
        body = call.json() if call.body.strip() else {}
        comment = rep._properties(body, "Reply", {"Comment": rep._nullable(rep._string)}).get("Comment") or ""
        user = call.tenant.owner_of(mailbox)
        meetings.respond(call.tenant, user, call.params["event_id"], reply, disposition, comment)
        return Response(status_code=202)

    return handler


def _disposition(call: Call) -> meetings.MessageDisposition:
    """The ``MessageDisposition`` query option (a custom option: no ``$``); SendAndSaveCopy when absent."""
    raw = call.query.get("messagedisposition")  # option names are lower-cased by parse_query
    if raw is None:
        return meetings.MessageDisposition.SEND_AND_SAVE_COPY
    for member in meetings.MessageDisposition:
        if member.value.lower() == raw.lower():
            return member
    raise ErrorInvalidUrlQuery(f"'{raw}' is not a MessageDisposition: use SendOnly, SaveOnly or SendAndSaveCopy.")


accept_event = _respond(meetings.Reply.ACCEPT)
decline_event = _respond(meetings.Reply.DECLINE)
tentatively_accept_event = _respond(meetings.Reply.TENTATIVE)


# -- event attachments ----------------------------------------------------------------------------------
def _attachment_context(event_id: str) -> str:
    return f"Me/Events('{_key(event_id)}')/Attachments"


def list_attachments(call: Call, mailbox: Mailbox) -> Response:
    event_id = call.params["event_id"]
    view = _view(call, mailbox)
    attachments = mailbox.calendar.get_event(event_id).attachments
    listing = StoredList(rep.ATTACHMENT_KIND, view, lambda a: rep.render_attachment(a, event_id, view), attachments)
    path = _attachment_context(event_id)
    return collection(call, path, listing, path)


def get_attachment(call: Call, mailbox: Mailbox) -> Response:
    event_id = call.params["event_id"]
    attachment = mailbox.calendar.get_attachment(event_id, call.params["attachment_id"])
    view = _view(call, mailbox)
    expanded = {}
    expand = call.query.get("$expand")
    if expand is not None:
        if expand.strip().lower() not in ("item", f"{rep.NS}.itemattachment/item".lower()):
            raise ErrorInvalidUrlQuery(f"'$expand={expand}' is not supported here; use $expand=Item.")
        if isinstance(attachment, ItemAttachment):
            expanded = {"Item": _attached_item(attachment, event_id, view)}
    item = rep.render_attachment(attachment, event_id, view)
    return entity_response(call, _attachment_context(event_id), rep.ATTACHMENT_SHAPE, item, expanded=expanded)


def _attached_item(attachment: ItemAttachment, event_id: str, view: rep.View) -> dict:
    """The item of an item attachment: it lives in the attachment only, so its links are the attachment's ``…/Item``
    (read-only: ``get_attachment_item``), not URLs of the mailbox's events or messages."""
    url = view.link(f"Events('{rep.ews(event_id)}')/Attachments('{rep.ews(attachment.id)}')/Item")
    return {**rep.render_item(attachment.item, view), "@odata.id": url, "@odata.editLink": url}


def get_attachment_item(call: Call, mailbox: Mailbox) -> Response:
    event_id = call.params["event_id"]
    attachment = mailbox.calendar.get_attachment(event_id, call.params["attachment_id"])
    if not isinstance(attachment, ItemAttachment):
        raise ErrorItemNotFound("The attachment is not an item attachment: it has no Item.")
    context = f"{_attachment_context(event_id)}('{_key(attachment.id)}')/Item/$entity"
    item = _attached_item(attachment, event_id, _view(call, mailbox))
    return json_response({"@odata.context": f"{call.base_url}/$metadata#{context}", **item})


def create_attachment(call: Call, mailbox: Mailbox) -> Response:
    event_id = call.params["event_id"]
    mailbox.calendar.get_event(event_id)  # 404 before 400
    build = rep.parse_attachment(call.json(), lambda value, field: _parse_item(mailbox, value, field))
    attachment = mailbox.calendar.add_attachment(event_id, build)
    item = rep.render_attachment(attachment, event_id, _view(call, mailbox))
    return entity_response(call, _attachment_context(event_id), rep.ATTACHMENT_SHAPE, item, 201)


def update_attachment(call: Call, mailbox: Mailbox) -> Response:
    event_id, attachment_id = call.params["event_id"], call.params["attachment_id"]
    changes = rep.parse_attachment_update(call.json(), mailbox.calendar.get_attachment(event_id, attachment_id))
    attachment = mailbox.calendar.update_attachment(event_id, attachment_id, changes)
    item = rep.render_attachment(attachment, event_id, _view(call, mailbox))
    return entity_response(call, _attachment_context(event_id), rep.ATTACHMENT_SHAPE, item)


def delete_attachment(call: Call, mailbox: Mailbox) -> Response:
    mailbox.calendar.delete_attachment(call.params["event_id"], call.params["attachment_id"])
    return Response(status_code=204)


# -- messages and folders ----------------------------------------------------------------------------------
def _messages(call: Call, mailbox: Mailbox, container: object, path: str) -> Response:
    view = _view(call, mailbox)
    messages = mailbox.mail.messages
    listing = StoredList(rep.MESSAGE_KIND, view, lambda m: rep.render_message(m, view), messages, container)
    return collection(call, path, listing, path)


def list_messages(call: Call, mailbox: Mailbox) -> Response:
    return _messages(call, mailbox, ALL, "Me/Messages")


def list_messages_in_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.mail.get_folder(call.params["folder_id"])
    path = f"Me/Folders('{_key(folder.id)}')/Messages"
    return _messages(call, mailbox, folder.id, path)


def get_message(call: Call, mailbox: Mailbox) -> Response:
    message = mailbox.mail.get_message(call.params["message_id"])
    return entity_response(call, "Me/Messages", rep.MESSAGE_SHAPE, rep.render_message(message, _view(call, mailbox)))


def move_message(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
    body = call.json()
    destination = rep._properties(body, "Move", {"DestinationId": rep._string}, required=("DestinationId",))
    destination_id = ids.read(destination["DestinationId"], ids.Spelling.EWS)  # an id or a well-known folder name
    message = mailbox.mail.move_message(call.params["message_id"], destination_id)
    item = rep.render_message(message, _view(call, mailbox))
    return entity_response(call, "Me/Messages", rep.MESSAGE_SHAPE, item, 201)


def list_folders(call: Call, mailbox: Mailbox) -> Response:
    view = _view(call, mailbox)
    store = mailbox.mail
    container = store.folder_container()
    listing = StoredList(rep.FOLDER_KIND, view, lambda f: rep.render_folder(f, store, view), store.folders, container)
    return collection(call, "Me/Folders", listing, "Me/Folders")


def get_folder(call: Call, mailbox: Mailbox) -> Response:
    folder = mailbox.mail.get_folder(call.params["folder_id"])
    item = rep.render_folder(folder, mailbox.mail, _view(call, mailbox))
    return entity_response(call, "Me/Folders", rep.FOLDER_SHAPE, item)


# -- the mailbox owner ----------------------------------------------------------------------
def get_me(call: Call, mailbox: Mailbox) -> Response:
    """``GET /Me``: the preview's ``User`` entity (no EmailAddress in its model; its links name users by address)."""
    user = call.principal.user
    url = f"{call.base_url}/Users('{user.email}')"
    entity = {
        "@odata.id": url,
        "@odata.editLink": url,
        "Id": user.email,
        "DisplayName": user.display_name,
        "Alias": user.alias,
        "MailboxGuid": str(user.mailbox_guid),
    }
    return json_response({"@odata.context": f"{call.base_url}/$metadata#Me", **entity})
