"""Roles and degrees listed under an employer or school named once on a line of its own."""

from __future__ import annotations

from vidyamitra.ai.jsonresume import Education, Work
from vidyamitra.ai.offline.parsing.entries import Entry


def carry_employer(works: list[tuple[Work, bool]]) -> list[Work]:
    """An employer on a line of its own names the roles listed under it without one.

    ``works`` pairs each item with whether its employer stood alone on the first head line.
    """
    out: list[Work] = []
    banner: str | None = None
    pending: Work | None = None
    for work, alone in works:
        bare = work.position is None and work.startDate is None and work.startDateRaw is None
        if bare and work.name and not work.highlights:
            if pending is not None:
                out.append(pending)
            banner, pending = work.name, work
            continue
        if work.name is None and work.position is not None and banner is not None:
            work = work.model_copy(update={"name": banner})
            pending = None
        elif work.name is not None:
            if pending is not None:
                out.append(pending)
            banner, pending = (work.name if alone else None), None
        out.append(work)
    if pending is not None:
        out.append(pending)
    return out


def employer_alone(work: Work, entry: Entry) -> bool:
    """True when the employer is the whole first head line of its entry."""
    first = entry.head[0].parts[0].strip() if entry.head else ""
    return work.name is not None and first == work.name


def carry_institution(schools: list[Education]) -> list[Education]:
    """A school line with no degree or dates names the degrees listed under it."""
    out: list[Education] = []
    banner: str | None = None
    for index, school in enumerate(schools):
        following = schools[index + 1] if index + 1 < len(schools) else None
        if (
            school.studyType is None
            and school.endDateRaw is None
            and school.institution
            and following is not None
            and following.institution is None
        ):
            banner = school.institution
            continue
        if school.institution is None and banner is not None:
            school = school.model_copy(update={"institution": banner})
        elif school.institution is not None:
            banner = None
        out.append(school)
    if banner is not None and not out:
        out.append(Education(institution=banner))
    return out
