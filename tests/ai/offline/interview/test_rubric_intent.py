"""STAR only for story questions, rubric quality points met by signals, question intent."""

from __future__ import annotations

from vidyamitra.ai.interview_models import Question
from vidyamitra.ai.offline.interview import AnswerEvaluator
from vidyamitra.ai.offline.interview.lexicon import load_lexicon
from vidyamitra.ai.offline.interview.rubric import classify


def hr(text: str, points: list[str], qtype: str = "behavioural") -> Question:
    """A behavioural question with a rubric."""
    return Question.model_validate(
        {
            "id": "hr-x",
            "text": text,
            "type": qtype,
            "level": "entry",
            "domain": "general",
            "skills": ["Communication"],
            "key_points": points,
        }
    )


FEEDBACK_Q = hr(
    "How do you handle feedback on your work?",
    [
        "Welcomes feedback and listens without getting defensive",
        "Asks questions to understand the feedback",
        "Acts on the feedback and follows up",
    ],
)
FEEDBACK_A = (
    "I treat feedback as information, not as an attack, so I listen fully before I respond. "
    "If something is unclear I ask for an example, because vague feedback is hard to act on. "
    "Then I agree one or two concrete changes and check back with the person a week later. "
    "For instance, a reviewer told me my pull requests were too large, so I now split them "
    "into smaller ones, and reviews became much faster."
)

STORY_POINTS = [
    "Describes a specific situation",
    "Explains their own actions, not just the team's",
    "States a measurable or clear outcome",
    "Reflects on what they learned",
]
STORY_Q = hr("Tell me about a time you improved a slow process.", STORY_POINTS)
STORY_A = (
    "Last year in my internship the weekly sales report took two days to prepare by hand. "
    "I wrote a script that pulled the numbers from the database and built the charts. "
    "I also documented it so that others could run it. "
    "As a result the report now takes twenty minutes instead of two days. "
    "I learned that it is worth asking why a task is manual before accepting it."
)
WE_A = (
    "Last year in my internship the weekly sales report took two days to prepare by hand. "
    "We wrote a script that pulled the numbers from the database. We built the charts too. "
    "We documented it so that others could run it. "
    "The report was quicker after that."
)

ANALYSIS_Q = hr(
    "How would you explain a complex analysis result to a non-technical manager?",
    [
        "Describes a specific situation with a non-technical audience",
        "Leads with the conclusion and recommended action rather than the method",
        "Uses simple visuals and concrete numbers or analogies instead of jargon",
    ],
)
MODELLING_A = (
    "I would start by exploring the data, checking missing values and distributions, then "
    "build a simple baseline model such as logistic regression and evaluate it with "
    "cross-validation, because a baseline tells us whether complex models are worth it."
)
EXPLAIN_A = (
    "I would lead with the conclusion and what I recommend, not the method. For example, in my "
    "internship I told our operations manager that most learners dropped out in week two, "
    "showed one simple chart instead of regression tables, and said how sure we were. "
    "Then I checked that the decision was clear to them."
)


def test_non_story_hr_question_is_not_judged_as_star(evaluator: AnswerEvaluator) -> None:
    result = evaluator.evaluate(FEEDBACK_Q, FEEDBACK_A)
    assert result.star is None
    assert result.score >= 60, result


def test_story_question_keeps_star(evaluator: AnswerEvaluator) -> None:
    assert evaluator.evaluate(STORY_Q, STORY_A).star is not None


def test_rubric_points_are_classified_by_wording() -> None:
    lex = load_lexicon()
    kinds = [classify(p, lex) for p in STORY_POINTS]
    assert kinds == ["situation", "own_action", "outcome", "reflection"]
    assert classify("Explains how a closure keeps its scope", lex) is None


def test_rubric_points_are_met_by_signals(evaluator: AnswerEvaluator) -> None:
    covered = {k.point: k.covered for k in evaluator.evaluate(STORY_Q, STORY_A).key_points}
    assert all(covered.values()), covered


def test_team_only_story_does_not_meet_own_actions_or_reflection(
    evaluator: AnswerEvaluator,
) -> None:
    covered = {k.point: k.covered for k in evaluator.evaluate(STORY_Q, WE_A).key_points}
    assert not covered["Explains their own actions, not just the team's"]
    assert not covered["Reflects on what they learned"]


def test_answer_about_another_task_is_flagged(evaluator: AnswerEvaluator) -> None:
    result = evaluator.evaluate(ANALYSIS_Q, MODELLING_A)
    assert result.score <= 35
    assert "off_intent" in result.flags
    assert not any(k.covered for k in result.key_points)
    assert not result.strengths
    assert "the question asks about" in result.feedback


def test_answer_to_the_asked_task_is_not_flagged(evaluator: AnswerEvaluator) -> None:
    result = evaluator.evaluate(ANALYSIS_Q, EXPLAIN_A)
    assert "off_intent" not in result.flags
    assert result.score > 50


def test_such_as_is_not_praised_as_a_concrete_example(evaluator: AnswerEvaluator) -> None:
    q = hr("How would you choose a first model for a new prediction task?", [], "technical")
    answer = (
        "I would start with a simple model such as logistic regression because it is fast "
        "to train and easy to interpret. Then I would compare it with a tree ensemble using "
        "cross-validation, and keep the simpler one unless the gain is clear."
    )
    result = evaluator.evaluate(q, answer)
    assert not any(s.startswith("Gave a concrete example") for s in result.strengths)


def test_examples_after_a_direct_answer_do_not_dilute_relevance(
    evaluator: AnswerEvaluator,
) -> None:
    q = hr("What does lifting state up in React mean?", [], "technical")
    direct = (
        "Lifting state up means moving shared state to the closest common parent component, "
        "so several child components read the same data through props."
    )
    example = (
        " For example, a temperature input and a boiling verdict both need the same number. "
        "The parent keeps it and passes a setter down as a callback. "
        "Each child then renders from props only."
    )
    short = evaluator.evaluate(q, direct)
    longer = evaluator.evaluate(q, direct + example)
    assert longer.relevance >= 0.88 * short.relevance
    assert longer.score > short.score


def test_custom_story_question_without_a_type_is_judged_as_behavioural(
    evaluator: AnswerEvaluator,
) -> None:
    story = (
        "Last year in my final-year project I was responsible for the data pipeline. I "
        "underestimated how long cleaning the sensor data would take and we missed our first "
        "demo deadline by a week. I told my team and guide early, split the cleaning into daily "
        "tasks and automated the checks with pytest. We delivered the next milestone on time and "
        "the pipeline cut processing time by 40%. I learned to estimate with buffers and to "
        "raise risks early."
    )
    custom = Question(
        id="custom-1",
        text="Tell me about a time you failed.",
        type="technical",
        level="mid",
        domain="custom",
        source="custom",
    )
    result = evaluator.evaluate(custom, story)
    assert result.star is not None
    assert result.score >= 50
