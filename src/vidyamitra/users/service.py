"""User use cases: export everything stored about a user, and erase it (rows and files)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core.database import utcnow
from vidyamitra.interviews import repository as interviews
from vidyamitra.learning import repository as learning
from vidyamitra.resumes import repository as resumes
from vidyamitra.storage.port import FileStorage, user_prefix
from vidyamitra.users import repository
from vidyamitra.users.models import User
from vidyamitra.users.schemas import DataExport, DeletionReport, UserRead

_RESUME_FIELDS = (
    "id",
    "source",
    "filename",
    "content_type",
    "file_sha256",
    "file_size",
    "text",
    "target_role",
    "job_description",
    "parsed",
    "analysis",
    "score",
    "engine",
    "created_at",
)


async def export(session: AsyncSession, user: User) -> DataExport:
    """All of the user's rows, as one JSON-ready document."""
    resume_rows = await resumes.list_all(session, user_id=user.id)
    interview_rows = await interviews.list_all(session, user_id=user.id)
    plans = await learning.list_all(session, user_id=user.id)
    plan_items = await learning.items_for(session, [plan.id for plan in plans])
    answers_by_interview = await interviews.answers_for(session, [i.id for i in interview_rows])
    exported_interviews = []
    for interview in interview_rows:
        answers = answers_by_interview[interview.id]
        exported_interviews.append(
            {
                "id": interview.id,
                "domain": interview.domain,
                "role": interview.role,
                "level": interview.level,
                "status": interview.status,
                "questions": interview.questions,
                "score": interview.score,
                "report": interview.report,
                "created_at": interview.created_at.isoformat(),
                "answers": [
                    {
                        "question_index": a.question_index,
                        "answer": a.answer,
                        "score": a.score,
                        "evaluation": a.evaluation,
                    }
                    for a in answers
                ],
            }
        )
    return DataExport(
        exported_at=utcnow(),
        user=UserRead.model_validate(user),
        resumes=[
            {field: _plain(getattr(r, field)) for field in _RESUME_FIELDS} for r in resume_rows
        ],
        interviews=exported_interviews,
        learning_plans=[
            {
                "id": plan.id,
                "target_role": plan.target_role,
                "gaps": plan.gaps,
                "plan": plan.draft,
                "created_at": plan.created_at.isoformat(),
                "items": [
                    {"id": i.id, "skill": i.skill, "status": i.status, "detail": i.detail}
                    for i in plan_items[plan.id]
                ],
            }
            for plan in plans
        ],
    )


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


async def erase(session: AsyncSession, storage: FileStorage, user: User) -> DeletionReport:
    """Delete the user row (every table cascades from it) and every stored file."""
    counts = DeletionReport(
        resumes=await resumes.count(session, user_id=user.id),
        interviews=await interviews.count(session, user_id=user.id),
        learning_plans=await learning.count(session, user_id=user.id),
        files=0,
    )
    await repository.delete_by_id(session, user.id)
    await session.flush()
    counts.files = await storage.delete_prefix(user_prefix(user.id))
    return counts
