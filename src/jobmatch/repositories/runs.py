"""Statements both kinds of match run share (jobs for a candidate, candidates for a job)."""

import uuid
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.models import PENDING_STATUSES, CandidateRun, MatchRun, RunStatus

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
