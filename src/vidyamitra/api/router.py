"""Every route of the app, gathered in one place."""

from __future__ import annotations

from fastapi import APIRouter

from vidyamitra.api import health
from vidyamitra.interviews.router import router as interviews
from vidyamitra.learning.router import router as learning
from vidyamitra.resumes.router import router as resumes
from vidyamitra.users.router import router as users
from vidyamitra.webhooks.router import router as webhooks

api_router = APIRouter()
for router in (health.router, resumes, interviews, learning, users, webhooks):
    api_router.include_router(router)
