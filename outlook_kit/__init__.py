"""A small convenience layer over the generated Outlook REST clients (``outlook_v2_client``,
``outlook_preview_client``): a :class:`Session` (base URL + token or OAuth grant), paging and sync iterators, a
typed :class:`Prefer` header and OData errors as exceptions. It needs what the clients need (httpx, attrs,
python-dateutil) and nothing of the mock.

    from outlook_kit import Session
    from outlook_v2_client.api.tasks import list_tasks

    with Session("http://127.0.0.1:8765", username="admin@contoso.com", password="mock") as outlook:
        for task in outlook.items(list_tasks):
            print(task.subject)
"""

from . import errors
from .auth import BearerToken, ClientCredentialsGrant, OAuthGrant, PasswordGrant, token_url
from .errors import (
    AccessDenied,
    BadRequest,
    IrresolvableConflict,
    ItemNotFound,
    NotFound,
    OutlookError,
    Throttled,
    TokenError,
    Unauthorized,
)
from .prefer import Prefer
from .session import Removed, Round, Session, Sync

__all__ = [
    "AccessDenied",
    "BadRequest",
    "BearerToken",
    "ClientCredentialsGrant",
    "IrresolvableConflict",
    "ItemNotFound",
    "NotFound",
    "OAuthGrant",
    "OutlookError",
    "PasswordGrant",
    "Prefer",
    "Removed",
    "Round",
    "Session",
    "Sync",
    "Throttled",
    "TokenError",
    "Unauthorized",
    "errors",
    "token_url",
]
