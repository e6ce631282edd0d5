"""What the schemathesis runs (``test_operations``, ``test_stateful``) share: schema, config, target, checks.

The per-operation allowances are those of ``spec/schemathesis.toml``, which the CLI (``st run``) reads too: where
a schema-valid request may be refused with 400 (a rule the schema cannot express) and 412 (a generated If-Match
names no current ChangeKey). This module loads that file (explicitly: a ``schemathesis.toml`` in the working
directory would be picked up by *any* schemathesis run) and adds what our runs need (positive and negative data,
no generated security parameters).

All built-in checks are on (``max_response_time`` is off by default and stays off). Where the file allows a 400
for an operation, our ``refusal_is_legitimate`` check then holds each such 400 to the error codes (and where a
code is broad, the message) documented for that operation in ``LEGITIMATE_400``, so "valid data refused" stays an
error for every other reason. (tests/unit/test_schemathesis_toml.py keeps the file and the catalogue in step.)
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
import yaml
from schemathesis import Case
from schemathesis.config import SchemathesisConfig

from .specs import PREVIEW, V2, spec_path
from .target import API_ROOT, PREVIEW_ROOT, Target

SPEC = spec_path(V2)
PREVIEW_SPEC = spec_path(PREVIEW)


@functools.cache
def raw_spec(spec: Path) -> dict[str, Any]:
    """The parsed document, parsed once per process (libyaml's parser where PyYAML has it)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(spec.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


def operation_ids(spec: Path) -> list[str]:
    return [
        operation["operationId"]
        for item in raw_spec(spec)["paths"].values()
        for method, operation in item.items()
        if method != "parameters"
    ]


def conditional_operation_ids(spec: Path) -> frozenset[str]:
    """The operations that take ``If-Match`` (and answer 412 when it names a stale ChangeKey)."""
    return frozenset(
        operation["operationId"]
        for item in raw_spec(spec)["paths"].values()
        for method, operation in item.items()
        if method != "parameters" and {"$ref": "#/components/parameters/IfMatch"} in operation.get("parameters", [])
    )


OPERATION_IDS = operation_ids(SPEC)
PREVIEW_OPERATION_IDS = operation_ids(PREVIEW_SPEC)
# A generated If-Match is a random string: it names no current ChangeKey, so the write is refused with 412
# (before the body is looked at). That is a refusal of valid and of invalid data alike.
CONDITIONAL = conditional_operation_ids(SPEC)
PREVIEW_CONDITIONAL = conditional_operation_ids(PREVIEW_SPEC)

# Where a schema-valid request may be refused, per operation: what `st run` reads as well.
SCHEMATHESIS_TOML = spec_path("schemathesis.toml")


@dataclass(frozen=True)
class Refusal:
    """Why a schema-valid request may get ``400 <code>``."""

    why: str
    # Where the code alone would allow too much: the error message must contain one of these.
    messages: tuple[str, ...] = ()


# The server can tell that it never issued the id: ours are base64 of a fixed shape
# (outlook_mock/ids.py); the schema can only say "a non-empty string".
_MALFORMED_ID = {"ErrorInvalidIdMalformed": Refusal("a random string is not an id this server can have issued")}
# `Prefer` is a free-form string; it may well say outlook.timezone="<no such zone>".
_PREFER_ZONE = {"TimeZoneNotSupportedException": Refusal("Prefer: outlook.timezone names a zone that does not exist")}
# `$filter` / `$orderby` are free-form strings in the schema; the server parses and type-checks them.
_QUERY = {
    "ErrorInvalidUrlQuery": Refusal("$filter/$orderby text that is not an OData expression"),
    "ErrorInvalidUrlQueryFilter": Refusal("a $filter that parses but cannot be evaluated (e.g. unlike types)"),
    "ErrorInvalidProperty": Refusal("$filter/$orderby on a property that is not filterable"),
    "ErrorRestrictionTooComplex": Refusal("a $filter/$orderby over the documented cost bounds (nested lambdas...)"),
}
# Sync requests: the tokens are opaque strings, and some option combinations are refused (documented).
_SYNC = {
    "ErrorInvalidSyncStateData": Refusal("a $deltatoken/$skiptoken this server did not issue for this collection"),
    "ErrorInvalidUrlQuery": Refusal(
        "a $deltatoken without Prefer: odata.track-changes, or $filter/$orderby/"
        "$top/$skip combined with Prefer: odata.track-changes"
    ),
}
# Task bodies: rules across fields, and the set of zone names, are beyond the schema.
_TASK_BODY = {
    "TimeZoneNotSupportedException": Refusal("a TimeZone that is neither a Windows nor an IANA zone name"),
    "ErrorInvalidRequest": Refusal(
        "StartDateTime after DueDateTime, or CompletedDateTime without Status Completed",
        messages=("must be on or before its DueDateTime", "only be set when Status"),
    ),
    "ErrorCalendarInvalidRecurrence": Refusal(
        "a recurrence that cannot occur: EndDate before StartDate, "
        "30 February in a yearly pattern, an EndDate range whose EndDate "
        "is the 'unset' 0001-01-01",
        messages=("is before StartDate", "DayOfMonth must be between 1 and", "needs an EndDate"),
    ),
    # The DateTime/StartDate patterns allow 02-29 in every year; they cannot tell leap years.
    "RequestBodyRead": Refusal("29 February of a common year", messages=("is not a valid date",)),
}
# Message bodies: a Flag's dates are DateTimeTimeZoneInputs, with the same limits as a task's dates.
_MESSAGE_BODY = {
    "TimeZoneNotSupportedException": Refusal("a Flag date's TimeZone that is neither a Windows nor an IANA zone name"),
    "RequestBodyRead": _TASK_BODY["RequestBodyRead"],
}
_BLANK_NAME = {"ErrorInvalidRequest": Refusal("a Name of only blanks", messages=("must not be empty",))}
# The default folder is reachable by its well-known id 'Tasks'; the stateful run also finds the
# default folder's and group's ids in list responses.
_RENAME = {
    "ErrorInvalidRequest": Refusal(
        "renaming the default folder 'Tasks' / group 'My Tasks', or a blank Name",
        messages=("cannot be changed", "must not be empty"),
    )
}
_DELETE_DEFAULT = {"ErrorDeleteDistinguishedFolder": Refusal("deleting the default folder 'Tasks' / group 'My Tasks'")}
# Mail folders: the well-known ones are reachable by name ('Inbox' is the example of mail_folder_id).
_RENAME_MAIL_FOLDER = {
    "ErrorInvalidRequest": Refusal(
        "renaming a well-known mail folder (Inbox, Drafts, SentItems, DeletedItems), or a blank DisplayName",
        messages=("cannot be changed", "must not be empty"),
    )
}
_DELETE_DEFAULT_CONTACTS = {
    "ErrorDeleteDistinguishedFolder": Refusal("deleting the default contacts folder 'Contacts'")
}
# 'Contacts' is the example of contact_folder_id: its DisplayName cannot be changed.
_RENAME_DEFAULT_CONTACTS = {
    "ErrorInvalidRequest": Refusal("renaming the default contacts folder 'Contacts'", messages=("cannot be changed",))
}
# A recurring event's one occurrence must not outlast the shortest gap between its pattern dates: a rule across
# Start, End and Recurrence together, beyond any schema.
_OCCURRENCE_SPAN = {
    "ErrorOccurrenceTimeSpanTooBig": Refusal(
        "a recurring event whose occurrence (End - Start) is longer than the shortest gap between two pattern dates"
    )
}
# Event bodies: rules across fields (End before Start, all-day times) and the set of zone names are beyond the schema.
_EVENT_BODY = {
    "TimeZoneNotSupportedException": Refusal("a Start/End TimeZone that is neither a Windows nor an IANA zone name"),
    "ErrorInvalidRequest": Refusal(
        "End before Start, or an all-day event whose Start/End are not midnights at least a day apart",
        messages=("must not be before its Start", "all-day event"),
    ),
    "RequestBodyRead": Refusal("29 February of a common year", messages=("is not a valid date",)),
    "ErrorCalendarInvalidRecurrence": _TASK_BODY["ErrorCalendarInvalidRecurrence"],
    **_OCCURRENCE_SPAN,
}
# A calendar view's window: the pattern reads each end alone, not the two together (nor 29 February's leap years).
_WINDOW = {
    "ErrorInvalidRequest": Refusal(
        "endDateTime before startDateTime, or a window longer than 1825 days",
        messages=("must not be before its start", "greater than the allowed range"),
    ),
    "ErrorInvalidParameter": Refusal("29 February of a common year", messages=("is not a date and time",)),
    # How many occurrences a window holds depends on the stored series, not on the request.
    "ErrorRestrictionTooComplex": Refusal(
        "a window holding more occurrences than one view may compute", messages=("occurrences of recurring events",)
    ),
}
_DELETE_DEFAULT_CALENDAR = {"ErrorDeleteDistinguishedFolder": Refusal("deleting the default calendar")}
_BLANK_CALENDAR_NAME = {"ErrorInvalidRequest": Refusal("a Name of only blanks", messages=("must not be empty",))}
# The default calendar keeps its name (the stateful run also finds its id in list responses).
_RENAME_DEFAULT_CALENDAR = {
    "ErrorInvalidRequest": Refusal("renaming the default calendar 'Calendar'", messages=("cannot be renamed",))
}
_BIRTHDAY = {"RequestBodyRead": Refusal("a Birthday the server cannot read", messages=("DateTimeOffset", "offset"))}
_DELETE_WELL_KNOWN = {"ErrorDeleteDistinguishedFolder": Refusal("deleting a well-known mail folder such as 'Inbox'")}
# Extended properties in bodies (tasks, task folders, messages, mail folders): the PropertyId patterns pin the
# formats and type names, but a Value is just a string; whether it fits the type the PropertyId names (Integer,
# Boolean, SystemTime, Binary, CLSID, ...) is beyond the schema.
_EXTENDED_VALUE = {
    "ErrorInvalidExtendedPropertyValue": Refusal(
        "an extended property Value that does not fit the type its PropertyId names (e.g. 'abc' for an Integer)",
        messages=("is not a valid value for an extended property of type",),
    )
}
# $expand=...ExtendedProperties($filter=...): the pattern pins the documented form, but the server parses the
# $filter text as OData (a literal it cannot read, an over-long filter).
_EXPAND = {
    "ErrorInvalidUrlQuery": Refusal(
        "an $expand whose ($filter=...) the server cannot parse",
        messages=("$filter", "$expand", "cannot be expanded"),
    ),
    "ErrorInvalidProperty": Refusal(
        "an $expand ($filter=...) over a property of the extended property other than PropertyId",
        messages=("Microsoft.OutlookServices.ExtendedProperty", "does not support filtering"),
    ),
}


# Sending: whether a message (a draft, the original of a reply) has recipients with addresses is the stored
# message's matter, and a recipient's Address may be null in the schema.
_RECIPIENTS = {
    "ErrorInvalidRecipients": Refusal("a message to send without recipients, or a recipient without Address")
}
# Moving a mail folder: the well-known ones stay; no folder goes into itself or below itself.
_MOVE_FOLDER = {
    "ErrorMoveDistinguishedFolder": Refusal("moving a well-known mail folder such as 'Inbox'"),
    "ErrorMoveCopyFailed": Refusal("a folder moved or copied into itself or one of its subfolders"),
}


# The size caps of stored properties ("Limits on stored properties" in both specs): the small ones are the schemas'
# maxLength/maxItems, the large ones (and the default cap of every other string and array) are stated in text only.
_SIZE_CAPS = {
    "ErrorInvalidProperty": Refusal(
        "a string or an array over its documented size cap", messages=("is too long", "members; at most")
    )
}


# Push subscriptions (see "Push notifications" in the v2.0 document).
_SUBSCRIPTION_EXPIRY = {
    "ErrorInvalidRequest": Refusal("a SubscriptionExpirationDateTime in the past", messages=("must be in the future",)),
    "RequestBodyRead": _TASK_BODY["RequestBodyRead"],
}
_SUBSCRIPTION = {
    "ErrorInvalidParameter": Refusal(
        "a NotificationURL that does not answer the validation request (or on a host the mock does not call)",
        messages=("verification failed",),
    ),
    "ErrorInvalidRequest": Refusal(
        "a Resource that is no watchable collection of the mailbox, a ChangeType of Missed only, an expiry in the past",
        messages=("Resource", "ChangeType must name", "must be in the future"),
    ),
    "RequestBodyRead": _TASK_BODY["RequestBodyRead"],
}


def _reasons(*groups: dict[str, Refusal]) -> dict[str, Refusal]:
    """The groups together; two reasons for the same code become one that allows both."""
    merged: dict[str, Refusal] = {}
    for group in groups:
        for code, refusal in group.items():
            if code in merged:
                other = merged[code]
                # No message restriction on either side means none on the merged reason.
                messages = (other.messages + refusal.messages) if other.messages and refusal.messages else ()
                refusal = Refusal(f"{other.why}; {refusal.why}", messages)
            merged[code] = refusal
    return merged


# -- calendar groups, meeting responses, event and message attachments (v2.0) --
_RENAME_DEFAULT_GROUP = {
    "ErrorInvalidRequest": Refusal(
        "renaming the default calendar group 'My Calendars', or a blank Name",
        messages=("cannot be renamed", "must not be empty"),
    )
}
_DELETE_DEFAULT_GROUP = {"ErrorDeleteDistinguishedFolder": Refusal("deleting the default calendar group")}
# accept/decline/tentativelyaccept: only an invitee can answer, and not once the meeting is cancelled.
_MEETING_RESPONSE = {
    f"ErrorCalendarIs{state}For{action}": Refusal(f"{state.lower()}: the event cannot be answered ({action})")
    for state in ("Organizer", "Cancelled")
    for action in ("Accept", "Decline", "Tentative")
}
# A PATCH of one occurrence may not move it to or past an adjacent occurrence's day.
_OCCURRENCE_MOVE = {
    "ErrorOccurrenceCrossingBoundary": Refusal("an occurrence moved to or past the day of an adjacent occurrence")
}
# A message or event body may carry Attachments (deep insert), each checked as the attachment operations check it.
_ITEM_ATTACHMENTS = _reasons(_EVENT_BODY, _MESSAGE_BODY, _EXTENDED_VALUE, _BIRTHDAY)
_CALENDAR_V2 = {
    "listCalendarGroups": _QUERY,
    "createCalendarGroup": _BLANK_CALENDAR_NAME,
    "getCalendarGroup": _MALFORMED_ID,
    "updateCalendarGroup": _reasons(_MALFORMED_ID, _RENAME_DEFAULT_GROUP),
    "deleteCalendarGroup": _reasons(_MALFORMED_ID, _DELETE_DEFAULT_GROUP),
    "listCalendarsInGroup": _reasons(_MALFORMED_ID, _QUERY),
    "createCalendarInGroup": _reasons(_MALFORMED_ID, _BLANK_CALENDAR_NAME, _EXTENDED_VALUE),
    "acceptEvent": _reasons(_MALFORMED_ID, _MEETING_RESPONSE),
    "tentativelyAcceptEvent": _reasons(_MALFORMED_ID, _MEETING_RESPONSE),
    "declineEvent": _reasons(_MALFORMED_ID, _MEETING_RESPONSE),
    "listEventAttachments": _reasons(_MALFORMED_ID, _QUERY),
    "createEventAttachment": _reasons(_MALFORMED_ID, _ITEM_ATTACHMENTS),
    "getEventAttachment": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "deleteEventAttachment": _MALFORMED_ID,
    "getEventAttachmentItem": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "listMessageAttachments": _reasons(_MALFORMED_ID, _QUERY),
    "createMessageAttachment": _reasons(_MALFORMED_ID, _ITEM_ATTACHMENTS),
    "getMessageAttachment": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "deleteMessageAttachment": _MALFORMED_ID,
    "getMessageAttachmentItem": _reasons(_MALFORMED_ID, _PREFER_ZONE),
}


# operationId -> {error code: Refusal}. An operation missing here (getMetadata, getDefaultCalendar of the
# preview) must accept every schema-valid request (or answer 401/403/404).
LEGITIMATE_400: dict[str, dict[str, Refusal]] = {
    "listTasks": _reasons(_PREFER_ZONE, _QUERY),
    "createTask": _reasons(_PREFER_ZONE, _TASK_BODY, _EXTENDED_VALUE),
    "listTasksInFolder": _reasons(_MALFORMED_ID, _PREFER_ZONE, _QUERY, _SYNC),
    "createTaskInFolder": _reasons(_MALFORMED_ID, _PREFER_ZONE, _TASK_BODY, _EXTENDED_VALUE),
    "syncTasksInFolder": _reasons(_MALFORMED_ID, _PREFER_ZONE, _SYNC),
    "getTask": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EXPAND),
    "updateTask": _reasons(_MALFORMED_ID, _PREFER_ZONE, _TASK_BODY, _EXTENDED_VALUE),
    "deleteTask": _MALFORMED_ID,
    "completeTask": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "listTaskAttachments": _reasons(_MALFORMED_ID, _QUERY),
    # An item attachment's Item is checked as createMessage/createEvent/createContact check their bodies.
    "createTaskAttachment": _reasons(_MALFORMED_ID, _EVENT_BODY, _EXTENDED_VALUE, _BIRTHDAY),
    "getTaskAttachment": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "deleteTaskAttachment": _MALFORMED_ID,
    "getTaskAttachmentItem": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "listTaskFolders": _reasons(_QUERY, _SYNC),
    "createTaskFolder": _reasons(_BLANK_NAME, _EXTENDED_VALUE),
    "syncTaskFolders": _SYNC,
    "getTaskFolder": _reasons(_MALFORMED_ID, _EXPAND),
    "updateTaskFolder": _reasons(_MALFORMED_ID, _RENAME, _EXTENDED_VALUE),
    "deleteTaskFolder": _reasons(_MALFORMED_ID, _DELETE_DEFAULT),
    "listTaskGroups": _QUERY,
    "createTaskGroup": _BLANK_NAME,
    "getTaskGroup": _MALFORMED_ID,
    "updateTaskGroup": _reasons(_MALFORMED_ID, _RENAME),
    "deleteTaskGroup": _reasons(_MALFORMED_ID, _DELETE_DEFAULT),
    "listTaskFoldersInGroup": _reasons(_MALFORMED_ID, _QUERY),
    "createTaskFolderInGroup": _reasons(_MALFORMED_ID, _BLANK_NAME, _EXTENDED_VALUE),
    "listMailFolders": _reasons(_QUERY, _SYNC),
    "createMailFolder": _reasons(_BLANK_NAME, _EXTENDED_VALUE),
    "getMailFolder": _reasons(_MALFORMED_ID, _EXPAND),
    "updateMailFolder": _reasons(_MALFORMED_ID, _RENAME_MAIL_FOLDER, _EXTENDED_VALUE),
    "deleteMailFolder": _reasons(_MALFORMED_ID, _DELETE_WELL_KNOWN),
    "listChildFolders": _reasons(_MALFORMED_ID, _QUERY),
    "createChildFolder": _reasons(_MALFORMED_ID, _BLANK_NAME, _EXTENDED_VALUE),
    "listMessagesInFolder": _reasons(_MALFORMED_ID, _QUERY, _SYNC),
    "createMessageInFolder": _reasons(_MALFORMED_ID, _MESSAGE_BODY, _EXTENDED_VALUE),
    "listMessages": _QUERY,
    "createMessage": _reasons(_MESSAGE_BODY, _EXTENDED_VALUE),
    "getMessage": _reasons(_MALFORMED_ID, _EXPAND),
    "updateMessage": _reasons(_MALFORMED_ID, _MESSAGE_BODY, _EXTENDED_VALUE),
    "deleteMessage": _MALFORMED_ID,
    "listContactFolders": _reasons(_QUERY, _SYNC),
    "createContactFolder": _reasons(_BLANK_NAME, _EXTENDED_VALUE),
    "getContactFolder": _reasons(_MALFORMED_ID, _EXPAND),
    "updateContactFolder": _reasons(_MALFORMED_ID, _BLANK_NAME, _RENAME_DEFAULT_CONTACTS, _EXTENDED_VALUE),
    "deleteContactFolder": _reasons(_MALFORMED_ID, _DELETE_DEFAULT_CONTACTS),
    "listContactChildFolders": _reasons(_MALFORMED_ID, _QUERY),
    "createContactChildFolder": _reasons(_MALFORMED_ID, _BLANK_NAME, _EXTENDED_VALUE),
    "listContactsInFolder": _reasons(_MALFORMED_ID, _QUERY, _SYNC),
    "createContactInFolder": _reasons(_MALFORMED_ID, _EXTENDED_VALUE, _BIRTHDAY),
    "listContacts": _reasons(_QUERY, _SYNC),
    "createContact": _reasons(_EXTENDED_VALUE, _BIRTHDAY),
    "getContact": _reasons(_MALFORMED_ID, _EXPAND),
    "updateContact": _reasons(_MALFORMED_ID, _EXTENDED_VALUE, _BIRTHDAY),
    "deleteContact": _MALFORMED_ID,
    "listCalendars": _QUERY,
    "createCalendar": _reasons(_BLANK_CALENDAR_NAME, _EXTENDED_VALUE),
    "getCalendar": _reasons(_MALFORMED_ID, _EXPAND),
    "updateCalendar": _reasons(_MALFORMED_ID, _BLANK_CALENDAR_NAME, _RENAME_DEFAULT_CALENDAR, _EXTENDED_VALUE),
    "deleteCalendar": _reasons(_MALFORMED_ID, _DELETE_DEFAULT_CALENDAR),
    "getDefaultCalendar": _EXPAND,
    "updateDefaultCalendar": _reasons(_BLANK_CALENDAR_NAME, _RENAME_DEFAULT_CALENDAR, _EXTENDED_VALUE),
    "deleteDefaultCalendar": _DELETE_DEFAULT_CALENDAR,
    "listEventsInCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _QUERY),
    "createEventInCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EVENT_BODY, _EXTENDED_VALUE),
    "listEventsInDefaultCalendar": _reasons(_PREFER_ZONE, _QUERY),
    "createEventInDefaultCalendar": _reasons(_PREFER_ZONE, _EVENT_BODY, _EXTENDED_VALUE),
    "listEvents": _reasons(_PREFER_ZONE, _QUERY),
    "createEvent": _reasons(_PREFER_ZONE, _EVENT_BODY, _EXTENDED_VALUE),
    "getCalendarView": _reasons(_PREFER_ZONE, _QUERY, _WINDOW, _SYNC),
    "getCalendarViewOfCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _QUERY, _WINDOW, _SYNC),
    # Sync of messages, contacts, folder hierarchies and calendar views (the sync helper's operations).
    "syncMessagesInFolder": _reasons(_MALFORMED_ID, _SYNC),
    "syncMailFolders": _SYNC,
    "syncContactsInFolder": _reasons(_MALFORMED_ID, _SYNC),
    "syncContacts": _SYNC,
    "syncContactFolders": _SYNC,
    "syncCalendarView": _reasons(_PREFER_ZONE, _WINDOW, _SYNC),
    "syncCalendarViewOfCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _WINDOW, _SYNC),
    "syncCalendarViewOfDefaultCalendar": _reasons(_PREFER_ZONE, _WINDOW, _SYNC),
    # MailboxSettings: zone names, locales and the schedule's order are beyond the schema.
    "getMailboxSettings": _PREFER_ZONE,
    "getAutomaticRepliesSetting": _PREFER_ZONE,
    "updateMailboxSettings": _reasons(
        _PREFER_ZONE,
        {
            "TimeZoneNotSupportedException": Refusal("a TimeZone that is neither a Windows nor an IANA zone name"),
            "ErrorInvalidRequest": Refusal(
                "a Locale the mailbox does not offer, or a schedule that ends before it starts",
                messages=("is not a supported language", "must be after their ScheduledStartDateTime"),
            ),
            "RequestBodyRead": Refusal("29 February of a common year", messages=("is not a valid date",)),
        },
    ),
    "getCalendarViewOfDefaultCalendar": _reasons(_PREFER_ZONE, _QUERY, _WINDOW, _SYNC),
    "listEventInstances": _reasons(_MALFORMED_ID, _PREFER_ZONE, _QUERY, _WINDOW),
    "getEvent": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EXPAND),
    "updateEvent": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EVENT_BODY, _EXTENDED_VALUE),
    "deleteEvent": _MALFORMED_ID,
    # Items under their container: as the item's own operation, plus the container's id.
    "getTaskInFolder": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EXPAND),
    "updateTaskInFolder": _reasons(_MALFORMED_ID, _PREFER_ZONE, _TASK_BODY, _EXTENDED_VALUE),
    "deleteTaskInFolder": _MALFORMED_ID,
    "completeTaskInFolder": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "listTaskAttachmentsInFolder": _reasons(_MALFORMED_ID, _QUERY),
    "createTaskAttachmentInFolder": _reasons(_MALFORMED_ID, _EVENT_BODY, _EXTENDED_VALUE, _BIRTHDAY),
    "getTaskAttachmentInFolder": _reasons(_MALFORMED_ID, _PREFER_ZONE),
    "deleteTaskAttachmentInFolder": _MALFORMED_ID,
    "getMessageInFolder": _reasons(_MALFORMED_ID, _EXPAND),
    "updateMessageInFolder": _reasons(_MALFORMED_ID, _MESSAGE_BODY, _EXTENDED_VALUE),
    "deleteMessageInFolder": _MALFORMED_ID,
    "getContactInFolder": _reasons(_MALFORMED_ID, _EXPAND),
    "updateContactInFolder": _reasons(_MALFORMED_ID, _EXTENDED_VALUE, _BIRTHDAY),
    "deleteContactInFolder": _MALFORMED_ID,
    "getEventInCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EXPAND),
    "updateEventInCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EVENT_BODY, _EXTENDED_VALUE),
    "deleteEventInCalendar": _MALFORMED_ID,
    "getEventInDefaultCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EXPAND),
    "updateEventInDefaultCalendar": _reasons(_MALFORMED_ID, _PREFER_ZONE, _EVENT_BODY, _EXTENDED_VALUE),
    "deleteEventInDefaultCalendar": _MALFORMED_ID,
    # Mail actions and Focused Inbox (wire/v2/mail_actions.py).
    "sendMail": _reasons(_MESSAGE_BODY, _EXTENDED_VALUE, _RECIPIENTS, _EVENT_BODY, _BIRTHDAY),
    "sendMessage": _reasons(_MALFORMED_ID, _RECIPIENTS),
    "replyToMessage": _reasons(_MALFORMED_ID, _RECIPIENTS),
    "replyAllToMessage": _reasons(_MALFORMED_ID, _RECIPIENTS),
    "forwardMessage": _reasons(_MALFORMED_ID, _RECIPIENTS),
    "createReply": _MALFORMED_ID,
    "createReplyAll": _MALFORMED_ID,
    "createForward": _MALFORMED_ID,
    "moveMessage": _MALFORMED_ID,
    "copyMessage": _MALFORMED_ID,
    "getMessageEvent": _MALFORMED_ID,
    "moveMailFolder": _reasons(_MALFORMED_ID, _MOVE_FOLDER),
    "copyMailFolder": _reasons(_MALFORMED_ID, _MOVE_FOLDER),
    "listInferenceClassificationOverrides": _QUERY,
    "createInferenceClassificationOverride": {
        "ErrorInvalidRequest": Refusal(
            "a sender Address of only blanks, or more than 1000 overrides", messages=("Address", "at most")
        )
    },
    "getInferenceClassificationOverride": _MALFORMED_ID,
    "updateInferenceClassificationOverride": _MALFORMED_ID,
    "deleteInferenceClassificationOverride": _MALFORMED_ID,
    # Push subscriptions: the NotificationURL must answer the validation request (a generated URL does not), and the
    # Resource must name a watchable collection of the mailbox (a generated string does not).
    "createSubscription": _reasons(_SUBSCRIPTION, _MALFORMED_ID, _QUERY),
    # Subscription ids are REST ids as an item's are: one this server cannot have issued is malformed.
    "getSubscription": _MALFORMED_ID,
    "renewSubscription": _reasons(_MALFORMED_ID, _SUBSCRIPTION_EXPIRY),
    "deleteSubscription": _MALFORMED_ID,
    **_CALENDAR_V2,
}
# Creates of messages and events take Attachments; PATCH of an occurrence id may cross its neighbours.
for _operation in ("createMessage", "createMessageInFolder"):
    LEGITIMATE_400[_operation] = _reasons(LEGITIMATE_400[_operation], _ITEM_ATTACHMENTS)
