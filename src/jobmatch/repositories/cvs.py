import uuid
from datetime import datetime

from sqlalchemy import Exists, SQLColumnExpression, exists, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import undefer

from jobmatch.models import CV, CVStatus
from jobmatch.repositories.conditions import among

PARSE_PENDING = (CVStatus.QUEUED, CVStatus.PARSING)


async def get_owned(session: AsyncSession, cv_id: uuid.UUID, owner_id: uuid.UUID) -> CV | None:
    result = await session.execute(
        select(CV).options(undefer(CV.text)).where(CV.id == cv_id, CV.owner_id == owner_id)
    )
    return result.scalar_one_or_none()


async def list_owned(session: AsyncSession, owner_id: uuid.UUID) -> list[CV]:
    result = await session.execute(
        select(CV).where(CV.owner_id == owner_id).order_by(CV.created_at.desc(), CV.id.desc())
    )
    return list(result.scalars())


async def claim_for_parsing(session: AsyncSession, cv_id: uuid.UUID) -> CV | None:
    """Move a queued (or retried) CV to `parsing` and load its bytes; None if already done."""
    result = await session.execute(
        update(CV)
        .where(CV.id == cv_id, CV.status.in_(PARSE_PENDING))
        .values(status=CVStatus.PARSING, attempts=CV.attempts + 1)
        .returning(CV)
        .options(undefer(CV.content))
    )
    return result.scalar_one_or_none()


async def latest_parsed(session: AsyncSession, owner_id: uuid.UUID) -> CV | None:
    result = await session.execute(
        select(CV)
        .options(undefer(CV.text), undefer(CV.prepared))
        .where(CV.owner_id == owner_id, CV.status == CVStatus.PARSED)
        .order_by(CV.created_at.desc(), CV.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def parse_pending(session: AsyncSession, owner_id: uuid.UUID) -> bool:
    """Whether one of the owner's CVs is still waiting to be parsed."""
    result = await session.execute(select(pending_parse(owner_id)))
    return bool(result.scalar())


def pending_parse(owner: uuid.UUID | SQLColumnExpression[uuid.UUID]) -> Exists:
    """EXISTS: one of the owner's (an id, or a column of the outer statement) CVs is still
    waiting to be parsed."""
    return exists().where(CV.owner_id == owner, CV.status.in_(PARSE_PENDING))


async def mark_parsed(
    session: AsyncSession,
    cv: CV,
    *,
    text: str,
    skills: list[str],
    years: float | None,
    seniority: str | None,
    prepared: dict[str, object],
    at: datetime,
) -> None:
    cv.text, cv.skills, cv.years_experience, cv.seniority = text, skills, years, seniority
    cv.prepared = prepared
    cv.status, cv.error, cv.parsed_at = CVStatus.PARSED, None, at
    await session.flush()


async def mark_failed(session: AsyncSession, cv: CV, error: str) -> None:
    cv.status, cv.error = CVStatus.FAILED, error
    await session.flush()


async def lock(session: AsyncSession, cv_id: uuid.UUID) -> CV | None:
    """The CV, re-read and locked until the transaction ends (a claimed parse writes under it)."""
    result = await session.execute(
        select(CV).where(CV.id == cv_id).with_for_update().execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()


async def readings(
    session: AsyncSession, cv_ids: list[uuid.UUID], *, whole: bool = False
) -> dict[uuid.UUID, tuple[dict[str, object] | None, CV | None]]:
    """Each CV's stored reading for the matcher; the whole CV (text included) for those
    parsed before readings were stored, or for all with `whole`."""
    result = await session.execute(select(CV.id, CV.prepared).where(among(CV.id, cv_ids)))
    found: dict[uuid.UUID, tuple[dict[str, object] | None, CV | None]] = {
        cv_id: (reading, None) for cv_id, reading in result.all()
    }
    unread = [cv_id for cv_id, (reading, _) in found.items() if whole or reading is None]
    if unread:
        rows = await session.execute(
            select(CV).options(undefer(CV.text)).where(among(CV.id, unread))
        )
        for cv in rows.scalars():
            found[cv.id] = (None, cv)
    return found
