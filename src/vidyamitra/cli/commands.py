"""One function per command; heavy modules are imported inside them to keep start-up fast."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vidyamitra.core.settings import Settings


def _settings() -> Settings:
    from vidyamitra.core.settings import Settings

    return Settings()


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from vidyamitra.core import migrate

    settings = _settings()
    if not args.no_migrate:
        migrate.upgrade(settings)
    uvicorn.run(
        "vidyamitra.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        proxy_headers=True,
        log_config=None,
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from vidyamitra.core import migrate

    migrate.upgrade(_settings())
    print("database is at the latest revision", file=sys.stderr)
    return 0


def cmd_dev_token(args: argparse.Namespace) -> int:
    from vidyamitra.auth.dev import mint_dev_token

    settings = _settings()
    if settings.is_production:
        print("dev-token is for development only", file=sys.stderr)
        return 2
    print(mint_dev_token(settings.data_dir, args.user, ttl_seconds=int(args.hours * 3600)))
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from vidyamitra.cli.analyze import run

    return run(args)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from vidyamitra.cli.evaluate import run

    return run(args)


def cmd_plan(args: argparse.Namespace) -> int:
    from vidyamitra.cli.plan import run

    return run(args)


def cmd_catalog(args: argparse.Namespace) -> int:
    from vidyamitra.cli.catalog import run

    return run(args)
