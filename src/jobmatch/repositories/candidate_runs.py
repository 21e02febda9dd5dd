"""Runs that rank candidates for a job, and their results."""

import uuid
from collections.abc import Sequence

from sqlalchemy import insert, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import (
    PENDING_STATUSES,
    CandidateResult,
    CandidateRun,
    RunStatus,
    User,
)

QUEUED_PREDICATE = text("status = 'queued'")


async def get(session: AsyncSession, run_id: uuid.UUID) -> CandidateRun | None:
    return await session.get(CandidateRun, run_id)


async def insert_queued(session: AsyncSession, job_id: uuid.UUID) -> CandidateRun | None:
    """A queued run for the job; None when it already has one (partial unique index)."""
    result = await session.execute(
        pg_insert(CandidateRun)
        .values(id=uuid.uuid4(), job_id=job_id, status=RunStatus.QUEUED, attempts=0)
        # A literal predicate: see repositories.matches.insert_queued_run.
        .on_conflict_do_nothing(index_elements=[CandidateRun.job_id], index_where=QUEUED_PREDICATE)
        .returning(CandidateRun)
    )
    return result.scalar_one_or_none()


async def queued(session: AsyncSession, job_id: uuid.UUID) -> CandidateRun | None:
    result = await session.execute(
        select(CandidateRun).where(
            CandidateRun.job_id == job_id, CandidateRun.status == RunStatus.QUEUED
        )
    )
    return result.scalar_one_or_none()


async def pending(session: AsyncSession, job_id: uuid.UUID) -> CandidateRun | None:
    result = await session.execute(
        select(CandidateRun)
        .where(CandidateRun.job_id == job_id, CandidateRun.status.in_(PENDING_STATUSES))
        .order_by(CandidateRun.created_at.desc(), CandidateRun.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def insert_results(
    session: AsyncSession, run_id: uuid.UUID, rows: Sequence[dict[str, object]]
) -> None:
    """The results of a run being finished (it has none before: see matches.insert_results)."""
    if rows:
        # RETURNING: one multi-row INSERT instead of an executemany (as matches.insert_results).
        await session.execute(
            insert(CandidateResult).returning(CandidateResult.user_id),
            [{"run_id": run_id, **r} for r in rows],
        )


async def latest(session: AsyncSession, job_id: uuid.UUID) -> CandidateRun | None:
    result = await session.execute(
        select(CandidateRun)
        .where(CandidateRun.job_id == job_id)
        .order_by(CandidateRun.created_at.desc(), CandidateRun.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def latest_done(session: AsyncSession, job_id: uuid.UUID) -> CandidateRun | None:
    result = await session.execute(
        select(CandidateRun)
        .where(CandidateRun.job_id == job_id, CandidateRun.status == RunStatus.DONE)
        .order_by(CandidateRun.created_at.desc(), CandidateRun.id.desc())  # as latest() orders
        .limit(1)
    )
    return result.scalar_one_or_none()


async def results_with_candidates(
    session: AsyncSession, run_id: uuid.UUID, limit: int, min_score: int
) -> list[tuple[CandidateResult, User]]:
    """A run's results, best first, with their owners: active users only (a deleted CV
    took its rows with it), in one query. A candidate's newer CV shows from the next run
    (one run ranks each user's newest CV only, so nobody shows twice)."""
    stmt = (
        select(CandidateResult, User)
        .join(User, User.id == CandidateResult.user_id)
        .where(CandidateResult.run_id == run_id, User.is_active)
        .order_by(CandidateResult.value.desc(), CandidateResult.cv_id)
        .limit(limit)
    )
    if min_score:
        stmt = stmt.where(CandidateResult.score >= min_score)
    return [(row[0], row[1]) for row in (await session.execute(stmt)).all()]


async def jobs_listing_user(session: AsyncSession, user_id: uuid.UUID) -> list[uuid.UUID]:
    """The jobs whose candidate lists show this user (to refresh their polls)."""
    result = await session.execute(
        select(CandidateRun.job_id)
        .join(CandidateResult, CandidateResult.run_id == CandidateRun.id)
        .where(CandidateResult.user_id == user_id)
        .distinct()
    )
    return list(result.scalars())
