"""`vidyamitra catalog check-links`: report dead links in the resource catalog (needs network)."""

from __future__ import annotations

import argparse
import asyncio
import sys


def run(args: argparse.Namespace) -> int:
    from vidyamitra.ai.offline.learning import check_links, load_catalog
    from vidyamitra.ai.offline.skills import load_taxonomy

    catalog = load_catalog(load_taxonomy())
    reports = asyncio.run(check_links(catalog, timeout=args.timeout, concurrency=args.concurrency))
    dead = [report for report in reports if not report.ok]
    for report in dead:
        reason = report.error or f"HTTP {report.status}"
        print(f"DEAD  {report.url}  ({reason})")
    print(f"{len(reports) - len(dead)} of {len(reports)} links alive", file=sys.stderr)
    return 1 if dead else 0
