"""Background task queue (arq over Redis): ids only, deterministic task ids.

Services never enqueue directly: they defer a task on the session (`core.outbox`), and it is
enqueued only after the commit. PostgreSQL keeps the status, so a lost message is healed by
sending it again, never by trusting the queue.
"""

import logging
from dataclasses import dataclass, field

from arq import ArqRedis, create_pool
from arq.connections import RedisSettings
from arq.constants import health_check_key_suffix

from jobmatch.core.config import Settings

logger = logging.getLogger(__name__)

PARSE_CV = "parse_cv"
MATCH_JOBS = "match_jobs"
MATCH_CANDIDATES = "match_candidates"
INDEX_JOB = "index_job"


@dataclass(frozen=True, slots=True)
class TaskCall:
    name: str
    args: tuple[str, ...]
    # The request (or task) that asked for it: the worker logs it with the task's lines.
    request_id: str | None = field(default=None, compare=False)

    @property
    def job_id(self) -> str:
        # Same task on the same ids -> same arq job id -> arq refuses a duplicate.
        return ":".join((self.name, *self.args))


def redis_settings(settings: Settings) -> RedisSettings:
    if not settings.REDIS_URL:
        raise RuntimeError("REDIS_URL is not set (use `jobmatch run` for embedded servers)")
    return RedisSettings.from_dsn(settings.REDIS_URL)


async def connect(settings: Settings) -> ArqRedis:
    pool = await create_pool(redis_settings(settings), default_queue_name=settings.QUEUE_NAME)
    # arq sets a connect timeout only; without a read timeout a hung Redis hangs requests.
    pool.connection_pool.connection_kwargs["socket_timeout"] = settings.REDIS_TIMEOUT_SECONDS
    await pool.connection_pool.disconnect()  # the one arq opened has no read timeout
    return pool


class TaskQueue:
    """Sends deferred task calls to arq."""

    def __init__(self, redis: ArqRedis, queue_name: str) -> None:
        self.redis = redis
        self.queue_name = queue_name

    async def enqueue(self, call: TaskCall) -> bool:
        """Enqueue one call; False when arq already holds a task with the same id."""
        job = await self.redis.enqueue_job(
            call.name,
            *call.args,
            _job_id=call.job_id,
            _queue_name=self.queue_name,
            request_id=call.request_id,
        )
        return job is not None


@dataclass(frozen=True, slots=True)
class QueueState:
    depth: int  # tasks waiting (or deferred for a retry) in the queue
    worker: str | None  # the last health line a live worker wrote, None when none is alive


def health_check_key(queue_name: str) -> str:
    """Where arq workers of this queue refresh their health line (with a TTL)."""
    return queue_name + health_check_key_suffix


async def queue_state(redis: ArqRedis, queue_name: str) -> QueueState:
    """Queue depth and worker liveness in one round trip."""
    async with redis.pipeline(transaction=False) as pipe:
        pipe.zcard(queue_name)
        pipe.get(health_check_key(queue_name))
        depth, health = await pipe.execute()
    return QueueState(int(depth), health.decode() if health else None)
