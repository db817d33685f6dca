"""All SQL about users."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from vidyamitra.core.database import new_id, utcnow
from vidyamitra.core.upsert import insert_for
from vidyamitra.users.models import User


async def get_by_external_id(session: AsyncSession, external_id: str) -> User | None:
    result = await session.execute(select(User).where(User.external_id == external_id))
    return result.scalar_one_or_none()


async def upsert(
    session: AsyncSession, *, external_id: str, email: str | None, name: str | None
) -> User:
    """Create the user or refresh its profile; safe when two requests race."""
    now = utcnow()
    values = {"email": email, "name": name, "updated_at": now}
    statement = insert_for(session, User).values(
        id=new_id(), external_id=external_id, created_at=now, **values
    )
    changes = {key: value for key, value in values.items() if value is not None}
    statement = statement.on_conflict_do_update(index_elements=["external_id"], set_=changes)
    await session.execute(statement)
    user = await get_by_external_id(session, external_id)
    assert user is not None
    await session.refresh(user)
    return user


async def ensure(session: AsyncSession, *, external_id: str, email: str | None) -> User:
    """The user for a verified token subject, created on first sight."""
    user = await get_by_external_id(session, external_id)
    if user is not None:
        return user
    statement = (
        insert_for(session, User)
        .values(
            id=new_id(),
            external_id=external_id,
            email=email,
            created_at=utcnow(),
            updated_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["external_id"])
    )
    await session.execute(statement)
    user = await get_by_external_id(session, external_id)
    assert user is not None
    return user


async def delete_by_id(session: AsyncSession, user_id: str) -> None:
    await session.execute(delete(User).where(User.id == user_id))
