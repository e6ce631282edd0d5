"""One server of the HTTP bench (started by ``bench.py``): the mock seeded with N tasks, or a bare Starlette app.

Both are served by uvicorn with the options ``outlook-mock serve`` uses (``outlook_mock.server.uvicorn_options``),
so the only difference measured is the application. On a checkout that predates those options, the
mock is served as its ``serve`` command did then (``access_log=False``, uvicorn's defaults otherwise).

With ``--stats-file``, the mock writes there, on SIGUSR1, how many tasks each mailbox holds (JSON): the bench
reports the items stored next to the process's RSS without a request of its own (nothing added to the app).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
from typing import Any

import uvicorn

# The Body of a seeded task: with it, GET by id answers ~1.15 KB, the size of issue 8's measurements.
BODY = "Bring the quarterly figures and the signed forms. " * 7


def _options(loop: str, http: str) -> dict[str, Any]:
    try:
        from outlook_mock.server import uvicorn_options
    except ImportError:  # an older checkout (the "before" column of the bench)
        return {"loop": loop, "http": http, "access_log": False, "log_level": "warning"}
    return uvicorn_options(loop=loop, http=http, log_level="warning")


def bare_app(body_file: str):
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    with open(body_file, encoding="utf-8") as f:
        payload = json.load(f)

    async def endpoint(request):
        return JSONResponse(payload)

    return Starlette(routes=[Route("/{path:path}", endpoint)])


def mock_app(tasks: int, stats_file: str | None = None):
    from outlook_mock import create_app
    from outlook_mock.store import Tenant
    from outlook_mock.store.values import BodyType, ItemBody

    tenant = Tenant.with_default_users()
    store = tenant.find_user("admin@contoso.com").mailbox.tasks
    body = ItemBody(BodyType.TEXT, BODY)
    for i in range(tasks):
        store.create_task({"subject": f"task {i}", "body": body})
    if stats_file:
        write_stats_on_signal(tenant, stats_file)
    return create_app(tenant)


def write_stats_on_signal(tenant, path: str) -> None:
    """On SIGUSR1, write {user: tasks stored} to ``path`` (whole: written aside, then renamed)."""

    def write(signum, frame) -> None:
        stats = {"tasks": {email: len(user.mailbox.tasks.tasks) for email, user in tenant.users.items()}}
        with open(f"{path}.tmp", "w", encoding="utf-8") as f:
            json.dump(stats, f)
        os.replace(f"{path}.tmp", path)

    signal.signal(signal.SIGUSR1, write)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("app", choices=["mock", "bare"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--loop", default="asyncio")
    parser.add_argument("--http", default="h11")
    parser.add_argument("--tasks", type=int, default=0)
    parser.add_argument("--body-file")
    parser.add_argument("--stats-file", help="the mock: where SIGUSR1 writes the tasks stored per mailbox")
    args = parser.parse_args()
    app = mock_app(args.tasks, args.stats_file) if args.app == "mock" else bare_app(args.body_file)
    try:  # the process settings of `outlook-mock serve`, for both apps
        from outlook_mock.server import tune_gc
    except ImportError:  # an older checkout
        pass
    else:
        tune_gc()
    uvicorn.run(app, host="127.0.0.1", port=args.port, **_options(args.loop, args.http))


if __name__ == "__main__":
    main()
