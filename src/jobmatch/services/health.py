"""Readiness checks of the servers a process depends on."""

import asyncio

from redis.asyncio import Redis

from jobmatch.core.database import SessionFactory
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
