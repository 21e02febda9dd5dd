import uuid
from collections.abc import Sequence

from sqlalchemy import Select, and_, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.pagination import Keyset
from jobmatch.models import Job, JobIndexEntry, JobStatus
from jobmatch.repositories.conditions import among, location_contains
from jobmatch.schemas.job import JobFilters


async def get(session: AsyncSession, job_id: uuid.UUID) -> Job | None:
    return await session.get(Job, job_id)


async def reload(session: AsyncSession, job_id: uuid.UUID) -> Job | None:
    """The job as committed now (not the copy this session already holds)."""
    return await session.get(Job, job_id, populate_existing=True)


async def hold_for_results(session: AsyncSession, job_id: uuid.UUID) -> bool:
    """Keep the job from being deleted (FOR KEY SHARE) until the transaction ends, so
    result rows written for it meanwhile never outlive it (see models.match.MatchResult);
    False if it is gone. Edits and closes (lock_for_edit) do not wait for this lock. The
    session's copy of the job is left as it was read: the caller works on that version.
    Taken just before writing, never before waiting for something else (list_barrier):
    a deletion queued behind it would make runs wait for it in turn."""
    stmt = select(Job.id).where(Job.id == job_id).with_for_update(read=True, key_share=True)
    return (await session.execute(stmt)).scalar_one_or_none() is not None


async def lock(session: AsyncSession, job: Job) -> None:
    """Re-read the job and lock its row (FOR UPDATE) until the transaction ends: for a
    deletion, which waits for every writer holding the job (hold_for_results, lock_open)."""
    await session.refresh(job, with_for_update=True)


async def lock_for_edit(session: AsyncSession, job: Job) -> None:
    """Re-read the job and lock it against other edits until the transaction ends
    (FOR NO KEY UPDATE, as PostgreSQL's own UPDATE takes): it waits for runs storing
    the job (lock_open, FOR SHARE) but not for live updates (hold_for_results)."""
    await session.refresh(job, with_for_update={"key_share": True})


def _filtered(filters: JobFilters) -> Select[Job]:
    stmt = select(Job).where(Job.status == JobStatus.OPEN)
    if filters.q:
        stmt = stmt.where(
            Job.search_vector.op("@@")(func.websearch_to_tsquery("english", filters.q))
        )
    if filters.location:
        stmt = stmt.where(location_contains(filters.location))
    if filters.remote:
        stmt = stmt.where(Job.remote == filters.remote)
    if filters.skills:
        stmt = stmt.where(Job.skills.contains(list(filters.skills)))
    if filters.min_salary is not None:
        stmt = stmt.where(func.coalesce(Job.salary_max, Job.salary_min) >= filters.min_salary)
    return stmt


async def list_open(
    session: AsyncSession,
    filters: JobFilters,
    *,
    limit: int,
    after: Keyset | None = None,
    offset: int = 0,
) -> list[Job]:
    """Open jobs, newest first, after a keyset position or from an offset."""
    stmt = _newest_first(_filtered(filters), limit, after)
    if after is None and offset:
        stmt = stmt.offset(offset)
    return list((await session.execute(stmt)).scalars())


async def list_owned(
    session: AsyncSession,
    owner_id: uuid.UUID,
    *,
    status: JobStatus | None,
    limit: int,
    after: Keyset | None = None,
) -> list[Job]:
    """One owner's jobs, open and closed (or one status), newest first."""
    stmt = select(Job).where(Job.owner_id == owner_id)
    if status is not None:
        stmt = stmt.where(Job.status == status)
    return list((await session.execute(_newest_first(stmt, limit, after))).scalars())


def _newest_first(stmt: Select[Job], limit: int, after: Keyset | None) -> Select[Job]:
    stmt = stmt.order_by(Job.created_at.desc(), Job.id.desc()).limit(limit)
    if after is None:
        return stmt
    return stmt.where(
        or_(
            Job.created_at < after.created_at,
            and_(Job.created_at == after.created_at, Job.id < after.id),
        )
    )


async def open_keys(session: AsyncSession) -> list[tuple[uuid.UUID, int]]:
    """(id, version) of every open job: what a worker's job index must hold."""
    result = await session.execute(select(Job.id, Job.version).where(Job.status == JobStatus.OPEN))
    return [(job_id, version) for job_id, version in result.all()]


async def lock_open(session: AsyncSession, job_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these jobs are open, each locked (FOR SHARE) until the transaction ends:
    results can then point at them, and none is closed or deleted meanwhile.

    A shared lock: match runs that store the same popular jobs hold it together, while a
    close, an edit or a delete waits for them (milliseconds) however it is written.
    (SQLAlchemy's key_share=True alone renders FOR NO KEY UPDATE, an exclusive lock, which
    made every run storing a common job wait for the one before it.)"""
    if not job_ids:
        return set()
    # The status is checked here, not in SQL: with `status = 'open'` beside `id = ANY(...)`
    # the generic plan of this prepared statement walked ix_jobs_status_created over every
    # open job (~50 ms at 10k) instead of 100 primary-key probes. Locking a closed job too
    # is harmless.
    stmt = select(Job.id, Job.status).where(among(Job.id, job_ids)).with_for_update(read=True)
    rows = (await session.execute(stmt)).all()
    return {job_id for job_id, status in rows if status == JobStatus.OPEN}


async def by_ids(session: AsyncSession, job_ids: Sequence[uuid.UUID]) -> list[Job]:
    """Whole job rows (descriptions included), for those a worker has not prepared yet."""
    if not job_ids:
        return []
    return list((await session.execute(select(Job).where(among(Job.id, job_ids)))).scalars())


async def bulk_insert(session: AsyncSession, rows: Sequence[dict[str, object]]) -> None:
    """Insert many jobs in one round trip per batch (imports, benchmarks)."""
    if rows:
        await session.execute(insert(Job), list(rows))


async def unindexed(session: AsyncSession, limit: int) -> list[Job]:
    """Jobs without an index entry (never counted into the statistics)."""
    counted = select(JobIndexEntry.job_id).where(JobIndexEntry.job_id == Job.id).exists()
    result = await session.execute(select(Job).where(~counted).order_by(Job.id).limit(limit))
    return list(result.scalars())
