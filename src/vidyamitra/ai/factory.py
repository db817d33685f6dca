"""Choose the AI engine once, at startup, from the settings."""

from __future__ import annotations

import httpx

from vidyamitra.ai.port import AIEngine
from vidyamitra.core.settings import Settings


def build_engine(settings: Settings, http: httpx.AsyncClient) -> AIEngine:
    """The built-in offline engine (blocking: loads data and model weights)."""
    from vidyamitra.ai.offline.engine import OfflineEngine

    return OfflineEngine.load(embeddings=settings.embeddings)
