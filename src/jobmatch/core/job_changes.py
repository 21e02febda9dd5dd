"""A counter in Redis that moves after every committed change to a job (post, edit, close,
delete): workers compare it before each match to know whether to re-read the open jobs.

It only says "look again": PostgreSQL holds the jobs. A lost bump (Redis down at that
moment) or a lost key (flushed) is caught by the workers' periodic re-read
(CORPUS_REFRESH_SECONDS); an unreadable counter counts as "changed".
"""

from redis.asyncio import Redis
from redis.exceptions import RedisError


class JobChanges:
    def __init__(self, redis: Redis, prefix: str) -> None:
        self.redis = redis
        self.key = f"{prefix}:jobs:changes"

    async def bump(self) -> None:
        await self.redis.incr(self.key)

    async def current(self) -> bytes | None:
        """The counter now; None when Redis cannot say (then assume a change)."""
        try:
            value: bytes | None = await self.redis.get(self.key)
        except (RedisError, OSError):
            return None
        return value if value is not None else b"0"
