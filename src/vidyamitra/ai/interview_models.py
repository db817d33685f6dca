"""Shared interview types: questions, the evaluation of one answer, and the interview report."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QuestionType = Literal["technical", "behavioural", "situational", "system_design"]
Level = Literal["entry", "mid", "senior"]
StarName = Literal["situation", "task", "action", "result"]
StarStatus = Literal["present", "weak", "missing"]

# Score anchors: (upper bound inclusive, descriptor, what it means). Used by every engine.
SCORE_ANCHORS: tuple[tuple[int, str, str], ...] = (
    (20, "Not yet an answer", "Empty, off-topic or unreadable; nothing to assess yet."),
    (40, "Beginning", "Touches the topic but misses most of what a good answer covers."),
    (60, "Developing", "Covers part of the topic; key ideas or depth are missing."),
    (80, "Solid", "Covers most key ideas with some explanation or example."),
    (100, "Strong", "Covers the key ideas clearly, with reasoning, examples or trade-offs."),
)


WEAK_MAX = SCORE_ANCHORS[2][0]  # "Developing" and below: a skill worth practising


def level_descriptor(score: int) -> str:
    """The anchored descriptor of a 0–100 score."""
    for upper, name, _meaning in SCORE_ANCHORS:
        if score <= upper:
            return name
    return SCORE_ANCHORS[-1][1]


class Question(BaseModel):
    """One interview question with the rubric an answer is judged against."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable identifier of the question.")
    text: str = Field(description="The question as asked.")
    type: QuestionType = Field(description="Kind of question; drives STAR checks.")
    level: Level = Field(description="Seniority the question targets.")
    domain: str = Field(description="Domain or role family, e.g. 'frontend'.")
    skills: list[str] = Field(default_factory=list, description="Skills the question probes.")
    key_points: list[str] = Field(
        default_factory=list,
        description="Points a good answer mentions (rubric); may be empty for custom questions.",
    )
    model_answer: str | None = Field(
        default=None,
        description="An example of a good answer, shown as an example, not the only right one.",
    )
    source: Literal["bank", "custom", "llm"] = Field(
        default="bank", description="Where the question came from."
    )


class KeyPointResult(BaseModel):
    """Whether one key point is covered by the answer, and where."""

    point: str = Field(description="The key point from the rubric.")
    covered: bool = Field(description="True when the answer covers this point.")
    similarity: float = Field(description="Best match between the point and the answer (0–1).")
    evidence: str | None = Field(default=None, description="Sentence quoted from the answer.")


class StarComponent(BaseModel):
    """One part of a STAR (situation, task, action, result) story."""

    name: StarName = Field(description="situation, task, action or result.")
    status: StarStatus = Field(description="present, weak or missing.")
    evidence: str | None = Field(default=None, description="Sentence quoted from the answer.")


class WordCount(BaseModel):
    """A word and how often the answer used it."""

    word: str = Field(description="The word, lower-cased.")
    count: int = Field(description="How many times it appears.")


class AnswerInsights(BaseModel):
    """Descriptive facts about the answer (Interview Warmup style), not judgements."""

    job_related_terms: list[str] = Field(
        default_factory=list, description="Job-related or technical terms the answer used."
    )
    most_used_words: list[WordCount] = Field(
        default_factory=list, description="Most frequent non-stopwords."
    )
    talking_points_covered: list[str] = Field(
        default_factory=list, description="Key points the answer covered."
    )
    word_count: int = Field(default=0, description="Number of words in the answer.")


class AnswerEvaluation(BaseModel):
    """Coaching feedback on one answer: a score with its anchor, quotes and gaps."""

    engine: str = Field(description="Engine that produced this evaluation, e.g. 'offline-v1'.")
    method: str = Field(
        description="How it was judged, e.g. 'embeddings:all-MiniLM-L6-v2' or a lexical fallback."
    )
    score: int = Field(ge=0, le=100, description="0–100; see level_descriptor for the anchor.")
    level_descriptor: str = Field(description="Anchored band of the score (SCORE_ANCHORS).")
    feedback: str = Field(description="Coaching summary in plain words.")
    strengths: list[str] = Field(
        default_factory=list, description="What went well, quoting the answer."
    )
    improvements: list[str] = Field(default_factory=list, description="What to add or change.")
    key_points: list[KeyPointResult] = Field(
        default_factory=list, description="Coverage of each key point."
    )
    missed_key_points: list[str] = Field(
        default_factory=list, description="Key points the answer did not cover."
    )
    star: list[StarComponent] | None = Field(
        default=None, description="STAR breakdown for behavioural/situational questions."
    )
    relevance: float = Field(description="Similarity of the answer to the question (0–1).")
    flags: list[str] = Field(
        default_factory=list,
        description="Problems found: empty, dont_know, too_short, gibberish, repetitive, "
        "question_copied, off_topic, off_intent (about a different task), keyword_stuffing.",
    )
    follow_up_question: str | None = Field(
        default=None, description="A follow-up question aimed at the biggest gap."
    )
    insights: AnswerInsights = Field(
        default_factory=AnswerInsights, description="Descriptive facts about the answer."
    )


class QuestionScore(BaseModel):
    """One question's line in the interview report."""

    index: int = Field(description="1-based position in the interview.")
    question: str = Field(description="Question text.")
    type: QuestionType = Field(description="Question type.")
    answered: bool = Field(description="False when the question was never answered.")
    score: int | None = Field(default=None, description="Score, or None when unanswered.")
    level_descriptor: str = Field(description="Anchor of the score, or 'Not answered'.")
    missed_key_points: list[str] = Field(default_factory=list, description="Gaps found.")


class CategoryScore(BaseModel):
    """Average score over the answered questions of one category (type or skill)."""

    kind: Literal["type", "skill"] = Field(description="Whether category is a type or a skill.")
    category: str = Field(description="Question type or skill name.")
    score: int = Field(description="Mean score of answered questions, rounded.")
    count: int = Field(description="Number of answered questions in the category.")


class InterviewReport(BaseModel):
    """Summary of a completed interview, the input of the HTML and PDF renderers."""

    interview_id: str = Field(description="Interview identifier.")
    domain: str = Field(description="Domain of the interview.")
    role: str = Field(description="Target role.")
    level: Level = Field(description="Target level.")
    started_at: datetime = Field(description="When the interview started.")
    completed_at: datetime | None = Field(default=None, description="When it was completed.")
    overall_score: int | None = Field(
        default=None,
        description="Mean over all questions, unanswered ones counting 0; None if none answered.",
    )
    answered_average: int | None = Field(
        default=None, description="Mean score of the answered questions only."
    )
    overall_descriptor: str = Field(description="Anchor of the overall score.")
    answered_count: int = Field(description="Questions answered.")
    question_count: int = Field(description="Questions asked.")
    per_question: list[QuestionScore] = Field(default_factory=list, description="Per question.")
    per_category: list[CategoryScore] = Field(default_factory=list, description="Per category.")
    top_strengths: list[str] = Field(default_factory=list, description="Best strengths quoted.")
    focus_areas: list[str] = Field(default_factory=list, description="What to work on first.")
    next_steps: list[str] = Field(
        default_factory=list, description="Missed skills/points that feed a learning plan."
    )
    notes: list[str] = Field(
        default_factory=list, description="How to read the report, e.g. unanswered questions."
    )
    engine: str = Field(description="Engine(s) that produced the evaluations.")