for _operation in ("createEvent", "createEventInCalendar", "createEventInDefaultCalendar"):
    LEGITIMATE_400[_operation] = _reasons(LEGITIMATE_400[_operation], _ITEM_ATTACHMENTS)
for _operation in ("updateEvent", "updateEventInCalendar", "updateEventInDefaultCalendar"):
    LEGITIMATE_400[_operation] = _reasons(LEGITIMATE_400[_operation], _OCCURRENCE_MOVE, _ITEM_ATTACHMENTS)
# A contact's Flag dates are DateTimeTimeZoneInputs, as a message's.
for _operation in ("createContact", "createContactInFolder", "updateContact", "updateContactInFolder"):
    LEGITIMATE_400[_operation] = _reasons(LEGITIMATE_400[_operation], _MESSAGE_BODY)

# -- the 2014 preview (spec/outlook-preview-2014.yaml) ---------------------------------------------------------
_PREVIEW_NAME = {
    "ErrorInvalidRequest": Refusal(
        "a Name of only blanks, or renaming the default calendar group / calendar",
        messages=("must not be empty", "cannot be renamed"),
    )
}
_PREVIEW_DELETE_DEFAULT = {
    "ErrorDeleteDistinguishedFolder": Refusal("deleting the default calendar group 'My Calendars' or calendar")
}
# Event bodies: End before Start and all-day times are rules across fields; Start/End are date-times of any year
# the format allows, but the server reads years 1601-4500 only; a recurrence may be unable to occur.
_PREVIEW_EVENT_BODY = {
    "ErrorInvalidRequest": Refusal(
        "End before Start, or an all-day event whose Start/End are not midnights at least a day apart",
        messages=("must not be before its Start", "all-day event"),
    ),
    "RequestBodyRead": Refusal(
        "a date-time the server cannot read (year outside 1601-4500, 29 February of a common year)",
        messages=("out of range", "is not a valid date"),
    ),
    "ErrorCalendarInvalidRecurrence": _TASK_BODY["ErrorCalendarInvalidRecurrence"],
    **_OCCURRENCE_SPAN,
}
# Accept/Decline/Tentative: only an invitee can answer, and not once the meeting is cancelled.
_RESPONSE = {
    f"ErrorCalendarIs{state}For{action}": Refusal(f"{state.lower()}: the event cannot be answered ({action})")
    for state in ("Organizer", "Cancelled")
    for action in ("Accept", "Decline", "Tentative")
}
_DESTINATION = {"ErrorInvalidIdMalformed": Refusal("a DestinationId that is neither a folder id nor a well-known name")}

