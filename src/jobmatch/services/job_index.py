"""Jobs into the corpus statistics: each version of a job is counted once, by the worker.

The API bumps a job's `version` on every change and queues `index_job`; the worker takes
the old version's document out of the statistics and puts the new one in (nothing for a
closed or deleted job), under a lock on the job's index entry, so a repeated or racing
delivery changes nothing. The statistics are never refitted: they move by these deltas.
"""

import asyncio
import uuid
from collections import Counter

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox, tasks
from jobmatch.matching.features import JobFeatures
from jobmatch.models import Job, JobStatus
from jobmatch.repositories import corpus, jobs
from jobmatch.services import candidate_matching
from jobmatch.services.matcher import Matcher


def document(features: JobFeatures) -> dict[str, object]:
    """What a job adds to the statistics: its distinct terms, its length, its skills."""
    return {
        "terms": sorted(features.counts),
        "length": features.length,
        "skills": sorted({*features.required, *features.nice}),
    }


def _delta(
    old: dict[str, object] | None, new: dict[str, object] | None
) -> tuple[int, int, Counter[str], Counter[str]]:
    documents, length = 0, 0
    terms: Counter[str] = Counter()
    skills: Counter[str] = Counter()
    for doc, sign in ((old, -1), (new, +1)):
        if doc is None:
            continue
        documents += sign
        length += sign * int(doc["length"])  # type: ignore[call-overload]
        terms.update({term: sign for term in doc["terms"]})  # type: ignore[attr-defined]
        skills.update({skill: sign for skill in doc["skills"]})  # type: ignore[attr-defined]
    return documents, length, terms, skills


def defer_indexing(session: AsyncSession, job: Job) -> None:
    """After commit, have the worker count this version of the job, and tell the workers'
    job indexes that the open jobs moved (API side)."""
    outbox.defer_task(session, tasks.INDEX_JOB, str(job.id), str(job.version))
    outbox.touch_jobs(session)


def defer_unindexing(session: AsyncSession, job_id: uuid.UUID) -> None:
    """After commit, have the worker take a deleted job out of the statistics (and the
    workers' job indexes)."""
    outbox.defer_task(session, tasks.INDEX_JOB, str(job_id), "deleted")
    outbox.touch_jobs(session)


async def count_job(session: AsyncSession, matcher: Matcher, job_id: uuid.UUID) -> bool:
    """Bring the statistics to the job's current version; False if they were there."""
    job = await jobs.get(session, job_id)
    if job is None:
        entry = await corpus.existing_entry(session, job_id)
        if entry is None:
            return False
    else:
        entry = await corpus.lock_entry(session, job_id)
        if entry.version == job.version:
            return False
    job = await jobs.reload(session, job_id)  # re-read under the entry's lock
    new = None
    if job is not None and job.status == JobStatus.OPEN:
        new = document(await asyncio.to_thread(matcher.job, job))
    if entry.document != new:
        await corpus.apply_delta(session, *_delta(entry.document, new))
    if job is None:
        await corpus.delete_entry(session, job_id)
    else:
        entry.version = job.version
        entry.document = new
        await session.flush()
        if job.status == JobStatus.OPEN:  # its candidates run may be waiting for the count
            await candidate_matching.send_waiting_run(session, job_id, job.version)
    return True


async def count_unindexed(session: AsyncSession, matcher: Matcher, batch: int = 2000) -> int:
    """Count, in bulk, the jobs that have no index entry yet (bulk imports, benchmarks):
    one delta and one insert per batch instead of a task per job. Their propagation to
    candidates' lists is marked done: use it before candidates exist, or let the sweeper's
    index_job tasks do it one by one."""
    counted = 0
    while found := await jobs.unindexed(session, batch):
        documents = await asyncio.to_thread(
            lambda: [
                document(matcher.job(j)) if j.status == JobStatus.OPEN else None for j in found
            ]
        )
        total: tuple[int, int, Counter[str], Counter[str]] = (0, 0, Counter(), Counter())
        for doc in documents:
            d, n, terms, skills = _delta(None, doc)
            total = (total[0] + d, total[1] + n, total[2] + terms, total[3] + skills)
        await corpus.apply_delta(session, *total)
        await corpus.insert_entries(
            session,
            [
                {
                    "job_id": j.id,
                    "version": j.version,
                    "propagated_version": j.version,
                    "document": doc,
                }
                for j, doc in zip(found, documents, strict=True)
            ],
        )
        counted += len(found)
    return counted
