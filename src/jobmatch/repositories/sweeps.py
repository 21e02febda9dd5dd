"""The sweeper's queries: CVs and runs whose task was lost or whose worker died."""

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import and_, exists, or_, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import CV, CandidateRun, CVStatus, Job, JobIndexEntry, MatchRun, RunStatus
from jobmatch.repositories import cvs

R = TypeVar("R", MatchRun, CandidateRun)
LOCK_NOT_AVAILABLE = "55P03"


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
    cv_pending = cvs.pending_parse(MatchRun.user_id)
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
    session: AsyncSession,
    model: type[R],
    item: Pending,
    stale_before: datetime,
    error: str,
    at: datetime,
) -> R | None:
    """Fail a run (of either kind) still `running` as the sweeper saw it; None when a
    worker moved it on."""
    result = await session.execute(
        update(model)
        .where(
            model.id == item.id,
            model.status == RunStatus.RUNNING,
            model.attempts == item.attempts,
            model.started_at < stale_before,
        )
        .values(status=RunStatus.FAILED, error=error, finished_at=at)
        .returning(model)
    )
    return result.scalar_one_or_none()


async def stuck_candidate_runs(
    session: AsyncSession, *, queued_before: datetime, stale_before: datetime, limit: int
) -> list[Pending]:
    """Candidates runs `queued` since before `queued_before`, or `running` since before
    `stale_before`; oldest first."""
    result = await session.execute(
        select(CandidateRun.id, CandidateRun.status, CandidateRun.attempts)
        .where(
            or_(
                and_(
                    CandidateRun.status == RunStatus.QUEUED,
                    CandidateRun.created_at < queued_before,
                ),
                and_(
                    CandidateRun.status == RunStatus.RUNNING,
                    CandidateRun.started_at < stale_before,
                ),
            )
        )
        .order_by(CandidateRun.created_at)
        .limit(limit)
    )
    return [Pending(row.id, row.status, row.attempts) for row in result]


async def jobs_behind(
    session: AsyncSession, *, changed_before: datetime, limit: int
) -> list[tuple[uuid.UUID, str]]:
    """Jobs (id, version or "deleted") whose last change the worker has not carried into
    the statistics or the candidates' lists, changed before `changed_before`."""
    entry = JobIndexEntry
    behind = await session.execute(
        select(Job.id, Job.version)
        .outerjoin(entry, entry.job_id == Job.id)
        .where(
            Job.updated_at < changed_before,
            or_(
                entry.job_id.is_(None),
                entry.version < Job.version,
                entry.propagated_version < Job.version,
            ),
        )
        .order_by(Job.updated_at)
        .limit(limit)
    )
    gone = await session.execute(
        select(entry.job_id)
        .where(
            entry.indexed_at < changed_before,
            ~exists().where(Job.id == entry.job_id),
        )
        .limit(limit)
    )
    return [(job_id, str(version)) for job_id, version in behind.all()] + [
        (job_id, "deleted") for job_id in gone.scalars()
    ]


async def jobs_behind_or_none(
    session: AsyncSession, *, changed_before: datetime, limit: int
) -> list[tuple[uuid.UUID, str]]:
    """jobs_behind(), or nothing this time if the jobs table is locked for more than a
    second (a migration, a long write): the sweep must not hold a worker's slot waiting."""
    try:
        async with session.begin_nested():
            await session.execute(text("SET LOCAL lock_timeout = '1s'"))
            found = await jobs_behind(session, changed_before=changed_before, limit=limit)
            await session.execute(text("SET LOCAL lock_timeout = 0"))
            return found
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != LOCK_NOT_AVAILABLE:
            raise
        return []
