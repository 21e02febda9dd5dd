"""Rate limits counted in Redis (the `limits` library, moving window), so every api process
shares them. Redis unavailable: limits fail open (logged) rather than refuse every login."""

import logging
import math
import time

from limits import RateLimitItem, parse
from limits.aio.storage import RedisStorage
from limits.aio.strategies import MovingWindowRateLimiter
from redis.asyncio import Redis

from jobmatch.core.errors import AppError

logger = logging.getLogger(__name__)


class RateLimited(AppError):
    status_code = 429

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"Too many requests, retry in {retry_after} s")
        self.headers = {"Retry-After": str(retry_after)}


class RateLimiter:
    def __init__(self, redis: Redis, key_prefix: str, *, enabled: bool = True) -> None:
        # Shares the app's connection pool (the URI only names the backend).
        self.storage = RedisStorage(
            "async+redis://",
            implementation="redispy",
            key_prefix=f"{key_prefix}:rl",
            connection_pool=redis.connection_pool,  # type: ignore[arg-type]
        )
        self.strategy = MovingWindowRateLimiter(self.storage)
        self.enabled = enabled
        self._items: dict[str, RateLimitItem] = {}

    def _item(self, limit: str) -> RateLimitItem:
        if limit not in self._items:
            self._items[limit] = parse(limit)
        return self._items[limit]

    async def hit(self, limit: str, *identifiers: str) -> None:
        """Count one request against `limit` for `identifiers`; RateLimited (429) when over."""
        if not self.enabled:
            return
        item = self._item(limit)
        try:
            if await self.strategy.hit(item, *identifiers):
                return
            stats = await self.strategy.get_window_stats(item, *identifiers)
        except Exception:  # the storage's errors vary by client; never block on them
            logger.warning("rate limit storage unavailable; not limiting", exc_info=True)
            return
        raise RateLimited(max(1, math.ceil(stats.reset_time - time.time())))
