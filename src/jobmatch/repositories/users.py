import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import User


async def get(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def lock(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    """The user row, locked until commit: serialises token rotation against revocation.

    Changes made to the user and not yet written are flushed first: the re-read
    (populate_existing) would overwrite them, and sessions do not autoflush. Until
    2026-12-06 a password change, a deactivation and a role change were lost that way,
    answered 200, and only ended the user's sessions."""
    await session.flush()
    result = await session.execute(
        select(User)
        .where(User.id == user_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()


async def get_by_email(session: AsyncSession, email: str) -> User | None:
    result = await session.execute(select(User).where(User.email == email.lower()))
    return result.scalar_one_or_none()


async def list_page(session: AsyncSession, *, limit: int, offset: int) -> list[User]:
    result = await session.execute(
        select(User).order_by(User.created_at, User.id).limit(limit).offset(offset)
    )
    return list(result.scalars())