PREVIEW_LEGITIMATE_400: dict[str, dict[str, Refusal]] = {
    "listCalendarGroups": _QUERY,
    "createCalendarGroup": _PREVIEW_NAME,
    "getCalendarGroup": _MALFORMED_ID,
    "updateCalendarGroup": _reasons(_MALFORMED_ID, _PREVIEW_NAME),
    "deleteCalendarGroup": _reasons(_MALFORMED_ID, _PREVIEW_DELETE_DEFAULT),
    "listCalendarsInGroup": _reasons(_MALFORMED_ID, _QUERY),
    "createCalendarInGroup": _reasons(_MALFORMED_ID, _PREVIEW_NAME),
    "listCalendars": _QUERY,
    "createCalendar": _PREVIEW_NAME,
    "getCalendar": _MALFORMED_ID,
    "updateCalendar": _reasons(_MALFORMED_ID, _PREVIEW_NAME),
    "deleteCalendar": _reasons(_MALFORMED_ID, _PREVIEW_DELETE_DEFAULT),
    "listEventsInDefaultCalendar": _QUERY,
    "createEventInDefaultCalendar": _PREVIEW_EVENT_BODY,
    "listEventsInCalendar": _reasons(_MALFORMED_ID, _QUERY),
    "createEventInCalendar": _reasons(_MALFORMED_ID, _PREVIEW_EVENT_BODY),
    "listEvents": _QUERY,
    "createEvent": _PREVIEW_EVENT_BODY,
    "getEvent": _MALFORMED_ID,
    "updateEvent": _reasons(_MALFORMED_ID, _PREVIEW_EVENT_BODY),
    "deleteEvent": _MALFORMED_ID,
    "getEventCalendar": _MALFORMED_ID,
    "acceptEvent": _reasons(_MALFORMED_ID, _RESPONSE),
    "declineEvent": _reasons(_MALFORMED_ID, _RESPONSE),
    "tentativeEvent": _reasons(_MALFORMED_ID, _RESPONSE),
    "tentativelyAcceptEvent": _reasons(_MALFORMED_ID, _RESPONSE),
    "listEventAttachments": _reasons(_MALFORMED_ID, _QUERY),
    # An item attachment's Item is checked as createEvent checks its body.
    "createEventAttachment": _reasons(_MALFORMED_ID, _PREVIEW_EVENT_BODY),
    "getEventAttachment": _MALFORMED_ID,
    "updateEventAttachment": _MALFORMED_ID,
    "deleteEventAttachment": _MALFORMED_ID,
    "getEventAttachmentItem": _MALFORMED_ID,
    "listMessages": _QUERY,
    "getMessage": _MALFORMED_ID,
    "moveMessage": _reasons(_MALFORMED_ID, _DESTINATION),
    "listFolders": _QUERY,
    "getFolder": _MALFORMED_ID,
    "listMessagesInFolder": _reasons(_MALFORMED_ID, _QUERY, _SYNC),
}


