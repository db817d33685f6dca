"""All SQL about webhook receipts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core.database import new_id, utcnow
from vidyamitra.webhooks.models import WebhookReceipt


async def get(session: AsyncSession, *, source: str, key: str) -> WebhookReceipt | None:
    """The receipt of an earlier delivery with this key, if any."""
    result = await session.execute(
        select(WebhookReceipt).where(WebhookReceipt.source == source, WebhookReceipt.key == key)
    )
    return result.scalar_one_or_none()


async def add(
    session: AsyncSession,
    *,
    source: str,
    key: str,
    event: str,
    user_id: str | None,
    resource_id: str | None,
    status_code: int,
    response: dict[str, Any],
) -> WebhookReceipt:
    """Record a delivery; the flush raises IntegrityError when a concurrent one won the key."""
    receipt = WebhookReceipt(
        id=new_id(),
        source=source,
        key=key,
        event=event,
        user_id=user_id,
        resource_id=resource_id,
        status_code=status_code,
        response=response,
        created_at=utcnow(),
    )
    session.add(receipt)
    await session.flush()
    return receipt


async def has_event_for(
    session: AsyncSession, *, source: str, event: str, resource_id: str
) -> bool:
    """Whether an event of this kind was recorded for the resource (e.g. a user.deleted)."""
    result = await session.execute(
        select(WebhookReceipt.id)
        .where(
            WebhookReceipt.source == source,
            WebhookReceipt.event == event,
            WebhookReceipt.resource_id == resource_id,
        )
        .limit(1)
    )
    return result.first() is not None
