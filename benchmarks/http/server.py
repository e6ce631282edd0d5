"""One server of the HTTP bench (started by ``bench.py``): the mock seeded with N tasks, or a bare Starlette app.

Both are served by uvicorn with the options ``outlook-mock serve`` uses (``outlook_mock.server.uvicorn_options``),
so the only difference measured is the application. On a checkout that predates those options, the
mock is served as its ``serve`` command did then (``access_log=False``, uvicorn's defaults otherwise).
"""

from __future__ import annotations

import argparse
import json
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


def mock_app(tasks: int):
    from outlook_mock import create_app
    from outlook_mock.store import Tenant
    from outlook_mock.store.values import BodyType, ItemBody

    tenant = Tenant.with_default_users()
    store = tenant.find_user("admin@contoso.com").mailbox.tasks
    body = ItemBody(BodyType.TEXT, BODY)
    for i in range(tasks):
        store.create_task({"subject": f"task {i}", "body": body})
    return create_app(tenant)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("app", choices=["mock", "bare"])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--loop", default="asyncio")
    parser.add_argument("--http", default="h11")
    parser.add_argument("--tasks", type=int, default=0)
    parser.add_argument("--body-file")
    args = parser.parse_args()
    app = mock_app(args.tasks) if args.app == "mock" else bare_app(args.body_file)
    try:  # the process settings of `outlook-mock serve`, for both apps
        from outlook_mock.server import tune_gc
    except ImportError:  # an older checkout
        pass
    else:
        tune_gc()
    uvicorn.run(app, host="127.0.0.1", port=args.port, **_options(args.loop, args.http))


if __name__ == "__main__":
    main()
