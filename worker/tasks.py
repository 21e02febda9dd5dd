"""arq task functions: thin, open a session scope, call a service, enqueue after commit."""

import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from arq import Retry
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.core.database import SessionFactory, session_scope
from jobmatch.core.outbox import AfterCommit
from jobmatch.services import cvs, matching

logger = logging.getLogger(__name__)

Ctx = dict[str, Any]


async def _in_transaction(ctx: Ctx, work: Callable[[AsyncSession], Awaitable[object]]) -> None:
    factory: SessionFactory = ctx["session_factory"]
    async with session_scope(factory) as session:
        await work(session)
    after_commit: AfterCommit = ctx["after_commit"]
    await after_commit.flush(session)  # only after the commit above succeeded


async def _retry_or_give_up(
    ctx: Ctx, exc: Exception, give_up: Callable[[AsyncSession], Awaitable[object]]
) -> None:
    settings: Settings = ctx["settings"]
    job_try: int = ctx.get("job_try", 1)
    if job_try < settings.WORKER_MAX_TRIES:
        logger.warning("task %s failed on try %d: %r; retrying", ctx.get("job_id"), job_try, exc)
        raise Retry(defer=job_try * 2) from exc
    logger.exception("task %s failed on its last try", ctx.get("job_id"))
    await _in_transaction(ctx, give_up)


async def parse_cv(ctx: Ctx, cv_id: str) -> None:
    """Extract a CV's text and skills, then queue a match for its owner."""
    key = uuid.UUID(cv_id)
    try:
        await _in_transaction(ctx, lambda s: cvs.parse_cv(s, key))
    except Retry:
        raise
    except Exception as exc:
        await _retry_or_give_up(ctx, exc, lambda s: cvs.give_up_parse(s, key))


async def match_jobs(ctx: Ctx, run_id: str) -> None:
    """Rank open jobs for a run and store the results."""
    key = uuid.UUID(run_id)
    settings: Settings = ctx["settings"]
    try:
        started: list[object] = []

        async def start(session: AsyncSession) -> None:
            started.append(await matching.start_run(session, key))

        await _in_transaction(ctx, start)
        if started[0] is not None:
            await _in_transaction(ctx, lambda s: matching.compute_run(s, settings, key))
    except Retry:
        raise
    except Exception as exc:
        await _retry_or_give_up(
            ctx, exc, lambda s: matching.fail_run(s, key, "Matching failed, please try again")
        )
