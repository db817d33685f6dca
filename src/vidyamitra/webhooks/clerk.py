"""Clerk (Svix) webhooks: verify the signature, then mirror user creation, updates and deletion."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core.errors import BadRequest, Unauthorized
from vidyamitra.storage.port import FileStorage
from vidyamitra.users import repository as users
from vidyamitra.users import service as user_service
from vidyamitra.webhooks import receipts
from vidyamitra.webhooks.schemas import ClerkEvent, ClerkUserData, ClerkWebhookRead

SOURCE = "clerk"
DELETED = "user.deleted"
_UPSERTS = ("user.created", "user.updated")
_HEADERS = {
    "svix-id": "webhook-id",
    "svix-timestamp": "webhook-timestamp",
    "svix-signature": "webhook-signature",
}


def verify(secret: str | None, body: bytes, headers: Mapping[str, str]) -> ClerkEvent:
    """Check the Svix signature over the raw body (5-minute window); raises Unauthorized."""
    from standardwebhooks.webhooks import Webhook, WebhookVerificationError

    if not secret:
        raise Unauthorized("the Clerk webhook is disabled: CLERK_WEBHOOK_SIGNING_SECRET is not set")
    mapped = {new: headers.get(old) or headers.get(new) or "" for old, new in _HEADERS.items()}
    try:
        payload = Webhook(secret).verify(body, mapped)
    except (WebhookVerificationError, ValueError):
        raise Unauthorized("invalid, missing or stale Svix signature") from None
    try:
        return ClerkEvent.model_validate(payload)
    except ValidationError:
        raise BadRequest("the Clerk event has no type or data") from None


async def handle(
    session: AsyncSession, storage: FileStorage, *, message_id: str, event: ClerkEvent
) -> ClerkWebhookRead:
    """Apply a user event once per Svix message id, then commit; other events are ignored."""
    earlier = await receipts.get(session, source=SOURCE, key=message_id)
    if earlier is not None:
        return ClerkWebhookRead.model_validate({**earlier.response, "status": "duplicate"})
    if event.type not in (*_UPSERTS, DELETED):
        return ClerkWebhookRead(status="ignored", event=event.type)
    try:
        data = ClerkUserData.model_validate(event.data)
    except ValidationError:
        raise BadRequest("the Clerk user event has no user id") from None
    if event.type == DELETED:
        result = await _delete(session, storage, data.id)
    else:
        result = await _upsert(session, data, event.type)
    try:
        await receipts.add(
            session,
            source=SOURCE,
            key=message_id,
            event=event.type,
            user_id=None if event.type == DELETED else result.user_id,
            resource_id=data.id,
            status_code=200,
            response=result.model_dump(mode="json"),
        )
        await session.commit()
    except IntegrityError:
        await session.rollback()
        return ClerkWebhookRead(status="duplicate", event=event.type, user_id=result.user_id)
    return result


async def _upsert(session: AsyncSession, data: ClerkUserData, event: str) -> ClerkWebhookRead:
    """Create or refresh the user, unless Clerk already told us it was deleted."""
    deleted = await receipts.has_event_for(
        session, source=SOURCE, event=DELETED, resource_id=data.id
    )
    if deleted:
        return ClerkWebhookRead(status="ignored", event=event)
    user = await users.upsert(session, external_id=data.id, email=data.email, name=data.name)
    return ClerkWebhookRead(status="upserted", event=event, user_id=user.id)


async def _delete(session: AsyncSession, storage: FileStorage, clerk_id: str) -> ClerkWebhookRead:
    """Erase every row and stored file of the user."""
    user = await users.get_by_external_id(session, clerk_id)
    if user is None:
        return ClerkWebhookRead(status="absent", event=DELETED)
    user_id = user.id
    await user_service.erase(session, storage, user)
    return ClerkWebhookRead(status="deleted", event=DELETED, user_id=user_id)
