"""Tenant files: the users and app registrations of a mock tenant, in YAML or JSON.

An example with every field is ``examples/tenant.yaml``::

    id: 3f2a...            # optional: the tenant id (a UUID); default: a fresh one
    users:                 # at least one; the first is the "main" user of the pytest fixture
      - address: megan@contoso.com
        displayName: Megan Bowen
        password: s3cret
    apps:                  # optional: app registrations, for the client-credentials grant
      - clientId: 6731de76-14a6-49ae-97bc-6eba6914391e
        displayName: Contoso Mailbox Daemon
        secret: daemon-secret
        permissions: [Mail.Read, Tasks.ReadWrite]   # application permissions (token ``roles``)

Mistakes (an unknown field, a missing password, a duplicate address, an unknown permission) are refused
with a :class:`TenantFileError` naming the place, before anything is served.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .auth import ALL_SCOPES
from .store import Tenant

__all__ = ["TenantFileError", "load_tenant", "read_document"]

_USER_FIELDS = {"address", "displayName", "password"}
_APP_FIELDS = {"clientId", "displayName", "secret", "permissions"}


class TenantFileError(ValueError):
    """A tenant or seed file that can't be used as it is; the message names the file and the place."""


def read_document(source: str | os.PathLike[str] | Mapping[str, Any]) -> tuple[str, Any]:
    """``(name for messages, parsed content)`` of a YAML/JSON file, or of an already parsed mapping."""
    if isinstance(source, Mapping):
        return "<data>", source
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise TenantFileError(f"{path}: can't be read ({error.strerror or error})") from None
    if path.suffix.lower() == ".json":
        try:
            return str(path), json.loads(text)
        except ValueError as error:  # json.JSONDecodeError
            raise TenantFileError(f"{path}: not valid JSON: {error}") from None
    import yaml  # .yaml, .yml and anything else (YAML 1.1 reads JSON too)

    try:
        return str(path), yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise TenantFileError(f"{path}: not valid YAML: {error}") from None


def _fields(where: str, entry: Any, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(entry, Mapping):
        raise TenantFileError(f"{where}: expected a mapping with {', '.join(sorted(allowed))}")
    unknown = set(entry) - allowed
    if unknown:
        raise TenantFileError(
            f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))} (allowed: {', '.join(sorted(allowed))})"
        )
    missing = required - set(entry)
    if missing:
        raise TenantFileError(f"{where}: missing field(s) {', '.join(sorted(missing))}")
    for name, value in entry.items():
        if name != "permissions" and not (isinstance(value, str) and value.strip()):
            raise TenantFileError(f"{where}.{name}: expected a non-empty string")
    return dict(entry)


def _permissions(where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise TenantFileError(f"{where}: expected a list of permission names")
    known = {p.lower(): p for p in ALL_SCOPES}
    out = []
    for name in value:
        if name.lower() not in known:
            raise TenantFileError(f"{where}: unknown permission {name!r} (known: {', '.join(ALL_SCOPES)})")
        out.append(known[name.lower()])
    return tuple(out)


def load_tenant(source: str | os.PathLike[str] | Mapping[str, Any]) -> Tenant:
    """The tenant a tenant file (or its parsed content) describes, with empty mailboxes."""
    name, document = read_document(source)
    if not isinstance(document, Mapping):
        raise TenantFileError(f"{name}: expected a mapping with 'users' (and optionally 'id', 'apps')")
    unknown = set(document) - {"id", "users", "apps"}
    if unknown:
        names = ", ".join(sorted(map(str, unknown)))
        raise TenantFileError(f"{name}: unknown field(s) {names} (allowed: id, users, apps)")
    tenant = Tenant()
    if "id" in document:
        try:
            tenant.id = uuid.UUID(str(document["id"]))
        except ValueError:
            raise TenantFileError(f"{name}: id: expected a UUID, got {document['id']!r}") from None
    users = document.get("users")
    if not isinstance(users, list) or not users:
        raise TenantFileError(f"{name}: users: expected a list of at least one user")
    for index, entry in enumerate(users):
        where = f"{name}: users[{index}]"
        user = _fields(where, entry, _USER_FIELDS, {"address", "password"})
        address = user["address"].strip()
        local, at, domain = address.partition("@")
        if not (local and at and "." in domain):
            raise TenantFileError(f"{where}.address: expected an SMTP address, got {address!r}")
        if tenant.find_user(address) is not None:
            raise TenantFileError(f"{where}.address: {address} is listed twice")
        tenant.add_user(address, user.get("displayName", local), user["password"])
    apps = document.get("apps", [])
    if not isinstance(apps, list):
        raise TenantFileError(f"{name}: apps: expected a list of app registrations")
    if apps and not hasattr(tenant, "add_app"):
        raise TenantFileError(f"{name}: apps: this version of the mock has no app registrations (client credentials)")
    for index, entry in enumerate(apps):
        where = f"{name}: apps[{index}]"
        app = _fields(where, entry, _APP_FIELDS, {"clientId", "secret"})
        permissions = _permissions(f"{where}.permissions", app.get("permissions", []))
        if tenant.find_app(app["clientId"]) is not None:  # type: ignore[attr-defined]
            raise TenantFileError(f"{where}.clientId: {app['clientId']} is listed twice")
        tenant.add_app(app["clientId"], app.get("displayName", app["clientId"]), app["secret"], permissions)  # type: ignore[attr-defined]
    return tenant
