"""Per-user poll versions (and rendered poll bodies) in Redis, so that a conditional poll
costs no PostgreSQL query.

A version is `<token>:<status>`. Writers replace it after they commit; readers that find
none compute the answer from PostgreSQL and store its content hash with SET NX, so a
reader's older view can never overwrite a writer's newer version. Readers take the version
before reading PostgreSQL: at worst an older tag goes with newer rows, which costs one more
200, never a stale 304. Redis down or flushed: everything falls back to PostgreSQL.
"""

import logging
import uuid
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Keep the status of the old version when the writer does not know the new one.
_BUMP = """
local status = ARGV[2]
if status == '' then
  local old = redis.call('GET', KEYS[1])
  if old then status = string.match(old, ':(.*)$') or '' end
end
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. status, 'EX', ARGV[3])
"""


@dataclass(frozen=True, slots=True)
class PollVersion:
    token: str
    status: str  # the latest run's status, "" if unknown


class PollVersions:
    def __init__(self, redis: Redis, prefix: str, ttl: int) -> None:
        self.redis = redis
        self.prefix = prefix
        self.ttl = ttl
        self._bump = redis.register_script(_BUMP)

    def _key(self, user_id: uuid.UUID) -> str:
        return f"{self.prefix}:poll:{user_id}"

    def _body_key(self, user_id: uuid.UUID, variant: str) -> str:
        return f"{self.prefix}:pollbody:{user_id}:{variant}"

    async def bump(self, user_id: uuid.UUID, status: str = "") -> None:
        """Writers, after commit: a new token, so every client's ETag is stale."""
        await self._bump(keys=[self._key(user_id)], args=[uuid.uuid4().hex, status, self.ttl])

    async def get(self, user_id: uuid.UUID) -> PollVersion | None:
        try:
            raw = await self.redis.get(self._key(user_id))
        except RedisError:
            logger.warning("poll version unavailable (Redis); falling back to PostgreSQL")
            return None
        if raw is None:
            return None
        token, _, status = raw.decode().partition(":")
        return PollVersion(token, status)

    async def set_if_absent(self, user_id: uuid.UUID, version: PollVersion) -> None:
        try:
            await self.redis.set(
                self._key(user_id), f"{version.token}:{version.status}", ex=self.ttl, nx=True
            )
        except RedisError:
            logger.warning("could not store a poll version (Redis)")

    async def cached_body(self, user_id: uuid.UUID, variant: str, token: str) -> bytes | None:
        """The rendered answer for this version, if a poll already computed it."""
        try:
            raw = await self.redis.get(self._body_key(user_id, variant))
        except RedisError:
            return None
        if raw is None:
            return None
        cached_token, _, body = raw.partition(b"\n")
        return body if cached_token.decode() == token else None

    async def store_body(self, user_id: uuid.UUID, variant: str, token: str, body: bytes) -> None:
        try:
            await self.redis.set(
                self._body_key(user_id, variant), token.encode() + b"\n" + body, ex=self.ttl
            )
        except RedisError:
            logger.warning("could not cache a poll body (Redis)")
