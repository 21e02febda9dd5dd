"""Match runs: queue one, compute it in the worker, serve its results to pollers."""

import asyncio
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from functools import partial

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox, tasks
from jobmatch.core.config import Settings
from jobmatch.core.errors import Conflict
from jobmatch.core.metrics import MATCH_RESULTS
from jobmatch.models import CV, Job, MatchResult, MatchRun, RunStatus, User
from jobmatch.repositories import cvs, jobs, list_barrier, matches, runs, users
from jobmatch.schemas.match import ResultFilters
from jobmatch.services.live_results import result_row
from jobmatch.services.matcher import Matcher

# Looks at the jobs' change counter under the list barrier before a run stores its list.
LAST_LOOKS = 3


async def open_run(session: AsyncSession, user_id: uuid.UUID, cv_id: uuid.UUID) -> MatchRun:
    """The user's queued run, created if there is none (one queued run per user at most).

    A queued run matches the user's newest parsed CV when it starts, so an existing one
    serves a newer CV too.
    """
    for _ in range(3):  # the existing run may start between our insert and our select
        run = await matches.insert_queued_run(session, user_id, cv_id)
        if run is None:
            run = await matches.queued_run(session, user_id)
        if run is not None:
            return run
    raise RuntimeError("could not open a match run")  # pragma: no cover - needs 3 lost races


async def queue_run(session: AsyncSession, user_id: uuid.UUID, cv_id: uuid.UUID) -> MatchRun:
    """Open a run and enqueue its task after commit (deterministic id: no duplicates)."""
    run = await open_run(session, user_id, cv_id)
    outbox.defer_task(session, tasks.MATCH_JOBS, str(run.id))
    outbox.touch_poll(session, user_id, RunStatus.QUEUED)
    return run


async def request_match(session: AsyncSession, user: User) -> MatchRun:
    """POST /api/match: idempotent while a run is queued or running."""
    pending = await matches.pending_run(session, user.id)
    if pending is not None:
        if pending.status == RunStatus.QUEUED and not await cvs.parse_pending(session, user.id):
            # Re-sending is harmless (same task id) and heals a lost queue message.
            outbox.defer_task(session, tasks.MATCH_JOBS, str(pending.id))
        return pending
    cv = await cvs.latest_parsed(session, user.id)
    if cv is None:
        raise Conflict(
            "No parsed CV yet: upload one with POST /api/cv (matching starts by itself once "
            "it is parsed)"
        )
    return await queue_run(session, user.id, cv.id)


async def fail_runs_waiting_for(session: AsyncSession, cv: CV, error: str) -> None:
    """A CV could not be read: the queued run opened for it fails with the reason."""
    run = await matches.queued_run(session, cv.owner_id)
    if run is not None and run.cv_id == cv.id:
        await finish_run(session, run, error=error)


async def start_run(session: AsyncSession, run_id: uuid.UUID) -> MatchRun | None:
    """Worker step 1: mark the run `running` (committed on its own, so pollers see it)."""
    # None: deleted, or finished already (a duplicate delivery changes nothing), or a CV
    # of the user is still being parsed (parse_cv re-enqueues the run). One statement.
    run = await runs.claim(
        session, MatchRun, run_id, datetime.now(UTC), unless=cvs.pending_parse(MatchRun.user_id)
    )
    if run is not None:
        outbox.touch_poll(session, run.user_id, RunStatus.RUNNING)
    return run


def _holds_claim(run: MatchRun | None, attempt: int | None) -> bool:
    """The run is `running` and (given a claim's attempt number) still under that claim."""
    return (
        run is not None
        and run.status == RunStatus.RUNNING
        and (attempt is None or run.attempts == attempt)
    )


