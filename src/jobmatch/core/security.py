"""Password hashing (argon2id, off the event loop) and access tokens (PyJWT, HS256)."""

import asyncio
import os
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

import jwt
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from jobmatch.core.config import Settings

ALGORITHM = "HS256"
AUDIENCE = "jobmatch-api"


@cache
def _hasher(time_cost: int, memory_cost: int, parallelism: int) -> PasswordHasher:
    return PasswordHasher(
        time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism, type=Type.ID
    )


def _lower_priority(niceness: int) -> None:
    # Linux schedules threads one by one: a nicer argon2 thread yields the CPU to the event
    # loop, so a login storm slows logins down rather than every poll.
    if niceness and hasattr(os, "setpriority"):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)


@cache
def _executor(threads: int, niceness: int) -> ThreadPoolExecutor:
    # A pool of its own, bounded, so that a login storm cannot starve other thread work.
    return ThreadPoolExecutor(
        max_workers=threads,
        thread_name_prefix="argon2",
        initializer=_lower_priority,
        initargs=(niceness,),
    )


class PasswordService:
    """argon2id hashing with settable parameters, run in a bounded thread pool."""

    def __init__(self, settings: Settings) -> None:
        self._ph = _hasher(
            settings.ARGON2_TIME_COST, settings.ARGON2_MEMORY_COST_KIB, settings.ARGON2_PARALLELISM
        )
        self._pool = _executor(settings.ARGON2_THREADS, settings.ARGON2_NICENESS)
        self._dummy_hash: str | None = None

    async def _run(self, fn: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    async def hash(self, password: str) -> str:
        result: str = await self._run(self._ph.hash, password)
        return result

    async def verify(self, password_hash: str, password: str) -> bool:
        return bool(await self._run(self._verify_sync, password_hash, password))

    def _verify_sync(self, password_hash: str, password: str) -> bool:
        try:
            return self._ph.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    async def verify_dummy(self, password: str) -> None:
        """Spend the time of a real verification, so unknown emails cannot be told apart."""
        if self._dummy_hash is None:
            self._dummy_hash = await self.hash("dummy-password-for-timing")
        await self.verify(self._dummy_hash, password)

    def needs_rehash(self, password_hash: str) -> bool:
        return self._ph.check_needs_rehash(password_hash)


class InvalidTokenError(Exception):
    """The token is missing, malformed, expired, tampered with or of the wrong kind."""


def create_access_token(settings: Settings, subject: str, version: int = 0) -> tuple[str, int]:
    """A signed access token for `subject` (a user id) at its token `version`, and its
    lifetime in seconds."""
    now = datetime.now(UTC)
    lifetime = timedelta(minutes=settings.ACCESS_TOKEN_EXPIRE_MINUTES)
    claims = {
        "sub": subject,
        "iat": now,
        "exp": now + lifetime,
        "jti": uuid.uuid4().hex,
        "iss": settings.JWT_ISSUER,
        "aud": AUDIENCE,
        "type": "access",
        "ver": version,
    }
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM), int(
        lifetime.total_seconds()
    )


def decode_access_token(settings: Settings, token: str) -> dict[str, Any]:
    """Verify signature (HS256 only), expiry, issuer and audience; return the claims.

    A token is immutable, so a verified one is remembered (bounded, per process) and only
    its expiry is checked again: an SPA polling every second does not pay for HMAC and
    JSON parsing each time. Revocation is not the token's business (see AuthState).
    """
    claims = _verified(token, settings.secret_key, settings.JWT_ISSUER)
    if claims["exp"] <= time.time():
        raise InvalidTokenError("expired")
    return claims


@lru_cache(maxsize=16384)
def _verified(token: str, secret: str, issuer: str) -> dict[str, Any]:
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            issuer=issuer,
            options={"require": ["sub", "exp", "iat", "jti"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(str(exc)) from exc
    if (
        claims.get("type") != "access"
        or not isinstance(claims.get("sub"), str)
        or not isinstance(claims.get("ver"), int)
    ):
        raise InvalidTokenError("not an access token")
    return claims
