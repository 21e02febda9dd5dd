"""Background task queue (arq over Redis): enqueue after commit, ids only, deterministic ids.

Services never talk to Redis: they `defer()` a task on the session, and whoever owns the
transaction (the request dependency, the worker's session scope) flushes the deferred tasks
to Redis only after the commit succeeded. PostgreSQL keeps the status, so a message lost
here is healed by re-enqueueing (sweeper), never by trusting the queue.
"""

import logging
from dataclasses import dataclass

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings
from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings

logger = logging.getLogger(__name__)

_DEFERRED = "jobmatch.deferred_tasks"

PARSE_CV = "parse_cv"
MATCH_JOBS = "match_jobs"


@dataclass(frozen=True, slots=True)
class TaskCall:
    name: str
    args: tuple[str, ...]

    @property
    def job_id(self) -> str:
        # Same task on the same ids -> same arq job id -> arq refuses a duplicate.
        return ":".join((self.name, *self.args))


def defer(session: AsyncSession, name: str, *args: str) -> None:
    """Queue a task to be enqueued once the session's transaction has committed."""
    calls: list[TaskCall] = session.info.setdefault(_DEFERRED, [])
    call = TaskCall(name, args)
    if call not in calls:
        calls.append(call)


def discard_deferred(session: AsyncSession) -> None:
    session.info.pop(_DEFERRED, None)


def redis_settings(settings: Settings) -> RedisSettings:
    if not settings.REDIS_URL:
        raise RuntimeError("REDIS_URL is not set (use `jobmatch run` for embedded servers)")
    return RedisSettings.from_dsn(settings.REDIS_URL)


async def connect(settings: Settings) -> ArqRedis:
    return await create_pool(redis_settings(settings), default_queue_name=settings.QUEUE_NAME)


class TaskQueue:
    """Sends deferred task calls to arq."""

    def __init__(self, redis: ArqRedis, queue_name: str) -> None:
        self.redis = redis
        self.queue_name = queue_name

    async def enqueue(self, call: TaskCall) -> bool:
        """Enqueue one call; False when arq already holds a task with the same id."""
        job = await self.redis.enqueue_job(
            call.name, *call.args, _job_id=call.job_id, _queue_name=self.queue_name
        )
        return job is not None

    async def flush(self, session: AsyncSession) -> None:
        """Enqueue what the committed transaction deferred; Redis errors are logged, not raised.

        The rows are committed with status `queued`, so a lost message delays the work but
        never loses it: the sweeper re-enqueues stale `queued` rows.
        """
        calls: list[TaskCall] = session.info.pop(_DEFERRED, [])
        for call in calls:
            try:
                await self.enqueue(call)
            except (RedisError, OSError):
                logger.exception("enqueue failed for %s; the sweeper will retry it", call.job_id)
