"""``outlook-conformance``: the conformance suite as a command, for a server's CI.

It runs pytest on the installed ``conformance`` package (from any directory; nothing of a checkout needed), against
``--base-url`` (a live server: the suite talks HTTP only) or, without it, the embedded mock tenant. Every option
has an ``OUTLOOK_*`` environment variable (the CLI sets them for the run; see target.py), so CI can keep secrets
in its environment rather than on a command line. Options after ``--`` go to pytest unchanged.

Exit status: pytest's (0 all passed, 1 some failed, 4 the preflight found the URL or a token wrong, 5 nothing
selected).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# option -> the environment variable the suite reads it from (target.py)
ENVIRONMENT = {
    "base_url": "OUTLOOK_BASE_URL",
    "token": "OUTLOOK_TOKEN",
    "token_2": "OUTLOOK_TOKEN_2",
    "app_token": "OUTLOOK_APP_TOKEN",
    "token_url": "OUTLOOK_TOKEN_URL",
    "app_token_url": "OUTLOOK_APP_TOKEN_URL",
    "username": "OUTLOOK_USERNAME",
    "password": "OUTLOOK_PASSWORD",
    "username_2": "OUTLOOK_USERNAME_2",
    "password_2": "OUTLOOK_PASSWORD_2",
    "client_id": "OUTLOOK_CLIENT_ID",
    "client_secret": "OUTLOOK_CLIENT_SECRET",
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="outlook-conformance",
        description="Run the Outlook REST conformance suite against a server (default: the embedded mock tenant).",
        epilog="Every option also reads its OUTLOOK_* variable (e.g. OUTLOOK_TOKEN). Arguments after -- go to pytest.",
    )
    target = p.add_argument_group("target")
    target.add_argument("--base-url", help="the server root (the suite appends /api/v2.0 and /ews/odata)")
    target.add_argument("--token", help="bearer token of the test user (OUTLOOK_TOKEN)")
    target.add_argument("--token-2", help="bearer token of a second user, for checks across mailboxes")
    target.add_argument("--app-token", help="an app-only token (client credentials) for the app-only checks")
    mint = p.add_argument_group(
        "token minting",
        "With a token URL and credentials the suite asks the server's token endpoint for every token a check needs "
        "(chosen scopes, app-only); without them those checks are reported as not run.",
    )
    mint.add_argument("--token-url", help="the OAuth 2.0 token endpoint (password grant for the users)")
    mint.add_argument("--app-token-url", help="the token endpoint for client credentials (default: --token-url)")
    mint.add_argument("--username", help="the test user's sign-in name (password grant)")
    mint.add_argument("--password", help="the test user's password")
    mint.add_argument("--username-2", help="the second user's sign-in name")
    mint.add_argument("--password-2", help="the second user's password")
    mint.add_argument("--client-id", help="an app registration with application permissions (client credentials)")
    mint.add_argument("--client-secret", help="its client secret")
    which = p.add_argument_group("what to run")
    which.add_argument("--api", choices=("v2", "preview"), action="append", help="only this API (repeatable)")
    which.add_argument(
        "--area",
        action="append",
        help="only these areas, comma-separated: tasks, mail, contacts, calendar, meetings, extprops, attachments, "
        "sync, addressing, stateful, client, or a rule id prefix (see --list)",
    )
    which.add_argument(
        "--rule", action="append", metavar="ID", help="only this rule or operation id (repeatable; globs: 'dates.*')"
    )
    which.add_argument("--profile", choices=("quick", "full"), default="quick", help="how hard schemathesis tries")
    which.add_argument(
        "--list", action="store_true", help="print the rules (with their text) and operations; run nothing"
    )
    out = p.add_argument_group("reports")
    out.add_argument("--junit", metavar="PATH", help="JUnit XML: one test case per rule id and operation id")
    out.add_argument("--report", metavar="PATH", help="Markdown summary with rule text and failure reasons")
    out.add_argument("--html", metavar="PATH", help="the same summary as one HTML page")
    p.add_argument("--workers", type=int, default=0, help="pytest-xdist processes (mock only; needs pytest-xdist)")
    p.add_argument("-q", "--quiet", action="count", default=0, help="less pytest output")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more pytest output")
    return p


def list_subjects(api: list[str] | None, areas: list[str] | None, rules: list[str] | None) -> int:
    from . import fuzzing, selection
    from .checks import RULES
    from .report import describe_subject

    apis, wanted, ids = api or [], selection.split_list(areas), selection.split_list(rules)
    subjects = [selection.Subject("rule", i, selection.rule_api(i), selection.rule_areas(i)) for i in sorted(RULES)]
    documents = (("", fuzzing.OPERATION_IDS, "v2"), ("preview:", fuzzing.PREVIEW_OPERATION_IDS, "preview"))
    for prefix, operations, api_name in documents:
        subjects += [
            selection.Subject("operation", prefix + o, api_name, selection.operation_areas(prefix + o))
            for o in operations
        ]
    shown = [s for s in subjects if selection.selected(s, apis=apis, areas=wanted, rules=ids)]
    for kind, title in (("rule", "Rules"), ("operation", "Operations")):
        chosen = [s for s in shown if s.kind == kind]
        if chosen:
            print(f"{title} ({len(chosen)}):")
        for subject in chosen:
            text, _, _ = describe_subject(subject)
            print(f"  {subject.name}  [{subject.api}: {','.join(sorted(subject.areas))}]")
            print(f"      {text}")
    return 0


def pytest_arguments(options: argparse.Namespace, extra: list[str]) -> list[str]:
    args = [
        str(PACKAGE),
        "-c",
        str(PACKAGE / "suite.ini"),
        f"--rootdir={PACKAGE.parent}",
        f"--profile={options.profile}",
    ]
    for value in options.api or ():
        args.append(f"--api={value}")
    for value in options.area or ():
        args.append(f"--area={value}")
    for value in options.rule or ():
        args.append(f"--rule={value}")
    if options.junit:
        args.append(f"--junitxml={options.junit}")
    if options.report:
        args.append(f"--report={options.report}")
    if options.html:
        args.append(f"--summary-html={options.html}")
    if options.workers and not options.base_url and not os.environ.get("OUTLOOK_BASE_URL"):
        args += ["-n", str(options.workers), "--dist", "worksteal"]
    args += ["-q"] * options.quiet + ["-v"] * options.verbose
    return args + extra


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1 :]
    options = parser().parse_args(argv)
    for name, variable in ENVIRONMENT.items():
        value = getattr(options, name)
        if value:
            os.environ[variable] = value
    if options.list:
        return list_subjects(options.api, options.area, options.rule)
    # Hypothesis keeps its example database under the working directory: not in the user's checkout.
    os.environ.setdefault(
        "HYPOTHESIS_STORAGE_DIRECTORY", str(Path(tempfile.gettempdir()) / "outlook-conformance" / "hypothesis")
    )
    import pytest

    return int(pytest.main(pytest_arguments(options, extra)))


if __name__ == "__main__":
    sys.exit(main())
