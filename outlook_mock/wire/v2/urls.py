"""The v2.0 URL map (paths relative to ``/api/v2.0``): tasks, mail, contacts, calendars and events."""

from __future__ import annotations

from ..csdl import metadata_route
from ..routing import Route
from . import attached as A
from . import calendar as cal
from . import contacts as c
from . import mail as m
from . import mail_actions as ma
from . import responses as r
from . import settings, users
from . import subscriptions as sub
from .containers import contact_in_folder, event_in_calendar, message_in_folder, mounted, task_in_folder

READ = ("Tasks.Read", "Tasks.ReadWrite")
WRITE = ("Tasks.ReadWrite",)
MAIL_READ = ("Mail.Read", "Mail.ReadWrite")
MAIL_WRITE = ("Mail.ReadWrite",)
MAIL_SEND = ("Mail.Send",)
CONTACTS_READ = ("Contacts.Read", "Contacts.ReadWrite")
CONTACTS_WRITE = ("Contacts.ReadWrite",)
CALENDARS_READ = ("Calendars.Read", "Calendars.ReadWrite")
CALENDARS_WRITE = ("Calendars.ReadWrite",)
SETTINGS_READ = ("MailboxSettings.Read", "MailboxSettings.ReadWrite")
SETTINGS_WRITE = ("MailboxSettings.ReadWrite",)


def attachments(
    item: str, handlers: A.AttachmentHandlers, read: tuple[str, ...], write: tuple[str, ...]
) -> list[Route]:
    """The attachment routes of one kind of item at ``item`` (the same five for every kind: attached.py)."""
    return [
        Route("GET", f"{item}/attachments", handlers.list, read),
        Route("POST", f"{item}/attachments", handlers.create, write),
        Route("GET", f"{item}/attachments({{attachment_id}})", handlers.get, read),
        Route("DELETE", f"{item}/attachments({{attachment_id}})", handlers.delete, write),
        Route("GET", f"{item}/attachments({{attachment_id}})/item", handlers.get_item, read),
    ]


