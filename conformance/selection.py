"""What each test of the suite is about: its subject (a rule id or an operation id), its API and its areas.

Every collected item is classified once (:func:`classify`); ``--api``, ``--area`` and ``--rule`` select on that,
the reports name tests by their subject, and the live mode leaves out our self-tests (the planted-fault proofs).

Areas are derived, not listed per check, so a new check module lands in an area without edits here: a rule's
areas are its id's prefix (``mail.well_known_folders`` -> ``mail``) plus the topics that prefix belongs to
(``dates``, ``complete``, ``defaults``, ``folders`` and ``sync`` are about tasks), and ``extprops`` for every
rule about extended properties; an operation's are its spec tags, mapped to the same topics.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from functools import cache

import pytest

APIS = ("v2", "preview")
# rule-id prefix or spec tag -> the broader areas it also belongs to
TOPICS: dict[str, tuple[str, ...]] = {
    "dates": ("tasks",),
    "complete": ("tasks",),
    "defaults": ("tasks",),
    "folders": ("tasks",),
    "sync": ("tasks",),
    "task_attachments": ("tasks", "attachments"),
    "task_folders": ("tasks",),
    "task_groups": ("tasks",),
    "messages": ("mail",),
    "mail_folders": ("mail",),
    "folders_preview": ("mail",),
    "contact_folders": ("contacts",),
    "events": ("calendar",),
    "calendars": ("calendar",),
    "calendar_groups": ("calendar",),
    "event_attachments": ("calendar", "attachments"),
    "meeting_responses": ("meetings", "calendar"),
    "meetings": ("calendar",),
    "preview": ("calendar",),
    "extended": ("extprops",),
    "users": ("addressing",),
    "auth": ("addressing",),
}
# The areas --area understands beyond the derived ones (the CLI's help lists them all).
MAIN_AREAS = ("tasks", "mail", "contacts", "calendar", "meetings", "extprops", "attachments", "sync", "addressing")


@dataclass(frozen=True)
class Subject:
    kind: str  # "rule", "operation", "client" (the generated client's round trips), "selftest"
    name: str  # the rule id, the operation id ("preview:" before the preview's), or the test's name
    api: str  # "v2" or "preview"
    areas: frozenset[str]


def rule_areas(rule_id: str) -> frozenset[str]:
    prefix = rule_id.partition(".")[0]
    areas = {prefix, *TOPICS.get(prefix, ())}
    if "extended" in rule_id:
        areas.add("extprops")
    if "meeting" in rule_id:
        areas.add("meetings")
    if "scopes" in rule_id or "token" in rule_id:
        areas.add("auth")
    return frozenset(areas)


def rule_api(rule_id: str) -> str:
    return "preview" if rule_id.startswith("preview.") else "v2"


@cache
def _operation_tags() -> dict[str, tuple[str, ...]]:
    """``operationId`` (``preview:`` before the preview's) -> its spec tags."""
    from . import fuzzing

    tags: dict[str, tuple[str, ...]] = {}
    for spec, prefix in ((fuzzing.SPEC, ""), (fuzzing.PREVIEW_SPEC, "preview:")):
        for item in fuzzing.raw_spec(spec)["paths"].values():
            for method, operation in item.items():
                if method != "parameters":
                    tags[prefix + operation["operationId"]] = tuple(operation.get("tags", ()))
    return tags


def operation_areas(operation: str) -> frozenset[str]:
    tags = _operation_tags().get(operation, ())
    if operation.endswith("stateful"):
        tags = ("stateful",)
    areas = set()
    for tag in tags:
        if operation.startswith("preview:") and tag in ("folders", "messages"):
            tag = "mail_folders" if tag == "folders" else tag
        areas |= {tag, *TOPICS.get(tag, ())}
    return frozenset(areas)


def _callspec(item: pytest.Item) -> dict:
    return getattr(getattr(item, "callspec", None), "params", {})


def classify(item: pytest.Item) -> Subject | None:
    """The subject of a collected item of the suite, or None for a test that is not ours."""
    path = item.nodeid.split("::", 1)[0]
    module = path.rsplit("/", 1)[-1]
    name = getattr(item, "originalname", item.name)
    params = _callspec(item)
    if module == "test_teeth.py" or name == "test_stateful_run_catches_a_create_that_is_not_stored":
        label = f"{params['fault']} (by {params['rule_id']})" if "fault" in params else name
        return Subject("selftest", label, "v2", frozenset({"selftest"}))
    if module == "test_rules.py" and "rule_id" in params:
        rule_id = params["rule_id"]
        return Subject("rule", rule_id, rule_api(rule_id), rule_areas(rule_id))
    if module == "test_operations.py" and name.startswith("test_"):
        operation = name.removeprefix("test_")
        preview = operation.startswith("preview_")
        operation = f"preview:{operation.removeprefix('preview_')}" if preview else operation
        return Subject("operation", operation, "preview" if preview else "v2", operation_areas(operation))
    if module == "test_stateful.py":
        preview = name.endswith("_preview")
        operation = "preview:stateful" if preview else "stateful"
        return Subject("operation", operation, "preview" if preview else "v2", frozenset({"stateful"}))
    if module == "test_client.py":
        preview = "preview" in name
        words = {"task": "tasks", "attachment": "attachments", "sync": "sync", "meeting": "meetings"}
        areas = {"client"} | {area for word, area in words.items() if word in name}
        areas |= {"calendar"} if "meeting" in name else set()
        return Subject("client", name, "preview" if preview else "v2", frozenset(areas))
    return None


def selected_name(name: str, patterns: list[str]) -> bool:
    """``name`` is one of ``patterns`` (exact, or a glob with * ? [])."""
    return any(name == p or (any(c in p for c in "*?[") and fnmatch.fnmatchcase(name, p)) for p in patterns)


def selected(subject: Subject | None, *, apis: list[str], areas: list[str], rules: list[str]) -> bool:
    if subject is None:
        return True
    if apis and subject.api not in apis:
        return False
    if areas and not subject.areas & set(areas):
        return False
    if rules and not (subject.kind in ("rule", "operation") and selected_name(subject.name, rules)):
        return False
    return True


def split_list(values: list[str] | None) -> list[str]:
    """``--area tasks,mail --area contacts`` -> ["tasks", "mail", "contacts"]."""
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]