def _is_preview(case: Case) -> bool:
    return any(PREVIEW_ROOT in server.get("url", "") for server in case.operation.schema.raw_schema.get("servers", []))


def config(*, deterministic: bool = False) -> SchemathesisConfig:
    """The schemathesis config of both runs: ``spec/schemathesis.toml`` and our generation settings."""
    settings = tomllib.loads(SCHEMATHESIS_TOML.read_text(encoding="utf-8"))
    settings["generation"] = {
        **settings.get("generation", {}),
        "mode": "all",  # positive and negative data
        "deterministic": deterministic,
        # Every request carries the target's real token (call_kwargs). Left on, schemathesis would
        # also generate/negate the Authorization header, our header would silently undo that, and
        # a case would count as "negative" for a header it never sent. Auth enforcement is still
        # checked: ignored_auth probes every operation without and with a bad token.
        "with-security-parameters": False,
    }
    return SchemathesisConfig.from_dict(settings)


@functools.cache
def load_schema(*, preview: bool = False, deterministic: bool = False) -> schemathesis.schemas.BaseSchema:
    """The v2.0 document (default) or the 2014 preview's, configured for our runs; loaded once per process."""
    # The file's [[project]] whose title is the document's applies.
    schema = schemathesis.openapi.from_path(
        PREVIEW_SPEC if preview else SPEC, config=config(deterministic=deterministic)
    )
    _remember_lookups(schema.config)
    _remember_base_path(schema)
    return schema


