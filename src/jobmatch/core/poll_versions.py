"""Per-user poll versions (and rendered poll bodies) in Redis, so that a conditional poll
costs no PostgreSQL query.

A version is `<token>:<status>`. Writers replace it after they commit; readers that find
none compute the answer from PostgreSQL and store its content hash with SET NX, so a
reader's older view can never overwrite a writer's newer version. Readers take the version
before reading PostgreSQL: at worst an older tag goes with newer rows, which costs one more
200, never a stale 304. Redis down or flushed: everything falls back to PostgreSQL.
"""

import asyncio
import logging
import uuid
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

SNAPSHOT_TIMEOUT_SECONDS = 2.0

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

    @classmethod
    def decode(cls, raw: bytes | None) -> "PollVersion | None":
        if raw is None:
            return None
        token, _, status = raw.decode().partition(":")
        return cls(token, status)


@dataclass(frozen=True, slots=True)
class PollSnapshot:
    """Everything a poll needs from Redis, read in one round trip."""

    extra: list[bytes | None]  # the caller's extra keys (e.g. the auth state)
    version: PollVersion | None
    body: bytes | None  # the cached body of exactly this version, if any
    reachable: bool = True  # False: Redis failed, do not try it again in this request


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
        """Writers, after commit: a new token, so every client's ETag is stale. If Redis
        refuses the write, drop the version (readers then ask PostgreSQL) and re-raise."""
        try:
            await self._bump(keys=[self._key(user_id)], args=[uuid.uuid4().hex, status, self.ttl])
        except RedisError:
            await self.redis.delete(self._key(user_id))
            raise

    async def get(self, user_id: uuid.UUID) -> PollVersion | None:
        try:
            return PollVersion.decode(await self.redis.get(self._key(user_id)))
        except RedisError:
            logger.warning("poll version unavailable (Redis); falling back to PostgreSQL")
            return None

    async def snapshot(
        self, user_id: uuid.UUID, variant: str, extra_keys: tuple[str, ...] = ()
    ) -> PollSnapshot:
        """The version, its cached body and `extra_keys`, with one MGET."""
        keys = [*extra_keys, self._key(user_id), self._body_key(user_id, variant)]
        try:
            # A bound of our own too: a hung Redis must cost the poll seconds, whatever the
            # client library does on its first timed-out connection.
            async with asyncio.timeout(SNAPSHOT_TIMEOUT_SECONDS):
                values = await self.redis.mget(keys)
        except (RedisError, TimeoutError):
            logger.warning("poll cache unavailable (Redis); falling back to PostgreSQL")
            return PollSnapshot([None] * len(extra_keys), None, None, reachable=False)
        *extra, raw_version, raw_body = values
        version = PollVersion.decode(raw_version)
        body = None
        if version is not None and raw_body is not None:
            token, _, cached = raw_body.partition(b"\n")
            body = cached if token.decode() == version.token else None
        return PollSnapshot(extra, version, body)

    async def set_if_absent(self, user_id: uuid.UUID, version: PollVersion) -> None:
        try:
            await self.redis.set(
                self._key(user_id), f"{version.token}:{version.status}", ex=self.ttl, nx=True
            )
        except RedisError:
            logger.warning("could not store a poll version (Redis)")

    async def store_body(self, user_id: uuid.UUID, variant: str, token: str, body: bytes) -> None:
        try:
            await self.redis.set(
                self._body_key(user_id, variant), token.encode() + b"\n" + body, ex=self.ttl
            )
        except RedisError:
            logger.warning("could not cache a poll body (Redis)")


def job_poll_versions(redis: Redis, prefix: str, ttl: int) -> PollVersions:
    """The poll versions of jobs' candidate lists (keys apart from the users' ones)."""
    return PollVersions(redis, f"{prefix}:job", ttl)
