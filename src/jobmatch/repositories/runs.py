"""Statements both kinds of match run share (jobs for a candidate, candidates for a job)."""

import uuid
from datetime import datetime
from typing import TypeVar

from sqlalchemy import ColumnElement, Select, delete, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import (
    PENDING_STATUSES,
    CandidateResult,
    CandidateRun,
    MatchResult,
    MatchRun,
    RunStatus,
)

R = TypeVar("R", MatchRun, CandidateRun)


async def claim(session: AsyncSession, model: type[R], run_id: uuid.UUID, at: datetime) -> R | None:
    """Move a queued (or retried running) run to `running`, one more attempt; None if it is
    already finished."""
    result = await session.execute(
        update(model)
        .where(model.id == run_id, model.status.in_(PENDING_STATUSES))
        .values(status=RunStatus.RUNNING, started_at=at, attempts=model.attempts + 1)
        .returning(model)
    )
    return result.scalar_one_or_none()


async def lock(session: AsyncSession, model: type[R], run_id: uuid.UUID) -> R | None:
    """The run, re-read and locked until the transaction ends (a claimed run writes under it)."""
    result = await session.execute(
        select(model)
        .where(model.id == run_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return result.scalar_one_or_none()


async def drop_earlier_results(session: AsyncSession, run: MatchRun | CandidateRun) -> None:
    """Remove the results of the same user's (or job's) done runs created before this one:
    nothing reads them once a newer run is done (the newest by creation is the one shown),
    and kept they would grow the tables by a whole list per run and slow every live update.
    A run created later that finished first keeps its list (it is the one shown)."""
    if isinstance(run, MatchRun):
        earlier = _done_before(MatchRun, MatchRun.user_id == run.user_id, run)
        await session.execute(delete(MatchResult).where(MatchResult.run_id.in_(earlier)))
    else:
        earlier = _done_before(CandidateRun, CandidateRun.job_id == run.job_id, run)
        await session.execute(delete(CandidateResult).where(CandidateResult.run_id.in_(earlier)))


def _done_before(model: type[R], same: ColumnElement[bool], run: R) -> Select[uuid.UUID]:
    """The done runs of the same owner before `run` in the order polls read them
    (created_at, then id)."""
    return select(model.id).where(
        same,
        model.status == RunStatus.DONE,
        tuple_(model.created_at, model.id) < tuple_(run.created_at, run.id),
    )
