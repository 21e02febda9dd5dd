"""Real PostgreSQL and Redis for every test that needs them.

Servers: DATABASE_URL / REDIS_URL when set, else embedded ones started for the session.
A fresh database is created per session and migrated with Alembic (never create_all); each
test runs inside an outer transaction that is rolled back, so tests never share rows.
"""

import asyncio
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import event, make_url, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, create_async_engine

from jobmatch.core.config import Environment, Settings, to_asyncpg_url
from jobmatch.core.database import create_engine
from jobmatch.core.embedded import EmbeddedServers, start_missing
from jobmatch.core.migrations import upgrade_head
from jobmatch.main import create_app, lifespan

RUN_ID = uuid.uuid4().hex[:8]


@pytest.fixture(scope="session")
def server_urls() -> Iterator[tuple[str, str]]:
    database_url = os.environ.get("DATABASE_URL")
    redis_url = os.environ.get("REDIS_URL")
    servers = EmbeddedServers()
    # Not pytest's tmp_path: another pytest run on the machine prunes those while we run.
    data_dir = Path(tempfile.mkdtemp(prefix="jobmatch-test-servers-"))
    if not database_url or not redis_url:
        database_url, redis_url, servers = start_missing(database_url, redis_url, data_dir)
    yield to_asyncpg_url(database_url), redis_url
    servers.stop()
    shutil.rmtree(data_dir, ignore_errors=True)


@asynccontextmanager
async def migrated_database(server: str, name: str) -> AsyncIterator[str]:
    """A fresh database `name` on the server, migrated to head (Alembic), dropped after."""
    server_url = make_url(server)
    admin = create_async_engine(server_url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = server_url.set(database=name).render_as_string(hide_password=False)
    try:
        await asyncio.to_thread(upgrade_head, url)  # Alembic runs its own event loop
        yield url
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


@pytest.fixture(scope="session")
async def database_url(server_urls: tuple[str, str]) -> AsyncIterator[str]:
    """A database of this test session's own, migrated to head, dropped at the end."""
    async with migrated_database(server_urls[0], f"jobmatch_test_{RUN_ID}") as url:
        yield url


@pytest.fixture(scope="session")
def settings(database_url: str, server_urls: tuple[str, str]) -> Settings:
    return Settings(
        ENVIRONMENT=Environment.TEST,
        DATABASE_URL=database_url,
        REDIS_URL=server_urls[1],
        QUEUE_NAME=f"jobmatch-test-{RUN_ID}:queue",
        REDIS_KEY_PREFIX=f"jobmatch-test-{RUN_ID}",
        # Cheap hashes keep the suite fast; the defaults are asserted in test_security.
        ARGON2_MEMORY_COST_KIB=1024,
        ARGON2_TIME_COST=1,
        WORKER_POLL_DELAY=0.05,
        # Every test logs in from 127.0.0.1: limits are exercised by their own tests.
        RATE_LIMIT_LOGIN_PER_IP="100000/minute",
        RATE_LIMIT_LOGIN_PER_ACCOUNT="100000/minute",
        RATE_LIMIT_REGISTER_PER_IP="100000/minute",
        RATE_LIMIT_UPLOAD_PER_USER="100000/minute",
        RATE_LIMIT_MATCH_PER_USER="100000/minute",
        RATE_LIMIT_PASSWORD_PER_USER="100000/minute",
        RATE_LIMIT_REFRESH_PER_IP="100000/minute",
        _env_file=None,  # type: ignore[call-arg]
    )


@pytest.fixture(scope="session")
async def engine(settings: Settings) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(settings)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """One connection per test, inside a transaction that is always rolled back."""
    async with engine.connect() as conn:
        transaction = await conn.begin()
        yield conn
        await transaction.rollback()


@pytest.fixture(scope="session")
async def running_app(settings: Settings) -> AsyncIterator[object]:
    app = create_app(settings)
    async with lifespan(app):
        yield app
        # Tasks this session queued (their rows were rolled back): leave Redis clean.
        redis = app.state.redis
        job_ids = await redis.zrange(settings.QUEUE_NAME, 0, -1)
        keys = [f"arq:job:{job_id.decode()}" for job_id in job_ids]
        keys += [key async for key in redis.scan_iter(f"{settings.REDIS_KEY_PREFIX}:*")]
        await redis.delete(settings.QUEUE_NAME, *keys)


@pytest.fixture
async def app(running_app: object, connection: AsyncConnection) -> AsyncIterator[object]:
    """The app with every request's session joined to the test's rolled-back transaction."""
    from sqlalchemy.ext.asyncio import async_sessionmaker

    state = running_app.state  # type: ignore[attr-defined]
    original = state.session_factory
    # As core.database.create_session_factory builds them (autoflush off), on the test's
    # connection: a test session that flushed by itself hid lost changes (2026-12-06).
    state.session_factory = async_sessionmaker(
        bind=connection,
        expire_on_commit=False,
        autoflush=False,
        join_transaction_mode="create_savepoint",
    )
    yield running_app
    state.session_factory = original


@pytest.fixture
async def client(app: object) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture
async def redis(running_app: object) -> object:
    return running_app.state.redis  # type: ignore[attr-defined]


@pytest.fixture
async def db(connection: AsyncConnection) -> AsyncIterator[AsyncSession]:
    """A session in the test's transaction, for calling services directly."""
    async with AsyncSession(
        bind=connection,
        expire_on_commit=False,
        autoflush=False,  # as the worker's and the api's sessions
        join_transaction_mode="create_savepoint",
    ) as session:
        yield session


@pytest.fixture
def sql_statements(engine: AsyncEngine) -> Iterator[list[str]]:
    """Every SQL statement sent to PostgreSQL while the test runs (no mock: real events)."""
    statements: list[str] = []

    def record(conn: object, cursor: object, statement: str, *args: object) -> None:
        # Savepoints are the test's own outer transaction, not the application's queries.
        if "SAVEPOINT" not in statement:
            statements.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    yield statements
    event.remove(engine.sync_engine, "before_cursor_execute", record)
