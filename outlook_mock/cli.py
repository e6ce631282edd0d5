"""``outlook-mock serve``: run the mock tenant on a socket."""

from __future__ import annotations

import argparse
import contextlib

import uvicorn

from . import faults


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="outlook-mock", description="A stateful mock of the Outlook REST APIs.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the mock tenant over HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument(
        "--plant-fault",
        action="append",
        default=[],
        choices=sorted(faults.FAULTS),
        metavar="NAME",
        help="break one documented rule on purpose (to test a test suite)",
    )
    serve.add_argument(
        "--tenant-file",
        metavar="PATH",
        help="YAML or JSON file of the tenant's users and app registrations (example: examples/tenant.yaml; "
        "default: admin@contoso.com and alex@contoso.com, password 'mock')",
    )
    serve.add_argument(
        "--seed",
        metavar="PATH",
        help="YAML or JSON file of mailbox content (example: examples/seed.yaml), replayed through the API "
        "as each user: the server does not start if the API refuses an entry",
    )
    commands.add_parser("faults", help="list the faults that can be planted")
    args = parser.parse_args(argv)
    if args.command == "faults":
        for fault in faults.FAULTS.values():
            print(f"{fault.name:40} {fault.rule}")
        return
    from .inprocess import build_app
    from .tenant_file import TenantFileError

    try:
        app = build_app(args.tenant_file, args.seed)
    except TenantFileError as error:  # the seed's SeedError too: the message names the file and the entry
        parser.exit(2, f"outlook-mock serve: {error}\n")
    with contextlib.ExitStack() as stack:
        for name in args.plant_fault:
            stack.enter_context(faults.planted(name))
        print(
            f"users: {', '.join(app.state.tenant.users)}; "
            f"token: POST http://{args.host}:{args.port}/common/oauth2/v2.0/token",
            flush=True,
        )
        uvicorn.run(app, host=args.host, port=args.port, access_log=False)


if __name__ == "__main__":
    main()
