"""The `vidyamitra` command line: serve, migrate, dev-token, analyze, evaluate, plan, catalog."""

from vidyamitra.cli.main import main

__all__ = ["main"]
