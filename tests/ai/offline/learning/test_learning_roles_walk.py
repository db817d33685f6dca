"""Every role in the shipped library gets a sound plan from the shipped catalog and graph."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from vidyamitra.ai.offline.learning import Catalog, LearningPlanner, SkillGraph
from vidyamitra.ai.offline.learning.certifications import load_certifications
from vidyamitra.ai.offline.roles import RoleLibrary
from vidyamitra.ai.offline.skills import Taxonomy

START = date(2026, 3, 2)


def test_every_role_skill_has_two_resources_one_free(roles: RoleLibrary, catalog: Catalog) -> None:
    missing = []
    for role in roles.roles:
        for wanted in (*role.required, *role.preferred):
            found = catalog.for_skill(wanted.skill)
            if len(found) < 2 or not any(r.free for r in found):
                missing.append(f"{role.id}: {wanted.skill} ({len(found)})")
    assert missing == []


@pytest.mark.parametrize("hours_per_week", [3.0, 6.0, 15.0])
def test_every_role_plan_is_sound(
    planner: LearningPlanner,
    roles: RoleLibrary,
    catalog: Catalog,
    graph: SkillGraph,
    hours_per_week: float,
) -> None:
    assert len(roles.roles) >= 60
    for role in roles.roles:
        plan = planner.plan(target_role=role.title, hours_per_week=hours_per_week, start=START)
        assert plan.role_id == role.id
        position = {item.skill: item.position for item in plan.items}
        for wanted in (*role.required, *role.preferred):
            assert wanted.skill in position, (role.id, wanted.skill)
        for item in plan.items:
            # >= 2 resources per skill, every one straight from the catalog
            assert item.resource is not None, (role.id, item.skill)
            assert len(item.alternatives) >= 1, (role.id, item.skill)
            for res in (item.resource, *item.alternatives):
                assert catalog.get(res.id) == res
                assert item.skill in res.skills
            # no prerequisite order violated
            for prereq in graph.all_prerequisites(item.skill):
                if prereq in position:
                    assert position[prereq] < item.position, (role.id, prereq, item.skill)
            scheduled = sum(
                e.hours for w in plan.schedule for e in w.entries if e.skill == item.skill
            )
            assert scheduled == pytest.approx(item.hours), (role.id, item.skill)
        assert all(w.hours <= hours_per_week + 1e-6 for w in plan.schedule)
        assert sum(w.hours for w in plan.schedule) == pytest.approx(plan.total_hours)
        assert plan.weeks == len(plan.schedule)
        assert plan.estimated_finish == START + timedelta(days=7 * plan.weeks - 1)
        assert plan.milestones[-1].due == plan.estimated_finish
        assert sorted(s for m in plan.milestones for s in m.skills) == sorted(position)


def test_role_plan_skips_what_the_resume_already_has(planner: LearningPlanner) -> None:
    plan = planner.plan(
        target_role="Backend Developer", resume_skills=["postgres", "git", "Docker"], start=START
    )
    skipped = {s.skill: s.reason for s in plan.skipped_skills}
    assert skipped["Git"] == "Already on your resume."
    assert skipped["Docker"] == "Already on your resume."
    assert skipped["SQL"] == "Covered by PostgreSQL on your resume."
    planned = {i.skill for i in plan.items}
    assert not planned & {"Git", "Docker", "PostgreSQL", "SQL", "Linux"}
    assert "Database Design" in planned


def test_gap_aliases_are_normalised(planner: LearningPlanner) -> None:
    plan = planner.plan(target_role=None, gaps=["k8s", "ReactJS"], start=START)
    planned = [i.skill for i in plan.items]
    assert "Kubernetes" in planned
    assert "React" in planned
    assert planned.index("Docker") < planned.index("Kubernetes")
    assert planned.index("JavaScript") < planned.index("React")


def test_a_resource_covering_the_next_skill_is_reused(planner: LearningPlanner) -> None:
    plan = planner.plan(target_role=None, gaps=["Probability", "Statistics"], start=START)
    chosen = {i.resource.id for i in plan.items if i.resource is not None}
    assert len(chosen) == 1, chosen  # one course teaching both, not a second 40-hour book


def test_paid_certificates_are_not_free_and_certifications_get_real_estimates(
    planner: LearningPlanner, catalog: Catalog, taxonomy: Taxonomy
) -> None:
    for resource in catalog.resources:
        if "/professional-certificates/" in resource.url and resource.source == "curated":
            assert not resource.free, resource.id
            assert resource.hours >= 60, resource.id
    for gap, at_least in (("Chartered Accountant", 1000), ("Six Sigma Green Belt", 40)):
        (item,) = planner.plan(target_role=None, gaps=[gap], start=START).items
        assert item.hours >= at_least, gap
        assert item.resource is not None
        assert item.resource.type != "article" and item.resource.hours >= 5, gap
    certifications = load_certifications(taxonomy)  # every name is a canonical taxonomy skill
    for skill in catalog.skills():
        entry = taxonomy.get(skill)
        if entry is not None and entry.category == "certification":
            assert certifications.get(skill) is not None, skill


def test_tally_erp_is_tally(planner: LearningPlanner) -> None:
    plan = planner.plan(target_role=None, gaps=["Tally ERP"], start=START)
    (item,) = [i for i in plan.items if not i.is_prerequisite]
    assert item.skill == "Tally"
    assert item.resource is not None
