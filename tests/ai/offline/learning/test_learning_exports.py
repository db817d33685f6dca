"""Markdown checklist, terminal text and RFC 5545 calendar exports."""

from __future__ import annotations

from datetime import UTC, date, datetime

from vidyamitra.ai.offline.learning import LearningPlanner, format_plan_text, to_ical, to_markdown

START = date(2026, 1, 5)
STAMP = datetime(2026, 1, 1, 9, 30, tzinfo=UTC)


def unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_markdown_checklist_marks_done_items(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", keep_done=["Git"], start=START)
    markdown = to_markdown(plan)
    assert markdown.startswith("# Learning plan: Frontend Developer\n")
    assert "- [x] **Git**" in markdown
    assert "- [ ] **React** (required" in markdown
    assert "(https://learn.example.org/react-free)" in markdown
    assert "  - alternative: [Learn React (react-paid)]" in markdown
    assert markdown.count("\n- [ ] **") + markdown.count("\n- [x] **") == len(plan.items)


def test_markdown_shows_search_suggestion_label(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role=None, gaps=["Falconry"], start=START)
    assert "No catalog resource yet — search suggestion" in to_markdown(plan)


def test_plan_text_lists_every_item(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", start=START)
    text = format_plan_text(plan)
    assert all(f"{i.position:>2}. {i.skill}" in text for i in plan.items)
    assert "Milestones:" in text


def test_ical_is_well_formed(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", hours_per_week=4, start=START)
    ical = to_ical(plan, stamp=STAMP)
    assert ical.endswith("\r\n")
    raw_lines = ical.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in raw_lines)
    assert "\n" not in ical.replace("\r\n", "")
    lines = unfold(ical)[:-1]
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-1] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == len(plan.milestones)
    depth = 0
    for line in lines:
        depth += line.startswith("BEGIN:") - line.startswith("END:")
        assert depth >= 0
    assert depth == 0
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert lines.count("DTSTAMP:20260101T093000Z") == len(plan.milestones)
    first = plan.milestones[0]
    assert f"DTSTART;VALUE=DATE:{first.due:%Y%m%d}" in lines
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == len(uids)


def test_ical_uids_are_stable_and_text_escaped(fake_world: LearningPlanner) -> None:
    plan = fake_world.plan(target_role="Frontend Developer", start=START)
    again = fake_world.plan(target_role="Frontend Developer", start=START)
    first, second = to_ical(plan), to_ical(again)
    uid = [line for line in unfold(first) if line.startswith("UID:")]
    assert uid == [line for line in unfold(second) if line.startswith("UID:")]
    summary = next(line for line in unfold(first) if line.startswith("SUMMARY:"))
    assert "\\," in summary or "," not in summary.removeprefix("SUMMARY:")
    description = next(line for line in unfold(first) if line.startswith("DESCRIPTION:"))
    assert "\\n" in description


def test_ical_folds_multibyte_text_without_splitting_characters(
    fake_world: LearningPlanner,
) -> None:
    plan = fake_world.plan(target_role=None, gaps=["Café Latte Art — ☕ " * 4], start=START)
    ical = to_ical(plan, stamp=STAMP)
    raw = ical.encode("utf-8")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert "☕" in "".join(unfold(raw.decode("utf-8")))
