"""The sweeper: PostgreSQL says what is pending, so lost queue messages and dead workers heal.

- `queued` longer than SWEEP_QUEUED_AFTER_SECONDS: the message was lost (Redis flushed or
  restarted empty, an enqueue after commit failed) -> send the task again. Arq refuses a
  duplicate of a task it still holds (same deterministic id), so a task that is merely
  waiting in a backlog is not doubled. Waiting is never a failure: a backlog drains.
- `parsing` / `running` longer than the stale threshold (past the task timeout): the worker
  died -> send the task again, or, once WORKER_MAX_TRIES attempts were made, mark it
  `failed` with a readable error (the CV's waiting run and the poll version too).

Every write is a guarded UPDATE, so a sweep racing a worker (or another sweep) changes
nothing that moved on meanwhile.
"""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox, tasks
from jobmatch.core.config import Settings
from jobmatch.core.correlation import request_id_var
from jobmatch.core.tasks import TaskCall
from jobmatch.models import CandidateRun, CVStatus, MatchRun, RunStatus
from jobmatch.repositories import sweeps
from jobmatch.services import matching


@dataclass
class SweepReport:
    # Tasks to send again once the sweep's transaction has committed (arq drops duplicates).
    resend: list[TaskCall] = field(default_factory=list)
    failed_cvs: list[uuid.UUID] = field(default_factory=list)
    failed_runs: list[uuid.UUID] = field(default_factory=list)


def _plural(n: int) -> str:
    return f"{n} attempt" if n == 1 else f"{n} attempts"


async def sweep(
    session: AsyncSession, settings: Settings, now: datetime | None = None
) -> SweepReport:
    """Fail what is out of attempts; say which tasks to send again (after the commit)."""
    now = now or datetime.now(UTC)
    queued_before = now - timedelta(seconds=settings.SWEEP_QUEUED_AFTER_SECONDS)
    stale_before = now - timedelta(seconds=settings.sweep_stale_after)
    limit = settings.SWEEP_BATCH_SIZE
    report = SweepReport()

    for cv in await sweeps.stuck_cvs(
        session, queued_before=queued_before, stale_before=stale_before, limit=limit
    ):
        if cv.status == CVStatus.PARSING and cv.attempts >= settings.WORKER_MAX_TRIES:
            error = (
                f"Reading the CV did not finish after {_plural(cv.attempts)}; "
                "please upload it again"
            )
            failed = await sweeps.fail_stale_cv(session, cv, stale_before, error)
            if failed is not None:
                await matching.fail_runs_waiting_for(
                    session, failed, f"The CV could not be read: {error}"
                )
                report.failed_cvs.append(cv.id)
        else:
            report.resend.append(TaskCall(tasks.PARSE_CV, (str(cv.id),), request_id_var.get()))

    for run in await sweeps.stuck_runs(
        session, queued_before=queued_before, stale_before=stale_before, limit=limit
    ):
        if run.status == RunStatus.RUNNING and run.attempts >= settings.WORKER_MAX_TRIES:
            error = f"Matching did not finish after {_plural(run.attempts)}; please try again"
            failed_run = await sweeps.fail_stale_run(
                session, MatchRun, run, stale_before, error, now
            )
            if failed_run is not None:
                outbox.touch_poll(session, failed_run.user_id, RunStatus.FAILED)
                report.failed_runs.append(run.id)
        else:
            report.resend.append(TaskCall(tasks.MATCH_JOBS, (str(run.id),), request_id_var.get()))

    for run in await sweeps.stuck_candidate_runs(
        session, queued_before=queued_before, stale_before=stale_before, limit=limit
    ):
        if run.status == RunStatus.RUNNING and run.attempts >= settings.WORKER_MAX_TRIES:
            error = f"Ranking did not finish after {_plural(run.attempts)}; please try again"
            ranking = await sweeps.fail_stale_run(
                session, CandidateRun, run, stale_before, error, now
            )
            if ranking is not None:
                outbox.touch_job_poll(session, ranking.job_id, RunStatus.FAILED)
                report.failed_runs.append(run.id)
        else:
            call = TaskCall(tasks.MATCH_CANDIDATES, (str(run.id),), request_id_var.get())
            report.resend.append(call)

    # A job change whose index_job task was lost (or failed its tries): send it again.
    for job_id, version in await sweeps.jobs_behind_or_none(
        session, changed_before=queued_before, limit=limit
    ):
        report.resend.append(
            TaskCall(tasks.INDEX_JOB, (str(job_id), version), request_id_var.get())
        )
    return report
