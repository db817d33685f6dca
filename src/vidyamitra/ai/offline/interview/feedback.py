"""Coaching text: strengths that quote the answer, improvements, summary and a follow-up."""

from __future__ import annotations

from vidyamitra.ai.interview_models import KeyPointResult, StarComponent
from vidyamitra.ai.offline.interview.coverage import quote
from vidyamitra.ai.offline.interview.depth import Depth

JUNK_MESSAGES = {
    "empty": "No answer was given. Try saying what you know, even a first idea.",
    "dont_know": "You said you don't know. That's honest; next time, reason aloud from what you "
    "do know about the topic, since interviewers value the thinking.",
    "gibberish": "This doesn't read as words we can assess. Please answer in full sentences.",
    "repetitive": "The answer repeats the same words or sentences, so there is little to assess. "
    "Say each idea once, then add a new one.",
    "question_copied": "The answer mostly repeats the question. Answer it in your own words.",
    "keyword_stuffing": "This is a list of terms rather than an answer. Explain how they fit "
    "together, in sentences.",
    "too_short": "The answer is too short to show what you know. Aim for a few sentences.",
    "off_topic": "The answer doesn't address this question. Re-read it and answer what is asked.",
    "off_intent": "The answer is about the subject but not about what the question asks. "
    "Re-read the question and answer that part directly.",
}

STAR_ADVICE = {
    "situation": "Set the scene in one sentence: where you were and what was going on.",
    "task": "Say what you were responsible for or what goal you had.",
    "action": "Describe the steps you personally took, using 'I' rather than only 'we'.",
    "result": "Finish with the outcome, ideally measurable (time saved, % improved, feedback).",
}


_FLAG_PRIORITY = (
    "empty",
    "dont_know",
    "gibberish",
    "question_copied",
    "too_short",
    "repetitive",
    "keyword_stuffing",
    "off_topic",
    "off_intent",
)


def primary_flag(flags: list[str]) -> str:
    """The flag whose message explains the answer best."""
    return min(flags, key=lambda f: _FLAG_PRIORITY.index(f) if f in _FLAG_PRIORITY else 99)


def intent_message(answer_about: str, asked_about: str) -> str:
    """Feedback for an answer about another task than the one asked."""
    return (
        f"This answer is about {answer_about}; the question asks about {asked_about}. "
        "Re-read the question and answer that part directly."
    )


def junk_improvements(primary: str, missed: list[str]) -> list[str]:
    """For a non-answer: what to do instead, then the first points a good answer covers."""
    first = {
        "off_topic": "Answer the question that was asked; restate it in your own words first.",
        "keyword_stuffing": "Turn the terms into sentences that say what each one does and why.",
    }.get(primary, "Answer in a few full sentences, even if you are unsure.")
    return [first, *[f"Mention: {point}" for point in missed[:2]]]


def junk_follow_up(primary: str, subject: str, missed: list[str]) -> str:
    """A smaller, easier question to get a real answer started."""
    if primary == "keyword_stuffing" and missed:
        return f'Pick one idea and explain it in your own words: "{missed[0].rstrip(".")}".'
    return f"Let's take it step by step: what is the first thing you would say about {subject}?"


def strengths(
    points: list[KeyPointResult], depth: Depth, star: list[StarComponent] | None
) -> list[str]:
    """Up to four strengths, each quoting the answer, never quoting one sentence twice."""
    out: list[str] = []
    used: set[str] = set()

    def add(label: str, sentence: str | None, words: int = 14) -> None:
        if sentence and sentence not in used:
            used.add(sentence)
            out.append(f'{label}: "{quote(sentence, words)}"')

    for p in points:
        if p.covered and len([o for o in out if o.startswith("Covered")]) < 2:
            add(f'Covered "{p.point}"', p.evidence, 18)
    result = next((c for c in star or [] if c.name == "result" and c.status == "present"), None)
    add("Ended with a clear result", result.evidence if result else None)
    action = next((c for c in star or [] if c.name == "action" and c.status == "present"), None)
    add("Described your own actions", action.evidence if action else None)
    add("Gave a concrete example", depth.example)
    if depth.has_code and not depth.example and star is None:
        out.append("Illustrated the idea with code.")
    add("Explained the why", depth.reasoning)
    add("Weighed a trade-off", depth.tradeoff)
    return out[:4]


def improvements(
    missed: list[str], depth: Depth, star: list[StarComponent] | None, word_count: int
) -> list[str]:
    """What to add or change, most useful first."""
    out = [f"Mention: {point}" for point in missed[:3]]
    for part in star or []:
        if part.status != "present":
            out.append(STAR_ADVICE[part.name])
    if star is None and not depth.example and not depth.has_code:
        out.append("Add a concrete example from a project or a short scenario.")
    if not depth.reasoning:
        out.append("Explain why: connect each point to its reason or consequence.")
    if not depth.tradeoff and star is None:
        out.append("Show judgement: name a trade-off, limitation or alternative.")
    if word_count < 40:
        out.append("Develop the answer: a strong spoken answer usually takes 4–8 sentences.")
    elif word_count > 400:
        out.append("Tighten the answer: lead with the main point and keep to 1–2 minutes.")
    return out[:5]


def summary(descriptor: str, covered: int, total: int, top_improvement: str | None) -> str:
    """One or two coaching sentences for the whole answer."""
    opening = {
        "Strong": "Strong answer.",
        "Solid": "Solid answer.",
        "Developing": "A good start that needs more depth.",
        "Beginning": "You touched the topic, but most of a good answer is missing.",
        "Not yet an answer": "There is not much to assess yet.",
    }[descriptor]
    parts = [opening]
    if total:
        parts.append(f"You covered {covered} of {total} key points.")
    if top_improvement:
        parts.append(f"Next time: {top_improvement[0].lower()}{top_improvement[1:]}")
    return " ".join(parts)


def follow_up(
    missed: list[str], depth: Depth, star: list[StarComponent] | None, subject: str
) -> str | None:
    """A follow-up question aimed at the biggest gap."""
    if missed:
        gap = missed[0].rstrip(".")
        return f'You didn\'t cover this: "{gap}". Can you explain it and why it matters?'
    if star is not None:
        weakest = min(star, key=lambda c: ("missing", "weak", "present").index(c.status))
        return (
            {
                "situation": "Can you set the scene: where were you and what was at stake?",
                "task": "What exactly were you responsible for in that situation?",
                "action": "What did you personally do, step by step?",
                "result": "What was the outcome, and how did you measure it?",
            }[weakest.name]
            if weakest.status != "present"
            else ("Looking back, what would you do differently next time?")
        )
    if not depth.example and not depth.has_code:
        return f"Can you give a concrete example of {subject} from a project you worked on?"
    if not depth.tradeoff:
        return "What are the trade-offs or limitations of that approach?"
    return None
