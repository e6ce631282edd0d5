"""The OpenAPI documents are valid, their embedded examples match their schemas, and the metadata documents
(EDMX) the mock serves describe what the documents describe.

Both documents (v2.0 and the 2014 preview) get the same checks; the preview document also gets the checks of
its wire contract: scopes per operation, documented errors, the seed's examples.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "outlook-v2.0.yaml"
PREVIEW = ROOT / "spec" / "outlook-preview-2014.yaml"
METADATA = ROOT / "outlook_mock" / "wire" / "metadata"
SPECS = [pytest.param(SPEC, id="v2.0"), pytest.param(PREVIEW, id="preview-2014")]
METHODS = {"get", "put", "post", "patch", "delete", "head", "options", "trace"}
EDM = "{http://docs.oasis-open.org/odata/ns/edm}"


@cache
def _load(path: Path) -> dict:
    """Parsed once per process, by libyaml where PyYAML has it (the pure-Python parser takes 0.7 s for v2.0)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 - a safe loader


def _operations(document: dict):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                yield path, method, operation


@pytest.mark.parametrize("spec", SPECS)
def test_spec_is_valid_openapi(spec: Path) -> None:
    # Imported here: only the worker running this test pays for importing the validator (~0.2 s).
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    validate(read_from_filename(str(spec))[0])


def _media_examples(document: dict):
    for path, method, operation in _operations(document):
        bodies = [("request", operation.get("requestBody", {}))]
        bodies += [(status, r) for status, r in operation["responses"].items()]
        for where, body in bodies:
            for media in body.get("content", {}).values():
                for name, example in media.get("examples", {}).items():
                    yield f"{method.upper()} {path} {where} {name}", media["schema"], example["value"]


def _validator(document: dict, schema: dict) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        {**schema, "components": document["components"]}, format_checker=jsonschema.FormatChecker()
    )


@pytest.mark.parametrize(
    ("spec", "at_least"),
    [pytest.param(SPEC, 30, id="v2.0"), pytest.param(PREVIEW, 11, id="preview-2014")],
)
def test_every_embedded_example_matches_its_schema(spec: Path, at_least: int) -> None:
    document = _load(spec)
    checked = 0
    for label, schema, value in _media_examples(document):
        errors = [e.message for e in _validator(document, schema).iter_errors(value)]
        assert not errors, f"{label}: {errors[:3]}"
        checked += 1
    assert checked >= at_least  # v2.0: the seed has 36 JSON examples; preview: the seed has 11 (see below)


@pytest.mark.parametrize("spec", SPECS)
def test_every_operation_has_an_id_and_a_tag(spec: Path) -> None:
    document = _load(spec)
    declared = {tag["name"] for tag in document["tags"]}
    ids = [operation["operationId"] for _, _, operation in _operations(document)]
    assert len(ids) == len(set(ids))
    for path, method, operation in _operations(document):
        assert operation.get("tags") and set(operation["tags"]) <= declared, f"{method.upper()} {path}"


# -- the preview document: its wire contract -----------------------------------------------------------

