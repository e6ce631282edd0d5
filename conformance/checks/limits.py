"""Size caps on stored properties: a string or an array over its documented cap is a 400 and stores nothing.

The caps (both specs' "Limits" section): any string 4,096 characters, any array 500 members, names 255,
Categories 250 entries of 255, body content 4 Mi characters, ContentBytes the base64 of 4 MiB.
"""

from __future__ import annotations

from ..api import PREVIEW_NS, Api, expect_error, key, ok
from ..target import PREVIEW_ROOT
from . import rule


@rule("limits.stored_property_sizes_are_capped", "unbounded_properties")
def stored_property_sizes(api: Api) -> None:
    """Subject, Categories (count and length), names: at the cap accepted, over it 400 ErrorInvalidProperty."""
    task = api.task({"Subject": "s" * 4096, "Categories": ["c" * 255] * 250})
    assert len(task["Subject"]) == 4096 and len(task["Categories"]) == 250
    path = f"me/tasks('{key(task['Id'])}')"
    for body in (
        {"Subject": "s" * 4097},
        {"Categories": ["c"] * 251},
        {"Categories": ["c" * 256]},
        {"Body": {"ContentType": "Text", "Content": "b" * (4 * 1024 * 1024 + 1)}},
    ):
        what = ", ".join(f"{name} ({len(str(value))} chars)" for name, value in body.items())
        answer = api.patch(path, body)
        assert answer.status_code == 400, f"{what}: expected 400, got {answer.status_code}"
        expect_error(answer, 400, "ErrorInvalidProperty")
        assert api.post("me/tasks", body).status_code == 400, f"creating a task with {what} was accepted"
    now = ok(api.get(path))
    assert now["Subject"] == "s" * 4096 and len(now["Categories"]) == 250, "a refused PATCH changed the task"
    expect_error(api.post("me/taskfolders", {"Name": "n" * 256}), 400, "ErrorInvalidProperty")
    expect_error(api.post("me/mailfolders", {"DisplayName": "n" * 256}), 400, "ErrorInvalidProperty")
    event = {
        "@odata.type": f"#{PREVIEW_NS}.Event",
        "Subject": "s" * 4097,
        "Start": "2014-07-02T18:00:00Z",
        "End": "2014-07-02T19:00:00Z",
    }
    expect_error(api.post(api.url("Me/Events", PREVIEW_ROOT), event), 400, "ErrorInvalidProperty")
