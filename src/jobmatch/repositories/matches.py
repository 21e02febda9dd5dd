import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, insert, select, text
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import PENDING_STATUSES, Job, JobStatus, MatchResult, MatchRun, RunStatus
from jobmatch.repositories.conditions import among, location_contains
from jobmatch.schemas.match import ResultFilters

QUEUED_PREDICATE = text("status = 'queued'")


async def get(session: AsyncSession, run_id: uuid.UUID) -> MatchRun | None:
    return await session.get(MatchRun, run_id)


async def latest_run(session: AsyncSession, user_id: uuid.UUID) -> MatchRun | None:
    """The newest run that is not superseded (one superseded is the newest left only when
    the newer runs went with their CV)."""
    result = await session.execute(
        select(MatchRun)
        .where(MatchRun.user_id == user_id, MatchRun.status != RunStatus.SUPERSEDED)
        .order_by(MatchRun.created_at.desc(), MatchRun.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def latest_done_run(session: AsyncSession, user_id: uuid.UUID) -> MatchRun | None:
    result = await session.execute(
        select(MatchRun)
        .where(MatchRun.user_id == user_id, MatchRun.status == RunStatus.DONE)
        .order_by(MatchRun.created_at.desc(), MatchRun.id.desc())  # as latest_run orders
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


async def insert_results(
    session: AsyncSession, run_id: uuid.UUID, rows: Sequence[dict[str, object]]
) -> None:
    """Write the results of a run being finished. A run has none before: they are written
    only in the transaction that makes it `done` (a retried delivery of a run whose first
    one failed finds none, as that transaction rolled back), and live updates write only
    into done runs' lists. (A DELETE first, kept until 2026-12-06, never found a row and
    cost PostgreSQL ~0.2 ms a task on a churned results table.)"""
    if rows:
        # RETURNING makes SQLAlchemy send one multi-row INSERT ("insertmanyvalues") instead
        # of an executemany of 100 single-row INSERTs: a fifth of the PostgreSQL time.
        await session.execute(
            insert(MatchResult).returning(MatchResult.job_id),
            [{"run_id": run_id, **row} for row in rows],
        )


async def results_with_jobs(
    session: AsyncSession, run_id: uuid.UUID, filters: ResultFilters
) -> list[tuple[MatchResult, Job]]:
    """A run's results with their still-open jobs, best first, in one query (no N+1)."""
    stmt = (
        select(MatchResult, Job)
        .join(Job, Job.id == MatchResult.job_id)
        .where(MatchResult.run_id == run_id, Job.status == JobStatus.OPEN)
        .order_by(MatchResult.value.desc(), MatchResult.job_id)
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


async def latest_done_runs(
    session: AsyncSession, user_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, uuid.UUID]:
    """Each user's newest finished run (the results their polls show): user id -> run id."""
    if not user_ids:
        return {}
    result = await session.execute(
        select(MatchRun.user_id, MatchRun.id)
        .where(among(MatchRun.user_id, user_ids), MatchRun.status == RunStatus.DONE)
        .ext(distinct_on(MatchRun.user_id))
        .order_by(MatchRun.user_id, MatchRun.created_at.desc(), MatchRun.id.desc())
    )
    return {user_id: run_id for user_id, run_id in result.all()}


async def lock_shown(session: AsyncSession, run_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Those of these runs still `done` (not superseded since they were read), locked FOR
    SHARE until the transaction ends, in id order. A run being superseded right now is
    waited for and then left out, so nothing is written into a list nobody reads; a newer
    run storing its list meanwhile leaves a locked one `done` for the next run (see
    runs.supersede_earlier)."""
    ids = sorted(set(run_ids))
    if not ids:
        return set()
    result = await session.execute(
        select(MatchRun.id)
        .where(among(MatchRun.id, ids), MatchRun.status == RunStatus.DONE)
        .order_by(MatchRun.id)
        .with_for_update(read=True)
    )
    return set(result.scalars())


async def run_tails(
    session: AsyncSession, run_ids: Sequence[uuid.UUID], job_id: uuid.UUID
) -> dict[uuid.UUID, tuple[int, float, uuid.UUID]]:
    """For each run: how many results it holds besides this job, and its last one (the
    lowest value, ties by the highest job id): (count, value, job id)."""
    if not run_ids:
        return {}
    # Per run, through the (run_id, value DESC, job_id) index: its size, and its last row
    # read backwards from the index's end.
    result = await session.execute(
        text(
            "SELECT r.run_id, c.n, l.value, l.job_id"
            " FROM unnest(CAST(:runs AS uuid[])) AS r(run_id)"
            " CROSS JOIN LATERAL (SELECT count(*) AS n FROM match_results m"
            "   WHERE m.run_id = r.run_id AND m.job_id <> :job) AS c"
            " CROSS JOIN LATERAL (SELECT m.value, m.job_id FROM match_results m"
            "   WHERE m.run_id = r.run_id AND m.job_id <> :job"
            "   ORDER BY m.value, m.job_id DESC LIMIT 1) AS l"
        ),
        {"runs": list(run_ids), "job": job_id},
    )
    return {run: (int(n), float(value), last) for run, n, value, last in result.all()}


async def upsert_results(session: AsyncSession, rows: Sequence[dict[str, object]]) -> None:
    """Insert results, or re-score the ones already there (same run and job): one
    statement compiled once and sent for all rows (executemany)."""
    if not rows:
        return
    stmt = pg_insert(MatchResult)
    columns = ("score", "value", "explanation")
    await session.execute(
        stmt.on_conflict_do_update(
            index_elements=[MatchResult.run_id, MatchResult.job_id],
            set_={name: stmt.excluded[name] for name in columns},
        ),
        list(rows),
    )


async def delete_results(
    session: AsyncSession, pairs: Sequence[tuple[uuid.UUID, uuid.UUID]]
) -> None:
    """Delete (run id, job id) results: two array parameters, whatever their number."""
    if pairs:
        await session.execute(
            text(
                "DELETE FROM match_results USING unnest(CAST(:runs AS uuid[]),"
                " CAST(:jobs AS uuid[])) AS gone(run_id, job_id)"
                " WHERE match_results.run_id = gone.run_id AND match_results.job_id = gone.job_id"
            ),
            {"runs": [run for run, _ in pairs], "jobs": [job for _, job in pairs]},
        )


async def remove_job(session: AsyncSession, job_id: uuid.UUID) -> list[uuid.UUID]:
    """Take a job out of every result list; the users whose lists changed."""
    result = await session.execute(
        delete(MatchResult).where(MatchResult.job_id == job_id).returning(MatchResult.run_id)
    )
    run_ids = list(set(result.scalars()))
    if not run_ids:
        return []
    owners = await session.execute(select(MatchRun.user_id).where(MatchRun.id.in_(run_ids)))
    return list(set(owners.scalars()))