# Every operation of the contract (/tmp/preview-contract.md), keyed paths in the ('{id}') form.
PREVIEW_OPERATIONS = {
    ("get", "/Me/CalendarGroups"),
    ("post", "/Me/CalendarGroups"),
    ("get", "/Me/CalendarGroups('{calendargroup_id}')"),
    ("patch", "/Me/CalendarGroups('{calendargroup_id}')"),
    ("delete", "/Me/CalendarGroups('{calendargroup_id}')"),
    ("get", "/Me/CalendarGroups('{calendargroup_id}')/Calendars"),
    ("post", "/Me/CalendarGroups('{calendargroup_id}')/Calendars"),
    ("get", "/Me/Calendars"),
    ("post", "/Me/Calendars"),
    ("get", "/Me/Calendars('{calendar_id}')"),
    ("patch", "/Me/Calendars('{calendar_id}')"),
    ("delete", "/Me/Calendars('{calendar_id}')"),
    ("get", "/Me/Calendar"),
    ("get", "/Me/Calendar/Events"),
    ("post", "/Me/Calendar/Events"),
    ("get", "/Me/Calendars('{calendar_id}')/Events"),
    ("post", "/Me/Calendars('{calendar_id}')/Events"),
    ("get", "/Me/Events"),
    ("post", "/Me/Events"),
    ("get", "/Me/Events('{event_id}')"),
    ("patch", "/Me/Events('{event_id}')"),
    ("delete", "/Me/Events('{event_id}')"),
    ("get", "/Me/Events('{event_id}')/Calendar"),
    ("post", "/Me/Events('{event_id}')/Accept"),
    ("post", "/Me/Events('{event_id}')/Decline"),
    ("post", "/Me/Events('{event_id}')/Tentative"),
    ("post", "/Me/Events('{event_id}')/TentativelyAccept"),
    ("get", "/Me/Events('{event_id}')/Attachments"),
    ("post", "/Me/Events('{event_id}')/Attachments"),
    ("get", "/Me/Events('{event_id}')/Attachments('{attachment_id}')"),
    ("patch", "/Me/Events('{event_id}')/Attachments('{attachment_id}')"),
    ("delete", "/Me/Events('{event_id}')/Attachments('{attachment_id}')"),
    ("get", "/Me/Events('{event_id}')/Attachments('{attachment_id}')/Item"),
    ("get", "/Me/Messages"),
    ("get", "/Me/Messages('{message_id}')"),
    ("post", "/Me/Messages('{message_id}')/Move"),
    ("get", "/Me/Folders"),
    ("get", "/Me/Folders('{folder_id}')"),
    ("get", "/Me/Folders('{folder_id}')/Messages"),
    ("get", "/$metadata"),
    ("get", "/Me"),  # the mailbox owner (issue 10)
}
_MEETING_RESPONSE = re.compile(r"/(?:Accept|Decline|Tentative|TentativelyAccept)$")


def _expected_security(method: str, path: str) -> list[dict]:
    """The contract's scopes: a list of alternatives, each the set of scopes it needs."""
    if path in ("/$metadata", "/Me"):
        return [{"oauth2": []}, {"bearer": []}]  # any valid token
    if _MEETING_RESPONSE.search(path):
        return [{"oauth2": ["Mail.Write", "Calendar.Write"]}]  # both
    if path.startswith(("/Me/Messages", "/Me/Folders")):
        if method == "get":
            return [{"oauth2": ["Mail.Read"]}, {"oauth2": ["Mail.Write"]}]
        return [{"oauth2": ["Mail.Write"]}]
    if method == "get":
        return [{"oauth2": ["Calendar.Read"]}, {"oauth2": ["Calendar.Write"]}]
    return [{"oauth2": ["Calendar.Write"]}]


def _requirements(security: list[dict]) -> list:
    return sorted((sorted((scheme, sorted(scopes)) for scheme, scopes in r.items()) for r in security), key=str)


def test_preview_has_every_operation_of_the_contract() -> None:
    document = _load(PREVIEW)
    assert {(method, path) for path, method, _ in _operations(document)} == PREVIEW_OPERATIONS
    assert [s["url"] for s in document["servers"]] == [
        "https://outlook.office365.com/ews/odata",
        "http://127.0.0.1:8765/ews/odata",  # a local mock tenant (outlook-mock serve)
    ]


def test_preview_every_operation_needs_the_scopes_of_the_contract() -> None:
    document = _load(PREVIEW)
    schemes = document["components"]["securitySchemes"]
    assert schemes["bearer"]["type"] == "http" and schemes["bearer"]["scheme"] == "bearer"
    for path, method, operation in _operations(document):
        assert "security" in operation, f"{method.upper()} {path}: no security of its own"
        want = _requirements(_expected_security(method, path))
        assert _requirements(operation["security"]) == want, f"{method.upper()} {path}: {operation['security']}"
        for requirement in operation["security"]:
            for scope in requirement.get("oauth2", []):
                assert scope in schemes["oauth2"]["flows"]["password"]["scopes"], f"{method.upper()} {path}: {scope}"


