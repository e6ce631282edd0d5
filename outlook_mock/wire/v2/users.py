"""``GET /me`` (and ``/users/{id}``): the mailbox owner as the CSDL's ``User`` entity.

Its ``Id`` is ``{object id}@{tenant id}``, the form v2.0 names users by in every
``@odata.id`` (``…/Users('{oid}@{tid}')/Tasks('…')``), so the entity's own
``@odata.id`` is its URL. ``Alias`` is the Exchange alias (the address's local
part), ``MailboxGuid`` the mailbox's own GUID.
"""

from __future__ import annotations

from starlette.responses import Response

from ...faults import broken
from ...odata_query import EntityShape, parse_query, project
from ...store import Mailbox
from ..http import Call, json_response
from .common import ALWAYS, context_url, request_view, system_options
from .representations import NS

USER_SHAPE = EntityShape(
    f"{NS}.User",
    {"Id": "String", "EmailAddress": "String", "DisplayName": "String", "Alias": "String", "MailboxGuid": "Guid"},
    frozenset(),
)


def get_me(call: Call, mailbox: Mailbox) -> Response:
    user = call.principal.user
    view = request_view(call)
    entity = {
        "@odata.id": f"{view.base_url}/{view.user_ref}",
        "Id": f"{user.id}@{call.tenant.id}",
        "EmailAddress": user.email,
        "DisplayName": user.display_name,
        "Alias": user.alias,
        "MailboxGuid": str(user.mailbox_guid),
    }
    if broken("me_not_user_entity"):
        entity = {"@odata.id": entity["@odata.id"], "Id": str(user.id)}
    query = parse_query(system_options(call.query, {"select"}), USER_SHAPE)
    # A singleton's context is the singleton itself ($metadata#Me), not an entity set's $entity.
    return json_response({"@odata.context": context_url(call, "Me"), **project(entity, query.select, ALWAYS)})
