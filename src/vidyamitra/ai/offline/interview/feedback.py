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
}

STAR_ADVICE = {
    "situation": "Set the scene in one sentence: where you were and what was going on.",
    "task": "Say what you were responsible for or what goal you had.",
    "action": "Describe the steps you personally took, using 'I' rather than only 'we'.",
    "result": "Finish with the outcome, ideally measurable (time saved, % improved, feedback).",
}


def strengths(
    points: list[KeyPointResult], depth: Depth, star: list[StarComponent] | None
) -> list[str]:
    """Up to four strengths, each quoting the answer."""
    out = [f'Covered "{p.point}": "{p.evidence}"' for p in points if p.covered and p.evidence][:2]
    if depth.example:
        out.append(f'Gave a concrete example: "{quote(depth.example, 14)}"')
    elif depth.has_code:
        out.append("Illustrated the idea with code.")
    if depth.reasoning:
        out.append(f'Explained the why: "{quote(depth.reasoning, 14)}"')
    if depth.tradeoff:
        out.append(f'Weighed a trade-off: "{quote(depth.tradeoff, 14)}"')
    for part in star or []:
        if part.name == "result" and part.status == "present" and part.evidence:
            out.append(f'Ended with a clear result: "{quote(part.evidence, 14)}"')
    return out[:4]


def improvements(
    missed: list[str], depth: Depth, star: list[StarComponent] | None, word_count: int
) -> list[str]:
    """What to add or change, most useful first."""
    out = [f"Mention: {point}" for point in missed[:3]]
    for part in star or []:
        if part.status != "present":
            out.append(STAR_ADVICE[part.name])
    if not depth.example and not depth.has_code:
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
    missed: list[str], depth: Depth, star: list[StarComponent] | None, topic: str
) -> str | None:
    """A follow-up question aimed at the biggest gap."""
    if missed:
        gap = missed[0].rstrip(".")
        return f'You didn\'t cover this: "{gap}". Can you explain it and why it matters?'
    for part in star or []:
        if part.status == "missing" and part.name in ("action", "result"):
            return {
                "action": "What exactly did you do, step by step?",
                "result": "What was the outcome, and how did you measure it?",
            }[part.name]
    if not depth.example and not depth.has_code:
        return f"Can you give a concrete example of {topic} from a project you worked on?"
    if not depth.tradeoff:
        return "What are the trade-offs or limitations of that approach?"
    return None
