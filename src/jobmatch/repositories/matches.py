import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import PENDING_STATUSES, Job, JobStatus, MatchResult, MatchRun, RunStatus
from jobmatch.repositories.conditions import location_contains
from jobmatch.schemas.match import ResultFilters

QUEUED_PREDICATE = text("status = 'queued'")


async def get(session: AsyncSession, run_id: uuid.UUID) -> MatchRun | None:
    return await session.get(MatchRun, run_id)


async def latest_run(session: AsyncSession, user_id: uuid.UUID) -> MatchRun | None:
    result = await session.execute(
        select(MatchRun)
        .where(MatchRun.user_id == user_id)
        .order_by(MatchRun.created_at.desc(), MatchRun.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def latest_done_run(session: AsyncSession, user_id: uuid.UUID) -> MatchRun | None:
    result = await session.execute(
        select(MatchRun)
        .where(MatchRun.user_id == user_id, MatchRun.status == RunStatus.DONE)
        .order_by(MatchRun.finished_at.desc(), MatchRun.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def pending_run(session: AsyncSession, user_id: uuid.UUID) -> MatchRun | None:
    result = await session.execute(
        select(MatchRun)
        .where(MatchRun.user_id == user_id, MatchRun.status.in_(PENDING_STATUSES))
        .order_by(MatchRun.created_at.desc(), MatchRun.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def queued_run(session: AsyncSession, user_id: uuid.UUID) -> MatchRun | None:
    result = await session.execute(
        select(MatchRun).where(MatchRun.user_id == user_id, MatchRun.status == RunStatus.QUEUED)
    )
    return result.scalar_one_or_none()


async def insert_queued_run(
    session: AsyncSession, user_id: uuid.UUID, cv_id: uuid.UUID | None
) -> MatchRun | None:
    """Insert a queued run; None when the user already has one (partial unique index)."""
    result = await session.execute(
        pg_insert(MatchRun)
        .values(id=uuid.uuid4(), user_id=user_id, cv_id=cv_id, status=RunStatus.QUEUED, attempts=0)
        # The predicate must be a literal: as a bound parameter, PostgreSQL's generic plan
        # (after 5 executions of the prepared statement) no longer matches the partial index.
        .on_conflict_do_nothing(index_elements=[MatchRun.user_id], index_where=QUEUED_PREDICATE)
        .returning(MatchRun)
    )
    return result.scalar_one_or_none()


async def claim_run(session: AsyncSession, run_id: uuid.UUID, at: datetime) -> MatchRun | None:
    """Move a queued (or retried running) run to `running`; None if it is already finished."""
    result = await session.execute(
        update(MatchRun)
        .where(MatchRun.id == run_id, MatchRun.status.in_(PENDING_STATUSES))
        .values(status=RunStatus.RUNNING, started_at=at, attempts=MatchRun.attempts + 1)
        .returning(MatchRun)
    )
    return result.scalar_one_or_none()


async def replace_results(
    session: AsyncSession, run_id: uuid.UUID, rows: Sequence[dict[str, object]]
) -> None:
    """Write a run's results; deleting first makes a retried task give the same rows."""
    await session.execute(delete(MatchResult).where(MatchResult.run_id == run_id))
    if rows:
        await session.execute(insert(MatchResult), [{"run_id": run_id, **row} for row in rows])


async def results_with_jobs(
    session: AsyncSession, run_id: uuid.UUID, filters: ResultFilters
) -> list[tuple[MatchResult, Job]]:
    """A run's results with their still-open jobs, best first, in one query (no N+1)."""
    stmt = (
        select(MatchResult, Job)
        .join(Job, Job.id == MatchResult.job_id)
        .where(MatchResult.run_id == run_id, Job.status == JobStatus.OPEN)
        .order_by(MatchResult.rank)
        .limit(filters.limit)
    )
    if filters.min_score:
        stmt = stmt.where(MatchResult.score >= filters.min_score)
    if filters.remote:
        stmt = stmt.where(Job.remote == filters.remote)
    if filters.seniority:
        stmt = stmt.where(Job.seniority == filters.seniority)
    if filters.location:
        stmt = stmt.where(location_contains(filters.location))
    result = await session.execute(stmt)
    return [(row[0], row[1]) for row in result.all()]


async def users_with_job_in_results(session: AsyncSession, job_id: uuid.UUID) -> list[uuid.UUID]:
    result = await session.execute(
        select(MatchRun.user_id)
        .join(MatchResult, MatchResult.run_id == MatchRun.id)
        .where(MatchResult.job_id == job_id)
        .distinct()
    )
    return list(result.scalars())


async def lock(session: AsyncSession, run_id: uuid.UUID) -> MatchRun | None:
    """The run, re-read and locked until the transaction ends (a claimed run writes under it)."""
    result = await session.execute(
        select(MatchRun)
        .where(MatchRun.id == run_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()
