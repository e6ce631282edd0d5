"""v2.0 push subscriptions (``/me/subscriptions``) and the notifications they send.

Rules and wire shapes are the reference's (``notify-rest-operations.md``, v2.0 sections); the
subscription's state lives in the store (``store/subscriptions.py``), the outbound HTTP in
``outlook_mock/notifier.py``. This module maps JSON both ways, turns a subscription's ``Resource``
URL into what the store watches, and turns the store's observed writes into notifications.

- ``POST /me/subscriptions`` answers only after the validation request: its response is a
  ``Response`` whose ``__call__`` awaits the notifier (the handlers themselves are synchronous),
  then stores the subscription and answers 201, or 400 ``ErrorInvalidParameter``.
- A notification is built right after the write that caused it (on the request's event loop, in a
  ``call_soon`` callback, so the writes of one request are seen together) and handed to the notifier.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from ... import ids
from ...errors import (
    ErrorInvalidParameter,
    ErrorInvalidProperty,
    ErrorInvalidRequest,
    ErrorNonExistentMailbox,
    OutlookError,
    RequestBodyRead,
)
from ...faults import broken
from ...notifier import Notifier, _timestamp, notifier_for
from ...odata_query import parse_filter
from ...store import Mailbox
from ...store.indexes import ALL
from ...store.mail import MeetingMessageType
from ...store.subscriptions import (
    ChangeType,
    ItemKind,
    Subscription,
    SubscriptionStore,
    change_type_text,
    parse_change_types,
)
from ..formats import parse_instant
from ..http import Call, error_response, json_response
from ..routing import split_path
from .common import context_url, request_view
from .representations import NS, View, etag

__all__ = ["create_subscription", "delete_subscription", "get_subscription", "renew_subscription"]

PUSH_SUBSCRIPTION = f"#{NS}.PushSubscription"
# The read scope a subscription to each kind needs ("対象リソースに対応する読み取りスコープ").
READ_SCOPES = {
    ItemKind.MESSAGE: ("Mail.Read", "Mail.ReadWrite"),
    ItemKind.EVENT: ("Calendars.Read", "Calendars.ReadWrite"),
    ItemKind.CONTACT: ("Contacts.Read", "Contacts.ReadWrite"),
    ItemKind.TASK: ("Tasks.Read", "Tasks.ReadWrite"),
}
ANY_READ_SCOPE = tuple(scope for scopes in READ_SCOPES.values() for scope in scopes)
ENTITY_SETS = {
    ItemKind.MESSAGE: "Messages",
    ItemKind.EVENT: "Events",
    ItemKind.CONTACT: "Contacts",
    ItemKind.TASK: "Tasks",
}
_CREATE_FIELDS = {
    "@odata.type",
    "Resource",
    "NotificationURL",
    "ChangeType",
    "ClientState",
    "SubscriptionExpirationDateTime",
}
_READ_ONLY = {"Id"}


# -- JSON ------------------------------------------------------------------------------------------
def render_subscription(call: Call, subscription: Subscription, *, client_state: bool) -> dict:
    view = request_view(call)
    body = {
        "@odata.context": context_url(call, "Me/Subscriptions/$entity"),
        "@odata.type": PUSH_SUBSCRIPTION,
        "@odata.id": view.entity_id(f"Subscriptions('{subscription.id}')"),
        "Id": subscription.id,
        "Resource": subscription.resource,
        "ChangeType": change_type_text(subscription.change_types),
        "ClientState": subscription.client_state,
        "NotificationURL": subscription.notification_url,
        "SubscriptionExpirationDateTime": _timestamp(subscription.expires),
    }
    # "応答は…ClientState を除外する" (a GET leaves it out, to keep it from whoever reads the subscription).
    if not client_state and not broken("subscription_get_shows_client_state"):
        del body["ClientState"]
    return body


def _string(body: Mapping[str, Any], name: str, required: bool = True) -> str | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise RequestBodyRead(f"'{name}' must be a non-empty string." if required else f"'{name}' must be a string.")
    return value


def _expiry(body: Mapping[str, Any]) -> datetime | None:
    value = body.get("SubscriptionExpirationDateTime")
    return None if value is None else parse_instant(value, "SubscriptionExpirationDateTime")


def _check_fields(body: Mapping[str, Any], allowed: set[str]) -> None:
    for name in body:
        if name in _READ_ONLY:
            raise ErrorInvalidProperty(f"The property '{name}' is read-only and cannot be set.")
        if name not in allowed:
            raise RequestBodyRead(f"The property '{name}' does not exist on type '{NS}.PushSubscription'.")
    kind = body.get("@odata.type")
    if kind is not None and kind != PUSH_SUBSCRIPTION:
        raise RequestBodyRead(f"'@odata.type' must be '{PUSH_SUBSCRIPTION}'.")


# -- what a Resource names --------------------------------------------------------------------------
def watched(call: Call, mailbox: Mailbox, resource: str) -> tuple[ItemKind, Any, str | None]:
    """(kind, container or None for the whole mailbox, $filter text) of a subscription's ``Resource``.

    Absolute (``https://outlook.office.com/api/v2.0/me/events``) or relative to the API root
    (``me/events``); the mailbox is ``me`` or the one whose subscriptions these are, by any name.
    """
    parts = urlsplit(resource.strip())
    path = parts.path
    lowered = path.lower()
    for root in ("/api/v2.0/", "/api/beta/"):
        at = lowered.find(root)
        if at >= 0:
            path = path[at + len(root) :]
            break
    else:
        if parts.scheme or parts.netloc:
            raise _not_watchable(resource)
    segments = split_path(path)
    if not segments:
        raise _not_watchable(resource)
    first, rest = segments[0], segments[1:]
    if first.name == "users":
        address = first.key
        if address is None and rest and rest[0].key is None:
            address, rest = rest[0].text, rest[1:]
        user = call.tenant.resolve_user(address or "")
        if user is None:
            raise ErrorNonExistentMailbox(f"The mailbox '{address}' does not exist in this tenant.")
        if user.mailbox is not mailbox:
            raise ErrorInvalidRequest("A subscription's Resource must be in the mailbox it is created in.")
    elif first.name != "me" or first.key is not None:
        raise _not_watchable(resource)
    names = tuple(s.name for s in rest)
    key = ids.read(rest[0].key, ids.Spelling.REST) if rest and rest[0].key is not None else None
    keyed = rest and rest[0].key is not None
    if names == ("messages",) and not keyed:
        kind, container = ItemKind.MESSAGE, None
    elif names == ("mailfolders", "messages") and keyed:
        kind, container = ItemKind.MESSAGE, mailbox.mail.get_folder(key).id
    elif names == ("events",) and not keyed:
        kind, container = ItemKind.EVENT, mailbox.calendar.event_container()
    elif names == ("calendar", "events") and not keyed:
        kind, container = ItemKind.EVENT, mailbox.calendar.get_calendar(None).id
    elif names == ("calendars", "events") and keyed:
        kind, container = ItemKind.EVENT, mailbox.calendar.get_calendar(key).id
    elif names == ("contacts",) and not keyed:
        kind, container = ItemKind.CONTACT, mailbox.contacts.contact_container()
    elif names == ("contactfolders", "contacts") and keyed:
        kind, container = ItemKind.CONTACT, mailbox.contacts.contact_container(key)
    elif names == ("tasks",) and not keyed:
        kind, container = ItemKind.TASK, None
    elif names == ("taskfolders", "tasks") and keyed:
        kind, container = ItemKind.TASK, mailbox.tasks.get_folder(key).id
    else:
        raise _not_watchable(resource)
    if any(s.key is not None for s in rest[1:]):
        raise _not_watchable(resource)
    call.principal.require(*READ_SCOPES[kind])
    options = {name.strip().lower(): value for name, value in parse_qsl(parts.query, keep_blank_values=True)}
    unknown = set(options) - {"$filter"}
    if unknown:
        raise ErrorInvalidRequest(f"A subscription's Resource takes $filter only, not {', '.join(sorted(unknown))}.")
    text = options.get("$filter")
    if text is not None:
        _predicate(kind, text)  # 400 now, not at the first notification
    return kind, None if container is ALL else container, text


def _not_watchable(resource: str) -> ErrorInvalidRequest:
    return ErrorInvalidRequest(
        f"The Resource '{resource}' is not a collection this mailbox can be watched in: messages, events, contacts or "
        "tasks of the mailbox (me/messages, me/events, me/contacts, me/tasks) or of one of its folders or calendars."
    )


def _shapes() -> dict[ItemKind, Any]:
    from .calendar import EVENT_SHAPE
    from .contacts import CONTACT_SHAPE
    from .mail import MESSAGE_SHAPE
    from .representations import TASK_SHAPE

    return {
        ItemKind.MESSAGE: MESSAGE_SHAPE,
        ItemKind.EVENT: EVENT_SHAPE,
        ItemKind.CONTACT: CONTACT_SHAPE,
        ItemKind.TASK: TASK_SHAPE,
    }


@functools.lru_cache(maxsize=256)
def _predicate(kind: ItemKind, text: str) -> Callable[[Mapping], bool]:
    return parse_filter(text, _shapes()[kind])


def _render(kind: ItemKind, item: Any, mailbox: Mailbox, view: View) -> dict:
    from .calendar import render_event
    from .contacts import render_contact
    from .mail import render_message
    from .representations import render_task

    if kind is ItemKind.MESSAGE:
        return render_message(item, view)
    if kind is ItemKind.EVENT:
        return render_event(item, mailbox.calendar.owner, view)
    if kind is ItemKind.CONTACT:
        return render_contact(item, view)
    return render_task(item, view)


_CONTAINER_OF = {
    ItemKind.MESSAGE: lambda item: item.folder_id,
    ItemKind.EVENT: lambda item: item.calendar_id,
    ItemKind.CONTACT: lambda item: item.folder_id,
    ItemKind.TASK: lambda item: item.folder_id,
}


# -- handlers -----------------------------------------------------------------------------------------
def create_subscription(call: Call, mailbox: Mailbox) -> Response:
    body = call.json()
    _check_fields(body, _CREATE_FIELDS)
    if body.get("@odata.type") != PUSH_SUBSCRIPTION:
        raise RequestBodyRead(f'A subscription needs "@odata.type": "{PUSH_SUBSCRIPTION}".')
    resource = _string(body, "Resource")
    url = _string(body, "NotificationURL")
    change_types = parse_change_types(_string(body, "ChangeType"))
    if broken("subscription_missed_not_added"):
        change_types &= ~ChangeType.Missed
    client_state = _string(body, "ClientState", required=False)
    kind, container, text = watched(call, mailbox, resource)
    view = request_view(call)
    subscription = mailbox.subscriptions.create(
        kind=kind,
        container=container,
        resource=resource,
        filter=text,
        change_types=change_types,
        notification_url=url,
        client_state=client_state,
        expires=_expiry(body),
        api_root=view.base_url,
        owner_ref=view.user_ref,
    )
    notifier = notifier_for(call.tenant)
    validation = notifier.validate(subscription.notification_url, client_state)
    return _AfterValidation(call, mailbox, subscription, notifier, validation)


class _AfterValidation(Response):
    """201 with the subscription once its NotificationURL passed the validation request, else 400."""

    def __init__(self, call: Call, mailbox: Mailbox, subscription: Subscription, notifier: Notifier, validation):
        self.call, self.mailbox, self.subscription = call, mailbox, subscription
        self.notifier, self.validation = notifier, validation
        self.background = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        failure = await asyncio.wrap_future(self.validation)
        if failure is not None and not broken("validation_answer_unchecked"):
            response = error_response(ErrorInvalidParameter(failure))
        else:
            try:
                response = self._store()
            except OutlookError as error:
                response = error_response(error)
        await response(scope, receive, send)

    def _store(self) -> Response:
        mailbox, subscription = self.mailbox, self.subscription
        store = mailbox.subscriptions
        tables = {
            ItemKind.MESSAGE: mailbox.mail.messages,
            ItemKind.EVENT: mailbox.calendar.events,
            ItemKind.CONTACT: mailbox.contacts.contacts,
            ItemKind.TASK: mailbox.tasks.tasks,
        }
        if subscription.filter is not None:  # which items the filter holds for now (see Subscription.matching)
            container = ALL if subscription.container is None else subscription.container
            view = View(subscription.api_root, subscription.owner_ref, None)
            holds = _predicate(subscription.kind, subscription.filter)
            subscription.matching = {
                item.id
                for item in tables[subscription.kind].members(container)
                if holds(_render(subscription.kind, item, mailbox, view))
            }
        store.add(subscription, tables)
        attach(self.notifier, mailbox)
        return json_response(render_subscription(self.call, subscription, client_state=True), 201)


def attach(notifier: Notifier, mailbox: Mailbox) -> None:
    """Let ``notifier`` deliver the mailbox's notifications (again, after a restart restored the mailbox: every
    request about a subscription re-attaches it, a renewal being the one clients make anyway)."""
    mailbox.subscriptions.listener = functools.partial(_schedule, notifier, mailbox)


def get_subscription(call: Call, mailbox: Mailbox) -> Response:
    subscription = mailbox.subscriptions.get(call.params["subscription_id"])
    call.principal.require(*READ_SCOPES[subscription.kind])
    attach(notifier_for(call.tenant), mailbox)
    return json_response(render_subscription(call, subscription, client_state=False))


def renew_subscription(call: Call, mailbox: Mailbox) -> Response:
    """PATCH: a new SubscriptionExpirationDateTime (at most three days on), or no body at all: three days on."""
    body = call.json() if call.body.strip() else {}
    _check_fields(body, {"@odata.type", "SubscriptionExpirationDateTime"})
    store = mailbox.subscriptions
    subscription = store.get(call.params["subscription_id"])
    call.principal.require(*READ_SCOPES[subscription.kind])
    store.renew(subscription.id, _expiry(body))
    notifier = notifier_for(call.tenant)
    notifier.renewed(subscription.id, subscription.expires)
    attach(notifier, mailbox)
    return json_response(render_subscription(call, subscription, client_state=False))


def delete_subscription(call: Call, mailbox: Mailbox) -> Response:
    store = mailbox.subscriptions
    subscription = store.get(call.params["subscription_id"])
    call.principal.require(*READ_SCOPES[subscription.kind])
    store.delete(subscription.id)
    notifier_for(call.tenant).forget(subscription.id)
    return Response(status_code=204)


# -- notifications ------------------------------------------------------------------------------------
def _schedule(notifier: Notifier, mailbox: Mailbox, store: SubscriptionStore) -> None:
    """The store saw a first write: build the notifications once this request's writes are done."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:  # a store used without an event loop (a script, a unit test): at once
        notify(notifier, mailbox)
        return
    loop.call_soon(notify, notifier, mailbox)


