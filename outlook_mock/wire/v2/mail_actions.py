"""The v2.0 mail actions and Focused Inbox: their JSON both ways, and their handlers.

``sendmail``, ``send``, ``reply``, ``replyall`` and ``forward`` send mail through the tenant
(``store/delivery.py``) and answer 202 with no body; ``createreply``, ``createreplyall`` and
``createforward`` answer 201 with the draft; ``move`` and ``copy`` of messages and mail
folders answer 201 with the item where it now is. ``/me/InferenceClassification/Overrides``
lists, creates (or updates: one override per sender address), updates and deletes the
Focused Inbox overrides (``store/mail.py``). Every rule lives in the store; this module
maps JSON to store calls and back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from starlette.responses import Response

from ...errors import ErrorInvalidProperty, ErrorItemNotFound, RequestBodyRead
from ...ids import new_id
from ...odata_query import EntityShape
from ...store import Mailbox, delivery
from ...store.indexes import ItemTable
from ...store.mail import Classification, ClassificationOverride, EmailAddress, MeetingMessageType
from ..http import Call
from ..listing import Kind, StoredList
from . import attached
from . import representations as rep
from .calendar import EVENT_SHAPE, render_event
from .common import collection, entity_response, request_view
from .mail import (
    MAIL_FOLDER_SHAPE,
    MESSAGE_SHAPE,
    _email_address,
    _recipients,
    parse_message,
    render_mail_folder,
    render_message,
)
from .representations import NS, View, _bool_or_word, _nullable, _properties, _string


# -- action bodies ------------------------------------------------------------------------------
def _parameters(call: Call, action: str, parsers: Mapping[str, Callable[[Any, str], Any]], *required: str) -> dict:
    """The parameters of an action's body (an empty body: none), each type-checked; unknown ones are a 400."""
    body = call.json() if call.body.strip() else {}
    return _properties(body, f"{NS}.{action}", parsers, required=required)


_COMMENT = {"Comment": _nullable(_string)}


def _destination(call: Call, action: str) -> str:
    return _parameters(call, action, {"DestinationId": _string}, "DestinationId")["DestinationId"]


# -- sending ------------------------------------------------------------------------------------
def send_mail(call: Call, mailbox: Mailbox) -> Response:
    """``POST /me/sendmail``: ``Message`` (a new message, with ``Attachments`` if any) and ``SaveToSentItems``."""
    params = _parameters(
        call, "SendMail", {"Message": rep._object, "SaveToSentItems": _nullable(_bool_or_word)}, "Message"
    )
    body = dict(params["Message"])
    attachments = body.pop("Attachments", [])
    if not isinstance(attachments, list):
        raise RequestBodyRead("The property 'Attachments' must be an array of attachments.")
    parse_item = lambda value, field: attached.parse_item(mailbox, value, field)  # noqa: E731
    builders = [rep.parse_attachment(rep._object(a, "Attachments"), parse_item) for a in attachments]
    fields = parse_message(body)
    save = params.get("SaveToSentItems")
    delivery.send_mail(
        call.tenant, call.principal.user, fields, True if save is None else save, lambda m: _attach(m, builders)
    )
    return Response(status_code=202)


def _attach(message: Any, builders: list) -> None:
    """The attachments of a message sent with ``sendmail`` (kept by its sent and delivered copies)."""
    if not builders:
        return
    table = ItemTable.of(getattr(message, "attachments", None) or {})
    for build in builders:
        attachment = build(new_id("attachment"), message.created)
        table[attachment.id] = attachment
    message.attachments = table


def send_message(call: Call, mailbox: Mailbox) -> Response:
    delivery.send_draft(call.tenant, call.principal.user, call.params["message_id"])
    return Response(status_code=202)


def _replier(reply_all: bool) -> Callable[[Call, Mailbox], Response]:
    def handler(call: Call, mailbox: Mailbox) -> Response:
        mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
        comment = _parameters(call, "ReplyAll" if reply_all else "Reply", _COMMENT).get("Comment") or ""
        delivery.reply(call.tenant, call.principal.user, call.params["message_id"], comment, reply_all=reply_all)
        return Response(status_code=202)

    handler.__name__ = "reply_all" if reply_all else "reply"
    return handler


reply = _replier(False)
reply_all = _replier(True)


def _forward_parameters(call: Call, action: str, required: bool) -> tuple[str, tuple[EmailAddress, ...]]:
    params = _parameters(call, action, {**_COMMENT, "ToRecipients": _recipients}, *(("ToRecipients",) * required))
    return params.get("Comment") or "", params.get("ToRecipients", ())


