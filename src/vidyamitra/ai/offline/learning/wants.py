"""Which skills a plan covers: role skills and gaps minus held ones, plus missing prerequisites."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from vidyamitra.ai.learning_models import Importance, SkippedSkill
from vidyamitra.ai.offline.learning.graph import SkillGraph
from vidyamitra.ai.offline.learning.ordering import IMPORTANCE_RANK, study_order
from vidyamitra.ai.offline.learning.ports import RoleLike, SkillNames, SkillTaxonomy

SKIPPED_REASON = "You skipped it."
_EDITION = re.compile(r"(?i)erp|prime|cc|suite|software|v?\d+(\.\d+)*|\d{4}")
HELD_REASONS = (  # (named directly, covered by a narrower skill) for resume, said, interview
    ("Already on your resume.", "Covered by {} on your resume."),
    ("You said you already have it.", "Covered by {}, which you said you have."),
    ("You answered it well in your interview.", "Covered by {}, which you answered well."),
)


@dataclass
class Want:
    """A skill the plan will cover, before resources and scheduling."""

    skill: str
    importance: Importance
    why: str
    known: bool
    is_prerequisite: bool = False
    done: bool = False


def canonical_name(taxonomy: SkillNames, raw: str) -> str | None:
    """Canonical name of a skill, also when named with a product edition or version suffix.

    "Tally ERP", "Tally.ERP 9" or "Photoshop CC 2024" are the taxonomy's Tally and Photoshop:
    when the whole text is unknown, trailing edition words and version numbers are dropped.
    """
    text = raw.strip()
    found = taxonomy.canonical(text)
    words = re.split(r"[\s.]+", text)
    while found is None and len(words) > 1 and _EDITION.fullmatch(words[-1]):
        words.pop()
        found = taxonomy.canonical(" ".join(words))
    return found


def canonical_or_raw(taxonomy: SkillNames, raw: str) -> str:
    """Canonical name when the taxonomy knows it, else the trimmed text."""
    return canonical_name(taxonomy, raw) or raw.strip()


def collect_wants(
    taxonomy: SkillNames,
    role: RoleLike | None,
    gaps: Sequence[str],
    keep_done: Sequence[str],
    held: Mapping[str, str],
    excluded: AbstractSet[str] = frozenset(),
) -> tuple[list[Want], list[SkippedSkill]]:
    """Role skills then gaps then done skills, without repeats; held ones go to skipped.

    ``held`` maps case-folded canonical names the learner has to the reason they are skipped;
    ``excluded`` holds case-folded skills the learner chose to skip. A skill marked done stays
    in the plan, as done. A named gap ranks as required (it is what the learner asked for).
    """
    done = {canonical_or_raw(taxonomy, d).casefold() for d in keep_done if d.strip()}
    raw: list[Want] = []
    if role is not None:
        raw += [Want(s.skill, "required", s.why, True) for s in role.required]
        raw += [Want(s.skill, "preferred", s.why, True) for s in role.preferred]
    named: list[tuple[str, str, Importance]] = [
        (g, "Named as a gap to close.", "required") for g in gaps if g.strip()
    ]
    named += [(d, "Done in an earlier plan.", "extra") for d in keep_done if d.strip()]
    for text, why, importance in named:
        known = canonical_name(taxonomy, text) is not None
        raw.append(Want(canonical_or_raw(taxonomy, text), importance, why, known))
    wants: dict[str, Want] = {}
    skipped: dict[str, SkippedSkill] = {}
    for want in raw:
        key = want.skill.casefold()
        want.done = key in done
        if key in wants:
            if want.importance == "required" and not want.done:
                wants[key].importance = "required"  # a role's preferred skill named as a gap
            continue
        if key in skipped:
            continue
        if key in excluded and not want.done:
            skipped[key] = SkippedSkill(skill=want.skill, reason=SKIPPED_REASON)
        elif key in held and not want.done:
            skipped[key] = SkippedSkill(skill=want.skill, reason=held[key])
        else:
            wants[key] = want
    return list(wants.values()), list(skipped.values())


def with_prerequisites(
    wants: list[Want],
    held: AbstractSet[str],
    graph: SkillGraph,
    excluded: AbstractSet[str] = frozenset(),
) -> list[Want]:
    """Add missing prerequisites of the skills still to learn, and put all in study order.

    A prerequisite of a skill the learner already holds is taken as known too (someone who
    lists Docker knows enough Linux to start Kubernetes); a skipped skill is not pulled back in
    as a prerequisite, and implies nothing about its own prerequisites.
    """
    present = {w.skill.casefold() for w in wants}
    implied = {p.casefold() for h in held for p in graph.all_prerequisites(h)}
    extra: list[Want] = []
    for want in wants:
        needed = want.known and not want.done
        for prereq in graph.all_prerequisites(want.skill) if needed else []:
            key = prereq.casefold()
            if key not in held and key not in implied and key not in present | excluded:
                present.add(key)
                why = f"Prerequisite for {want.skill}."
                extra.append(Want(prereq, "extra", why, True, is_prerequisite=True))
    combined = wants + extra
    priority = [IMPORTANCE_RANK[w.importance] for w in combined]
    order = study_order([w.skill for w in combined], priority, graph.all_prerequisites)
    return [combined[i] for i in order]


def held_skills(
    taxonomy: SkillTaxonomy,
    *,
    resume: Sequence[str] = (),
    said: Sequence[str] = (),
    demonstrated: Sequence[str] = (),
) -> dict[str, str]:
    """Case-folded skills the learner has, each with why it is skipped, by where it came from.

    A held skill also covers the broader skills the taxonomy says it implies (React covers
    JavaScript, Jenkins covers CI/CD), as the resume analyser credits them; a skill named
    directly always wins over one only covered by another.
    """
    sources = [
        ([canonical_or_raw(taxonomy, h) for h in names if h.strip()], reason, covered)
        for names, (reason, covered) in zip((resume, said, demonstrated), HELD_REASONS, strict=True)
    ]
    held: dict[str, str] = {}
    for names, reason, _ in sources:
        for name in names:
            held.setdefault(name.casefold(), reason)
    for names, _, covered in sources:
        for name in names:
            for broader in taxonomy.ancestors(name):
                held.setdefault(broader.casefold(), covered.format(name))
    return held
