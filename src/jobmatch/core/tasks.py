"""Background task queue (arq over Redis): ids only, deterministic task ids.

Services never enqueue directly: they defer a task on the session (`core.outbox`), and it is
enqueued only after the commit. PostgreSQL keeps the status, so a lost message is healed by
sending it again, never by trusting the queue.
"""

import logging
from dataclasses import dataclass

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings

from jobmatch.core.config import Settings

logger = logging.getLogger(__name__)

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
