"""The validated, immutable question bank: lookup, domain resolution and selection."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from vidyamitra.ai.interview_models import Question
from vidyamitra.ai.offline.questionbank.resolve import DomainResolver
from vidyamitra.ai.offline.questionbank.selection import SelectionRequest, select_questions


@dataclass(frozen=True, slots=True)
class DomainInfo:
    """One domain of the bank: its id (file stem), title, the roles it serves, question count."""

    id: str
    title: str
    roles: tuple[str, ...]
    count: int


class QuestionBank:
    """All bank questions, built by ``load_question_bank``; read-only after construction."""

    def __init__(
        self,
        questions: tuple[Question, ...],
        domains: tuple[DomainInfo, ...],
        topics: Mapping[str, tuple[str, ...]],
    ) -> None:
        self._questions = questions
        self._domains = domains
        self._by_id = {q.id: q for q in questions}
        self._topics = dict(topics)
        self._resolver = DomainResolver({d.id: (d.title, d.roles) for d in domains})

    @property
    def questions(self) -> tuple[Question, ...]:
        """Every question, in file order."""
        return self._questions

    @property
    def domains(self) -> tuple[DomainInfo, ...]:
        """Every domain, sorted by id."""
        return self._domains

    def get(self, question_id: str) -> Question | None:
        """The question with this id, or None."""
        return self._by_id.get(question_id)

    def topics(self, question_id: str) -> tuple[str, ...]:
        """Topic tags of a question (empty for unknown ids)."""
        return self._topics.get(question_id, ())

    def resolve_domain(self, domain: str | None, role: str | None = None) -> str:
        """Map free text ('Backend', 'data science', 'SDE', a role id) to a domain id.

        Raises ``UnprocessableContent`` (with ``known_domains``) when nothing fits.
        """
        return self._resolver.resolve(domain, role)

    def select(
        self,
        *,
        domain: str,
        level: str,
        count: int,
        skills: Sequence[str] = (),
        gap_skills: Sequence[str] = (),
        avoid_ids: Collection[str] = (),
        seed: int | str,
    ) -> list[Question]:
        """Pick ``count`` (1–20) distinct questions for an interview; see ``selection``.

        Raises ``UnprocessableContent`` for an unknown domain, level or a count out of range.
        """
        request = SelectionRequest(
            domain=self._resolver.resolve(domain, None),
            level=level.strip().lower(),
            count=count,
            skills=tuple(skills),
            gap_skills=tuple(gap_skills),
            avoid_ids=frozenset(avoid_ids),
            seed=seed,
        )
        return select_questions(self._questions, self._topics, request)
