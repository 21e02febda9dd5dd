"""The corpus statistics of the open jobs, and what each job contributed to them."""

import uuid
from collections.abc import Mapping

from sqlalchemy import Exists, SQLColumnExpression, delete, exists, select, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import CorpusSkill, CorpusTerm, CorpusTotals, Job, JobIndexEntry, JobStatus

BATCH = 5000


async def revision(session: AsyncSession) -> int:
    value = await session.scalar(select(CorpusTotals.revision).where(CorpusTotals.id == 1))
    return int(value or 0)


def counting_behind(job_id: SQLColumnExpression[uuid.UUID]) -> Exists:
    """EXISTS: the job (a column of the outer statement) is open and the statistics have not
    counted its current version yet (its index_job has not run)."""
    counted = exists().where(JobIndexEntry.job_id == Job.id, JobIndexEntry.version >= Job.version)
    return exists().where(Job.id == job_id, Job.status == JobStatus.OPEN, ~counted)


async def load(
    session: AsyncSession,
) -> tuple[CorpusTotals | None, dict[str, int], dict[str, int]]:
    """Totals, term and skill document frequencies (three reads, one snapshot each)."""
    totals = await session.get(CorpusTotals, 1, populate_existing=True)
    terms = dict((await session.execute(select(CorpusTerm.term, CorpusTerm.df))).all())
    skills = dict((await session.execute(select(CorpusSkill.skill, CorpusSkill.df))).all())
    return totals, terms, skills


async def apply_delta(
    session: AsyncSession,
    documents: int,
    length: int,
    terms: Mapping[str, int],
    skills: Mapping[str, int],
) -> None:
    """Add signed counts. The totals row is locked first: concurrent deltas queue there,
    so they never deadlock on the term rows."""
    await session.execute(
        update(CorpusTotals)
        .where(CorpusTotals.id == 1)
        .values(
            documents=CorpusTotals.documents + documents,
            total_length=CorpusTotals.total_length + length,
            revision=CorpusTotals.revision + 1,
        )
    )
    for model, column, counts in (
        (CorpusTerm, CorpusTerm.term, terms),
        (CorpusSkill, CorpusSkill.skill, skills),
    ):
        keys = sorted(k for k, v in counts.items() if v)  # one lock order for everyone
        if not keys:
            continue
        for start in range(0, len(keys), BATCH):  # bulk counts: stay under 32,767 parameters
            chunk = keys[start : start + BATCH]
            stmt = insert(model).values([{column.key: k, "df": counts[k]} for k in chunk])
            await session.execute(
                stmt.on_conflict_do_update(
                    index_elements=[column], set_={"df": model.df + stmt.excluded.df}
                )
            )
            await session.execute(delete(model).where(column.in_(chunk), model.df <= 0))


async def lock_entry(session: AsyncSession, job_id: uuid.UUID) -> JobIndexEntry:
    """The job's index entry, created empty (version 0) if new, locked until commit."""
    await session.execute(
        insert(JobIndexEntry)
        .values(job_id=job_id, version=0, document=None)
        .on_conflict_do_nothing(index_elements=[JobIndexEntry.job_id])
    )
    result = await session.execute(
        select(JobIndexEntry)
        .where(JobIndexEntry.job_id == job_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return result.scalar_one()


async def delete_entry(session: AsyncSession, job_id: uuid.UUID) -> None:
    await session.execute(delete(JobIndexEntry).where(JobIndexEntry.job_id == job_id))


async def existing_entry(session: AsyncSession, job_id: uuid.UUID) -> JobIndexEntry | None:
    """The entry of a job, locked, without creating one."""
    result = await session.execute(
        select(JobIndexEntry)
        .where(JobIndexEntry.job_id == job_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()


async def insert_entries(session: AsyncSession, rows: list[dict[str, object]]) -> None:
    if rows:
        await session.execute(insert(JobIndexEntry), rows)
