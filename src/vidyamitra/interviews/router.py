"""Interview routes: thin — parse the request, call the service, return a schema."""

from __future__ import annotations

import asyncio
from typing import Annotated, Literal

from fastapi import APIRouter, Query, status
from fastapi.responses import HTMLResponse, Response

from vidyamitra.ai.interview_models import InterviewReport
from vidyamitra.api.deps import CurrentUser, EngineDep, SessionDep
from vidyamitra.api.pagination import Page, PageDep
from vidyamitra.interviews import presenters, service
from vidyamitra.interviews.schemas import (
    AnswerRequest,
    AnswerResponse,
    CompleteResponse,
    InterviewHistory,
    InterviewRead,
    InterviewStartRequest,
    InterviewStartResponse,
    InterviewSummary,
)

router = APIRouter(tags=["interviews"])


@router.post(
    "/api/interview/start", status_code=status.HTTP_201_CREATED, summary="Start a mock interview"
)
async def start(
    body: InterviewStartRequest, user: CurrentUser, session: SessionDep, engine: EngineDep
) -> InterviewStartResponse:
    interview, notes = await service.start(session, engine, user_id=user.id, request=body)
    questions = service.questions_of(interview)
    return InterviewStartResponse(
        interview_id=interview.id,
        questions=presenters.public_questions(questions),
        domain=interview.domain,
        role=interview.role,
        level=body.level,
        status=interview.status,
        engine=interview.engine,
        progress=presenters.progress(len(questions), []),
        notes=list(notes),
    )


@router.post("/api/interview/{interview_id}/answer", summary="Answer one question")
async def answer(
    interview_id: str,
    body: AnswerRequest,
    user: CurrentUser,
    session: SessionDep,
    engine: EngineDep,
) -> AnswerResponse:
    saved = await service.answer(
        session,
        engine,
        user_id=user.id,
        interview_id=interview_id,
        question_index=body.question_index,
        text=body.answer,
    )
    return AnswerResponse(
        evaluation=service.evaluation_of(saved.row),
        question_index=body.question_index,
        replaced=saved.replaced,
        revision=saved.row.revision,
        model_answer=saved.question.model_answer,
        progress=presenters.progress(saved.total, saved.answered),
    )


@router.post("/api/interview/{interview_id}/complete", summary="Complete and get the report")
async def complete(interview_id: str, user: CurrentUser, session: SessionDep) -> CompleteResponse:
    interview, rows = await service.complete(session, user_id=user.id, interview_id=interview_id)
    report = service.report_of(interview)
    return CompleteResponse(
        interview_id=interview.id,
        score=interview.score or 0,
        answers=presenters.answer_reads(service.questions_of(interview), rows),
        report=report,
        status=interview.status,
    )


@router.get("/api/interview/{interview_id}", summary="An interview with its answers")
async def get_interview(interview_id: str, user: CurrentUser, session: SessionDep) -> InterviewRead:
    interview = await service.get(session, user_id=user.id, interview_id=interview_id)
    return presenters.interview_read(interview, await service.answers(session, interview))


@router.get(
    "/api/interview/{interview_id}/report",
    summary="The report of a completed interview as JSON, HTML or PDF",
    responses={200: {"content": {"text/html": {}, "application/pdf": {}}}},
)
async def report(
    interview_id: str,
    user: CurrentUser,
    session: SessionDep,
    format: Annotated[Literal["json", "html", "pdf"], Query()] = "json",
) -> InterviewReport:
    interview = await service.get(session, user_id=user.id, interview_id=interview_id)
    document = service.report_of(interview)
    if format == "html":
        from vidyamitra.interviews.reporting import render_html

        return HTMLResponse(render_html(document))  # type: ignore[return-value]
    if format == "pdf":
        from vidyamitra.interviews.reporting import render_pdf

        pdf = await asyncio.to_thread(render_pdf, document)
        return Response(
            pdf,
            media_type="application/pdf",  # type: ignore[return-value]
            headers={"Content-Disposition": f'attachment; filename="interview-{interview.id}.pdf"'},
        )
    return document


@router.get("/api/interviews", summary="My interviews, newest first")
async def list_interviews(
    user: CurrentUser, session: SessionDep, page: PageDep
) -> Page[InterviewSummary]:
    rows, total, counts = await service.list_page(
        session, user_id=user.id, limit=page.limit, offset=page.offset
    )
    items = [presenters.summary(row, counts.get(row.id, 0)) for row in rows]
    return Page(items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/api/interviews/history", summary="Score trends over my completed interviews")
async def history(user: CurrentUser, session: SessionDep) -> InterviewHistory:
    return presenters.history(await service.completed(session, user_id=user.id))
