"""Question selection: counts, type mix, levels, avoidance, tailoring and determinism."""

from __future__ import annotations

from typing import Any

import pytest

from vidyamitra.ai.offline.questionbank import QuestionBank, load_question_bank
from vidyamitra.core.errors import UnprocessableContent

SOFT = {"behavioural", "situational"}


@pytest.fixture
def bank(write_bank: Any, question: Any) -> QuestionBank:
    """backend: 30 technical (10 per level, 3 about Kafka) + 4 soft; hr: 12 soft; tiny: 5."""
    backend = [
        question(
            "backend",
            n,
            level=("entry", "mid", "senior")[n % 3],
            skills=("Kafka",) if n in (3, 6, 9) else ("SQL",),
        )
        for n in range(1, 31)
    ]
    backend += [question("backend", n, type="behavioural", level="mid") for n in range(31, 35)]
    hr = [question("behavioural_hr", n, type="situational") for n in range(1, 13)]
    tiny = [question("tiny", n, level="senior") for n in range(1, 6)]
    return load_question_bank(write_bank({"backend": backend, "behavioural_hr": hr, "tiny": tiny}))


def test_count_bounds(bank: QuestionBank) -> None:
    assert len(bank.select(domain="backend", level="mid", count=1, seed=1)) == 1
    assert len(bank.select(domain="backend", level="mid", count=20, seed=1)) == 20
    for count in (0, 21):
        with pytest.raises(UnprocessableContent, match="between 1 and 20"):
            bank.select(domain="backend", level="mid", count=count, seed=1)


def test_unknown_domain_and_level_raise(bank: QuestionBank) -> None:
    with pytest.raises(UnprocessableContent) as caught:
        bank.select(domain="astrology", level="mid", count=5, seed=1)
    assert caught.value.extra["known_domains"] == ["backend", "behavioural_hr", "tiny"]
    with pytest.raises(UnprocessableContent, match="Unknown level"):
        bank.select(domain="backend", level="expert", count=5, seed=1)


@pytest.mark.parametrize("seed", range(12))
def test_no_repeats_and_technical_majority_with_a_soft_question(
    bank: QuestionBank, seed: int
) -> None:
    for count in (3, 8, 20):
        chosen = bank.select(domain="backend", level="entry", count=count, seed=seed)
        assert len({q.id for q in chosen}) == count
        soft = [q for q in chosen if q.type in SOFT]
        assert 1 <= len(soft) < count / 2
        assert {q.domain for q in chosen if q.type not in SOFT} == {"backend"}


def test_small_counts_stay_technical(bank: QuestionBank) -> None:
    chosen = bank.select(domain="backend", level="mid", count=2, seed=3)
    assert all(q.type == "technical" for q in chosen)


def test_soft_questions_come_from_behavioural_hr_when_domain_has_none(bank: QuestionBank) -> None:
    chosen = bank.select(domain="tiny", level="senior", count=5, seed=2)
    assert {q.domain for q in chosen} == {"tiny", "behavioural_hr"}
    assert sum(q.domain == "behavioural_hr" for q in chosen) == 1
    assert [q.domain for q in chosen].count("tiny") == 4


def test_domain_soft_questions_are_used_before_borrowing(bank: QuestionBank) -> None:
    chosen = bank.select(domain="backend", level="mid", count=12, seed=5)
    assert {q.domain for q in chosen} == {"backend"}


def test_level_matches_first_then_adjacent(bank: QuestionBank) -> None:
    chosen = bank.select(domain="backend", level="senior", count=8, seed=4)
    assert all(q.level == "senior" for q in chosen if q.type == "technical")
    wide = bank.select(domain="backend", level="senior", count=14, seed=4)
    technical_levels = [q.level for q in wide if q.type == "technical"]
    assert technical_levels.count("senior") == 10
    assert "entry" not in technical_levels  # mid is adjacent to senior, entry is not


def test_avoided_questions_skipped_while_others_remain(bank: QuestionBank) -> None:
    first = bank.select(domain="backend", level="entry", count=10, seed=7)
    again = bank.select(
        domain="backend", level="entry", count=10, seed=7, avoid_ids={q.id for q in first}
    )
    assert not {q.id for q in first} & {q.id for q in again}


def test_avoided_questions_fill_last_when_pool_is_exhausted(bank: QuestionBank) -> None:
    avoid = {f"tiny-{n:03d}" for n in range(1, 4)}
    chosen = bank.select(domain="tiny", level="senior", count=5, seed=1, avoid_ids=avoid)
    assert len({q.id for q in chosen}) == 5
    assert {q.id for q in chosen[-2:]} <= avoid
    assert not {q.id for q in chosen[:3]} & avoid


def test_gap_skills_and_resume_skills_are_preferred(bank: QuestionBank) -> None:
    kafka = {"backend-003", "backend-006", "backend-009"}

    def hits(**tailoring: Any) -> int:
        return sum(
            len(
                kafka
                & {
                    q.id
                    for q in bank.select(
                        domain="backend", level="entry", count=5, seed=s, **tailoring
                    )
                }
            )
            for s in range(150)
        )

    plain, resume, gap = hits(), hits(skills=["kafka"]), hits(gap_skills=["KAFKA"])
    assert resume > plain * 1.3
    assert gap > resume * 1.2


def test_same_seed_same_questions_other_seeds_differ(bank: QuestionBank) -> None:
    def ids(seed: int | str) -> list[str]:
        return [q.id for q in bank.select(domain="backend", level="mid", count=8, seed=seed)]

    assert ids("user-1:interview-9") == ids("user-1:interview-9")
    assert ids(11) == ids(11)
    assert len({tuple(ids(s)) for s in range(10)}) > 5


def test_domain_is_resolved_from_free_text(bank: QuestionBank) -> None:
    chosen = bank.select(domain="Backend Developer", level="mid", count=4, seed=1)
    assert {q.domain for q in chosen if q.type == "technical"} == {"backend"}


def test_every_packaged_domain_and_level_can_fill_ten_questions() -> None:
    real = load_question_bank()
    for info in real.domains:
        for level in ("entry", "mid", "senior"):
            chosen = real.select(domain=info.id, level=level, count=10, seed=info.id)
            assert len({q.id for q in chosen}) == 10
            assert any(q.type in SOFT for q in chosen)


def test_level_is_case_insensitive(bank: QuestionBank) -> None:
    upper = bank.select(domain="backend", level=" Senior ", count=4, seed=9)
    assert upper == bank.select(domain="backend", level="senior", count=4, seed=9)
