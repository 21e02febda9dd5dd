"""Statements both kinds of match run share (jobs for a candidate, candidates for a job)."""

import uuid
from datetime import datetime
from typing import TypeVar

from sqlalchemy import ColumnElement, delete, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import (
    PENDING_STATUSES,
    CandidateResult,
    CandidateRun,
    MatchResult,
    MatchRun,
    RunStatus,
)
from jobmatch.repositories.conditions import among

R = TypeVar("R", MatchRun, CandidateRun)


async def claim(
    session: AsyncSession,
    model: type[R],
    run_id: uuid.UUID,
    at: datetime,
    unless: ColumnElement[bool] | None = None,
) -> R | None:
    """Move a queued (or retried running) run to `running`, one more attempt; None if it is
    already finished (or gone), or `unless` holds for its row."""
    condition = [model.id == run_id, model.status.in_(PENDING_STATUSES)]
    if unless is not None:
        condition.append(~unless)
    result = await session.execute(
        update(model)
        .where(*condition)
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


async def supersede_earlier(session: AsyncSession, run: MatchRun | CandidateRun) -> None:
    """Mark the same user's (or job's) done runs created before this one `superseded` and
    remove their results: nothing reads them once a newer run is done (the newest by
    creation is the one shown). A run created later that finished first stays done and
    keeps its list (it is the one shown).

    Only runs still `done` are touched, and a run is superseded once, so this costs the same
    however many runs came before (removing "every earlier run's results" had PostgreSQL
    hash-join the whole results table once a user had ~100 runs: 0.1 s a task and growing).

    Two statements, not one (an UPDATE ... RETURNING in a CTE feeding the DELETE): under
    READ COMMITTED one statement deletes what its snapshot, taken before SKIP LOCKED got
    the lock, shows, and misses rows that a live update holding the run committed in
    between; the second statement sees them (tests/services/test_supersede_race.py).
    """
    if isinstance(run, MatchRun):
        ids = await _supersede(MatchRun, MatchRun.user_id == run.user_id, run, session)
        results: type[MatchResult] | type[CandidateResult] = MatchResult
    else:
        ids = await _supersede(CandidateRun, CandidateRun.job_id == run.job_id, run, session)
        results = CandidateResult
    if ids:
        # No session to synchronise: without it SQLAlchemy asks for the rows back (RETURNING).
        await session.execute(
            delete(results)
            .where(among(results.run_id, ids))
            .execution_options(synchronize_session=False)
        )


async def _supersede(
    model: type[R], same: ColumnElement[bool], run: R, session: AsyncSession
) -> list[uuid.UUID]:
    """Mark the done runs of the same owner before `run`, in the order polls read them
    (created_at, then id), superseded; their ids."""
    # SKIP LOCKED: a run locked by someone else is left `done` for the next run to
    # supersede (it is not shown either way: ours is newer). Waiting for it could deadlock
    # with a CV or user deletion that cascades over both runs (it locks the old one, then
    # waits for ours), and a live update writing into it (matches.lock_shown) need not be
    # waited for: what it writes stays in a list nobody reads until the next run.
    earlier = (
        select(model.id)
        .where(
            same,
            model.status == RunStatus.DONE,
            tuple_(model.created_at, model.id) < tuple_(run.created_at, run.id),
        )
        .with_for_update(skip_locked=True)
    )
    result = await session.execute(
        update(model)
        .where(model.id.in_(earlier.scalar_subquery()))
        .values(status=RunStatus.SUPERSEDED)
        .returning(model.id)
        .execution_options(synchronize_session=False)
    )
    return list(result.scalars())
