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

    seed: seed.yaml        # optional: this tenant's seed data (a path, relative to this file, or inline)
    faults: [ignore_filter]                 # optional: faults planted in this tenant only
    throttling: {mailboxRequests: 100, windowSeconds: 60, mailboxConcurrency: 4}   # or: outlook
    chaos: {seed: 7, latencyRate: 0.1, latencyMaxMs: 200, unavailableRate: 0.02, resetRate: 0.01}

Several tenants on one server: ``tenants:`` a list of such tenants (the first is the default one, ``/common``'s)::

    tenants:
      - {id: ..., users: [...]}
      - {id: ..., users: [...], throttling: outlook}

Mistakes (an unknown field, a missing password, a duplicate address, an unknown permission) are refused
with a :class:`TenantFileError` naming the place, before anything is served.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .auth import ALL_SCOPES
from .faults import FAULTS
from .store import Tenant

__all__ = ["TenantDefinition", "TenantFileError", "load_tenant", "load_tenants", "read_document", "tenant_definition"]

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


_TENANT_FIELDS = ("id", "users", "apps", "seed", "faults", "throttling", "chaos")


@dataclass
class TenantDefinition:
    """A tenant as a tenant file (or the control API) describes it: its users and apps, and what to do with it."""

    tenant: Tenant  # users and app registrations, empty mailboxes
    seed: Any = None  # seed data: a path or a parsed mapping (None: none)
    faults: list[str] = field(default_factory=list)
    throttling: Any = None  # throttling.Throttling or None
    chaos: Any = None  # throttling.Chaos or None


def load_tenant(source: str | os.PathLike[str] | Mapping[str, Any]) -> Tenant:
    """The (default) tenant a tenant file (or its parsed content) describes, with empty mailboxes."""
    return load_tenants(source)[0].tenant


def load_tenants(source: str | os.PathLike[str] | Mapping[str, Any]) -> list[TenantDefinition]:
    """Every tenant a tenant file describes (one, or its ``tenants`` list: the first is the default tenant)."""
    name, document = read_document(source)
    base = Path(source).parent if not isinstance(source, Mapping) else Path.cwd()
    if isinstance(document, Mapping) and "tenants" in document:
        if set(document) != {"tenants"}:
            raise TenantFileError(f"{name}: 'tenants' lists every tenant; nothing else may be beside it")
        entries = document["tenants"]
        if not isinstance(entries, list) or not entries:
            raise TenantFileError(f"{name}: tenants: expected a list of at least one tenant")
        definitions = [tenant_definition(entry, f"{name}: tenants[{i}]", base) for i, entry in enumerate(entries)]
        ids = [str(d.tenant.id) for d in definitions]
        for index, tenant_id in enumerate(ids):
            if tenant_id in ids[:index]:
                raise TenantFileError(f"{name}: tenants[{index}].id: {tenant_id} is listed twice")
        return definitions
    return [tenant_definition(document, name, base)]


def tenant_definition(document: Any, name: str, base: Path | None = None) -> TenantDefinition:
    """One tenant's definition (the single-tenant file's content, or one entry of ``tenants``)."""
    from .throttling import Chaos, SettingsError, Throttling

    if not isinstance(document, Mapping):
        raise TenantFileError(f"{name}: expected a mapping with 'users' (and optionally {', '.join(_TENANT_FIELDS)})")
    unknown = set(document) - set(_TENANT_FIELDS)
    if unknown:
        names = ", ".join(sorted(map(str, unknown)))
        raise TenantFileError(f"{name}: unknown field(s) {names} (allowed: {', '.join(_TENANT_FIELDS)}, or tenants)")
    definition = TenantDefinition(_tenant(document, name))
    seed = document.get("seed")
    if seed is not None:
        if isinstance(seed, str) and base is not None:
            seed = base / seed
        elif not isinstance(seed, Mapping):
            raise TenantFileError(f"{name}: seed: expected a path or a mapping with 'mailboxes'")
        definition.seed = seed
    planted = document.get("faults", [])
    if not isinstance(planted, list) or not all(isinstance(f, str) and f in FAULTS for f in planted):
        raise TenantFileError(f"{name}: faults: expected a list of fault names (`outlook-mock faults` lists them)")
    definition.faults = list(planted)
    try:
        if document.get("throttling") is not None:
            definition.throttling = Throttling.from_json(document["throttling"], f"{name}: throttling")
        if document.get("chaos") is not None:
            definition.chaos = Chaos.from_json(document["chaos"], f"{name}: chaos")
    except (SettingsError, TypeError) as error:
        raise TenantFileError(str(error)) from None
    return definition


def _tenant(document: Mapping[str, Any], name: str) -> Tenant:
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
