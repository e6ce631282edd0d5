"""office365-rest-python-client 2.2.2: its ``OutlookClient`` (``office365.outlookservices``) against the mock.

What it speaks: the package is mostly SharePoint and Microsoft Graph; its Outlook part is ``OutlookClient``
(marked "deprecated, prefer GraphClient"), an OData v4 client for the Outlook REST API whose
``service_root_url()`` is ``https://outlook.office365.com/api/v1.0/``. It covers messages (create, list, update,
delete, reply, move), events, contacts and ``sendmail`` of ``me``, with bodies the caller writes as JSON; no tasks,
folders or sync. It is pointed at the mock's v2.0 by overriding ``service_root_url()`` (the one place every URL
comes from; the library offers no setting) and given the mock's token through
``AuthenticationContext.set_token`` (its own password grant speaks the Azure AD v1 ``/oauth2/token`` endpoint with
``resource``, which the mock, a v2.0 identity endpoint, does not serve).
"""

from __future__ import annotations

from harness import ALEX, API, TOKEN, TOKEN_2, ClientBug, NotServed, ReadBack, Recorder, check, equal, need, unique
from office365.outlookservices.message import Message
from office365.outlookservices.outlook_client import OutlookClient
from office365.runtime.auth.authentication_context import AuthenticationContext
from office365.runtime.auth.token_response import TokenResponse
from office365.runtime.resource_path import ResourcePath


class MockOutlookClient(OutlookClient):
    def service_root_url(self):
        return API + "/"


def client() -> OutlookClient:
    auth = AuthenticationContext("contoso.com")
    auth.set_token(TokenResponse(accessToken=TOKEN, tokenType="Bearer"))
    return MockOutlookClient(auth)


