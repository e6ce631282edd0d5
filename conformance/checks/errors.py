"""Bad input gets the right 4xx with an OData error body, and loses no data."""

from __future__ import annotations

from ..api import Api, expect_error, key, ok
from . import rule


@rule("errors.bad_bodies_are_400_with_codes", "accept_unknown_properties")
def bad_bodies(api: Api) -> None:
    """Malformed JSON, unknown or read-only properties and wrongly typed values are 400s with meaningful codes."""
    task = api.task({"Subject": "keep me"})
    path = f"me/tasks('{key(task['Id'])}')"
    cases = [
        (b"{not json", "RequestBodyRead"),
        (b'["an", "array"]', "RequestBodyRead"),
        (b'{"Frobnicate": 1}', "RequestBodyRead"),
        (b'{"Status": "Done"}', "RequestBodyRead"),
        (b'{"Subject": 42}', "RequestBodyRead"),
        (b'{"IsReminderOn": "yes"}', "RequestBodyRead"),
        (b'{"DueDateTime": {"DateTime": "2016-13-45T00:00:00", "TimeZone": "UTC"}}', "RequestBodyRead"),
        (b'{"DueDateTime": {"DateTime": "2016-05-01T00:00:00"}}', "RequestBodyRead"),
        (b'{"Id": "AAMkAGMwQsKVevNAAAG1VNmAAA="}', "ErrorInvalidProperty"),
        (
            b'{"Recurrence": {"Pattern": {"Type": "Weekly", "Interval": 1},'
            b' "Range": {"Type": "NoEnd", "StartDate": "2016-05-02"}}}',
            "ErrorCalendarInvalidRecurrence",
        ),
    ]
    for body, code in cases:
        expect_error(api.patch(path, content=body, headers={"Content-Type": "application/json"}), 400, code)
    after = ok(api.get(path))
    assert after["Subject"] == "keep me" and after["ChangeKey"] == task["ChangeKey"], "a refused PATCH changed data"


@rule("errors.ids_and_routes", "malformed_id_is_404")
def ids_and_routes(api: Api) -> None:
    """A malformed id is a 400, an unknown one a 404, an unknown path a 404, a wrong method a 405 — all OData errors."""
    expect_error(api.get("me/tasks('not-an-outlook-id')"), 400, "ErrorInvalidIdMalformed")
    expect_error(api.get("me/tasks('AAMkAQAAAAAAAAAAAAAAAAAAAAA=')"), 404, "ErrorItemNotFound")
    expect_error(api.get("me/taskfolders('AAMkAgAAAAAAAAAAAAAAAAAAAAA=')"), 404)
    expect_error(api.get("me/nothing-here"), 404)
    expect_error(api.request("PUT", "me/tasks"), 405)
    expect_error(api.get("me/tasks", params={"$top": "-1"}), 400, "ErrorInvalidUrlQuery")
    expect_error(api.get("me/tasks", params={"$filter": "ChangeKey eq 'x'"}), 400, "ErrorInvalidProperty")
