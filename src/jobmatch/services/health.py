"""Readiness checks of the servers a process depends on."""

import asyncio

from arq import ArqRedis
from redis.asyncio import Redis

from jobmatch.core.database import SessionFactory
from jobmatch.core.tasks import QueueState, queue_state
from jobmatch.repositories import health

CHECK_TIMEOUT = 2.0


async def postgres_ok(factory: SessionFactory) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT), factory() as session:
            await health.ping(session)
    except Exception:  # any failure means "not ready"
        return False
    return True


async def redis_ok(redis: Redis) -> bool:
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            await redis.ping()
    except Exception:
        return False
    return True


async def queue(redis: ArqRedis, queue_name: str) -> QueueState | None:
    """Queue depth and worker liveness; None when Redis does not answer in time."""
    try:
        async with asyncio.timeout(CHECK_TIMEOUT):
            return await queue_state(redis, queue_name)
    except Exception:
        return None
