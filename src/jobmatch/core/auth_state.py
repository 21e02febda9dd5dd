"""What an access token needs checked on every request (active? token version? role?),
cached in Redis so that authenticating a poll costs no PostgreSQL query.

Writers publish the new state after they commit (SET); readers that miss load the user from
PostgreSQL and store it with SET NX, so a reader never overwrites a newer state.
"""

import logging
import uuid
from dataclasses import dataclass

from redis.asyncio import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class AuthState:
    user_id: uuid.UUID
    role: str
    is_active: bool
    token_version: int

    def encode(self) -> str:
        return f"{self.role}:{int(self.is_active)}:{self.token_version}"

    @classmethod
    def decode(cls, user_id: uuid.UUID, raw: bytes) -> "AuthState":
        role, active, version = raw.decode().split(":")
        return cls(user_id, role, active == "1", int(version))


class AuthStates:
    def __init__(self, redis: Redis, prefix: str, ttl: int) -> None:
        self.redis = redis
        self.prefix = prefix
        self.ttl = ttl

    def key(self, user_id: uuid.UUID) -> str:
        return f"{self.prefix}:auth:{user_id}"

    async def get(self, user_id: uuid.UUID) -> AuthState | None:
        try:
            raw = await self.redis.get(self.key(user_id))
        except RedisError:
            logger.warning("auth state unavailable (Redis); falling back to PostgreSQL")
            return None
        return self.parse(user_id, raw)

    @staticmethod
    def parse(user_id: uuid.UUID, raw: bytes | None) -> AuthState | None:
        try:
            return AuthState.decode(user_id, raw) if raw else None
        except ValueError:
            return None

    async def publish(self, state: AuthState) -> None:
        """Writers, after commit. If Redis refuses the write (e.g. out of memory), drop the
        key instead (DEL is allowed then): a stale state must never outlive the change."""
        try:
            await self.redis.set(self.key(state.user_id), state.encode(), ex=self.ttl)
        except RedisError:
            await self.redis.delete(self.key(state.user_id))
            raise

    async def publish_safely(self, state: AuthState) -> None:
        """A reader that found a stale state overwrites it with PostgreSQL's."""
        try:
            await self.publish(state)
        except RedisError:
            logger.warning("could not repair an auth state (Redis)")

    async def remember(self, state: AuthState) -> None:
        """Readers, after loading the user from PostgreSQL."""
        try:
            await self.redis.set(self.key(state.user_id), state.encode(), ex=self.ttl, nx=True)
        except RedisError:
            logger.warning("could not cache an auth state (Redis)")
