"""Planted faults: switches that break one documented rule each, on purpose.

They exist to prove that a test suite notices when a rule breaks (the
conformance suite plants each one and expects its check to fail) and to let
users try their own suites against a wrong server (``outlook-mock serve
--plant-fault NAME``). Production code asks ``broken(NAME)`` at the one place
that implements the rule; with nothing planted every answer is False.

A fault is planted either process-wide (:func:`planted`: every tenant, as the
conformance suite's proofs do) or in one tenant only (``tenant.faults``, set by
``--plant-fault`` for the default tenant and by the control API at run time).
A request of a tenant with faults runs inside :func:`in_tenant` (a context
variable, so concurrent requests of other tenants don't see them); the store
keeps asking ``broken(NAME)`` and never needs to know which tenant it serves.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["Fault", "FAULTS", "broken", "in_tenant", "planted"]


@dataclass(frozen=True)
class Fault:
    name: str
    rule: str  # the rule it breaks, in the seed's words


FAULTS = {
    f.name: f
    for f in (
        Fault("keep_time_part", "Start/Due: the time part is ignored and midnight in the given zone assumed"),
        Fault("ignore_input_zone", "Start/Due: the given zone is honoured when converting to UTC"),
        Fault("ignore_prefer_timezone", "Prefer: outlook.timezone sets the zone of every date in the response"),
        Fault("utc_offsets_despite_prefer", "CreatedDateTime/LastModifiedDateTime carry the Prefer zone's offset"),
        Fault("accept_unknown_zone", "an unknown time zone is a 400"),
        Fault("due_not_copied_from_start", "only StartDateTime set: DueDateTime is set to the same value"),
        Fault("start_kept_when_due_cleared", "DueDateTime set to null: StartDateTime becomes null"),
        Fault("accept_start_after_due", "StartDateTime after DueDateTime is a 400"),
        Fault("accept_completed_without_status", "CompletedDateTime via PATCH requires Status Completed"),
        Fault("complete_leaves_status", "complete sets Status to Completed"),
        Fault("complete_stamps_now", "complete sets CompletedDateTime to today's midnight"),
        Fault("complete_recurring_no_next", "completing a recurring task returns the next occurrence too"),
        Fault("numbered_series_never_ends", "a Numbered or EndDate series ends after its last occurrence"),
        Fault(
            "default_group_key_random", "the default group My Tasks has GroupKey 0006f0b7-0000-0000-c000-000000000046"
        ),
        Fault("folder_ignores_group", "a folder created in a group belongs to that group"),
        Fault("allow_delete_default_folder", "deleting the default folder Tasks is a 400"),
        Fault("allow_delete_default_group", "deleting the default group My Tasks is a 400"),
        Fault("allow_rename_default_folder", "the default folder's Name cannot be changed"),
        Fault("allow_rename_default_group", "the default group's Name cannot be changed"),
        Fault("no_wellknown_tasks_folder", "the well-known name Tasks works as a folder id"),
        Fault("sync_omits_deletions", "a sync round reports deleted items"),
        Fault("sync_resends_everything", "later sync rounds return only what changed"),
        Fault("sync_ignores_page_size", "Prefer: odata.maxpagesize bounds a sync page"),
        Fault("sync_accepts_forbidden_options", "$filter/$orderby/$search/$top in a sync request are a 400"),
        Fault("sync_tokens_unchecked", "a tampered or foreign sync token is a 400"),
        Fault("no_preference_applied", "the initial sync response has Preference-Applied: odata.track-changes"),
        Fault("changekey_not_updated", "ChangeKey and @odata.etag change on every write"),
        Fault("has_attachments_stale", "HasAttachments follows the attachments"),
        Fault("accept_any_token", "no or a bad bearer token is a 401"),
        Fault("shared_mailbox", "each user sees only their own mailbox"),
        Fault("accept_unknown_properties", "an unknown property in a body is a 400 RequestBodyRead"),
        Fault("accept_attachment_without_content", "a file attachment needs Name and ContentBytes"),
        Fault(
            "item_attachment_not_validated",
            "an item attachment's Item is a real message, event or contact, checked like the resource itself",
        ),
        Fault("malformed_id_is_404", "a malformed id is a 400 ErrorInvalidIdMalformed, an unknown one a 404"),
        Fault("case_sensitive_paths", "path segments are case-insensitive"),
        Fault("relative_odata_id", "@odata.id is an absolute URL built from the request's host"),
        Fault("ignore_filter", "lists honour $filter"),
        Fault("created_group_not_stored", "what a create returned can then be read (schemathesis readback check)"),
        Fault("extended_properties_dropped", "extended properties set by POST/PATCH are stored"),
        Fault(
            "extended_format_ignored",
            "a property created with one PropertyId format is reachable only with that format",
        ),
        Fault("accept_any_extended_value", "an extended property value must fit its MAPI type"),
        Fault("no_wellknown_mail_folders", "Inbox, Drafts, SentItems and DeletedItems work as mail folder ids"),
        Fault("allow_delete_wellknown_mail_folder", "deleting a well-known mail folder is a 400"),
        Fault("allow_rename_wellknown_mail_folder", "the DisplayName of a well-known mail folder cannot be changed"),
        Fault("mail_folder_counts_stale", "TotalItemCount and UnreadItemCount follow a mail folder's messages"),
        Fault(
            "deleted_items_in_message_list",
            "GET /me/messages leaves out the messages in Deleted Items (and in the folders below it)",
        ),
        Fault("message_created_in_inbox", "POST /me/messages creates a draft in the Drafts folder"),
        Fault("message_changekey_not_updated", "a message's ChangeKey and @odata.etag change on every write"),
        Fault("body_preview_stale", "BodyPreview follows the message's Body"),
        Fault("mail_extended_properties_dropped", "extended properties set on messages and mail folders are stored"),
        Fault(
            "mail_lists_ignore_extended_filter",
            "$filter=SingleValueExtendedProperties/Any(...) finds messages and mail folders",
        ),
        Fault("no_wellknown_contacts_folder", "the well-known name Contacts works as a contact folder id"),
        Fault("allow_delete_default_contacts_folder", "deleting the default contacts folder is a 400"),
        Fault("contacts_list_all_folders", "GET /me/contacts lists the contacts of the default folder only"),
        Fault("contact_created_elsewhere", "a contact lands in the folder it was created in (default: Contacts)"),
        Fault("contact_changekey_not_updated", "a contact's ChangeKey and @odata.etag change on every write"),
        Fault(
            "contact_extended_properties_dropped", "extended properties set on contacts and contact folders are stored"
        ),
        Fault(
            "contact_lists_ignore_extended_filter",
            "$filter=SingleValueExtendedProperties/Any(...) finds contacts and contact folders",
        ),
        Fault("allow_delete_default_calendar", "deleting the default calendar is a 400"),
        Fault("events_list_all_calendars", "GET /me/events lists the events of the default calendar only"),
        Fault("event_created_elsewhere", "an event lands in the calendar it was created in (default: Calendar)"),
        Fault("event_time_truncated", "event Start/End keep their time of day"),
        Fault("event_input_zone_ignored", "event Start/End: the given zone is honoured when converting to UTC"),
        Fault("event_original_zone_not_recorded", "OriginalStartTimeZone/OriginalEndTimeZone are the request's zones"),
        Fault("event_prefer_timezone_ignored", "Prefer: outlook.timezone sets the zone of an event's Start/End"),
        Fault("accept_event_end_before_start", "an event's End before its Start is a 400"),
        Fault("accept_unknown_event_zone", "an unknown time zone in an event's Start/End is a 400"),
        Fault("accept_all_day_not_midnight", "an all-day event starts and ends at midnight"),
        Fault("event_changekey_not_updated", "an event's ChangeKey and @odata.etag change on every write"),
        Fault("calendar_changekey_not_updated", "a calendar's ChangeKey changes on every write"),
        Fault("event_extended_properties_dropped", "extended properties set on events and calendars are stored"),
        Fault(
            "event_lists_ignore_extended_filter",
            "$filter=SingleValueExtendedProperties/Any(...) finds events and calendars",
        ),
        # -- calendar groups, meetings (the 2014 preview's rules; meetings.py) --
        Fault("allow_rename_default_calendar", "the default calendar cannot be renamed"),
        Fault("event_recurrence_not_validated", "an event's recurrence must be a pattern that can occur"),
        Fault("allow_rename_default_calendar_group", "the default calendar group cannot be renamed"),
        Fault("allow_delete_default_calendar_group", "deleting the default calendar group is a 400"),
        Fault("calendar_group_delete_keeps_calendars", "deleting a calendar group deletes its calendars"),
        Fault("calendar_created_in_default_group", "a calendar created in a group lands in that group"),
        Fault("attachment_update_ignored", "PATCH on an event attachment changes it"),
        Fault("moved_message_keeps_id", "a moved message gets a new Id"),
        Fault("meeting_request_not_delivered", "creating a meeting sends each tenant attendee a request"),
        Fault("meeting_response_not_sent", "Accept/Decline/Tentative send the response to the organizer"),
        Fault("message_disposition_ignored", "MessageDisposition decides where the response is kept"),
        Fault("declined_meeting_kept", "a declined meeting leaves the attendee's calendar"),
        Fault("meeting_update_not_sent", "the organizer's changes to a meeting are sent to its attendees"),
        Fault("meeting_cancellation_not_sent", "deleting a meeting as organizer sends cancellations"),
        Fault("deleted_event_not_in_deleted_items", "a deleted event moves to Deleted Items"),
        Fault("preview_odata_type_not_required", "a preview create body must carry its @odata.type"),
        Fault("preview_events_default_calendar_only", "the preview's /Me/Events lists the events of every calendar"),
        Fault("accept_empty_event_patch", "a preview event PATCH carries at least one create parameter"),
        # -- contacts: addresses, the default folder's name --
        Fault(
            "contact_address_dropped",
            "a contact's HomeAddress, BusinessAddress and OtherAddress are stored apart: writing one keeps the others",
        ),
        Fault("allow_rename_default_contact_folder", "the default contacts folder's DisplayName cannot be changed"),
        # -- optimistic concurrency, stored-property limits --
        Fault("ignore_if_match", "a write whose If-Match names a stale ChangeKey is a 412 and changes nothing"),
        Fault(
            "if_match_strong_comparison", 'If-Match matches the current ChangeKey in both spellings, W/"ck" and "ck"'
        ),
        Fault("if_match_star_unsupported", "If-Match: * matches any existing item"),
        Fault("if_match_required", "a write without If-Match is carried out (the last writer wins)"),
        Fault("unbounded_properties", "a string or array over its documented size cap is a 400 ErrorInvalidProperty"),
        # -- ids, addressing, app-only access, token claims (issues 9 and 10) --
        Fault("rest_ids_in_standard_alphabet", "v2.0 ids use the URL-safe base64 alphabet ('-' '_'), '=' kept"),
        Fault(
            "rest_ids_accept_standard_alphabet", "an id with '/' or '+' in a v2.0 path is a 400 ErrorInvalidIdMalformed"
        ),
        Fault("odata_id_not_addressable", "every @odata.id answers GET, PATCH and DELETE for its owner"),
        Fault("other_mailboxes_open", "another user's mailbox with a delegated token is a 403 ErrorAccessDenied"),
        Fault("app_token_has_me", "an app-only token on /me is a 400 ErrorInvalidUser"),
        Fault("app_roles_ignored", "an app-only token acts within its application permissions (roles)"),
        Fault("token_issuer_unchecked", "a token whose iss is not the tenant's issuer is a 401"),
        Fault("sign_in_scopes_grant_everything", "sign-in scopes only (openid profile) grant no Outlook scope"),
        Fault("item_container_unchecked", "an item path under a container is a 404 when the item is elsewhere"),
        Fault("me_not_user_entity", "GET /me returns the signed-in user's User entity"),
        # -- query cost bounds --
        Fault("nested_lambdas_accepted", "a lambda inside a lambda in $filter is a 400 ErrorRestrictionTooComplex"),
        Fault("duplicate_orderby_accepted", "a key named twice in $orderby is a 400 ErrorInvalidUrlQuery"),
        Fault(
            "calendar_view_series_not_expanded",
            "a calendar view lists a series' occurrences (Type Occurrence, SeriesMasterId), not its master",
        ),
        Fault("occurrence_delete_ignored", "DELETE of one occurrence removes that date from its series"),
        Fault(
            "occurrence_longer_than_interval_accepted",
            "a recurring event whose occurrence lasts longer than the gap between occurrences is a 400 "
            "ErrorOccurrenceTimeSpanTooBig",
        ),
        Fault("message_flag_dropped", "a message's Flag (FlagStatus and dates) is stored as written and read back"),
        # -- mail actions, tenant mail delivery, Focused Inbox (issue 11) --
        Fault("mail_not_delivered", "mail sent to a user of the tenant arrives in their Inbox, unread"),
        Fault("save_to_sent_items_ignored", "sendmail with SaveToSentItems false keeps no copy in Sent Items"),
        Fault("send_accepts_non_draft", "only a draft can be sent (a sent message: 404 ErrorItemNotFound)"),
        Fault("sent_draft_stays_in_drafts", "a sent draft leaves Drafts; its sent copy is in Sent Items"),
        Fault("bcc_delivered_to_everyone", "a delivered copy shows no Bcc recipients but the recipient's own"),
        Fault("reply_subject_not_prefixed", "a reply draft's Subject starts with RE:, a forward's with FW:"),
        Fault("reply_leaves_conversation", "a reply or forward stays in the original's conversation (ConversationId)"),
        Fault("copied_message_not_stored", "a copied message is stored in the destination folder under a new Id"),
        Fault("allow_move_wellknown_mail_folder", "a well-known mail folder cannot be moved"),
        Fault(
            "copied_mail_folder_empty", "a copied mail folder holds copies of the original's child folders and messages"
        ),
        Fault(
            "message_classification_dropped", "a message's InferenceClassification is written by PATCH and read back"
        ),
        Fault("classification_override_ignored", "an override for a sender classifies new mail from that sender"),
        Fault("event_message_expand_ignored", "$expand=Microsoft.OutlookServices.EventMessage/Event returns the event"),
        # sync of every synced collection (sync helper)
        Fault("folder_sync_not_flat", "a folder hierarchy sync (MailFolders, ContactFolders) lists every folder"),
        Fault("calendar_view_sync_outside_window", "a calendar view sync reports only what its window shows"),
        Fault("calendar_view_sync_series_not_expanded", "a calendar view sync shows a series' occurrences in it"),
        Fault("message_sync_filter_ignored", "a message sync with $filter=ReceivedDateTime ge|gt keeps to it"),
        # MailboxSettings (sync helper)
        Fault("mailbox_settings_patch_ignored", "PATCH /me/MailboxSettings stores what it is sent"),
        Fault("mailbox_settings_zone_unchecked", "a MailboxSettings TimeZone that names no zone is a 400"),
        Fault("automatic_replies_schedule_unchecked", "automatic replies end after they start"),
        # -- push notifications (wire/v2/subscriptions.py, store/subscriptions.py, notifier.py) --
        Fault(
            "validation_not_requested",
            "a subscription is created only after its NotificationURL answered the validation request",
        ),
        Fault(
            "validation_answer_unchecked",
            "the validation request must be answered 200, text/plain, with the token as body",
        ),
        Fault("subscription_missed_not_added", "a subscription's ChangeType always includes Missed"),
        Fault(
            "subscription_lifetime_unbounded", "a subscription expires at most three days after its creation or renewal"
        ),
        Fault("subscription_get_shows_client_state", "GET of a subscription leaves out its ClientState"),
        Fault("subscription_change_types_ignored", "a subscription is notified of its ChangeTypes only"),
        Fault(
            "notifications_from_other_containers",
            "a subscription is notified of changes in the collection it names only",
        ),
        Fault("notification_without_client_state", "every notification carries the subscription's ClientState header"),
        Fault("notification_not_retried", "a notification the receiver failed is retried with backoff"),
        Fault("expired_subscription_notified", "an expired subscription stops: no notifications, no GET"),
        # -- throttling (throttling.py; only where a tenant is throttled) --
        Fault("throttled_without_retry_after", "a throttled request's 429 carries Retry-After (seconds)"),
        Fault("throttling_window_never_slides", "a throttled client that waits Retry-After is served again"),
        # -- calendar (issue 11): v2.0 calendar groups, responses, occurrences, attachments, contact Flag --
        Fault("calendar_group_calendars_unfiltered", "a calendar group's Calendars are the calendars of that group"),
        Fault(
            "send_response_ignored",
            "accept/decline/tentativelyaccept with SendResponse false tell the organizer nothing",
        ),
        Fault(
            "occurrence_crossing_boundary_accepted",
            "an occurrence moved to or past an adjacent occurrence's day is a 400 ErrorOccurrenceCrossingBoundary",
        ),
        Fault("attachments_not_inserted", "a message or event created with Attachments has them (deep insert)"),
        Fault("attachment_item_url_wrong", "an attached item's @odata.id is its attachment's .../Item URL"),
        Fault("contact_flag_dropped", "a contact's Flag (FlagStatus and dates) is stored as written and read back"),
        # -- $expand on lists, meeting attachments (v2.0) --
        Fault("list_expand_ignored", "lists of messages and events honour $expand=Attachments (each member's own)"),
        Fault(
            "meeting_attachments_not_updated",
            "the organizer's meeting update brings the attendees' copies the meeting's attachments as they are now",
        ),
    )
}

_planted: set[str] = set()  # process-wide
_EMPTY: frozenset[str] = frozenset()
# The faults of the tenant whose request runs in this context (empty outside requests and for most tenants).
_tenant_faults: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("outlook_mock_faults", default=_EMPTY)


def broken(name: str) -> bool:
    """Is the rule behind ``name`` broken on purpose right now?"""
    if name not in FAULTS:
        raise KeyError(name)
    return name in _planted or name in _tenant_faults.get()


@contextlib.contextmanager
def in_tenant(names: Iterable[str]) -> Iterator[None]:
    """Run the block with ``names`` (a tenant's ``faults``) planted for this context only."""
    token = _tenant_faults.set(frozenset(names))
    try:
        yield
    finally:
        _tenant_faults.reset(token)


def check_names(names: Iterable[str]) -> list[str]:
    """``names`` if each is a fault; else ``KeyError`` naming the first unknown one."""
    names = list(names)
    for name in names:
        if name not in FAULTS:
            raise KeyError(name)
    return names


@contextlib.contextmanager
def planted(name: str) -> Iterator[Fault]:
    fault = FAULTS[name]
    _planted.add(name)
    try:
        yield fault
    finally:
        _planted.discard(name)


def any_planted() -> bool:
    """Is any fault planted right now, here? (Caches of verified results step aside while one is.)"""
    return bool(_planted) or bool(_tenant_faults.get())


def planted_globally() -> bool:
    """Is any fault planted process-wide?"""
    return bool(_planted)


def planted_now() -> frozenset[str]:
    """The faults planted at this moment, here (what a cache of rendered values must be keyed by)."""
    local = _tenant_faults.get()
    return frozenset(_planted | local) if local else frozenset(_planted)