def _remember_lookups(project: Any) -> None:
    """Answer each per-operation config lookup once per operation and phase.

    schemathesis merges the config layers (defaults, every matching ``operations`` entry, phases) anew on
    every lookup, and looks up the checks' config for every response it validates: a tenth of a run's CPU.
    Nothing changes the config after loading, so the merged answer is kept (per instance; the class is
    untouched).
    """
    for name in ("checks_config_for", "phases_for", "generation_for"):
        lookup = getattr(project, name)
        answers: dict[tuple[str | None, str | None], Any] = {}

        def remembered(*, operation: Any = None, phase: str | None = None, _lookup=lookup, _answers=answers) -> Any:
            key = (None if operation is None else operation.label, phase)
            if key not in _answers:
                phased = {} if phase is None else {"phase": phase}  # phases_for takes no phase
                _answers[key] = _lookup(operation=operation, **phased)
            return _answers[key]

        setattr(project, name, remembered)


def _remember_base_path(schema: Any) -> None:
    """Read the document's base path once (per instance; the class is untouched).

    Serialising a case joins its path to the base path, which ``declared_base_path`` derives anew from the
    document's ``servers`` for every request; neither the document nor its server variables change after loading.
    """
    schema.declared_base_path = functools.cache(schema.declared_base_path)


