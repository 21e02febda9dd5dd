"""arq task functions: thin, open a session scope, call a service, enqueue after commit.

Tasks carry ids only (plus the request id, see worker.telemetry) and are safe to run twice:
a claim is an UPDATE ... WHERE status IN (...) that counts `attempts` and commits on its
own, and only the delivery holding the latest claim (its attempt number) writes the outcome.
Each returns its outcome for the task's log line and metrics.
"""

import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

from arq import Retry
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.core.database import SessionFactory, session_scope
from jobmatch.core.metrics import SWEEPS
from jobmatch.core.outbox import AfterCommit
from jobmatch.core.tasks import INDEX_JOB, MATCH_CANDIDATES, MATCH_JOBS, PARSE_CV, TaskQueue
from jobmatch.services import candidate_matching, cvs, job_index, live_results, matching, sweeper
from jobmatch.services.matcher import Matcher
from worker.telemetry import observed

logger = logging.getLogger(__name__)

Ctx = dict[str, Any]
T = TypeVar("T")


async def _in_transaction(ctx: Ctx, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    factory: SessionFactory = ctx["session_factory"]
    async with session_scope(factory) as session:
        result = await work(session)
    after_commit: AfterCommit = ctx["after_commit"]
    await after_commit.flush(session)  # only after the commit above succeeded
    return result


async def _retry_or_give_up(
    ctx: Ctx,
    exc: Exception,
    attempt: int | None,
    give_up: Callable[[AsyncSession], Awaitable[object]],
) -> str:
    """Retry later, or give up once the tries (arq's, or attempts counted in PostgreSQL,
    whichever is higher: a re-sent task starts over in arq) are used up."""
    settings: Settings = ctx["settings"]
    tries = max(ctx.get("job_try", 1), attempt or 0)
    if tries < settings.WORKER_MAX_TRIES:
        logger.warning("task %s failed on try %d: %r; retrying", ctx.get("job_id"), tries, exc)
        raise Retry(defer=tries * 2) from exc
    logger.exception("task %s failed on its last try", ctx.get("job_id"))
    await _in_transaction(ctx, give_up)
    return "failed"


@observed
async def parse_cv(ctx: Ctx, cv_id: str) -> str:
    """Extract a CV's text and skills, then queue a match for its owner."""
    key = uuid.UUID(cv_id)
    attempt: int | None = None
    try:
        claim = await _in_transaction(ctx, lambda s: cvs.claim_parse(s, key))
        if claim is None:
            return "skipped"
        attempt = claim.attempt
        # No transaction (nor connection) held meanwhile.
        outcome = await cvs.extract(claim, ctx.get("documents"))
        return await _in_transaction(ctx, lambda s: cvs.finish_parse(s, claim, outcome))
    except Retry:
        raise
    except Exception as exc:
        held = attempt
        return await _retry_or_give_up(ctx, exc, held, lambda s: cvs.give_up_parse(s, key, held))


class RunSteps(Protocol):
    """The two kinds of match run (services.matching, services.candidate_matching) take
    the same worker steps."""

    async def start_run(self, session: AsyncSession, run_id: uuid.UUID) -> Any: ...

    async def compute_run(
        self,
        session: AsyncSession,
        settings: Settings,
        matcher: Matcher,
        run_id: uuid.UUID,
        attempt: int | None = None,
    ) -> Any: ...

    async def fail_run(
        self, session: AsyncSession, run_id: uuid.UUID, error: str, attempt: int | None = None
    ) -> None: ...


async def _run(ctx: Ctx, run_id: str, steps: RunSteps, failure: str) -> str:
    """Claim a run (committed on its own, so pollers see `running`), compute and store it
    under that claim; retry, or fail it with `failure` after the last try."""
    key = uuid.UUID(run_id)
    settings: Settings = ctx["settings"]
    matcher: Matcher = ctx["matcher"]
    attempt: int | None = None
    try:
        run = await _in_transaction(ctx, lambda s: steps.start_run(s, key))
        if run is None:
            return "skipped"
        claimed = attempt = run.attempts
        computed = await _in_transaction(
            ctx, lambda s: steps.compute_run(s, settings, matcher, key, claimed)
        )
        return "superseded" if computed is None else str(computed.status)
    except Retry:
        raise
    except Exception as exc:
        held = attempt
        return await _retry_or_give_up(
            ctx, exc, held, lambda s: steps.fail_run(s, key, failure, held)
        )


@observed
async def match_jobs(ctx: Ctx, run_id: str) -> str:
    """Rank open jobs for a run and store the results."""
    return await _run(ctx, run_id, matching, "Matching failed, please try again")


@observed
async def match_candidates(ctx: Ctx, run_id: str, counted: str = "") -> str:
    """Rank candidates for a job's run and store the results. `counted`: the job version
    index_job counted before re-sending the run (it only makes the message's id its own)."""
    return await _run(ctx, run_id, candidate_matching, "Ranking failed, please retry")


@observed
async def index_job(ctx: Ctx, job_id: str, version: str = "") -> str:
    """A job changed (`version`, or "deleted"): update the corpus statistics, then the
    candidates' result lists it affects. Each step runs once per job version."""
    key = uuid.UUID(job_id)
    settings: Settings = ctx["settings"]
    matcher: Matcher = ctx["matcher"]
    try:
        # Counted first: the statistics never wait on the (heavier) lists step.
        counted = await _in_transaction(ctx, lambda s: job_index.count_job(s, matcher, key))
        placed = await _in_transaction(
            ctx, lambda s: live_results.propagate(s, settings, matcher, key)
        )
    except Exception as exc:
        logger.warning("index_job %s failed: %r", job_id, exc)
        if ctx.get("job_try", 1) < settings.WORKER_MAX_TRIES:
            raise Retry(defer=ctx.get("job_try", 1) * 2) from exc
        raise  # the sweeper sends the job again later (its index entry is behind)
    if placed is not None:
        logger.info(
            "job %s reached %d result lists (%d candidates scored)",
            job_id,
            placed.changed,
            placed.rescored,
            extra={"event": "propagate", "rescored": placed.rescored, "changed": placed.changed},
        )
    return "done" if placed is not None or counted else "skipped"


@observed
async def sweep(ctx: Ctx) -> str:
    """Re-send lost tasks, fail those out of attempts (an arq cron, one per tick fleet-wide)."""
    settings: Settings = ctx["settings"]
    report = await _in_transaction(ctx, lambda s: sweeper.sweep(s, settings))
    queue = TaskQueue(ctx["redis"], settings.QUEUE_NAME)
    # False: arq still holds the task (a backlog, or a retry after a worker died): no change.
    sent = [call for call in report.resend if await queue.enqueue(call)]
    counts = {
        ("cv", "requeued"): sum(call.name == PARSE_CV for call in sent),
        ("run", "requeued"): sum(call.name in (MATCH_JOBS, MATCH_CANDIDATES) for call in sent),
        ("job", "requeued"): sum(call.name == INDEX_JOB for call in sent),
        ("cv", "failed"): len(report.failed_cvs),
        ("run", "failed"): len(report.failed_runs),
    }
    for (kind, action), count in counts.items():
        if count:
            SWEEPS.labels(kind, action).inc(count)
    if sent or report.failed_cvs or report.failed_runs:
        logger.warning(
            "sweeper: re-sent %d tasks, failed %d CVs and %d runs",
            len(sent),
            len(report.failed_cvs),
            len(report.failed_runs),
            extra={
                "event": "sweep",
                "resent": [call.job_id for call in sent],
                "failed_cvs": [str(i) for i in report.failed_cvs],
                "failed_runs": [str(i) for i in report.failed_runs],
            },
        )
    return "done"
