"""Candidates for a job: queue a run, compute it in the worker, serve it to the recruiter.

The same engine, weights and statistics as the candidates' side: a pair has one score,
whichever way round it was computed. Runs are queued when a job is posted or edited, and
on POST /api/jobs/{id}/match; one queued run per job at most.
"""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox, tasks
from jobmatch.core.config import Settings
from jobmatch.core.errors import Conflict
from jobmatch.models import CandidateResult, CandidateRun, Job, JobStatus, RunStatus, User
from jobmatch.models.explanation import explanation_of
from jobmatch.repositories import candidate_runs, candidates, corpus, jobs, runs
from jobmatch.services.matcher import Matcher


async def queue_run(session: AsyncSession, job: Job) -> CandidateRun:
    """The job's queued run (opened if none), enqueued after commit."""
    for _ in range(3):  # the existing run may start between our insert and our select
        run = await candidate_runs.insert_queued(session, job.id)
        if run is None:
            run = await candidate_runs.queued(session, job.id)
        if run is not None:
            outbox.defer_task(session, tasks.MATCH_CANDIDATES, str(run.id))
            outbox.touch_job_poll(session, job.id, RunStatus.QUEUED)
            return run
    raise RuntimeError("could not open a candidates run")  # pragma: no cover


async def request_run(session: AsyncSession, job: Job) -> CandidateRun:
    """POST /api/jobs/{id}/match: idempotent while a run is queued or running."""
    if job.status != JobStatus.OPEN:
        raise Conflict("The job is closed: reopen it to rank candidates")
    pending = await candidate_runs.pending(session, job.id)
    if pending is not None:
        if pending.status == RunStatus.QUEUED:
            outbox.defer_task(session, tasks.MATCH_CANDIDATES, str(pending.id))  # heals a loss
        return pending
    return await queue_run(session, job)


async def start_run(session: AsyncSession, run_id: uuid.UUID) -> CandidateRun | None:
    """Worker step 1: mark the run `running` (committed on its own, so pollers see it).

    None: finished already (a duplicate delivery), gone, or the job's current version is
    not counted in the statistics yet. Posting or editing a job queues this run and
    `index_job` side by side; scored before the count, a posting whose words the other jobs
    lack would score on none of them (text 0 in a small corpus) and keep that list until
    the next edit, while the candidates' own lists, placed by index_job after its count,
    show the pair's right score. So the run waits: index_job sends it again once it has
    counted the job (`send_waiting_run`), and the sweeper does if that message is lost.
    """
    run = await runs.claim(
        session,
        CandidateRun,
        run_id,
        datetime.now(UTC),
        unless=corpus.counting_behind(CandidateRun.job_id),
    )
    if run is not None:
        outbox.touch_job_poll(session, run.job_id, RunStatus.RUNNING)
    return run


async def send_waiting_run(session: AsyncSession, job_id: uuid.UUID, version: int) -> None:
    """The statistics now count the job's `version`: send its queued run again, after
    commit (a task that found them behind left it queued).

    The message carries the version, which gives it an arq id of its own: the task that
    found the count behind may still hold the run's plain id when this one is sent (arq
    would drop a second message with it, and the run would wait for the sweeper)."""
    run = await candidate_runs.queued(session, job_id)
    if run is not None:
        outbox.defer_task(session, tasks.MATCH_CANDIDATES, str(run.id), str(version))


def _holds(run: CandidateRun | None, attempt: int | None) -> bool:
    return (
        run is not None
        and run.status == RunStatus.RUNNING
        and (attempt is None or run.attempts == attempt)
    )


def _row(user: User, cv_id: uuid.UUID, value: float, match: object) -> dict[str, object]:
    return {
        "cv_id": cv_id,
        "user_id": user.id,
        "score": match.score,  # type: ignore[attr-defined]
        "value": value,
        "explanation": explanation_of(match),  # type: ignore[arg-type]
    }


