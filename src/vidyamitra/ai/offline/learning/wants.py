"""Which skills a plan covers: role skills and gaps minus held ones, plus missing prerequisites."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from vidyamitra.ai.learning_models import Importance, SkippedSkill
from vidyamitra.ai.offline.learning.graph import SkillGraph
from vidyamitra.ai.offline.learning.ordering import IMPORTANCE_RANK, study_order
from vidyamitra.ai.offline.learning.ports import RoleLike, SkillNames, SkillTaxonomy


@dataclass
class Want:
    """A skill the plan will cover, before resources and scheduling."""

    skill: str
    importance: Importance
    why: str
    known: bool
    is_prerequisite: bool = False
    done: bool = False


def canonical_or_raw(taxonomy: SkillNames, raw: str) -> str:
    """Canonical name when the taxonomy knows it, else the trimmed text."""
    return taxonomy.canonical(raw.strip()) or raw.strip()


def collect_wants(
    taxonomy: SkillNames,
    role: RoleLike | None,
    gaps: Sequence[str],
    keep_done: Sequence[str],
    held: Mapping[str, str],
) -> tuple[list[Want], list[SkippedSkill]]:
    """Role skills then gaps then done skills, without repeats; held ones go to skipped.

    ``held`` maps case-folded canonical names the learner has to the reason they are skipped;
    a skill marked done stays in the plan, as done.
    """
    done = {canonical_or_raw(taxonomy, d).casefold() for d in keep_done if d.strip()}
    raw: list[Want] = []
    if role is not None:
        raw += [Want(s.skill, "required", s.why, True) for s in role.required]
        raw += [Want(s.skill, "preferred", s.why, True) for s in role.preferred]
    for text, why in [(g, "Named as a gap to close.") for g in gaps if g.strip()] + [
        (d, "Done in an earlier plan.") for d in keep_done if d.strip()
    ]:
        known = taxonomy.canonical(text.strip()) is not None
        raw.append(Want(canonical_or_raw(taxonomy, text), "extra", why, known))
    wants: dict[str, Want] = {}
    skipped: dict[str, SkippedSkill] = {}
    for want in raw:
        key = want.skill.casefold()
        want.done = key in done
        if key in wants or key in skipped:
            continue
        if key in held and not want.done:
            skipped[key] = SkippedSkill(skill=want.skill, reason=held[key])
        else:
            wants[key] = want
    return list(wants.values()), list(skipped.values())


def with_prerequisites(wants: list[Want], held: AbstractSet[str], graph: SkillGraph) -> list[Want]:
    """Add missing prerequisites of the skills still to learn, and put all in study order.

    A prerequisite of a skill the learner already holds is taken as known too (someone who
    lists Docker knows enough Linux to start Kubernetes).
    """
    present = {w.skill.casefold() for w in wants}
    implied = {p.casefold() for h in held for p in graph.all_prerequisites(h)}
    extra: list[Want] = []
    for want in wants:
        needed = want.known and not want.done
        for prereq in graph.all_prerequisites(want.skill) if needed else []:
            key = prereq.casefold()
            if key not in held and key not in implied and key not in present:
                present.add(key)
                why = f"Prerequisite for {want.skill}."
                extra.append(Want(prereq, "extra", why, True, is_prerequisite=True))
    combined = wants + extra
    priority = [IMPORTANCE_RANK[w.importance] for w in combined]
    order = study_order([w.skill for w in combined], priority, graph.all_prerequisites)
    return [combined[i] for i in order]


def held_skills(taxonomy: SkillTaxonomy, have: Sequence[str]) -> dict[str, str]:
    """Case-folded skills the learner has, each with why it is skipped.

    A listed skill also covers the broader skills the taxonomy says it implies (React covers
    JavaScript, Jenkins covers CI/CD), as the resume analyser credits them.
    """
    names = [canonical_or_raw(taxonomy, h) for h in have if h.strip()]
    held = {name.casefold(): "Already on your resume." for name in names}
    for name in names:
        for broader in taxonomy.ancestors(name):
            held.setdefault(broader.casefold(), f"Covered by {name} on your resume.")
    return held