ROUTES = [
    metadata_route("v2.xml"),
    # The mailbox owner (any valid token; /users/{id} and Users('{oid}@{tid}') reach it too, see dialect.py).
    Route("GET", "me", users.get_me),
    Route("GET", "me/tasks", r.list_tasks, READ),
    Route("POST", "me/tasks", r.create_task, WRITE),
    Route("GET", "me/tasks({task_id})", r.get_task, READ),
    Route("PATCH", "me/tasks({task_id})", r.update_task, WRITE),
    Route("DELETE", "me/tasks({task_id})", r.delete_task, WRITE),
    Route("POST", "me/tasks({task_id})/complete", r.complete_task, WRITE),
    *attachments("me/tasks({task_id})", A.TASK_ATTACHMENTS, READ, WRITE),
    Route("GET", "me/taskfolders", r.list_folders, READ),
    Route("POST", "me/taskfolders", r.create_folder, WRITE),
    Route("GET", "me/taskfolders({folder_id})", r.get_folder, READ),
    Route("PATCH", "me/taskfolders({folder_id})", r.update_folder, WRITE),
    Route("DELETE", "me/taskfolders({folder_id})", r.delete_folder, WRITE),
    Route("GET", "me/taskfolders({folder_id})/tasks", r.list_tasks_in_folder, READ),
    Route("POST", "me/taskfolders({folder_id})/tasks", r.create_task, WRITE),
    Route("GET", "me/taskgroups", r.list_groups, READ),
    Route("POST", "me/taskgroups", r.create_group, WRITE),
    Route("GET", "me/taskgroups({group_id})", r.get_group, READ),
    Route("PATCH", "me/taskgroups({group_id})", r.update_group, WRITE),
    Route("DELETE", "me/taskgroups({group_id})", r.delete_group, WRITE),
    Route("GET", "me/taskgroups({group_id})/taskfolders", r.list_folders_in_group, READ),
    Route("POST", "me/taskgroups({group_id})/taskfolders", r.create_folder, WRITE),
    Route("GET", "me/mailfolders", m.MAIL_FOLDERS.list_folders, MAIL_READ),
    Route("POST", "me/mailfolders", m.MAIL_FOLDERS.create_folder, MAIL_WRITE),
    Route("GET", "me/mailfolders({folder_id})", m.MAIL_FOLDERS.get_folder, MAIL_READ),
    Route("PATCH", "me/mailfolders({folder_id})", m.MAIL_FOLDERS.update_folder, MAIL_WRITE),
    Route("DELETE", "me/mailfolders({folder_id})", m.MAIL_FOLDERS.delete_folder, MAIL_WRITE),
    Route("GET", "me/mailfolders({folder_id})/childfolders", m.MAIL_FOLDERS.list_folders, MAIL_READ),
    Route("POST", "me/mailfolders({folder_id})/childfolders", m.MAIL_FOLDERS.create_folder, MAIL_WRITE),
    Route("GET", "me/mailfolders({folder_id})/messages", m.list_messages_in_folder, MAIL_READ),
    Route("POST", "me/mailfolders({folder_id})/messages", m.create_message, MAIL_WRITE),
    Route("GET", "me/messages", m.list_messages, MAIL_READ),
    Route("POST", "me/messages", m.create_message, MAIL_WRITE),
    Route("GET", "me/messages({message_id})", m.get_message, MAIL_READ),
    Route("PATCH", "me/messages({message_id})", m.update_message, MAIL_WRITE),
    Route("DELETE", "me/messages({message_id})", m.delete_message, MAIL_WRITE),
    # -- mail actions and Focused Inbox (mail_actions.py) --
    Route("POST", "me/sendmail", ma.send_mail, MAIL_SEND),
    Route("POST", "me/messages({message_id})/send", ma.send_message, MAIL_SEND),
    Route("POST", "me/messages({message_id})/reply", ma.reply, MAIL_SEND),
    Route("POST", "me/messages({message_id})/replyall", ma.reply_all, MAIL_SEND),
    Route("POST", "me/messages({message_id})/forward", ma.forward, MAIL_SEND),
    Route("POST", "me/messages({message_id})/createreply", ma.create_reply, MAIL_WRITE),
    Route("POST", "me/messages({message_id})/createreplyall", ma.create_reply_all, MAIL_WRITE),
    Route("POST", "me/messages({message_id})/createforward", ma.create_forward, MAIL_WRITE),
    Route("POST", "me/messages({message_id})/move", ma.move_message, MAIL_WRITE),
    Route("POST", "me/messages({message_id})/copy", ma.copy_message, MAIL_WRITE),
    Route("POST", "me/mailfolders({folder_id})/move", ma.move_mail_folder, MAIL_WRITE),
    Route("POST", "me/mailfolders({folder_id})/copy", ma.copy_mail_folder, MAIL_WRITE),
    Route("GET", "me/messages({message_id})/microsoft.outlookservices.eventmessage/event", ma.get_event, MAIL_READ),
    Route("GET", "me/inferenceclassification/overrides", ma.list_overrides, MAIL_READ),
    Route("POST", "me/inferenceclassification/overrides", ma.create_override, MAIL_WRITE),
    Route("GET", "me/inferenceclassification/overrides({override_id})", ma.get_override, MAIL_READ),
    Route("PATCH", "me/inferenceclassification/overrides({override_id})", ma.update_override, MAIL_WRITE),
    Route("DELETE", "me/inferenceclassification/overrides({override_id})", ma.delete_override, MAIL_WRITE),
    Route("GET", "me/contactfolders", c.CONTACT_FOLDERS.list_folders, CONTACTS_READ),
    Route("POST", "me/contactfolders", c.CONTACT_FOLDERS.create_folder, CONTACTS_WRITE),
    Route("GET", "me/contactfolders({folder_id})", c.CONTACT_FOLDERS.get_folder, CONTACTS_READ),
    Route("PATCH", "me/contactfolders({folder_id})", c.CONTACT_FOLDERS.update_folder, CONTACTS_WRITE),
    Route("DELETE", "me/contactfolders({folder_id})", c.CONTACT_FOLDERS.delete_folder, CONTACTS_WRITE),
    Route("GET", "me/contactfolders({folder_id})/childfolders", c.CONTACT_FOLDERS.list_folders, CONTACTS_READ),
    Route("POST", "me/contactfolders({folder_id})/childfolders", c.CONTACT_FOLDERS.create_folder, CONTACTS_WRITE),
    Route("GET", "me/contactfolders({folder_id})/contacts", c.list_contacts_in_folder, CONTACTS_READ),
    Route("POST", "me/contactfolders({folder_id})/contacts", c.create_contact, CONTACTS_WRITE),
    Route("GET", "me/contacts", c.list_contacts, CONTACTS_READ),
    Route("POST", "me/contacts", c.create_contact, CONTACTS_WRITE),
    Route("GET", "me/contacts({contact_id})", c.get_contact, CONTACTS_READ),
    Route("PATCH", "me/contacts({contact_id})", c.update_contact, CONTACTS_WRITE),
    Route("DELETE", "me/contacts({contact_id})", c.delete_contact, CONTACTS_WRITE),
    Route("GET", "me/calendargroups", cal.list_groups, CALENDARS_READ),
    Route("POST", "me/calendargroups", cal.create_group, CALENDARS_WRITE),
    Route("GET", "me/calendargroups({group_id})", cal.get_group, CALENDARS_READ),
    Route("PATCH", "me/calendargroups({group_id})", cal.update_group, CALENDARS_WRITE),
    Route("DELETE", "me/calendargroups({group_id})", cal.delete_group, CALENDARS_WRITE),
    Route("GET", "me/calendargroups({group_id})/calendars", cal.list_calendars, CALENDARS_READ),
    Route("POST", "me/calendargroups({group_id})/calendars", cal.create_calendar, CALENDARS_WRITE),
    Route("GET", "me/calendars", cal.list_calendars, CALENDARS_READ),
    Route("POST", "me/calendars", cal.create_calendar, CALENDARS_WRITE),
    Route("GET", "me/calendars({calendar_id})", cal.get_calendar, CALENDARS_READ),
    Route("PATCH", "me/calendars({calendar_id})", cal.update_calendar, CALENDARS_WRITE),
    Route("DELETE", "me/calendars({calendar_id})", cal.delete_calendar, CALENDARS_WRITE),
    Route("GET", "me/calendars({calendar_id})/events", cal.list_events_in_calendar, CALENDARS_READ),
    Route("POST", "me/calendars({calendar_id})/events", cal.create_event, CALENDARS_WRITE),
    Route("GET", "me/calendar", cal.get_calendar, CALENDARS_READ),
    Route("PATCH", "me/calendar", cal.update_calendar, CALENDARS_WRITE),
    Route("DELETE", "me/calendar", cal.delete_calendar, CALENDARS_WRITE),
    Route("GET", "me/calendar/events", cal.list_events_in_calendar, CALENDARS_READ),
    Route("POST", "me/calendar/events", cal.create_event, CALENDARS_WRITE),
    Route("GET", "me/calendarview", cal.calendar_view, CALENDARS_READ),
    Route("GET", "me/calendars({calendar_id})/calendarview", cal.calendar_view, CALENDARS_READ),
    Route("GET", "me/calendar/calendarview", cal.default_calendar_view, CALENDARS_READ),
    Route("GET", "me/events({event_id})/instances", cal.list_instances, CALENDARS_READ),
    Route("GET", "me/events", cal.list_events, CALENDARS_READ),
    Route("POST", "me/events", cal.create_event, CALENDARS_WRITE),
    Route("GET", "me/events({event_id})", cal.get_event, CALENDARS_READ),
    Route("PATCH", "me/events({event_id})", cal.update_event, CALENDARS_WRITE),
    Route("DELETE", "me/events({event_id})", cal.delete_event, CALENDARS_WRITE),
    Route("POST", "me/events({event_id})/accept", cal.accept_event, CALENDARS_WRITE),
    Route("POST", "me/events({event_id})/decline", cal.decline_event, CALENDARS_WRITE),
    Route("POST", "me/events({event_id})/tentativelyaccept", cal.tentatively_accept_event, CALENDARS_WRITE),
    # -- attachments of events and messages (attached.py: one model for every kind of item) --
    *attachments("me/events({event_id})", A.EVENT_ATTACHMENTS, CALENDARS_READ, CALENDARS_WRITE),
    *attachments("me/messages({message_id})", A.MESSAGE_ATTACHMENTS, MAIL_READ, MAIL_WRITE),
    # -- items under their container (containers.py: each is the item's own handler, 404 when the item is elsewhere) --
    *mounted(
        "me/taskfolders({folder_id})",
        task_in_folder,
        Route("GET", "tasks({task_id})", r.get_task, READ),
        Route("PATCH", "tasks({task_id})", r.update_task, WRITE),
        Route("DELETE", "tasks({task_id})", r.delete_task, WRITE),
        Route("POST", "tasks({task_id})/complete", r.complete_task, WRITE),
        Route("GET", "tasks({task_id})/attachments", A.TASK_ATTACHMENTS.list, READ),
        Route("POST", "tasks({task_id})/attachments", A.TASK_ATTACHMENTS.create, WRITE),
        Route("GET", "tasks({task_id})/attachments({attachment_id})", A.TASK_ATTACHMENTS.get, READ),
        Route("DELETE", "tasks({task_id})/attachments({attachment_id})", A.TASK_ATTACHMENTS.delete, WRITE),
    ),
    *mounted(
        "me/mailfolders({folder_id})",
        message_in_folder,
        Route("GET", "messages({message_id})", m.get_message, MAIL_READ),
        Route("PATCH", "messages({message_id})", m.update_message, MAIL_WRITE),
        Route("DELETE", "messages({message_id})", m.delete_message, MAIL_WRITE),
    ),
    *mounted(
        "me/contactfolders({folder_id})",
        contact_in_folder,
        Route("GET", "contacts({contact_id})", c.get_contact, CONTACTS_READ),
        Route("PATCH", "contacts({contact_id})", c.update_contact, CONTACTS_WRITE),
        Route("DELETE", "contacts({contact_id})", c.delete_contact, CONTACTS_WRITE),
    ),
    *mounted(
        ("me/calendars({calendar_id})", "me/calendar"),  # a named calendar, and the default one
        event_in_calendar,
        Route("GET", "events({event_id})", cal.get_event, CALENDARS_READ),
        Route("PATCH", "events({event_id})", cal.update_event, CALENDARS_WRITE),
        Route("DELETE", "events({event_id})", cal.delete_event, CALENDARS_WRITE),
    ),
    # MailboxSettings (the sync helper's block)
    Route("GET", "me/mailboxsettings", settings.get_settings, SETTINGS_READ),
    Route("PATCH", "me/mailboxsettings", settings.update_settings, SETTINGS_WRITE),
    Route("GET", "me/mailboxsettings/automaticrepliessetting", settings.get_automatic_replies, SETTINGS_READ),
    Route("GET", "me/mailboxsettings/timezone", settings.get_time_zone, SETTINGS_READ),
    Route("GET", "me/mailboxsettings/language", settings.get_language, SETTINGS_READ),
    # -- push subscriptions (wire/v2/subscriptions.py): any read scope here, the Resource's own in the handler --
    Route("POST", "me/subscriptions", sub.create_subscription, sub.ANY_READ_SCOPE),
    Route("GET", "me/subscriptions({subscription_id})", sub.get_subscription, sub.ANY_READ_SCOPE),
    Route("PATCH", "me/subscriptions({subscription_id})", sub.renew_subscription, sub.ANY_READ_SCOPE),
    Route("DELETE", "me/subscriptions({subscription_id})", sub.delete_subscription, sub.ANY_READ_SCOPE),
]
