"""Planner behaviour on a small fake world: skipping, prerequisites, order, schedule, re-plans."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from tests.ai.offline.learning.conftest import CatalogWriter, FakeRoles, FakeTaxonomy, resource

from vidyamitra.ai.learning_models import SEARCH_LABEL, LearningPlanDraft
from vidyamitra.ai.offline.learning import LearningPlanner, SkillGraph, load_catalog
from vidyamitra.ai.offline.learning.certifications import Certifications, Preparation
from vidyamitra.core.errors import BadRequest, UnknownRole

START = date(2026, 1, 5)


def skills(plan: LearningPlanDraft) -> list[str]:
    return [item.skill for item in plan.items]


def test_role_plan_pulls_prerequisites_first(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", start=START)
    order = skills(plan)
    assert order.index("HTML") < order.index("JavaScript") < order.index("React")
    assert order.index("CSS") < order.index("React")
    assert order.index("Linux") < order.index("Docker") < order.index("Kubernetes")
    pulled = {i.skill for i in plan.items if i.is_prerequisite}
    assert pulled == {"HTML", "CSS", "JavaScript", "Docker", "Linux"}
    assert plan.role_id == "frontend-developer"
    assert plan.engine == "offline-v1"
    assert [i.position for i in plan.items] == list(range(1, len(plan.items) + 1))


def test_required_before_preferred_when_order_is_free(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", start=START)
    order = skills(plan)
    assert order.index("React") < order.index("Linux")
    assert order.index("Git") < order.index("Kubernetes")


def test_held_skills_are_skipped_and_not_pulled_in(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(
        target_role="Frontend Developer", have=["js", "Git", "html"], start=START
    )
    assert "JavaScript" not in skills(plan)
    assert "HTML" not in skills(plan)
    assert [s.skill for s in plan.skipped_skills] == ["Git"]
    react = next(i for i in plan.items if i.skill == "React")
    assert react.prerequisites == ["JavaScript", "CSS"]


def test_primary_resource_is_free_and_level_fit_with_alternative(
    fake_world: LearningPlanner,
) -> None:
    plan = fake_world.plan(target_role=None, gaps=["SQL"], start=START)
    (item,) = plan.items
    assert item.resource is not None
    assert item.resource.id == "sql-free"
    assert [a.id for a in item.alternatives] == ["sql-paid"]
    assert item.hours == 5.0
    assert item.importance == "required"  # a named gap is what the learner asked for
    assert [r.id for r in plan.resources] == ["sql-free", "sql-paid"]


def test_unknown_gap_gets_search_suggestion_not_url(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role=None, gaps=["Underwater Welding", "SQL"], start=START)
    item = next(i for i in plan.items if i.skill == "Underwater Welding")
    assert item.resource is None
    assert item.alternatives == []
    assert item.search_suggestion is not None
    assert item.search_suggestion.label == SEARCH_LABEL
    assert "http" not in item.search_suggestion.query
    assert "Underwater Welding" in item.search_suggestion.query
    assert item.hours > 0
    assert plan.notes
    dumped = plan.model_dump_json()
    assert "Underwater Welding" in dumped
    assert "resources" in dumped


def test_keep_done_items_stay_done_and_unscheduled(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", keep_done=["HTML", "Git"], start=START)
    done = {i.skill: i for i in plan.items if i.status == "done"}
    assert set(done) == {"HTML", "Git"}
    assert all(i.week is None for i in done.values())
    assert all(e.skill not in done for w in plan.schedule for e in w.entries)
    todo_hours = sum(i.hours for i in plan.items if i.status == "todo")
    assert plan.total_hours == pytest.approx(todo_hours)


def test_keep_done_survives_even_when_held(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(
        target_role=None, gaps=["SQL"], have=["SQL"], keep_done=["SQL"], start=START
    )
    assert [(i.skill, i.status) for i in plan.items] == [("SQL", "done")]
    assert plan.weeks == 0
    assert plan.skipped_skills == []


def test_schedule_packs_hours_and_spans_weeks(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", hours_per_week=3, start=START)
    for item in plan.items:
        scheduled = sum(e.hours for w in plan.schedule for e in w.entries if e.skill == item.skill)
        assert scheduled == pytest.approx(item.hours)
        assert item.end_week is not None
        assert item.week is not None
        assert item.end_week - item.week >= 1  # 5 h items at 3 h/week always span two weeks
    assert all(w.hours <= 3 + 1e-9 for w in plan.schedule)
    assert plan.weeks == len(plan.schedule)
    assert sum(w.hours for w in plan.schedule) == pytest.approx(plan.total_hours)
    assert plan.estimated_finish == START + timedelta(days=7 * plan.weeks - 1)
    assert plan.schedule[-1].ends == plan.estimated_finish


def test_milestones_close_finished_items_with_category_checks(
    fake_world: LearningPlanner,
) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", hours_per_week=10, start=START)
    closed = [s for m in plan.milestones for s in m.skills]
    assert sorted(closed) == sorted(skills(plan))
    for milestone in plan.milestones:
        assert milestone.due == plan.schedule[milestone.week - 1].ends
        assert all(s in milestone.check for s in milestone.skills)
    react = next(m for m in plan.milestones if "React" in m.skills)
    assert "deploy a small CRUD app" in react.check


@pytest.mark.parametrize("hours", [0.5, 61])
def test_hours_per_week_bounds(fake_world: LearningPlanner, hours: float) -> None:
    with pytest.raises(BadRequest):
        fake_world.plan(target_role="Frontend Developer", hours_per_week=hours, start=START)


def test_nothing_to_plan_is_a_bad_request(fake_world: LearningPlanner) -> None:
    with pytest.raises(BadRequest):
        fake_world.plan(target_role=None, gaps=["  "], start=START)


def test_unknown_role_propagates(fake_world: LearningPlanner) -> None:
    with pytest.raises(UnknownRole):
        fake_world.plan(target_role="Astronaut", start=START)


def small_planner(
    taxonomy: FakeTaxonomy, writer: CatalogWriter, entries: list[dict[str, object]]
) -> LearningPlanner:
    catalog = load_catalog(taxonomy, writer(entries))
    return LearningPlanner(taxonomy, FakeRoles([]), catalog, SkillGraph({}))


def test_a_resource_already_chosen_is_reused_for_the_next_skill_it_teaches(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    entries = [
        resource("both", "SQL", skills=["SQL", "Statistics"], hours=20.0),
        resource("stats", "Statistics", hours=30.0),
    ]
    plan = small_planner(fake_taxonomy, write_catalog, entries).plan(
        target_role=None, gaps=["SQL", "Statistics"], start=START
    )
    sql, stats = plan.items
    assert sql.resource is not None
    assert sql.resource.id == "both"
    assert stats.resource is not None
    assert stats.resource.id == "both"  # keep studying it, not a second 30-hour book
    assert [a.id for a in stats.alternatives] == ["stats"]
    assert sql.hours == stats.hours == 10.0
    assert plan.total_hours == 20.0


def test_short_overview_is_never_primary_over_a_real_course(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    entries = [
        resource("wiki", "Git", type="article", hours=1.0),
        resource("book", "Git", level="intermediate", hours=20.0),
    ]
    plan = small_planner(fake_taxonomy, write_catalog, entries).plan(
        target_role=None, gaps=["Git"], start=START
    )
    (item,) = plan.items
    assert item.resource is not None
    assert item.resource.id == "book"
    assert [a.id for a in item.alternatives] == ["wiki"]


def test_prerequisites_of_held_skills_count_as_known(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role=None, gaps=["Kubernetes"], have=["Docker"], start=START)
    assert skills(plan) == ["Kubernetes"]  # Docker held, and Linux comes with Docker


def test_keep_done_unknown_skill_keeps_its_spelling(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role=None, gaps=["SQL"], keep_done=["Quilting"], start=START)
    done = [i for i in plan.items if i.status == "done"]
    assert [i.skill for i in done] == ["Quilting"]


def test_a_plan_longer_than_a_year_says_so(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    planner = small_planner(fake_taxonomy, write_catalog, [resource("big", "SQL", hours=100.0)])
    slow = planner.plan(target_role=None, gaps=["SQL"], hours_per_week=1, start=START)
    fast = planner.plan(target_role=None, gaps=["SQL"], hours_per_week=10, start=START)
    assert slow.weeks == 100
    assert any("100 weeks" in note for note in slow.notes)
    assert fast.notes == []


def test_a_held_skill_covers_the_broader_skills_it_implies(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(
        target_role=None, gaps=["JavaScript", "SQL"], resume_skills=["React"], start=START
    )
    assert skills(plan) == ["SQL"]
    assert [(s.skill, s.reason) for s in plan.skipped_skills] == [
        ("JavaScript", "Covered by React on your resume.")
    ]


def test_skills_said_or_shown_have_their_own_reasons(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(
        target_role=None,
        gaps=["JavaScript", "SQL", "Git", "Docker"],
        have=["React", "Git"],
        demonstrated=["Docker"],
        start=START,
    )
    assert skills(plan) == ["SQL"]
    assert {s.skill: s.reason for s in plan.skipped_skills} == {
        "JavaScript": "Covered by React, which you said you have.",
        "Git": "You said you already have it.",
        "Docker": "You answered it well in your interview.",
    }


def test_skipped_skills_are_left_out_without_covering_others(
    fake_world: LearningPlanner,
) -> None:
    plan = fake_world.plan(
        target_role=None,
        gaps=["React", "JavaScript", "Kubernetes"],
        exclude=["react"],
        start=START,
    )
    assert set(skills(plan)) == {"HTML", "JavaScript", "Linux", "Docker", "Kubernetes"}
    assert [(s.skill, s.reason) for s in plan.skipped_skills] == [("React", "You skipped it.")]
    skipped_prereq = fake_world.plan(
        target_role=None, gaps=["Kubernetes"], exclude=["Docker"], start=START
    )
    assert skills(skipped_prereq) == ["Linux", "Kubernetes"]  # Docker not pulled back in


def test_named_gaps_rank_like_required_skills_after_their_prerequisites(
    fake_world: LearningPlanner,
) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", gaps=["SQL", "Docker"], start=START)
    order = skills(plan)
    assert order.index("SQL") < order.index("Kubernetes")  # before the role's preferred skill
    assert order.index("Linux") < order.index("Docker") < order.index("Kubernetes")
    assert {i.skill: i.importance for i in plan.items}["SQL"] == "required"
    upgraded = fake_world.plan(target_role="Frontend Developer", gaps=["k8s"], start=START)
    assert {i.skill: i.importance for i in upgraded.items}["Kubernetes"] == "required"


def test_role_as_label_only_plans_just_the_gaps(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(
        target_role="Frontend Developer", gaps=["SQL"], role_skills=False, start=START
    )
    assert skills(plan) == ["SQL"]
    assert plan.target_role == "Frontend Developer"
    unknown = fake_world.plan(target_role="Astronaut", gaps=["SQL"], role_skills=False, start=START)
    assert unknown.target_role is None
    with pytest.raises(BadRequest):
        fake_world.plan(target_role="Frontend Developer", role_skills=False, start=START)


def cert_planner(
    taxonomy: FakeTaxonomy, writer: CatalogWriter, entries: list[dict[str, object]]
) -> LearningPlanner:
    taxonomy.skills["Scrum Cert"] = "certification"
    catalog = load_catalog(taxonomy, writer(entries))
    certifications = Certifications({"Scrum Cert": Preparation(60.0, "Two exams.")})
    return LearningPlanner(
        taxonomy, FakeRoles([]), catalog, SkillGraph({}), certifications=certifications
    )


def test_a_certification_gets_its_preparation_hours_not_an_overview(
    fake_taxonomy: FakeTaxonomy, write_catalog: CatalogWriter
) -> None:
    entries = [
        resource("what-is", "Scrum Cert", type="article", hours=2.0),
        resource("exam-page", "Scrum Cert", type="docs", hours=1.0),
        resource("prep", "Scrum Cert", free=False, level="intermediate", hours=20.0),
    ]
    plan = cert_planner(fake_taxonomy, write_catalog, entries).plan(
        target_role=None, gaps=["Scrum Cert"], start=START
    )
    (item,) = plan.items
    assert item.resource is not None
    assert item.resource.id == "prep"  # the paid course prepares; free pages only describe
    assert item.hours == 60.0
    assert any("Scrum Cert 60 h (Two exams.)" in note for note in plan.notes)


def test_product_editions_normalise_to_the_taxonomy_skill(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(
        target_role=None, gaps=["SQL 2019", "Docker v24.0", "Quilting Prime"], start=START
    )
    assert set(skills(plan)) == {"SQL", "Linux", "Docker", "Quilting Prime"}  # unknown: as given
    unknown = next(i for i in plan.items if i.skill == "Quilting Prime")
    assert unknown.resource is None
