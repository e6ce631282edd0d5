"""Mail between the mailboxes of one tenant: sendmail, send of a draft, reply, reply-all and forward.

Sending a message files a copy in the sender's Sent Items (unless ``SaveToSentItems``
is false; a sent draft always leaves its folder for Sent Items) and delivers a copy to
the Inbox of every recipient (To, Cc and Bcc) who is a user of the tenant, found by
address case-insensitively, once each even when named twice. A delivered copy is
unread, no draft, stamped with its ReceivedDateTime, keeps the sent mail's
ConversationId and InternetMessageId, and shows no Bcc recipients (a Bcc recipient
sees only their own address there). Recipients outside the tenant are recorded on
the sent copy only: nothing is delivered to them. Only a draft can be sent (the
reference: "only an item whose IsDraft is true"; a sent item is not found as a draft:
404 ErrorItemNotFound), and a message needs at least one recipient, each with an
address (400 ErrorInvalidRecipients).

Delivery costs O(recipients): each recipient is a dictionary lookup of the tenant
and an insertion into their Inbox (``MailStore.deliver``), never a scan of a mailbox.
Meeting messages are delivered by ``meetings.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import ErrorInvalidRecipients, ErrorItemNotFound
from ..faults import broken
from .mail import EmailAddress, Message
from .meetings import user_address

if TYPE_CHECKING:
    from .tenant import Tenant, User

__all__ = ["forward", "reply", "send_draft", "send_mail"]


def send_mail(
    tenant: Tenant,
    user: User,
    fields: Mapping[str, Any],
    save_to_sent_items: bool = True,
    prepare: Callable[[Message], None] | None = None,
) -> None:
    """``POST /me/sendmail``: send a new message at once (``prepare``: what else it gets first, its attachments)."""
    message = user.mailbox.mail.build_message(fields)
    if prepare is not None:
        prepare(message)
    _dispatch(tenant, user, message, save=save_to_sent_items or broken("save_to_sent_items_ignored"))


def send_draft(tenant: Tenant, user: User, message_id: str) -> None:
    """``POST /me/messages/{id}/send``: the draft leaves its folder; its sent copy goes to Sent Items."""
    mail = user.mailbox.mail
    draft = mail.get_message(message_id)
    if not draft.is_draft and not broken("send_accepts_non_draft"):
        raise ErrorItemNotFound("The specified object was not found in the store: only a draft can be sent.")
    _require_recipients(draft)
    if not broken("sent_draft_stays_in_drafts"):
        mail.delete_message(draft.id)
    _dispatch(tenant, user, draft, save=True)


def reply(tenant: Tenant, user: User, message_id: str, comment: str, *, reply_all: bool) -> None:
    """``reply`` / ``replyall``: send the reply the matching ``createreply*`` would have drafted."""
    draft = user.mailbox.mail.reply_draft(message_id, comment, user_address(user), reply_all=reply_all, filed=False)
    _dispatch(tenant, user, draft, save=True)


def forward(tenant: Tenant, user: User, message_id: str, comment: str, to: tuple[EmailAddress, ...]) -> None:
    """``forward``: send the forward ``createforward`` would have drafted."""
    draft = user.mailbox.mail.forward_draft(message_id, comment, to, user_address(user), filed=False)
    _dispatch(tenant, user, draft, save=True)


def _require_recipients(message: Message) -> None:
    recipients = message.to_recipients + message.cc_recipients + message.bcc_recipients
    if not recipients:
        raise ErrorInvalidRecipients("At least one recipient is required, but none were found.")
    for recipient in recipients:
        if not (recipient.address or "").strip():
            raise ErrorInvalidRecipients(f"The recipient '{recipient.name or ''}' has no email address.")


def _dispatch(tenant: Tenant, user: User, message: Message, *, save: bool) -> None:
    """Keep the sent copy (``save``) and deliver one to each recipient of the tenant."""
    _require_recipients(message)
    me = user_address(user)
    sent = user.mailbox.mail.file_sent(message, me, store=save)  # what the recipients get, kept if ``save``
    if broken("mail_not_delivered"):
        return
    delivered: set[str] = set()
    everyone = [(r, ()) for r in sent.to_recipients + sent.cc_recipients] + [(r, (r,)) for r in sent.bcc_recipients]
    for recipient, shown_bcc in everyone:
        target = tenant.find_user((recipient.address or "").strip())
        if target is None or target.email in delivered:
            continue  # outside the tenant (recorded on the sent copy only), or delivered already
        delivered.add(target.email)
        target.mailbox.mail.deliver(sent, bcc=shown_bcc)
