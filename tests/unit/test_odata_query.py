"""Unit tests for outlook_mock.odata_query ($filter, $orderby, $select, $top, $skip)."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outlook_mock.errors import (
    ErrorInvalidProperty,
    ErrorInvalidUrlQuery,
    ErrorInvalidUrlQueryFilter,
    ErrorRestrictionTooComplex,
)
from outlook_mock.odata_query import (
    Budget,
    EntityShape,
    Query,
    apply,
    parse_filter,
    parse_orderby,
    parse_query,
    parse_select,
    project,
    select_page,
    sort_key,
)

COLOR = "String {00020329-0000-0000-C000-000000000046} Name Color"
RANK = "Integer {00020329-0000-0000-C000-000000000046} Name Rank"
OWNER = "CLSID {00020329-0000-0000-C000-000000000046} Name OwnerId"
GROUP = "0006f0b7-0000-0000-c000-000000000046"

TASK = EntityShape(
    name="Microsoft.OutlookServices.Task",
    properties={
        "Id": "String",
        "ChangeKey": "String",
        "Subject": "String",
        "Status": "Enum",
        "Importance": "Enum",
        "DueDateTime": "DateTimeTimeZone",
        "CreatedDateTime": "DateTimeOffset",
        "Categories": "Collection(String)",
        "IsReminderOn": "Boolean",
        "ParentGroupKey": "Guid",
        "Body": "ItemBody",
        "Sender": "Recipient",
        "PercentComplete": "Int32",
        "Score": "Double",
        "SingleValueExtendedProperties": "Collection(ExtendedProperty)",
    },
    filterable=frozenset(
        {
            "Id",
            "Subject",
            "Status",
            "Importance",
            "DueDateTime",
            "CreatedDateTime",
            "Categories",
            "IsReminderOn",
            "ParentGroupKey",
            "Body",
            "Sender",
            "PercentComplete",
            "Score",
            "SingleValueExtendedProperties",
        }
    ),
)


def task(id_, subject, created, due=None, status="NotStarted", categories=(), reminder=False, extended=(), **more):
    entity = {
        "@odata.id": f"https://outlook.office.com/api/v2.0/Users('u')/Tasks('{id_}')",
        "@odata.etag": f'W/"{id_}"',
        "Id": id_,
        "ChangeKey": f"ck-{id_}",
        "Subject": subject,
        "Status": status,
        "Importance": "Normal",
        "CreatedDateTime": created,
        "Categories": list(categories),
        "IsReminderOn": reminder,
        "ParentGroupKey": GROUP.upper() if id_ == "B" else GROUP,
        "DueDateTime": None if due is None else {"DateTime": due, "TimeZone": "UTC"},
        "Body": {"ContentType": "Text", "Content": f"body of {subject}"},
        "Sender": {"EmailAddress": {"Name": "Ann", "Address": f"{id_.lower()}@contoso.com"}},
        "SingleValueExtendedProperties": [{"PropertyId": pid, "Value": value} for pid, value in extended],
    }
    return entity | more


TASKS = [
    task(
        "A",
        "Buy milk",
        "2016-04-22T05:44:01.2012012Z",
        "2016-04-25T07:00:00.0000000",
        categories=["Red"],
        reminder=True,
        extended=[(COLOR, "Green"), (RANK, "5")],
        PercentComplete=10,
        Score=1.5,
    ),
    task(
        "B",
        "it's done",
        "2016-04-21T22:44:01.2012013-07:00",
        status="Completed",
        categories=["Blue", "Red"],
        extended=[(RANK, "12"), (OWNER, GROUP.upper())],
        PercentComplete=100,
        Score=-2.0,
    ),
    task(
        "C",
        "call Bob",
        "2016-04-23T00:00:00Z",
        "2016-04-24T07:00:00.0000000",
        status="InProgress",
        extended=[(COLOR, "Red"), (RANK, "not a number")],
        PercentComplete=50,
    ),
    task(
        "D",
        "Zebra",
        "2016-04-20T10:00:00+02:00",
        "2016-04-25T07:00:00.0000000",
        categories=["Blue"],
        PercentComplete=None,
    ),
]


def ids(filter_text: str) -> list[str]:
    predicate = parse_filter(filter_text, TASK)
    return [entity["Id"] for entity in TASKS if predicate(entity)]


def order(orderby_text: str, entities=TASKS) -> list[str]:
    query = Query(filter=None, orderby=parse_orderby(orderby_text, TASK), select=None, top=None, skip=0)
    return [entity["Id"] for entity in apply(query, entities)]


# --- $filter: operators and types ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Subject eq 'Buy milk'", ["A"]),
        ("Subject eq 'BUY MILK'", ["A"]),  # eq/ne ignore case, as Exchange does
        ("Subject ne 'buy milk'", ["B", "C", "D"]),
        ("Subject gt 'a'", ["B", "C"]),  # ordinal: 'B' and 'Z' sort before 'a'
        ("Subject lt 'Buy milk'", []),
        ("Subject le 'Buy milk'", ["A"]),
        ("Subject ge 'Zebra'", ["B", "C", "D"]),
        ("PercentComplete gt 10", ["B", "C"]),
        ("PercentComplete ge 10", ["A", "B", "C"]),
        ("PercentComplete lt 50", ["A"]),
        ("PercentComplete le 50.0", ["A", "C"]),
        ("Score lt 0", ["B"]),
        ("Score eq 1.5", ["A"]),
        ("Score gt -2.5", ["A", "B"]),
        ("IsReminderOn eq true", ["A"]),
        ("IsReminderOn", ["A"]),
        ("IsReminderOn ne true", ["B", "C", "D"]),
        ("true", ["A", "B", "C", "D"]),
        ("false", []),
    ],
)
def test_comparison_operators(text, expected):
    assert ids(text) == expected


def test_string_literal_with_doubled_quote():
    assert ids("Subject eq 'it''s done'") == ["B"]
    assert ids("Subject eq ''") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Status eq 'Completed'", ["B"]),
        ("Status eq 'completed'", ["B"]),
        ("Status ne 'NOTSTARTED'", ["B", "C"]),
        ("Importance eq 'normal'", ["A", "B", "C", "D"]),
        ("ParentGroupKey eq 0006F0B7-0000-0000-C000-000000000046", ["A", "B", "C", "D"]),
        (f"ParentGroupKey eq '{GROUP.upper()}'", ["A", "B", "C", "D"]),
        ("ParentGroupKey ne 00000000-0000-0000-0000-000000000000", ["A", "B", "C", "D"]),
    ],
)
def test_enums_and_guids_compare_case_insensitively(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A and B are the same instant written with different offsets (B is 100 ns later).
        ("CreatedDateTime eq 2016-04-22T05:44:01.2012012Z", ["A"]),
        ("CreatedDateTime eq 2016-04-21T22:44:01.2012012-07:00", ["A"]),
        ("CreatedDateTime gt 2016-04-22T05:44:01.2012012Z", ["B", "C"]),
        ("CreatedDateTime ge 2016-04-22T07:44:01.2012012+02:00", ["A", "B", "C"]),
        ("CreatedDateTime lt 2016-04-20T08:00:01Z", ["D"]),
        ("CreatedDateTime le 2016-04-20T08:00Z", ["D"]),
        ("CreatedDateTime lt '2016-04-21T00:00:00Z'", ["D"]),  # string literal, parsed as an instant
        ("CreatedDateTime gt '2016-04-22T12:00:00'", ["C"]),  # no offset: UTC
        ("DueDateTime/DateTime ge '2016-04-25T00:00:00'", ["A", "D"]),  # DateTimeTimeZone: fixed-format strings
        ("DueDateTime/DateTime eq '2016-04-24T07:00:00.0000000'", ["C"]),
        ("DueDateTime/TimeZone eq 'utc'", ["A", "C", "D"]),
    ],
)
def test_datetimes(text, expected):
    assert ids(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DueDateTime eq null", ["B"]),
        ("DueDateTime ne null", ["A", "C", "D"]),
        ("null eq DueDateTime", ["B"]),
        ("PercentComplete eq null", ["D"]),
        ("PercentComplete gt null", []),  # ordering against null is false
        ("Subject eq null", []),
        ("Missing eq null", "property"),
        ("null eq null", ["A", "B", "C", "D"]),
    ],
)
def test_null(text, expected):
    if expected == "property":
        with pytest.raises(ErrorInvalidProperty):
            ids(text)
    else:
        assert ids(text) == expected


def test_missing_property_in_entity_is_null():
    predicate = parse_filter("PercentComplete eq null and not (Subject eq 'x')", TASK)
    assert predicate({"Id": "bare"}) is True
    assert parse_filter("Categories/any()", TASK)({}) is False
    assert parse_filter("Categories/all(c: c eq 'x')", TASK)({}) is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Body/Content eq 'body of zebra'", ["D"]),
        ("body/content eq 'BODY OF ZEBRA'", ["D"]),
        ("Sender/EmailAddress/Address eq 'c@contoso.com'", ["C"]),
        ("Body/ContentType eq 'Text' and Body/Nope eq null", ["A", "B", "C", "D"]),
    ],
)
def test_complex_sub_paths(text, expected):
    assert ids(text) == expected


# --- logic and precedence -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Status eq 'NotStarted' and IsReminderOn", ["A"]),
        ("Status eq 'Completed' or Status eq 'InProgress'", ["B", "C"]),
        ("not IsReminderOn", ["B", "C", "D"]),
        ("not (Subject eq 'Zebra')", ["A", "B", "C"]),
        ("not not IsReminderOn", ["A"]),
        # and binds tighter than or
        ("Id eq 'A' or Id eq 'B' and Status eq 'InProgress'", ["A"]),
        ("(Id eq 'A' or Id eq 'B') and Status eq 'Completed'", ["B"]),
        ("Id eq 'B' and Status eq 'Completed' or Id eq 'D'", ["B", "D"]),
        # not binds tighter than comparison: (not IsReminderOn) eq false
        ("not IsReminderOn eq false", ["A"]),
        ("((((Id eq 'C'))))", ["C"]),
    ],
)
def test_logic_and_precedence(text, expected):
    assert ids(text) == expected


def test_not_applies_to_the_next_operand_only():
    with pytest.raises(ErrorInvalidUrlQuery):  # parsed as (not Subject) eq 'x'
        ids("not Subject eq 'x'")


@pytest.mark.parametrize(
    "text",
    [
        "subject EQ 'zebra' AND NOT isreminderon",
        "SUBJECT Eq 'Zebra' aNd nOt IsReminderOn Or FALSE",
        "CATEGORIES/ANY(c: c eq 'blue') and categories/All(c: c Ne 'red')",
        "Cast(PercentComplete, EDM.STRING) eq '100' or Subject eq 'Zebra'",
    ],
)
def test_keywords_functions_and_properties_are_case_insensitive(text):
    assert ids(text) in (["D"], ["B", "D"])


# --- lambdas and casts ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Categories/any(c: c eq 'Red')", ["A", "B"]),
        ("Categories/Any(c: c eq 'red')", ["A", "B"]),
        ("Categories/all(c: c eq 'Red')", ["A", "C"]),  # C: empty collection
        ("Categories/any()", ["A", "B", "D"]),
        ("not Categories/any()", ["C"]),
        ("Categories/any(x: x eq 'Blue') and Categories/any(x: x eq 'Red')", ["B"]),
        (f"SingleValueExtendedProperties/Any(ep: ep/PropertyId eq '{COLOR}' and ep/Value eq 'green')", ["A"]),
        (f"SingleValueExtendedProperties/any(ep: ep/PropertyId eq '{RANK}' and cast(ep/Value, Edm.Int32) eq 5)", ["A"]),
        (f"SingleValueExtendedProperties/any(ep: ep/PropertyId eq '{RANK}' and cast(ep/Value, Edm.Int32) gt 6)", ["B"]),
        (
            f"SingleValueExtendedProperties/any(ep: ep/PropertyId eq '{RANK}' and cast(ep/Value, Edm.Int32) eq null)",
            ["C"],
        ),  # a failed cast is null
        (
            f"SingleValueExtendedProperties/any(ep: ep/PropertyId eq '{OWNER}' "
            f"and cast(ep/Value, Edm.Guid) eq {GROUP})",
            ["B"],
        ),
        ("SingleValueExtendedProperties/all(ep: cast(ep/Value, Edm.Double) ge 5.0)", ["D"]),
        ("SingleValueExtendedProperties/any(ep: ep/PropertyId eq ep/PropertyId)", ["A", "B", "C"]),  # both untyped
        ("cast(PercentComplete, Edm.String) eq '50'", ["C"]),
        ("cast('2016-04-21T00:00:00Z', Edm.DateTimeOffset) gt CreatedDateTime", ["D"]),
        ("cast('TRUE', Edm.Boolean) and cast(Score, Edm.Int64) eq -2", ["B"]),
    ],
)
def test_lambdas_and_casts(text, expected):
    assert ids(text) == expected


def test_lambda_variable_resolves_inside_each_element_and_outer_scope_stays_visible():
    text = "Categories/any(c: c eq 'Blue' and Status eq 'Completed' and Subject ne c)"
    assert ids(text) == ["B"]


@pytest.mark.parametrize(
    "text",
    [
        "Categories/any(c: c eq 'Blue' and Categories/any(d: d eq 'Red' and c ne d))",
        "Categories/any(a: Categories/all(b: Categories/any(c: c eq 'zz')))",
        "not Categories/all(c: SingleValueExtendedProperties/any(ep: ep/Value eq c))",
    ],
)
def test_a_lambda_inside_a_lambda_is_refused_as_too_complex(text):
    # Its cost would be |collection|^depth per item (issue 9): $filter allows one level of any()/all().
    with pytest.raises(ErrorRestrictionTooComplex, match="inside another lambda"):
        parse_filter(text, TASK)


# --- errors ------------------------------------------------------------------------
BAD_FILTERS = [
    # syntax and unsupported constructs
    ("", ErrorInvalidUrlQuery),
    ("   ", ErrorInvalidUrlQuery),
    ("Subject eq", ErrorInvalidUrlQuery),
    ("Subject eq 'unterminated", ErrorInvalidUrlQuery),
    ("Subject eq 'a' eq 'b'", ErrorInvalidUrlQuery),
    ("(Subject eq 'a'", ErrorInvalidUrlQuery),
    ("Subject eq 'a')", ErrorInvalidUrlQuery),
    ("Subject == 'a'", ErrorInvalidUrlQuery),
    ("Subject eq 'a' &&", ErrorInvalidUrlQuery),
    ("Subject", ErrorInvalidUrlQuery),  # not Boolean
    ("'x'", ErrorInvalidUrlQuery),
    ("IsReminderOn eq 'abc'", ErrorInvalidUrlQuery),
    ("PercentComplete eq 'ten'", ErrorInvalidUrlQuery),
    ("Subject eq 5", ErrorInvalidUrlQuery),
    ("Status eq 1", ErrorInvalidUrlQuery),
    ("CreatedDateTime gt 'yesterday'", ErrorInvalidUrlQuery),
    ("CreatedDateTime gt 2016-13-01T00:00:00Z", ErrorInvalidUrlQuery),
    ("CreatedDateTime gt 2016-04-22T05:44:01.12345678Z", ErrorInvalidUrlQuery),
    ("Categories eq 'Red'", ErrorInvalidUrlQuery),
    ("DueDateTime eq '2016-04-25'", ErrorInvalidUrlQuery),
    ("Subject/Length eq 3", ErrorInvalidUrlQuery),
    ("Subject/any(s: s eq 'a')", ErrorInvalidUrlQuery),
    ("Categories/all()", ErrorInvalidUrlQuery),
    ("Categories/any(c: c)", ErrorInvalidUrlQuery),
    ("Categories/any(c: c/Name eq 'a')", ErrorInvalidUrlQuery),
    ("any(c: true)", ErrorInvalidUrlQuery),
    ("Categories/any(c: c eq 'a')/x eq 1", ErrorInvalidUrlQuery),
    ("tolower(Subject) eq 'a'", ErrorInvalidUrlQuery),
    ("substringof('a', Subject)", ErrorInvalidUrlQuery),
    ("cast(Subject) eq 'a'", ErrorInvalidUrlQuery),
    ("cast(Subject, Edm.Foo) eq 'a'", ErrorInvalidUrlQuery),
    ("cast(Subject, 'Edm.Int32') eq 1", ErrorInvalidUrlQuery),
    ("cast(Body, Edm.String) eq 'a'", ErrorInvalidUrlQuery),
    ("Edm.Int32 eq 1", ErrorInvalidUrlQuery),
    ("Status eq Microsoft.OutlookServices.TaskStatus'Completed'", ErrorInvalidUrlQuery),
    ("not " * 100 + "IsReminderOn", ErrorInvalidUrlQuery),  # nesting limit
    ("(" * 5000 + "IsReminderOn" + ")" * 5000, ErrorInvalidUrlQuery),  # longer than 4096
    ("(" * 2000 + "IsReminderOn" + ")" * 1999, ErrorInvalidUrlQuery),
    ("Subject eq '" + "x" * 5000 + "'", ErrorInvalidUrlQuery),
    # properties
    ("Nope eq 'a'", ErrorInvalidProperty),
    ("ChangeKey eq 'a'", ErrorInvalidProperty),
    ("Status eq NotStarted", ErrorInvalidProperty),
    ("Categories/any(c: C eq 'Red')", ErrorInvalidProperty),  # lambda variables are case-sensitive
    # search-only functions
    ("contains(Subject, 'milk')", ErrorInvalidUrlQueryFilter),
    ("StartsWith(Subject, 'Buy')", ErrorInvalidUrlQueryFilter),
    ("endswith(Subject,'k') eq true", ErrorInvalidUrlQueryFilter),
]


@pytest.mark.parametrize(("text", "error"), BAD_FILTERS, ids=lambda value: repr(value)[:40])
def test_bad_filters(text, error):
    with pytest.raises(error) as caught:
        parse_filter(text, TASK)
    assert type(caught.value) is error
    assert caught.value.code == error.code
    assert caught.value.status == 400


def test_error_messages_match_the_service():
    with pytest.raises(ErrorInvalidProperty, match=r"^The property 'ChangeKey' does not support filtering\.$"):
        parse_filter("changekey eq 'x'", TASK)
    with pytest.raises(
        ErrorInvalidProperty, match="Could not find a property named 'Nope' on type 'Microsoft.OutlookServices.Task'"
    ):
        parse_filter("Nope eq 'x'", TASK)
    with pytest.raises(ErrorInvalidUrlQueryFilter) as caught:
        parse_filter("contains(Subject, 'x')", TASK)
    assert caught.value.message == "'contains' and 'startswith' are not supported for filtering.  Use Search instead."
    assert caught.value.code == "ErrorInvalidUrlQueryFilter"


def test_deep_but_legal_nesting_and_long_chains_work():
    assert ids("(" * 60 + "Id eq 'A'" + ")" * 60) == ["A"]
    assert ids(" or ".join(f"Id eq '{i}'" for i in range(200)) + " or Id eq 'C'") == ["C"]


# --- $orderby ---------------------------------------------------------------------
def test_orderby_single_keys():
    assert order("Subject") == ["A", "C", "B", "D"]  # case-insensitive collation
    assert order("Subject desc") == ["D", "B", "C", "A"]
    assert order("CreatedDateTime") == ["D", "A", "B", "C"]  # instants, not strings: B is 100 ns after A
    assert order("createddatetime DESC") == ["C", "B", "A", "D"]
    assert order("Score") == ["C", "D", "B", "A"]  # nulls (here: missing) first, stable among themselves


def test_orderby_multiple_keys_with_nulls():
    assert order("DueDateTime/DateTime desc, Subject") == ["A", "D", "C", "B"]
    assert order("DueDateTime/DateTime, Subject desc") == ["B", "C", "D", "A"]
    assert order("PercentComplete asc,Id desc") == ["D", "A", "C", "B"]
    assert order("Status, PercentComplete desc") == ["B", "C", "A", "D"]


def test_orderby_is_stable():
    rows = [{"Id": str(i), "Importance": "Normal" if i % 2 else "High"} for i in range(10)]
    assert order("Importance", rows) == ["0", "2", "4", "6", "8", "1", "3", "5", "7", "9"]
    assert order("Importance desc", rows) == ["1", "3", "5", "7", "9", "0", "2", "4", "6", "8"]


def test_orderby_returns_canonical_paths():
    assert parse_orderby("subject DESC , duedatetime/DateTime", TASK) == (
        ("Subject", True),
        ("DueDateTime/DateTime", False),
    )


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", ErrorInvalidUrlQuery),
        ("Subject,", ErrorInvalidUrlQuery),
        ("Subject up", ErrorInvalidUrlQuery),
        ("Subject asc desc", ErrorInvalidUrlQuery),
        ("Subject eq 'a'", ErrorInvalidUrlQuery),
        ("Categories", ErrorInvalidUrlQuery),
        ("DueDateTime", ErrorInvalidUrlQuery),
        ("Categories/any()", ErrorInvalidUrlQuery),
        ("Subject/Length", ErrorInvalidUrlQuery),
        ("Nope", ErrorInvalidProperty),
        ("ChangeKey desc", ErrorInvalidProperty),
    ],
)
def test_bad_orderby(text, error):
    with pytest.raises(error):
        parse_orderby(text, TASK)


# --- $select, $top, $skip, parse_query ------------------------------------------------
def test_select_is_canonicalised_and_deduplicated():
    query = parse_query({"select": " subject ,STATUS,Subject, changekey"}, TASK)
    assert query.select == ("Subject", "Status", "ChangeKey")
    assert parse_query({"select": "*"}, TASK).select is None
    assert parse_query({"select": "Subject,*"}, TASK).select is None


@pytest.mark.parametrize(
    ("select", "error"),
    [
        ("", ErrorInvalidUrlQuery),
        (" ", ErrorInvalidUrlQuery),
        ("Subject,,Status", ErrorInvalidUrlQuery),
        ("Subject,", ErrorInvalidUrlQuery),
        ("Body/Content", ErrorInvalidUrlQuery),
        ("Sub ject", ErrorInvalidUrlQuery),
        ("Nope", ErrorInvalidProperty),
        ("Subject,Nope", ErrorInvalidProperty),
    ],
)
def test_bad_select(select, error):
    with pytest.raises(error):
        parse_query({"select": select}, TASK)


def test_project_keeps_annotations_always_keys_and_selection():
    entity = TASKS[0]
    assert project(entity, ("Subject",), always=("Id",)) == {
        "@odata.id": entity["@odata.id"],
        "@odata.etag": entity["@odata.etag"],
        "Id": "A",
        "Subject": "Buy milk",
    }
    assert project(entity, None) == entity and project(entity, None) is not entity


@pytest.mark.parametrize(("value", "expected"), [("0", 0), ("5", 5), ("007", 7), ("2147483647", 2**31 - 1)])
def test_top_and_skip(value, expected):
    query = parse_query({"top": value, "skip": value}, TASK)
    assert (query.top, query.skip) == (expected, expected)


@pytest.mark.parametrize(
    "value", ["-1", "abc", "1.5", "", "+3", "2147483648", "99999999999", "1e3", "٣", "0x10", " 7 ", "\u00a01"]
)
@pytest.mark.parametrize("option", ["top", "skip"])
def test_bad_top_and_skip(option, value):
    with pytest.raises(ErrorInvalidUrlQuery):
        parse_query({option: value}, TASK)


def test_parse_query_defaults_and_end_to_end():
    empty = parse_query({"count": "true", "search": "x"}, TASK)
    assert empty == Query(filter=None, orderby=(), select=None, top=None, skip=0)
    query = parse_query(
        {
            "filter": "Categories/any(c: c eq 'Blue')",
            "orderby": "CreatedDateTime desc",
            "select": "Subject",
            "top": "1",
            "skip": "0",
        },
        TASK,
    )
    rows = apply(query, TASKS)
    assert [row["Id"] for row in rows] == ["B", "D"]  # apply does not page
    assert project(rows[0], query.select, always=("Id",))["Subject"] == "it's done"


def test_apply_keeps_order_without_orderby_and_accepts_iterators():
    query = parse_query({"filter": "IsReminderOn eq false"}, TASK)
    assert [row["Id"] for row in apply(query, iter(TASKS))] == ["B", "C", "D"]


# --- robustness -----------------------------------------------------------------------
ERRORS = (ErrorInvalidUrlQuery, ErrorInvalidProperty, ErrorInvalidUrlQueryFilter, ErrorRestrictionTooComplex)
WEIRD_ENTITIES = [
    {},
    {
        "Subject": 5,
        "Categories": "Red",
        "CreatedDateTime": 3,
        "Score": "x",
        "IsReminderOn": "y",
        "DueDateTime": [],
        "SingleValueExtendedProperties": [None, 1, {"value": {}}],
    },
    *TASKS,
]
TOKENS = st.sampled_from(
    [
        "Subject",
        "IsReminderOn",
        "Categories",
        "SingleValueExtendedProperties",
        "DueDateTime",
        "DateTime",
        "Score",
        "CreatedDateTime",
        "ep",
        "c",
        "Value",
        "Nope",
        "eq",
        "ne",
        "gt",
        "and",
        "or",
        "not",
        "any",
        "All",
        "(",
        ")",
        "/",
        ":",
        ",",
        "'x'",
        "'",
        "5",
        "-1.5",
        "null",
        "true",
        "cast",
        "Edm.Int32",
        "Edm.Guid",
        "contains",
        "asc",
        "desc",
        "2016-04-22T05:44:01Z",
        GROUP,
        "*",
        " ",
    ]
)


def _survives(options):
    try:
        query = parse_query(options, TASK)
    except ERRORS:
        return
    apply(query, WEIRD_ENTITIES)
    for entity in WEIRD_ENTITIES:
        project(entity, query.select, always=("Id",))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), option=st.sampled_from(["filter", "orderby", "select", "top", "skip"]))
def test_random_text_raises_only_query_errors(text, option):
    _survives({option: text})


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(TOKENS, max_size=40), option=st.sampled_from(["filter", "orderby", "select"]))
def test_random_token_soup_raises_only_query_errors(parts, option):
    _survives({option: " ".join(parts)})
    _survives({option: "".join(parts)})


OPERANDS = st.sampled_from(
    [
        "Subject",
        "Status",
        "IsReminderOn",
        "PercentComplete",
        "Score",
        "CreatedDateTime",
        "DueDateTime",
        "Categories",
        "DueDateTime/DateTime",
        "Body/Content",
        "ParentGroupKey",
        "c",
        "ep/Value",
        "ep/PropertyId",
        "'x'",
        "'it''s'",
        "'2016-04-22T05:44:01Z'",
        "5",
        "-1.5",
        "null",
        "true",
        "2016-04-22T05:44:01.1234567+02:00",
        GROUP,
        "cast(ep/Value, Edm.Int32)",
        "cast(ep/Value, Edm.Guid)",
        "cast(Score, Edm.String)",
        "cast(c, Edm.Boolean)",
    ]
)
COMPARISONS = st.builds("{} {} {}".format, OPERANDS, st.sampled_from(["eq", "ne", "gt", "ge", "lt", "le"]), OPERANDS)
FILTERS = st.recursive(
    COMPARISONS | st.sampled_from(["IsReminderOn", "Categories/any()", "true", "c", "ep/Value"]),
    lambda inner: st.one_of(
        st.builds("{} and {}".format, inner, inner),
        st.builds("({} or {})".format, inner, inner),
        st.builds("not ({})".format, inner),
        st.builds("Categories/any(c: {})".format, inner),
        st.builds("SingleValueExtendedProperties/all(ep: {})".format, inner),
    ),
    max_leaves=12,
)


@settings(max_examples=500, deadline=None)
@given(text=FILTERS)
def test_generated_filters_evaluate_without_surprises(text):
    _survives({"filter": text, "orderby": "DueDateTime/DateTime desc, Score, CreatedDateTime"})


@pytest.mark.parametrize(
    "text",
    [
        "(" * 2000,
        "not " * 500,
        "(" * 1000 + ")" * 1000,
        " or ".join(["Subject eq 'x'"] * 120),
        "Categories/any(c:" * 200,
        "'" + "''" * 999,
        "a" * 2000,
        "cast(" * 400,
        "Id eq 'A' and " * 140 + "true",
    ],
)
def test_pathological_inputs_are_rejected_or_parsed_in_linear_cost(text):
    """The cost is counted, not timed (a timed test fails on a loaded machine): Python calls made while parsing,
    a deterministic measure. An ordinary filter makes ~20 per character; anything super-linear blows far past."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += event in ("call", "c_call")

    sys.setprofile(count)
    try:
        parse_filter(text, TASK)
    except ERRORS:
        pass
    finally:
        sys.setprofile(None)
    assert calls <= 40 * len(text) + 1_000


