"""Engine and session factory, built at start-up (never at import time)."""

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import InvalidatePoolError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from jobmatch.core.config import Settings

SessionFactory = async_sessionmaker[AsyncSession]


def create_engine(settings: Settings, *, pool_size: int | None = None) -> AsyncEngine:
    """An asyncpg engine sized by settings; the statement cache can be off for PgBouncer."""
    if not settings.DATABASE_URL:
        raise RuntimeError("DATABASE_URL is not set (use `jobmatch run` for embedded servers)")
    engine = create_async_engine(
        settings.DATABASE_URL,
        pool_size=pool_size or settings.DB_POOL_SIZE,
        max_overflow=settings.DB_MAX_OVERFLOW,
        # Errors that reach a log must not carry bound values (hashes, CV text, tokens).
        hide_parameters=True,
        # Whatever the database's default: deleting jobs or runs cleans their results up
        # with triggers that must see rows committed meanwhile (models.match.MatchResult).
        isolation_level="READ COMMITTED",
        connect_args={
            # Fail fast when PostgreSQL is away: a 503, not a request hanging for a minute.
            "timeout": 5,
            "statement_cache_size": settings.DB_STATEMENT_CACHE_SIZE,
            "server_settings": {"application_name": "jobmatch"},
        },
    )
    ping_when_idle(engine, settings.DB_PING_AFTER_IDLE_SECONDS)
    return engine


_RETURNED_AT = "jobmatch_returned_at"


def ping_when_idle(engine: AsyncEngine, after_seconds: float) -> None:
    """Ping a pooled connection on checkout only when it sat unused for `after_seconds`.

    SQLAlchemy's `pool_pre_ping` pings on every checkout, and with asyncpg a ping is three
    round trips (BEGIN, an empty query, ROLLBACK: a transaction so that PgBouncer in
    transaction mode sees it): about a quarter of the round trips of a match task and of a
    login. A connection whose socket asyncpg saw close (a restart, a terminated backend) is
    replaced at once, with no round trip; one handed back a moment ago is otherwise as good
    as its last statement; one that sat idle may have been cut on the way (a failover, an
    idle timeout) and is pinged. Either failure recycles the whole pool, as a failed
    pre-ping does: the server has probably dropped the others too. A connection that dies
    unseen inside the window fails the statement it runs: the pool is recycled, the api
    answers 503 (main.py) and a worker task is retried. 0 pings on every checkout.
    """
    pool = engine.sync_engine.pool

    @event.listens_for(pool, "checkin")
    def _returned(dbapi_connection: Any, record: Any) -> None:
        record.info[_RETURNED_AT] = time.monotonic()

    @event.listens_for(pool, "checkout")
    def _checked_out(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        returned = record.info.pop(_RETURNED_AT, None)
        if returned is None:
            return  # it has just connected
        if dbapi_connection.driver_connection.is_closed():
            raise InvalidatePoolError("pooled connection closed by the server")
        if time.monotonic() - returned < after_seconds:
            return  # in use a moment ago
        try:
            dbapi_connection.ping()
        except Exception as exc:
            # SQLAlchemy reconnects this pool entry (once) and recycles the others.
            raise InvalidatePoolError("pooled connection failed its ping") from exc


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


@asynccontextmanager
async def session_scope(factory: SessionFactory) -> AsyncIterator[AsyncSession]:
    """A unit of work for the worker and the CLI: commit on success, roll back on error."""
    async with factory() as session:
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
