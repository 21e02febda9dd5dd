"""The sweeper's queries: CVs and runs whose task was lost or whose worker died."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import CV, CVStatus, MatchRun, RunStatus


@dataclass(frozen=True, slots=True)
class Pending:
    id: uuid.UUID
    status: str
    attempts: int


async def stuck_cvs(
    session: AsyncSession, *, queued_before: datetime, stale_before: datetime, limit: int
) -> list[Pending]:
    """CVs `queued` since before `queued_before`, or `parsing` (claimed: `updated_at`) since
    before `stale_before`; oldest first."""
    result = await session.execute(
        select(CV.id, CV.status, CV.attempts)
        .where(
            or_(
                and_(CV.status == CVStatus.QUEUED, CV.created_at < queued_before),
                and_(CV.status == CVStatus.PARSING, CV.updated_at < stale_before),
            )
        )
        .order_by(CV.created_at)
        .limit(limit)
    )
    return [Pending(row.id, row.status, row.attempts) for row in result]


async def stuck_runs(
    session: AsyncSession, *, queued_before: datetime, stale_before: datetime, limit: int
) -> list[Pending]:
    """Runs `queued` since before `queued_before` (not those waiting for a CV to be parsed:
    parse_cv sends them), or `running` since before `stale_before`; oldest first."""
    cv_pending = exists().where(
        CV.owner_id == MatchRun.user_id, CV.status.in_([CVStatus.QUEUED, CVStatus.PARSING])
    )
    result = await session.execute(
        select(MatchRun.id, MatchRun.status, MatchRun.attempts)
        .where(
            or_(
                and_(
                    MatchRun.status == RunStatus.QUEUED,
                    MatchRun.created_at < queued_before,
                    ~cv_pending,
                ),
                and_(MatchRun.status == RunStatus.RUNNING, MatchRun.started_at < stale_before),
            )
        )
        .order_by(MatchRun.created_at)
        .limit(limit)
    )
    return [Pending(row.id, row.status, row.attempts) for row in result]


async def fail_stale_cv(
    session: AsyncSession, item: Pending, stale_before: datetime, error: str
) -> CV | None:
    """Fail a CV still `parsing` as the sweeper saw it (same attempt, still stale); None when a
    worker moved it on meanwhile."""
    result = await session.execute(
        update(CV)
        .where(
            CV.id == item.id,
            CV.status == CVStatus.PARSING,
            CV.attempts == item.attempts,
            CV.updated_at < stale_before,
        )
        .values(status=CVStatus.FAILED, error=error)
        .returning(CV)
    )
    return result.scalar_one_or_none()


async def fail_stale_run(
    session: AsyncSession, item: Pending, stale_before: datetime, error: str, at: datetime
) -> MatchRun | None:
    """Fail a run still `running` as the sweeper saw it; None when a worker moved it on."""
    result = await session.execute(
        update(MatchRun)
        .where(
            MatchRun.id == item.id,
            MatchRun.status == RunStatus.RUNNING,
            MatchRun.attempts == item.attempts,
            MatchRun.started_at < stale_before,
        )
        .values(status=RunStatus.FAILED, error=error, finished_at=at)
        .returning(MatchRun)
    )
    return result.scalar_one_or_none()