# --- cost bounds (issue 9): each a clear 400 before any item is examined ------------------------------------------
def test_orderby_takes_at_most_eight_keys():
    keys = ["Subject", "Status", "Importance", "CreatedDateTime", "Id", "IsReminderOn", "PercentComplete", "Score"]
    assert len(parse_orderby(", ".join(keys), TASK)) == 8
    with pytest.raises(ErrorRestrictionTooComplex, match="at most 8"):
        parse_orderby(", ".join([*keys, "DueDateTime/DateTime"]), TASK)


@pytest.mark.parametrize(
    "text",
    ["Subject, Subject", "Subject desc, subject asc", "Status, Subject, STATUS desc", "Sender/Name, sender/name"],
)
def test_a_key_named_twice_in_orderby_is_refused(text):
    # Each repetition re-sorted everything and changed nothing (issue 9: x50 over 111 MB blocked the server 4.6 s).
    with pytest.raises(ErrorInvalidUrlQuery, match="more than once"):
        parse_orderby(text, TASK)


def test_orderby_may_name_different_members_of_one_complex_property():
    assert parse_orderby("DueDateTime/DateTime, DueDateTime/TimeZone", TASK) == (
        ("DueDateTime/DateTime", False),
        ("DueDateTime/TimeZone", False),
    )


