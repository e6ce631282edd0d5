"""``outlook-mock``: serve the mock tenant on a socket, or list the faults that can be planted."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from . import faults

LOG_LEVELS = ("critical", "error", "warning", "info", "debug", "trace")


def _version() -> str:
    from .app import _version

    return _version()


def _parser() -> argparse.ArgumentParser:
    from .control import CONTROL_TOKEN_ENV
    from .server import GRACE_SECONDS, HEAD_SECONDS, HTTP_IMPLEMENTATIONS, KEEP_ALIVE_SECONDS, LOOPS, MAX_CONNECTIONS
    from .wire.http import BODY_IDLE_SECONDS, MAX_BODY_BYTES, MAX_URL_BYTES

    parser = argparse.ArgumentParser(prog="outlook-mock", description="A stateful mock of the Outlook REST APIs.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser(
        "serve",
        help="serve the mock tenant over HTTP",
        description=(
            "Serve a fresh mock tenant (users admin@contoso.com and alex@contoso.com, password 'mock'), or the "
            "tenants of --tenant-file; more tenants at run time through the control API (POST /_mock/tenants, "
            "see spec/mock-control.yaml; loopback clients, or --control-token). "
            "State is in memory and lost when the server stops, unless --data-dir keeps it. Limits: request "
            f"bodies up to {MAX_BODY_BYTES:,} bytes (413 above), URLs up to {MAX_URL_BYTES:,} bytes (414), a "
            "request head within --head-timeout and a body that never pauses for --body-timeout (408); idle "
            f"connections are closed after {KEEP_ALIVE_SECONDS} s; on SIGTERM in-flight requests get "
            f"{GRACE_SECONDS:g} s and the process ends within a second."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)")
    serve.add_argument("--port", type=int, default=8765, help="TCP port to listen on")
    serve.add_argument(
        "--loop", choices=LOOPS, default="auto", help="event loop (auto: uvloop where it is installed, else asyncio)"
    )
    serve.add_argument(
        "--http",
        choices=HTTP_IMPLEMENTATIONS,
        default="auto",
        help="HTTP/1.1 parser (auto: httptools where it is installed, else h11)",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes; only 1: the tenant lives in the process's memory, so each worker would be "
        "a different tenant (tokens of one refused by the others)",
    )
    serve.add_argument(
        "--max-connections",
        type=int,
        default=MAX_CONNECTIONS,
        help="open connections at most; the next one is answered 503 ErrorServerBusy and closed",
    )
    serve.add_argument(
        "--head-timeout",
        type=float,
        default=HEAD_SECONDS,
        metavar="SECONDS",
        help="a request's line and headers must arrive within this time (else 408, or a silent close if nothing came)",
    )
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=BODY_IDLE_SECONDS,
        metavar="SECONDS",
        help="a request body that stops arriving for this long is answered 408",
    )
    serve.add_argument(
        "--access-log",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="log one line per request (uvicorn's access log, at level info)",
    )
    serve.add_argument("--log-level", choices=LOG_LEVELS, default="info", help="level of the server's log")
    serve.add_argument(
        "--plant-fault",
        action="append",
        default=[],
        choices=sorted(faults.FAULTS),
        metavar="NAME",
        help="break one documented rule on purpose in the default tenant, to prove a test suite catches it "
        "(repeatable; `outlook-mock faults` lists the names; other tenants: the tenant file or the control API)",
    )
    serve.add_argument(
        "--throttling",
        metavar="SPEC",
        type=_throttling,
        help="throttle the default tenant as the service did (429 ApplicationThrottled with Retry-After): "
        "'outlook' (10000 requests per 10 minutes and 4 concurrent ones, per app and mailbox) or "
        "key=value,… of mailboxRequests, appRequests, windowSeconds, mailboxConcurrency, retryAfterSeconds "
        "(e.g. mailboxRequests=20,windowSeconds=10; profile=outlook,… changes a profile); None: off",
    )
    serve.add_argument(
        "--chaos",
        metavar="SPEC",
        type=_chaos,
        help="inject trouble into the default tenant's API answers, seeded: key=value,… of seed, latencyRate, "
        "latencyMinMs, latencyMaxMs, unavailableRate (503 ErrorServerBusy + Retry-After), resetRate (connection "
        "reset), retryAfterSeconds (e.g. seed=7,unavailableRate=0.05,resetRate=0.01); None: off",
    )
    serve.add_argument(
        "--control-token",
        metavar="TOKEN",
        help="let non-loopback clients use the control API (/_mock/…) with 'Authorization: Bearer TOKEN' "
        f"(also from ${CONTROL_TOKEN_ENV}; None: loopback clients only)",
    )
    serve.add_argument(
        "--tenant-file",
        metavar="PATH",
        help="YAML or JSON file of the tenant's users and app registrations, or of several tenants (`tenants:`, "
        "the first is the default one; examples/tenant.yaml, examples/tenants.yaml; "
        "default: admin@contoso.com and alex@contoso.com, password 'mock')",
    )
    serve.add_argument(
        "--seed",
        metavar="PATH",
        help="YAML or JSON file of mailbox content (example: examples/seed.yaml), replayed through the API "
        "as each user: the server does not start if the API refuses an entry",
    )
    serve.add_argument(
        "--notification-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host push notifications may be sent to besides loopback (repeatable; '*': any host; "
        "also OUTLOOK_MOCK_NOTIFICATION_HOSTS, comma separated)",
    )
    serve.add_argument(
        "--data-dir",
        metavar="PATH",
        help="keep the state in this directory (created if missing; one server at a time): every write is saved "
        "before it is answered, so a restart, after SIGTERM or a crash, finds every tenant as it was, with its "
        "tokens and deltaLinks still valid; a directory that holds state is restored and --tenant-file and "
        "--seed are not applied again (none: the state is in memory only)",
    )
    serve.add_argument(
        "--fsync",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="with --data-dir: also flush every write to the disk before answering, so that it survives a crash "
        "of the machine, not only of the server (slower)",
    )
    commands.add_parser(
        "faults",
        help="list the faults that can be planted",
        description="List the faults `serve --plant-fault NAME` can plant, one a line: name and the rule it breaks.",
    )
    return parser


def _pairs(text: str) -> dict[str, object]:
    """``a=1,b=0.5,c=x`` as a mapping of numbers (and strings where a value is no number)."""
    out: dict[str, object] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, equals, value = part.partition("=")
        if not equals:
            raise argparse.ArgumentTypeError(f"expected key=value, got {part!r}")
        try:
            out[name.strip()] = int(value)
        except ValueError:
            try:
                out[name.strip()] = float(value)
            except ValueError:
                out[name.strip()] = value.strip()
    return out


def _throttling(text: str):  # noqa: ANN202 - a throttling.Throttling (imported late: argparse stays light)
    from .throttling import SettingsError, Throttling

    try:
        return Throttling.from_json(text if "=" not in text else _pairs(text), "--throttling")
    except (SettingsError, TypeError) as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _chaos(text: str):  # noqa: ANN202 - a throttling.Chaos
    from .throttling import Chaos, SettingsError

    try:
        return Chaos.from_json(_pairs(text), "--chaos")
    except (SettingsError, TypeError) as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: list[str] | None = None) -> None:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "faults":
        _print_faults()
        return
    if args.workers != 1:
        parser.error("--workers must be 1: each worker process would hold a tenant of its own")
    _serve(args)


def _print_faults() -> None:
    try:
        for fault in faults.FAULTS.values():
            print(f"{fault.name:40} {fault.rule}")
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`outlook-mock faults | head`): stop quietly, and keep the interpreter's
        # final flush of stdout from raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _serve(args: argparse.Namespace) -> None:
    import uvicorn

    from .notifier import allow_notification_hosts
    from .server import MockServer, tune_gc, uvicorn_options
    from .tenant_file import TenantFileError

    try:
        app = _app(args)
    except TenantFileError as error:  # the seed's SeedError too: the message names the file and the entry
        print(f"outlook-mock serve: {error}", file=sys.stderr)
        sys.exit(2)
    if args.notification_host:
        allow_notification_hosts(args.notification_host)
    for tenant in app.tenants:
        print(
            f"tenant {tenant.id}{' (default)' if tenant is app.tenant else ''}: users: {', '.join(tenant.users)}; "
            f"token: POST http://{args.host}:{args.port}/{'common' if tenant is app.tenant else tenant.id}"
            "/oauth2/v2.0/token",
            flush=True,
        )
    options = uvicorn_options(
        loop=args.loop,
        http=args.http,
        access_log=args.access_log,
        log_level=args.log_level,
        max_connections=args.max_connections,
        head_seconds=args.head_timeout,
        body_idle_seconds=args.body_timeout,
    )
    config = uvicorn.Config(app, host=args.host, port=args.port, **options)
    tune_gc()
    try:
        MockServer(config).run()
    finally:
        if app.persistence is not None:
            app.persistence.close()


def _app(args: argparse.Namespace) -> Any:
    """The app to serve: the tenants of the tenant file (or the default one) with the seed, or, with --data-dir,
    what the directory holds (the tenant file and seed make a new one only). --plant-fault, --throttling and
    --chaos are settings of this run, not state: they apply to the default tenant either way."""
    from .control import CONTROL_TOKEN_ENV, set_traffic
    from .inprocess import build_app

    control_token = args.control_token or os.environ.get(CONTROL_TOKEN_ENV) or None

    def fresh() -> Any:
        return build_app(
            args.tenant_file,
            args.seed,
            faults=args.plant_fault,
            throttling=args.throttling,
            chaos=args.chaos,
            control_token=control_token,
        )

    if not args.data_dir:
        return fresh()
    from .app import create_app
    from .persistence import DataDirInUse, Persistence

    try:
        persistence = Persistence(args.data_dir, fsync=args.fsync)
    except DataDirInUse as error:
        print(f"outlook-mock serve: {error}", file=sys.stderr)
        sys.exit(2)
    try:
        tenants = persistence.load()
        if tenants is None:
            app = fresh()
            persistence.adopt(app.tenants)
            app.keep_in(persistence)
            print(f"state saved in {args.data_dir}", flush=True)
            return app
        app = create_app(tenants, control_token=control_token, persistence=persistence)
        _resume_notifications(app)
        app.tenant.faults.update(faults.check_names(args.plant_fault))
        if args.throttling or args.chaos:
            set_traffic(app.tenant, args.throttling, args.chaos)
    except BaseException:
        persistence.close()
        raise
    ignored = " (--tenant-file and --seed not applied: the saved state is)" if args.tenant_file or args.seed else ""
    print(f"state restored from {args.data_dir}{ignored}", flush=True)
    return app


def _resume_notifications(app: Any) -> None:
    """Restored subscriptions are told of changes again from the start (not only after a request about one)."""
    from .notifier import notifier_for
    from .wire.v2.subscriptions import attach

    for tenant in app.tenants:
        for user in tenant.users.values():
            if user.mailbox.subscriptions.live():
                attach(notifier_for(tenant), user.mailbox)


if __name__ == "__main__":
    main()
