"""Argument parsing and dispatch; each command imports what it needs only when it runs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vidyamitra", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="migrate the database and serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (each loads the engine; state lives in the DB)",
    )
    serve.add_argument("--no-migrate", action="store_true", help="skip migrations on start")

    commands.add_parser("migrate", help="apply database migrations")

    token = commands.add_parser("dev-token", help="print a development sign-in token")
    token.add_argument("--user", required=True, help="user name (the token's subject)")
    token.add_argument("--hours", type=float, default=12.0, help="validity in hours")

    analyze = commands.add_parser("analyze", help="analyse resume files offline")
    analyze.add_argument("paths", nargs="+", metavar="FILE", help="files or folders")
    analyze.add_argument("--role", help="target role to match")
    analyze.add_argument("--jd", metavar="FILE", help="job description file to match")
    analyze.add_argument("--json", action="store_true", help="print JSON instead of text")
    analyze.add_argument("--csv", metavar="OUT", help="also write a CSV summary of all files")
    analyze.add_argument("--jsonl", metavar="OUT", help="also write all results as JSON Lines")

    evaluate = commands.add_parser("evaluate", help="evaluate interview answers offline")
    evaluate.add_argument(
        "--jsonl",
        required=True,
        metavar="FILE",
        help="JSON Lines input ('-' for stdin): question, answer, and optional key_points, "
        "model_answer, type (technical|behavioural|situational|system_design)",
    )

    plan = commands.add_parser("plan", help="print a learning plan offline")
    plan.add_argument("--role", help="target role")
    plan.add_argument("--have", default="", help="skills you already have, comma-separated")
    plan.add_argument("--gaps", default="", help="skills to learn, comma-separated")
    plan.add_argument("--resume", metavar="FILE", help="take known skills and gaps from a resume")
    plan.add_argument("--hours-per-week", type=float, default=6.0)
    plan.add_argument("--json", action="store_true")

    catalog = commands.add_parser("catalog", help="learning-resource catalog tools")
    catalog_commands = catalog.add_subparsers(dest="catalog_command", required=True)
    check = catalog_commands.add_parser("check-links", help="report dead links (needs network)")
    check.add_argument("--concurrency", type=int, default=8)
    check.add_argument("--timeout", type=float, default=10.0)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from vidyamitra.cli import commands

    handler = getattr(commands, "cmd_" + args.command.replace("-", "_"))
    try:
        result: int = handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        # pydantic is imported by the command itself (analyze imports it with the collector
        # paused), so it is imported here only when something failed
        from pydantic import ValidationError

        if not isinstance(exc, ValidationError):
            raise
        for error in exc.errors():
            print(f"configuration error: {error['msg']}", file=sys.stderr)
        return 2
    return result


if __name__ == "__main__":
    sys.exit(main())