def notify(notifier: Notifier, mailbox: Mailbox) -> None:
    """Hand the notifications for the writes observed since the last call to the notifier."""
    store = mailbox.subscriptions
    observed = store.drain()
    if not observed:
        return
    batches: dict[str, tuple[Subscription, list[dict]]] = {}
    subscriptions = store.live()
    for change in observed:
        for subscription in subscriptions:
            if subscription.kind is not change.kind:
                continue
            inside = (
                subscription.container is None
                or _CONTAINER_OF[change.kind](change.item) == subscription.container
                or broken("notifications_from_other_containers")
            )
            view = View(subscription.api_root, subscription.owner_ref, None)
            if subscription.filter is not None:
                kind = _filtered(subscription, change, inside, mailbox, view)
            else:
                kind = change.change if inside else None
            if kind is None or (not subscription.wants(kind) and not broken("subscription_change_types_ignored")):
                continue
            batches.setdefault(subscription.id, (subscription, []))[1].append(_notification(change, kind, view))
    for subscription, notifications in batches.values():
        notifier.deliver(subscription, notifications)


def _filtered(subscription: Subscription, change: Any, inside: bool, mailbox: Mailbox, view: View) -> ChangeType | None:
    """The change as a filtered subscription sees it: entering the filter is Created, leaving it Deleted,
    a change within it Updated; None: nothing it holds for changed."""
    was = change.item_id in subscription.matching
    holds = (
        inside
        and change.change is not ChangeType.Deleted
        and _predicate(change.kind, subscription.filter)(_render(change.kind, change.item, mailbox, view))
    )
    if holds:
        subscription.matching.add(change.item_id)
    else:
        subscription.matching.discard(change.item_id)
    if was and holds:
        return ChangeType.Updated
    if holds:
        return ChangeType.Created
    if was:
        return ChangeType.Deleted
    return None


def _notification(change: Any, change_type: ChangeType, view: View) -> dict:
    item = change.item
    url = view.entity_id(f"{ENTITY_SETS[change.kind]}('{item.id}')")
    kind = change.kind.value
    if change.kind is ItemKind.MESSAGE and item.meeting_message_type is not MeetingMessageType.NONE:
        kind = "EventMessage"  # a meeting message is the CSDL's derived EventMessage, as in render_message
    data = {"@odata.type": f"#{NS}.{kind}", "@odata.id": url, "@odata.etag": etag(item.change_key), "Id": item.id}
    return {"ChangeType": change_type.name, "Resource": url, "ResourceData": data}
