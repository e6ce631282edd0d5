"""The 2014 preview's URL map (paths relative to ``/ews/odata``): calendars, events and the mail they need."""

from __future__ import annotations

from ..csdl import metadata_route
from ..routing import Route
from . import responses as r

READ = ("Calendar.Read", "Calendar.Write")
WRITE = ("Calendar.Write",)
MAIL_READ = ("Mail.Read", "Mail.Write")
MAIL_WRITE = ("Mail.Write",)

ROUTES = [
    metadata_route("preview.xml"),
    Route("GET", "Me", r.get_me),  # the mailbox owner, as the preview's User entity (any valid token)
    Route("GET", "Me/CalendarGroups", r.list_groups, READ),
    Route("POST", "Me/CalendarGroups", r.create_group, WRITE),
    Route("GET", "Me/CalendarGroups({group_id})", r.get_group, READ),
    Route("PATCH", "Me/CalendarGroups({group_id})", r.update_group, WRITE),
    Route("DELETE", "Me/CalendarGroups({group_id})", r.delete_group, WRITE),
    Route("GET", "Me/CalendarGroups({group_id})/Calendars", r.list_calendars, READ),
    Route("POST", "Me/CalendarGroups({group_id})/Calendars", r.create_calendar, WRITE),
    Route("GET", "Me/Calendars", r.list_calendars, READ),
    Route("POST", "Me/Calendars", r.create_calendar, WRITE),
    Route("GET", "Me/Calendars({calendar_id})", r.get_calendar, READ),
    Route("PATCH", "Me/Calendars({calendar_id})", r.update_calendar, WRITE),
    Route("DELETE", "Me/Calendars({calendar_id})", r.delete_calendar, WRITE),
    Route("GET", "Me/Calendars({calendar_id})/Events", r.list_events_in_calendar, READ),
    Route("POST", "Me/Calendars({calendar_id})/Events", r.create_event, WRITE),
    Route("GET", "Me/Calendar", r.get_calendar, READ),
    Route("GET", "Me/Calendar/Events", r.list_events_in_calendar, READ),
    Route("POST", "Me/Calendar/Events", r.create_event, WRITE),
    Route("GET", "Me/Events", r.list_events, READ),
    Route("POST", "Me/Events", r.create_event, WRITE),
    Route("GET", "Me/Events({event_id})", r.get_event, READ),
    Route("PATCH", "Me/Events({event_id})", r.update_event, WRITE),
    Route("DELETE", "Me/Events({event_id})", r.delete_event, WRITE),
    Route("GET", "Me/Events({event_id})/Calendar", r.get_event_calendar, READ),
    Route("POST", "Me/Events({event_id})/Accept", r.accept_event, WRITE),
    Route("POST", "Me/Events({event_id})/Decline", r.decline_event, WRITE),
    Route("POST", "Me/Events({event_id})/Tentative", r.tentatively_accept_event, WRITE),
    # The CSDL names the action TentativelyAccept; the seed calls it Tentative. Both are served.
    Route("POST", "Me/Events({event_id})/TentativelyAccept", r.tentatively_accept_event, WRITE),
    Route("GET", "Me/Events({event_id})/Attachments", r.list_attachments, READ),
    Route("POST", "Me/Events({event_id})/Attachments", r.create_attachment, WRITE),
    Route("GET", "Me/Events({event_id})/Attachments({attachment_id})", r.get_attachment, READ),
    Route("PATCH", "Me/Events({event_id})/Attachments({attachment_id})", r.update_attachment, WRITE),
    Route("DELETE", "Me/Events({event_id})/Attachments({attachment_id})", r.delete_attachment, WRITE),
    Route("GET", "Me/Events({event_id})/Attachments({attachment_id})/Item", r.get_attachment_item, READ),
    Route("GET", "Me/Messages", r.list_messages, MAIL_READ),
    Route("GET", "Me/Messages({message_id})", r.get_message, MAIL_READ),
    Route("POST", "Me/Messages({message_id})/Move", r.move_message, MAIL_WRITE),
    Route("GET", "Me/Folders", r.list_folders, MAIL_READ),
    Route("GET", "Me/Folders({folder_id})", r.get_folder, MAIL_READ),
    Route("GET", "Me/Folders({folder_id})/Messages", r.list_messages_in_folder, MAIL_READ),
]