def test_select_takes_at_most_a_hundred_names():
    assert parse_select(",".join(["Subject"] * 100), TASK) == ("Subject",)
    with pytest.raises(ErrorInvalidUrlQuery, match="at most 100"):
        parse_select(",".join(["Subject"] * 101), TASK)


def test_a_lambda_counts_against_the_budget_element_by_element():
    # One entity with a huge collection is as much work as many entities: the budget sees each element.
    entity = {"Id": "X", "Categories": ["c"] * 200_000}
    query = parse_query({"filter": "Categories/any(c: c eq 'none')"}, TASK)

    class One:
        def items(self):
            return [entity]

        def view(self, item):
            return item

        def ordered(self, path, descending):
            return None

    assert select_page(query, One(), 10, Budget(10.0)) == ([], False)
    with pytest.raises(ErrorRestrictionTooComplex):
        select_page(query, One(), 10, Budget(0.0))


class _Rows:
    """A Listing over plain dicts, with an "index" (a full sort) for every path, as the wire's tables offer."""

    def __init__(self, rows, indexed=True):
        self.rows, self.indexed = rows, indexed

    def items(self):
        return iter(self.rows)

    def view(self, item):
        return item

    def ordered(self, path, descending):
        if not self.indexed:
            return None
        entries = sorted(((sort_key(row, path), i, row) for i, row in enumerate(self.rows)), key=lambda e: e[:2])
        if descending:  # equal keys in reverse natural order, as SortedIndex.entries gives them
            entries.reverse()
        return iter(entries)