@pytest.mark.parametrize("spec", SPECS)
def test_tokens_come_from_the_token_endpoint_by_password_or_client_credentials(spec: Path) -> None:
    """Docs tools and Prism get a token through the flows (the endpoint is relative to the server's origin)."""
    flows = _load(spec)["components"]["securitySchemes"]["oauth2"]["flows"]
    assert set(flows) == {"password", "clientCredentials"}
    # App-only tokens come from the tenant's own endpoint, never /common (test_spec_security.py gets one).
    assert flows["password"]["tokenUrl"] == "/common/oauth2/v2.0/token"
    assert flows["clientCredentials"]["tokenUrl"] == "/contoso.com/oauth2/v2.0/token"
    for flow in flows.values():
        assert flow["scopes"]


def _response(document: dict, response: dict) -> dict:
    if "$ref" in response:
        return document["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return response


def test_preview_every_operation_documents_its_errors_as_odata_errors() -> None:
    document = _load(PREVIEW)
    for path, method, operation in _operations(document):
        label = f"{method.upper()} {path}"
        statuses = set(operation["responses"])
        assert {"400", "401", "403"} <= statuses, label
        if "{" in path:
            assert "404" in statuses, label
        if "requestBody" in operation:
            assert "415" in statuses, label
        for status, response in operation["responses"].items():
            if status.startswith("4"):
                schema = _response(document, response)["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ODataError"}, f"{label} {status}"
    for name in ("BadRequest", "Unauthorized", "Forbidden", "NotFound", "UnsupportedMediaType"):
        schema = document["components"]["responses"][name]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/ODataError"}, name
    # 405 belongs to no operation (only to methods the document does not list): the description says it.
    assert "`405 ErrorInvalidRequest`" in document["info"]["description"]
    assert "`Allow` header" in document["info"]["description"]


def _example(document: dict, method: str, path: str, where: str, name: str = "seed"):
    operation = document["paths"][path][method]
    body = operation["requestBody"] if where == "request" else _response(document, operation["responses"][where])
    media = body["content"]["application/json"]
    return media["schema"], media["examples"][name]["value"]


# The seed's JSON samples: (method, path, request or status, example name) -> the value the seed shows, where
# it is a literal (the create/rename bodies carry placeholders in the seed, filled in by the document).
SEED_EXAMPLES = {
    ("get", "/Me/CalendarGroups('{calendargroup_id}')", "200", "seed"): None,
    ("get", "/Me/Calendars('{calendar_id}')", "200", "seed"): None,
    ("get", "/Me/Calendar", "200", "seed"): None,
    ("get", "/Me/Events('{event_id}')", "200", "seed"): None,
    ("get", "/Me/Messages('{message_id}')", "200", "seed"): None,
    ("post", "/Me/CalendarGroups", "request", "seed"): None,
    ("patch", "/Me/CalendarGroups('{calendargroup_id}')", "request", "seed"): None,
    ("post", "/Me/Calendars", "request", "seed"): None,
    ("post", "/Me/CalendarGroups('{calendargroup_id}')/Calendars", "request", "seed"): None,
    ("patch", "/Me/Calendars('{calendar_id}')", "request", "seed"): None,
    ("post", "/Me/Events", "request", "seed"): None,
    ("post", "/Me/Calendars('{calendar_id}')/Events", "request", "seed"): None,
    ("patch", "/Me/Events('{event_id}')", "request", "seed"): {"Location": {"DisplayName": "Your office"}},
    ("post", "/Me/Events('{event_id}')/Accept", "request", "comment"): {"Comment": "I'll be there!"},
    ("post", "/Me/Events('{event_id}')/Decline", "request", "comment"): {"Comment": "I'll be there!"},
    ("post", "/Me/Events('{event_id}')/Tentative", "request", "comment"): {"Comment": "I'll be there!"},
}


@pytest.mark.parametrize(("method", "path", "where", "name"), sorted(SEED_EXAMPLES))
def test_preview_seed_example_is_embedded_and_valid(method: str, path: str, where: str, name: str) -> None:
    document = _load(PREVIEW)
    schema, value = _example(document, method, path, where, name)
    errors = [e.message for e in _validator(document, schema).iter_errors(value)]
    assert not errors, errors[:3]
    if SEED_EXAMPLES[(method, path, where, name)] is not None:
        assert value == SEED_EXAMPLES[(method, path, where, name)]


def test_preview_seed_samples_are_verbatim_where_they_matter() -> None:
    document = _load(PREVIEW)
    _, event = _example(document, "get", "/Me/Events('{event_id}')", "200")
    assert (event["Start"], event["End"], event["ShowAs"], event["SeriesId"]) == (
        "2014-02-13T20:30:00Z",
        "2014-02-13T21:00:00Z",
        "Tentative",
        None,
    )
    _, message = _example(document, "get", "/Me/Messages('{message_id}')", "200")
    assert (message["MeetingMessageType"], message["EventId"], message["IsDeliveryReceiptRequested"]) == (
        "MeetingRequest",
        "AAMkAGI4...",
        None,
    )
    _, group = _example(document, "get", "/Me/CalendarGroups('{calendargroup_id}')", "200")
    assert group["ClassId"] == "0006f0b7-0000-0000-c000-000000000046"
    _, new_event = _example(document, "post", "/Me/Events", "request")
    assert new_event["@odata.type"] == "#Microsoft.Exchange.Services.OData.Model.Event"
    assert [a["Type"] for a in new_event["Attendees"]] == ["Required", "Optional", "Resource"]


def test_preview_enums_are_the_csdl_member_names() -> None:
    schemas = _load(PREVIEW)["components"]["schemas"]
    assert "MeetingTenativelyAccepted" in schemas["MeetingMessageType"]["enum"]  # sic, the preview's spelling
    types = _edm_types(METADATA / "preview.xml")
    for name, element in types.items():
        if element.tag == f"{EDM}EnumType":
            members = {m.get("Name") for m in element.findall(f"{EDM}Member")}
            assert set(schemas[name]["enum"]) == members, name


# -- the metadata documents ------------------------------------------------------------------------------


@cache
def _edm_types(path: Path) -> dict[str, ET.Element]:
    """Every EntityType, ComplexType and EnumType of the EDMX, by simple name (the file must be well-formed)."""
    root = ET.parse(path).getroot()
    assert root.tag == "{http://docs.oasis-open.org/odata/ns/edmx}Edmx" and root.get("Version") == "4.0"
    kinds = (f"{EDM}EntityType", f"{EDM}ComplexType", f"{EDM}EnumType")
    return {e.get("Name"): e for e in root.iter() if e.tag in kinds}


def _declared(types: dict[str, ET.Element], name: str) -> set[str]:
    """The property and navigation property names of a type, with those of its base types."""
    names: set[str] = set()
    while name:
        element = types[name]
        names |= {p.get("Name") for p in element if p.tag in (f"{EDM}Property", f"{EDM}NavigationProperty")}
        name = (element.get("BaseType") or "").rsplit(".", 1)[-1]
    return names


def _entity_schemas(document: dict) -> dict[str, dict]:
    """The spec's entity schemas: the ones that carry an `@odata.id`."""
    return {n: s for n, s in document["components"]["schemas"].items() if "@odata.id" in s.get("properties", {})}


def _odata_type_names(document: dict, namespace: str) -> set[str]:
    text = yaml.safe_dump(document["components"]["schemas"])
    return set(re.findall(rf"#{re.escape(namespace)}\.(\w+)", text))


@pytest.mark.parametrize(
    ("spec", "xml", "namespace", "extra"),
    [
        pytest.param(
            SPEC,
            "v2.xml",
            "Microsoft.OutlookServices",
            {"SingleValueLegacyExtendedProperty", "MultiValueLegacyExtendedProperty"},
            id="v2.0",
        ),
        pytest.param(PREVIEW, "preview.xml", "Microsoft.Exchange.Services.OData.Model", {"User", "Item"}, id="preview"),
    ],
)
def test_metadata_document_describes_every_entity_type_of_the_spec(
    spec: Path, xml: str, namespace: str, extra: set[str]
) -> None:
    document = _load(spec)
    root = ET.parse(METADATA / xml).getroot()
    schemas = [e for e in root.iter(f"{EDM}Schema")]
    assert namespace in {s.get("Namespace") for s in schemas}
    types = _edm_types(METADATA / xml)
    entities = {n for n, e in types.items() if e.tag == f"{EDM}EntityType"}
    entity_schemas = _entity_schemas(document)
    named = set(entity_schemas) | _odata_type_names(document, namespace) | extra
    assert named <= entities, sorted(named - entities)
    # ... with every property the spec's entity schema has (annotations and `…@odata.…` links aside).
    for name, schema in entity_schemas.items():
        properties = {p for p in schema["properties"] if "@" not in p}
        # A response schema of a base type also carries what its derived types add (EventMessage on Message).
        derived = {n for n, e in types.items() if (e.get("BaseType") or "").rsplit(".", 1)[-1] == name}
        missing = properties - _declared(types, name).union(*(_declared(types, d) for d in derived))
        assert not missing, f"{name}: {sorted(missing)}"


def test_metadata_documents_declare_the_served_actions() -> None:
    def actions(xml: str) -> set[tuple[str, str]]:
        root = ET.parse(METADATA / xml).getroot()
        out = set()
        for action in root.iter(f"{EDM}Action"):
            binding = action.find(f"{EDM}Parameter[@Name='bindingParameter']").get("Type").rsplit(".", 1)[-1]
            out.add((binding, action.get("Name")))
        return out

    assert actions("preview.xml") == {
        ("Message", "Move"),
        ("Event", "Accept"),
        ("Event", "Decline"),
        ("Event", "Tentative"),
        ("Event", "TentativelyAccept"),
    }
    mail = {("Message", a) for a in ("Send", "Reply", "ReplyAll", "Forward", "Move", "Copy")}
    mail |= {("Message", f"Create{a}") for a in ("Reply", "ReplyAll", "Forward")}
    calendar = {("Event", "Accept"), ("Event", "Decline"), ("Event", "TentativelyAccept")}
    assert (
        actions("v2.xml")
        == {("Task", "Complete"), ("User", "SendMail"), ("MailFolder", "Move"), ("MailFolder", "Copy")}
        | mail
        | calendar
    )


def _date_time_offsets(types: dict[str, ET.Element], name: str) -> set[str]:
    """The Edm.DateTimeOffset properties of a type, with those of its base types."""
    names: set[str] = set()
    while name:
        element = types[name]
        names |= {p.get("Name") for p in element.findall(f"{EDM}Property") if p.get("Type") == "Edm.DateTimeOffset"}
        name = (element.get("BaseType") or "").rsplit(".", 1)[-1]
    return names


def test_preview_date_times_are_date_time_strings() -> None:
    """Every Edm.DateTimeOffset of the served model is a `format: date-time` string in the spec (responses and
    requests: `X`, `XInput`, `NewX`, `XPatch`)."""
    schemas = _load(PREVIEW)["components"]["schemas"]
    types = _edm_types(METADATA / "preview.xml")
    checked = 0
    for name, element in types.items():
        if element.tag == f"{EDM}EnumType":
            continue
        for spec_name in (name, f"{name}Input", f"New{name}", f"{name}Patch"):
            properties = schemas.get(spec_name, {}).get("properties", {})
            for prop in _date_time_offsets(types, name) & set(properties):
                schema = properties[prop]
                if "$ref" in schema:
                    schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
                assert schema.get("format") == "date-time", f"{spec_name}.{prop}"
                checked += 1
    assert checked >= 15