def main() -> None:
    api = ReadBack()
    ctx = client()
    # A failed execute_query leaves its query queued: drop it so that the next step starts clean.
    run = Recorder("office365-rest-python-client 2.2.2", after_each=ctx.clear_queries)

    # --- messages ---
    def create_message():
        subject = unique("office365 draft")
        message = ctx.me.messages.add_from_json(
            {
                "Subject": subject,
                "Importance": "Low",
                "Body": {"ContentType": "HTML", "Content": "They were <b>awesome</b>!"},
                "ToRecipients": [{"EmailAddress": {"Address": ALEX}}],
            }
        )
        ctx.execute_query()
        message_id = message.properties["Id"]
        raw = api.get("me/messages", message_id)
        equal(raw["Subject"], subject, "read-back Subject")
        equal(raw["Importance"], "Low", "read-back Importance")
        return message

    message = run.step("messages: create draft", create_message)

    def list_messages():
        subject = need(message, "a message").properties["Subject"]
        messages = ctx.me.messages.filter(f"Subject eq '{subject}'")
        ctx.load(messages)
        ctx.execute_query()
        equal([m.properties["Id"] for m in messages], [message.properties["Id"]], "listed ids")

    run.step("messages: list ($filter)", list_messages)

    def list_pages():
        seeded = {api.post("me/messages", body={"Subject": unique("office365 page")})["Id"] for _ in range(11)}
        try:
            messages = ctx.me.messages
            ctx.load(messages)
            ctx.execute_query()
            missing = seeded - {m.properties["Id"] for m in messages}
            check(not missing, f"{len(missing)} of 11 new messages missing past the first page")
        finally:
            for message_id in seeded:
                api.delete("me/messages", message_id)

    run.step(
        "messages: list past the first page",
        list_pages,
        expect=ClientBug(
            "V4JsonFormat leaves collection_next_tag_name None (runtime/odata/odata_json_format.py), so a collection "
            "never follows @odata.nextLink; the service returns 10 messages a page by default "
            "(complex-types-for-mail-contacts-calendar.md, paging), so the rest are never listed",
            shows="missing past the first page",
        ),
    )

    def get_message():
        message_id = need(message, "a message").properties["Id"]
        messages = ctx.me.messages  # no get_by_id for messages: an entity under its collection, as the library makes
        got = Message(ctx, ResourcePath(message_id, messages.resource_path), parent_collection=messages)
        ctx.load(got)
        ctx.execute_query()
        equal(got.properties["Subject"], message.properties["Subject"], "Subject")

    run.step("messages: get by id", get_message)

    def update_message():
        subject = unique("office365 draft updated")
        need(message, "a message").set_property("Subject", subject)
        message.update()
        ctx.execute_query()
        equal(api.get("me/messages", message.properties["Id"])["Subject"], subject, "read-back Subject")

    run.step("messages: update", update_message)

    def reply():
        need(message, "a message").reply()
        ctx.execute_query()

    run.step("messages: reply", reply, expect=NotServed("reply"))

    def send_mail():
        subject = unique("office365 sendmail")
        ctx.me.send_mail(
            {
                "Message": {
                    "Subject": subject,
                    "Body": {"ContentType": "Text", "Content": "sent by office365-rest-python-client"},
                    "ToRecipients": [{"EmailAddress": {"Address": ALEX}}],
                },
                "SaveToSentItems": True,
            }
        )
        ctx.execute_query()
        check(api.find("me/mailfolders/SentItems/messages", "Subject", subject), "not in Sent Items")
        check(api.find("me/mailfolders/Inbox/messages", "Subject", subject, TOKEN_2), "not in alex's Inbox")

    run.step("messages: sendmail", send_mail, expect=NotServed("sendmail"))

    def delete_message():
        message_id = need(message, "a message").properties["Id"]
        message.delete_object()
        ctx.execute_query()
        api.gone("me/messages", message_id)

    run.step("messages: delete", delete_message)

    # --- events ---
    def create_event():
        subject = unique("office365 meeting")
        event = ctx.me.events.add_from_json(
            {
                "Subject": subject,
                "Body": {"ContentType": "HTML", "Content": "Let's talk"},
                "Start": {"DateTime": "2027-05-03T14:00:00", "TimeZone": "Pacific Standard Time"},
                "End": {"DateTime": "2027-05-03T15:00:00", "TimeZone": "Pacific Standard Time"},
                "Location": {"DisplayName": "Room 2"},
                "Attendees": [{"EmailAddress": {"Address": ALEX, "Name": "Alex"}, "Type": "Required"}],
            }
        )
        ctx.execute_query()
        raw = api.get(
            "me/events", event.properties["Id"], headers={"Prefer": 'outlook.timezone="Pacific Standard Time"'}
        )
        equal(raw["Subject"], subject, "read-back Subject")
        equal(raw["Start"]["DateTime"][:19], "2027-05-03T14:00:00", "read-back Start in its zone")
        equal(api.get("me/events", event.properties["Id"])["Start"]["DateTime"][:19], "2027-05-03T21:00:00", "UTC")
        equal([a["EmailAddress"]["Address"] for a in raw["Attendees"]], [ALEX], "read-back Attendees")
        check(api.find("me/events", "Subject", subject, TOKEN_2), "the attendee has no copy of the meeting")
        return event

    event = run.step("events: create with an attendee, times in a time zone", create_event)

    def list_events():
        events = ctx.me.events
        ctx.load(events)
        ctx.execute_query()
        ids = [e.properties["Id"] for e in events]
        check(need(event, "an event").properties["Id"] in ids, "event not listed")

    run.step("events: list", list_events)

    def update_event():
        subject = unique("office365 meeting moved")
        need(event, "an event").set_property("Subject", subject)
        event.set_property("End", {"DateTime": "2027-05-03T15:30:00", "TimeZone": "Pacific Standard Time"})
        event.update()
        ctx.execute_query()
        raw = api.get("me/events", event.properties["Id"])
        equal(raw["Subject"], subject, "read-back Subject")
        equal(raw["End"]["DateTime"][:19], "2027-05-03T22:30:00", "read-back End (UTC)")

    run.step("events: update subject + end", update_event)

    def delete_event():
        event_id = need(event, "an event").properties["Id"]
        event.delete_object()
        ctx.execute_query()
        api.gone("me/events", event_id)

    run.step("events: delete", delete_event)

    # --- contacts ---
    def create_contact():
        surname = unique("office365")
        contact = ctx.me.contacts.add_from_json(
            {
                "GivenName": "Pavel",
                "Surname": surname,
                "EmailAddresses": [{"Address": "pavel@example.com", "Name": "Pavel"}],
                "BusinessPhones": ["+1 732 555 0102"],
            }
        )
        ctx.execute_query()
        raw = api.get("me/contacts", contact.properties["Id"])
        equal(raw["Surname"], surname, "read-back Surname")
        equal(raw["BusinessPhones"], ["+1 732 555 0102"], "read-back BusinessPhones")
        return contact

    contact = run.step("contacts: create", create_contact)

    def list_contacts():
        contacts = ctx.me.contacts
        ctx.load(contacts)
        ctx.execute_query()
        check(need(contact, "a contact").properties["Id"] in [c.properties["Id"] for c in contacts], "not listed")

    run.step("contacts: list", list_contacts)

    def get_contact():
        got = ctx.me.contacts.get_by_id(need(contact, "a contact").properties["Id"])
        ctx.load(got)
        ctx.execute_query()
        equal(got.properties["Surname"], contact.properties["Surname"], "Surname")

    run.step(
        "contacts: get by id (ContactCollection.get_by_id)",
        get_contact,
        expect=ClientBug(
            "get_by_id() builds a Contact without its parent collection, and OutlookEntity.set_property('Id') "
            "(outlook_entity.py) rebuilds the path from self._parent_collection.resource_path, so mapping any "
            "response that carries Id, as every v2.0 entity does, raises AttributeError",
            shows=AttributeError,
        ),
    )

    def update_contact():
        need(contact, "a contact").set_property("CompanyName", "Fabrikam")
        contact.update()
        ctx.execute_query()
        equal(api.get("me/contacts", contact.properties["Id"])["CompanyName"], "Fabrikam", "read-back CompanyName")

    run.step("contacts: update", update_contact)

    def delete_contact():
        contact_id = need(contact, "a contact").properties["Id"]
        contact.delete_object()
        ctx.execute_query()
        api.gone("me/contacts", contact_id)

    run.step("contacts: delete", delete_contact)


if __name__ == "__main__":
    main()