@settings(max_examples=150, deadline=None)
@given(
    orderby=st.lists(
        st.sampled_from(["Subject", "Status", "PercentComplete", "DueDateTime/DateTime", "Id"]), unique=True
    ).flatmap(lambda keys: st.tuples(*[st.sampled_from([k, f"{k} desc"]) for k in keys])),
    filter_=st.sampled_from([None, "Status ne 'Completed'", "Categories/any(c: c eq 'Red')", "PercentComplete gt 20"]),
    top=st.one_of(st.none(), st.integers(0, 6)),
    skip=st.integers(0, 5),
    page_size=st.integers(1, 4),
    indexed=st.booleans(),
)
def test_select_page_is_the_old_filter_sort_slice(orderby, filter_, top, skip, page_size, indexed):
    options = {"skip": str(skip)}
    if orderby:
        options["orderby"] = ", ".join(orderby)
    if filter_:
        options["filter"] = filter_
    if top is not None:
        options["top"] = str(top)
    query = parse_query(options, TASK)
    rows = TASKS * 3  # ties on every key
    matched = apply(query, rows)
    end = len(matched) if top is None else min(len(matched), skip + top)
    expected = matched[skip : min(end, skip + page_size)]
    page, more = select_page(query, _Rows(rows, indexed), page_size)
    assert [id(r) for r in page] == [id(r) for r in expected]
    assert more == (skip + len(expected) < end)