def operation_id(case: Case) -> str:
    return case.operation.definition.raw["operationId"]


def call_kwargs(target: Target, token: str | None = None, *, preview: bool = False) -> dict[str, Any]:
    """How to reach the target: the in-process mock (as WSGI: schemathesis then calls it in this thread),
    or the live server's API root."""
    headers = {"Authorization": f"Bearer {token or target.tokens[0]}"}
    if target.in_process is not None:
        # session: the lean stand-in for werkzeug's test client that schemathesis' WSGI transport then calls
        return {"app": target.in_process.wsgi, "session": target.in_process.client, "headers": headers}
    return {"base_url": target.origin + (PREVIEW_ROOT if preview else API_ROOT), "headers": headers}


def refusal_is_legitimate(ctx: Any, response: Any, case: Case) -> bool | None:
    """Schema-valid data answered with 400: the error must be one ``LEGITIMATE_400`` lists for the operation."""
    meta = case.meta
    if response.status_code != 400 or meta is None or not meta.generation.mode.is_positive:
        return None
    if case.method.upper() != case.operation.method.upper():
        return None  # the coverage phase's probes with undeclared methods are not about data
    try:
        error = response.json()["error"]
        code, message = error["code"], error["message"]
    except (ValueError, KeyError, TypeError):
        return None  # not an OData error body: the schema checks report that
    allowed = (PREVIEW_LEGITIMATE_400 if _is_preview(case) else LEGITIMATE_400).get(operation_id(case), {})
    if isinstance(case.body, dict):  # a JSON body (schemathesis' "no body" is a sentinel, not None)
        allowed = _reasons(allowed, _SIZE_CAPS)
    refusal = allowed.get(code)
    if refusal is None or (refusal.messages and not any(text in message for text in refusal.messages)):
        documented = "\n".join(f"  {name}: {r.why}" for name, r in sorted(allowed.items())) or "  (none)"
        raise AssertionError(
            f"{operation_id(case)}: schema-valid data refused with 400 {code}: {message}\n"
            f"The reasons this operation may refuse valid data with a 400:\n{documented}"
        )
    return True