async def compute_run(
    session: AsyncSession,
    settings: Settings,
    matcher: Matcher,
    run_id: uuid.UUID,
    attempt: int | None = None,
) -> CandidateRun | None:
    """Worker step 2: score every active candidate for the job and keep the best.
    Nothing is written unless this delivery still holds the run's latest claim."""
    run = await candidate_runs.get(session, run_id)
    if not _holds(run, attempt):
        return None
    assert run is not None
    job = await jobs.get(session, run.job_id)
    if job is None or job.status != JobStatus.OPEN:
        run = await runs.lock(session, CandidateRun, run_id)
        if not _holds(run, attempt):
            return None
        assert run is not None
        return await finish_run(session, run, error="The job is closed")
    stats = await matcher.stats(session)
    every = await know_every_candidate(session, matcher)
    wanted = settings.MATCH_CANDIDATES_KEPT
    # A few spare: the next best stand in for CVs that drop out when read back.
    best = await asyncio.to_thread(
        matcher.best_candidates, job, every, stats, wanted + max(10, wanted // 10)
    )
    # Read again: a CV deleted or replaced, or an owner deactivated, since is left out.
    listed = await candidates.newest_cvs_among(session, [cv_id for cv_id, _ in best])
    still = {cv.id: (cv, user) for cv, user in listed}
    kept = [still[cv_id] for cv_id, _ in best if cv_id in still][:wanted]
    explained = await asyncio.to_thread(
        lambda: [(matcher.explain(job, cv, user, stats), cv, user) for cv, user in kept]
    )
    ranked = [(value, match, cv.id, user) for (value, match), cv, user in explained]
    run = await runs.lock(session, CandidateRun, run_id)
    if not _holds(run, attempt):
        return None
    assert run is not None
    await candidate_runs.insert_results(
        session,
        run.id,
        [_row(user, cv_id, value, match) for value, match, cv_id, user in ranked],
    )
    await runs.supersede_earlier(session, run)
    return await finish_run(session, run)


async def know_every_candidate(session: AsyncSession, matcher: Matcher) -> set[uuid.UUID]:
    """Every active user's newest parsed CV, loaded into the matcher's candidate index (a
    warm worker reads only their ids and owners' preferences); their ids.

    The recruiter's list ranks all of them, not a pre-filter's pick: on the benchmark
    data the pre-filter (a shared telling skill, or all of the title's words) kept 89% of
    the exact top 10, and none at all for postings like "BOLD Intern, Summer 2018". The
    index scores every CV it holds in one pass anyway, so only these ids cost more."""
    owners = await candidates.newest_cv_owners(session)
    await matcher.know_owned(session, owners)
    return {cv_id for cv_id, _ in owners}


async def finish_run(
    session: AsyncSession, run: CandidateRun, error: str | None = None
) -> CandidateRun:
    run.status = RunStatus.FAILED if error else RunStatus.DONE
    run.error = error
    run.finished_at = datetime.now(UTC)
    await session.flush()
    outbox.touch_job_poll(session, run.job_id, run.status)
    return run


async def fail_run(
    session: AsyncSession, run_id: uuid.UUID, error: str, attempt: int | None = None
) -> None:
    """Give up on a run after its last attempt (unless another delivery claimed it since)."""
    run = await runs.lock(session, CandidateRun, run_id)
    if run is None or run.status not in (RunStatus.QUEUED, RunStatus.RUNNING):
        return
    if attempt is not None and run.attempts != attempt:
        return
    await finish_run(session, run, error=error)


@dataclass(frozen=True, slots=True)
class CandidatesView:
    """What a poll of GET /api/jobs/{id}/candidates shows."""

    job_id: uuid.UUID
    latest: CandidateRun | None
    shown: CandidateRun | None
    results: list[tuple[CandidateResult, User]]

    @property
    def status(self) -> str:
        return self.latest.status if self.latest else "none"


async def candidates_view(
    session: AsyncSession, job_id: uuid.UUID, limit: int, min_score: int
) -> CandidatesView:
    """The latest run's status with the newest finished results: at most three queries."""
    latest = await candidate_runs.latest(session, job_id)
    shown = latest
    if latest is not None and latest.status != RunStatus.DONE:
        shown = await candidate_runs.latest_done(session, job_id)
    results = (
        await candidate_runs.results_with_candidates(session, shown.id, limit, min_score)
        if shown
        else []
    )
    return CandidatesView(job_id, latest, shown, results)


async def touch_jobs_listing(session: AsyncSession, user_id: uuid.UUID) -> None:
    """A candidate left (CV deleted, user deactivated): the lists showing them change."""
    for job_id in await candidate_runs.jobs_listing_user(session, user_id):
        outbox.touch_job_poll(session, job_id)