def forward(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
    comment, to = _forward_parameters(call, "Forward", required=True)
    delivery.forward(call.tenant, call.principal.user, call.params["message_id"], comment, to)
    return Response(status_code=202)


# -- drafts of replies and forwards ---------------------------------------------------------------
def _me(call: Call) -> EmailAddress:
    user = call.principal.user
    return EmailAddress(user.display_name, user.email)


def _message_response(call: Call, message: Any) -> Response:
    return entity_response(call, "Me/Messages", MESSAGE_SHAPE, render_message(message, request_view(call)), 201)


def _reply_drafter(reply_all: bool) -> Callable[[Call, Mailbox], Response]:
    def handler(call: Call, mailbox: Mailbox) -> Response:
        mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
        action = "CreateReplyAll" if reply_all else "CreateReply"
        comment = _parameters(call, action, _COMMENT).get("Comment") or ""
        draft = mailbox.mail.reply_draft(call.params["message_id"], comment, _me(call), reply_all=reply_all)
        return _message_response(call, draft)

    handler.__name__ = "create_reply_all" if reply_all else "create_reply"
    return handler


create_reply = _reply_drafter(False)
create_reply_all = _reply_drafter(True)


def create_forward(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
    comment, to = _forward_parameters(call, "CreateForward", required=False)
    return _message_response(call, mailbox.mail.forward_draft(call.params["message_id"], comment, to, _me(call)))


# -- move and copy ------------------------------------------------------------------------------------
def move_message(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
    return _message_response(call, mailbox.mail.move_message(call.params["message_id"], _destination(call, "Move")))


def copy_message(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_message(call.params["message_id"])  # 404 before 400
    return _message_response(call, mailbox.mail.copy_message(call.params["message_id"], _destination(call, "Copy")))


def _folder_response(call: Call, mailbox: Mailbox, folder: Any) -> Response:
    item = render_mail_folder(folder, mailbox.mail, request_view(call))
    return entity_response(call, "Me/MailFolders", MAIL_FOLDER_SHAPE, item, 201)


def move_mail_folder(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_folder(call.params["folder_id"])  # 404 before 400
    folder = mailbox.mail.move_folder(call.params["folder_id"], _destination(call, "Move"))
    return _folder_response(call, mailbox, folder)


def copy_mail_folder(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_folder(call.params["folder_id"])  # 404 before 400
    folder = mailbox.mail.copy_folder(call.params["folder_id"], _destination(call, "Copy"))
    return _folder_response(call, mailbox, folder)


# -- a meeting message's event ----------------------------------------------------------------------------
def get_event(call: Call, mailbox: Mailbox) -> Response:
    """``GET /me/messages/{id}/Microsoft.OutlookServices.EventMessage/Event``: the navigation property itself
    (404 ErrorItemNotFound for a message that is no meeting message, or whose event has left the calendar)."""
    message = mailbox.mail.get_message(call.params["message_id"])
    event = mailbox.calendar.events.get(message.event_id) if message.event_id else None
    if event is None or message.meeting_message_type is MeetingMessageType.NONE:
        raise ErrorItemNotFound("The specified object was not found in the store: the message names no event.")
    item = render_event(event, mailbox.calendar.owner, request_view(call))
    return entity_response(call, "Me/Events", EVENT_SHAPE, item)


# -- Focused Inbox: the overrides ------------------------------------------------------------------------
OVERRIDES = "InferenceClassification/Overrides"
OVERRIDE_SHAPE = EntityShape(
    name=f"{NS}.InferenceClassificationOverride",
    properties={"Id": "String", "ClassifyAs": "Enum", "SenderEmailAddress": "EmailAddress"},
    filterable=frozenset({"ClassifyAs"}),
)
OVERRIDE_KIND = Kind(OVERRIDE_SHAPE, {"ClassifyAs": lambda o, v: o.classify_as.value})


def render_override(override: ClassificationOverride, view: View) -> dict:
    # @odata.id: the override's edit URL (the reference's sample names an entity set the API has no path for).
    return {
        "@odata.id": view.entity_id(f"{OVERRIDES}('{override.id}')"),
        "Id": override.id,
        "ClassifyAs": override.classify_as.value,
        "SenderEmailAddress": {"Name": override.sender.name, "Address": override.sender.address},
    }


def list_overrides(call: Call, mailbox: Mailbox) -> Response:
    view = request_view(call)
    listing = StoredList(OVERRIDE_KIND, view, lambda o: render_override(o, view), mailbox.mail.overrides)
    return collection(call, f"Me/{OVERRIDES}", listing, f"me/{OVERRIDES}")


def _override_response(call: Call, override: ClassificationOverride, status: int = 200) -> Response:
    item = render_override(override, request_view(call))
    return entity_response(call, f"Me/{OVERRIDES}", OVERRIDE_SHAPE, item, status)


_CLASSIFY_AS = rep._enum(Classification)


def create_override(call: Call, mailbox: Mailbox) -> Response:
    body = call.json()
    if "Id" in body:
        raise ErrorInvalidProperty("The property 'Id' is read-only and cannot be set.")
    params = _properties(
        body,
        OVERRIDE_SHAPE.name,
        {"ClassifyAs": _CLASSIFY_AS, "SenderEmailAddress": _email_address},
        required=("ClassifyAs", "SenderEmailAddress"),
    )
    override, _ = mailbox.mail.set_override(params["ClassifyAs"], params["SenderEmailAddress"])
    return _override_response(call, override, 201)


def get_override(call: Call, mailbox: Mailbox) -> Response:
    return _override_response(call, mailbox.mail.get_override(call.params["override_id"]))


def update_override(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.get_override(call.params["override_id"])  # 404 before 400
    body = call.json()
    for name in ("Id", "SenderEmailAddress"):
        if name in body:
            raise ErrorInvalidProperty(
                f"The property '{name}' cannot be changed: delete the override and create one for the new address."
            )
    params = _properties(body, OVERRIDE_SHAPE.name, {"ClassifyAs": _CLASSIFY_AS})
    override = mailbox.mail.get_override(call.params["override_id"])
    if "ClassifyAs" in params:
        override = mailbox.mail.update_override(override.id, params["ClassifyAs"])
    return _override_response(call, override)


def delete_override(call: Call, mailbox: Mailbox) -> Response:
    mailbox.mail.delete_override(call.params["override_id"])
    return Response(status_code=204)


__all__ = [
    "copy_mail_folder",
    "copy_message",
    "create_forward",
    "create_override",
    "create_reply",
    "create_reply_all",
    "delete_override",
    "forward",
    "get_event",
    "get_override",
    "list_overrides",
    "move_mail_folder",
    "move_message",
    "reply",
    "reply_all",
    "send_mail",
    "send_message",
    "update_override",
]
