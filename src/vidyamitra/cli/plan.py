"""`vidyamitra plan`: a learning plan for a role, gaps or a resume, offline, without a server."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from vidyamitra.core.errors import AppError


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def run(args: argparse.Namespace) -> int:
    from vidyamitra.ai.offline.learning import (
        LearningPlanner,
        format_plan_text,
        load_catalog,
        load_skill_graph,
    )
    from vidyamitra.ai.offline.roles import load_role_library
    from vidyamitra.ai.offline.skills import load_taxonomy

    taxonomy = load_taxonomy()
    roles = load_role_library(taxonomy)
    have, gaps = _split(args.have), _split(args.gaps)
    on_resume: list[str] = []
    try:
        if args.resume:
            from vidyamitra.ai.offline.resume import ResumeAnalyzer
            from vidyamitra.cli.analyze import analyze_one

            outcome = analyze_one(
                Path(args.resume), ResumeAnalyzer(taxonomy, roles), args.role, None
            )
            if outcome.analysis is None:
                print(f"error: {args.resume}: {outcome.error}", file=sys.stderr)
                return 1
            on_resume = [skill.name for skill in outcome.analysis.skills]
            gaps += [gap.skill for gap in outcome.analysis.gaps]
        planner = LearningPlanner(
            taxonomy, roles, load_catalog(taxonomy), load_skill_graph(taxonomy)
        )
        plan = planner.plan(
            target_role=args.role,
            gaps=gaps,
            have=have,
            resume_skills=on_resume,
            hours_per_week=args.hours_per_week,
            start=date.today(),
        )
    except AppError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    print(plan.model_dump_json(indent=2) if args.json else format_plan_text(plan))
    return 0