async def compute_run(
    session: AsyncSession,
    settings: Settings,
    matcher: Matcher,
    run_id: uuid.UUID,
    attempt: int | None = None,
) -> MatchRun | None:
    """Worker step 2: rank pre-filtered open jobs for the user's newest parsed CV.

    `attempt` is the claim of this delivery (from start_run): when another delivery claimed
    the run since, nothing is written and None comes back, so two workers never store two
    different answers for one run.
    """
    run = await matches.get(session, run_id)
    if run is None or not _holds_claim(run, attempt):
        return None
    cv = await cvs.latest_parsed(session, run.user_id)
    if cv is None:
        run = await runs.lock(session, MatchRun, run_id)
        if run is None or not _holds_claim(run, attempt):
            return None
        return await finish_run(session, run, error="No parsed CV to match")
    user = await users.get(session, run.user_id)
    if user is None:
        return None
    stats = await matcher.stats(session)
    await matcher.open_jobs(session)
    view = matcher.jobs_view
    rank = partial(matcher.rank_jobs, cv, user, stats, settings.MATCH_RESULTS_KEPT)
    ranked, gap = await asyncio.to_thread(rank)
    # Re-read under a row lock: a later claim (or a finish) since our first read wins.
    run = await runs.lock(session, MatchRun, run_id)
    if run is None or not _holds_claim(run, attempt):
        return None
    # A job changed while we ranked may have been carried into the lists already, i.e.
    # into this user's previous run, which ours is about to replace: look at the jobs'
    # change counter under the barrier, held until our commit, so that a live update
    # carrying a job changed after the look waits for this list and writes into it (see
    # list_barrier). A look that finds a change (or cannot tell: Redis unreadable) gives
    # the barrier back while ranking again on the jobs as they are now, so updates wait
    # for runs storing, not ranking; the last time, it ranks again under it.
    for look in range(1, LAST_LOOKS + 1):
        held = await list_barrier.hold(session)
        if not await matcher.jobs_changed_since(view):
            await held.commit()  # kept until the transaction ends
            break
        if look < LAST_LOOKS:
            await held.rollback()
        else:
            await held.commit()
        await matcher.open_jobs(session)
        view = matcher.jobs_view
        ranked, gap = await asyncio.to_thread(rank)
    # The worker's view of the jobs may be a moment old: store only jobs still open.
    still_open = await jobs.lock_open(session, [uuid.UUID(m.job_id) for _, m in ranked])
    ranked = [(value, match) for value, match in ranked if uuid.UUID(match.job_id) in still_open]
    run.cv_id = cv.id
    run.skill_gap = [{**asdict(advice), "advice": advice.advice} for advice in gap]
    await matches.insert_results(
        session, run.id, [result_row(run.id, value, match) for value, match in ranked]
    )
    await runs.supersede_earlier(session, run)
    MATCH_RESULTS.inc(len(ranked))
    return await finish_run(session, run)


async def run_match(
    session: AsyncSession, settings: Settings, matcher: Matcher, run_id: uuid.UUID
) -> MatchRun | None:
    """Both worker steps in one transaction (for callers that need no `running` window)."""
    run = await start_run(session, run_id)
    if run is None:
        return None
    return await compute_run(session, settings, matcher, run_id, run.attempts)


async def finish_run(session: AsyncSession, run: MatchRun, error: str | None = None) -> MatchRun:
    run.status = RunStatus.FAILED if error else RunStatus.DONE
    run.error = error
    run.finished_at = datetime.now(UTC)
    await session.flush()
    outbox.touch_poll(session, run.user_id, run.status)
    return run


async def fail_run(
    session: AsyncSession, run_id: uuid.UUID, error: str, attempt: int | None = None
) -> None:
    """Give up on a run after its last attempt, with a readable reason (unless another
    delivery claimed it since)."""
    run = await runs.lock(session, MatchRun, run_id)
    if run is None or run.status not in (RunStatus.QUEUED, RunStatus.RUNNING):
        return
    if attempt is not None and run.attempts != attempt:
        return
    await finish_run(session, run, error=error)


@dataclass(frozen=True, slots=True)
class MatchView:
    """What a poll of GET /api/match/jobs shows, read from PostgreSQL."""

    latest: MatchRun | None
    shown: MatchRun | None
    results: list[tuple[MatchResult, Job]]

    @property
    def status(self) -> str:
        return self.latest.status if self.latest else "none"

    @property
    def cv_id(self) -> uuid.UUID | None:
        """The CV the shown results (or, before any, the pending run) are for."""
        run = self.shown or self.latest
        return run.cv_id if run else None


async def match_view(
    session: AsyncSession, user_id: uuid.UUID, filters: ResultFilters
) -> MatchView:
    """The latest run's status, with the newest finished results (kept while a rerun is
    pending): at most three queries, whatever the number of results."""
    latest = await matches.latest_run(session, user_id)
    shown = latest
    if latest is not None and latest.status != RunStatus.DONE:
        shown = await matches.latest_done_run(session, user_id)
    results = await matches.results_with_jobs(session, shown.id, filters) if shown else []
    return MatchView(latest, shown, results)
