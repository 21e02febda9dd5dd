"""Engine and session factory, built at start-up (never at import time)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

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
    return create_async_engine(
        settings.DATABASE_URL,
        pool_size=pool_size or settings.DB_POOL_SIZE,
        max_overflow=settings.DB_MAX_OVERFLOW,
        pool_pre_ping=True,
        # Errors that reach a log must not carry bound values (hashes, CV text, tokens).
        hide_parameters=True,
        connect_args={
            # Fail fast when PostgreSQL is away: a 503, not a request hanging for a minute.
            "timeout": 5,
            "statement_cache_size": settings.DB_STATEMENT_CACHE_SIZE,
            "server_settings": {"application_name": "jobmatch"},
        },
    )


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
