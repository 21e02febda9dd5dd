"""The pool pings a connection only after it sat idle, and replaces one that fails the ping.

Real PostgreSQL: a connection is "lost" by terminating its backend from another one.
"""

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

from jobmatch.core.config import Settings
from jobmatch.core.database import create_engine
from tests.test_migrations import scratch_database


async def _engine(settings: Settings, idle: float) -> AsyncEngine:
    return create_engine(
        settings.model_copy(update={"DB_PING_AFTER_IDLE_SECONDS": idle}), pool_size=1
    )


@pytest.fixture
async def quick(settings: Settings) -> AsyncIterator[AsyncEngine]:
    """Pings connections idle for 0.2 s."""
    engine = await _engine(settings, 0.2)
    yield engine
    await engine.dispose()


@pytest.fixture
async def patient(settings: Settings) -> AsyncIterator[AsyncEngine]:
    """Pings connections idle for a minute: within a test, never."""
    engine = await _engine(settings, 60)
    yield engine
    await engine.dispose()


async def _backend_and_queries(engine: AsyncEngine, queries: list[str]) -> int:
    """Check a connection out and back in, log what it is sent from then on, return its
    backend."""
    async with engine.connect() as conn:
        raw = (await conn.get_raw_connection()).driver_connection
        assert raw is not None
        pid = int((await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one())
        raw.add_query_logger(lambda logged: queries.append(logged.query))
    queries.clear()  # the ROLLBACK that ended this checkout
    return pid


async def _queries_of_checkout(engine: AsyncEngine) -> list[str]:
    """The plain queries (asyncpg logs no prepared ones) that a connection is sent by a
    second checkout right after the first: its own transaction's, and a ping's if any."""
    queries: list[str] = []
    await _backend_and_queries(engine, queries)
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 2"))
    return queries


PING = ";"  # asyncpg's ping through SQLAlchemy: BEGIN; an empty statement; ROLLBACK;


async def _terminate(engine: AsyncEngine, pid: int) -> None:
    async with engine.connect() as conn:
        await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    for _ in range(50):  # the backend goes away asynchronously
        async with engine.connect() as conn:
            gone = await conn.execute(
                text("SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}
            )
            if gone.scalar_one():
                return
        await asyncio.sleep(0.05)
    raise AssertionError(f"backend {pid} still there")


async def test_a_connection_used_a_moment_ago_is_not_pinged(patient: AsyncEngine) -> None:
    sent = await _queries_of_checkout(patient)
    assert PING not in sent
    # The logger saw the checkout's own transaction (READ COMMITTED: create_engine).
    assert sent[0] == "BEGIN ISOLATION LEVEL READ COMMITTED;"


async def test_a_connection_idle_past_the_limit_is_pinged(quick: AsyncEngine) -> None:
    queries: list[str] = []
    await _backend_and_queries(quick, queries)
    await asyncio.sleep(0.3)
    assert PING not in queries
    async with quick.connect() as conn:
        await conn.execute(text("SELECT 2"))
    assert queries[:3] == ["BEGIN;", PING, "ROLLBACK;"]


async def test_zero_pings_on_every_checkout(settings: Settings) -> None:
    engine = await _engine(settings, 0)
    try:
        sent = await _queries_of_checkout(engine)
    finally:
        await engine.dispose()
    assert sent[:3] == ["BEGIN;", PING, "ROLLBACK;"]


async def test_a_lost_idle_connection_is_replaced_without_an_error(
    quick: AsyncEngine, engine: AsyncEngine
) -> None:
    lost = await _backend_and_queries(quick, [])
    await _terminate(engine, lost)
    await asyncio.sleep(0.3)
    async with quick.connect() as conn:
        pid = (await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    assert pid != lost


async def test_a_connection_the_server_closed_is_replaced_without_a_ping(
    patient: AsyncEngine, engine: AsyncEngine
) -> None:
    async with patient.connect() as conn:
        raw = (await conn.get_raw_connection()).driver_connection
        assert raw is not None
    queries: list[str] = []
    lost = await _backend_and_queries(patient, queries)
    await _terminate(engine, lost)
    for _ in range(100):  # the socket's end reaches the event loop a moment after
        if raw.is_closed():
            break
        await asyncio.sleep(0.05)
    assert raw.is_closed()
    async with patient.connect() as conn:
        pid = (await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    assert pid != lost
    assert PING not in queries


async def test_a_connection_lost_unseen_fails_once_marked_invalidated_then_the_pool_reconnects(
    patient: AsyncEngine, engine: AsyncEngine
) -> None:
    lost = await _backend_and_queries(patient, [])
    async with patient.connect() as conn:
        raw = (await conn.get_raw_connection()).driver_connection
        assert raw is not None
        # The backend ends while the connection is checked out: no checkout can see it.
        await _terminate(engine, lost)
        with pytest.raises(DBAPIError) as failed:
            await conn.execute(text("SELECT 1"))
    assert failed.value.connection_invalidated  # what main.py maps to a 503
    async with patient.connect() as conn:
        pid = (await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one()
    assert pid != lost


async def test_transactions_are_read_committed_whatever_the_database_default(
    settings: Settings, server_urls: tuple[str, str]
) -> None:
    """The result clean-up triggers (migrations 0009, 0010) see rows a writer committed
    while the deletion waited only at READ COMMITTED: the app never runs at another level,
    even on a database set to another one."""
    async with scratch_database(server_urls[0]) as (url, admin):
        async with admin.connect() as conn:
            name = await conn.scalar(text("SELECT current_database()"))
            default = "SET default_transaction_isolation = 'serializable'"
            await conn.execute(text(f'ALTER DATABASE "{name}" {default}'))
            await conn.commit()
        await admin.dispose()
        async with admin.connect() as conn:  # a new session reads the database's default
            assert await conn.scalar(text("SHOW transaction_isolation")) == "serializable"
        engine = create_engine(settings.model_copy(update={"DATABASE_URL": url}), pool_size=1)
        try:
            async with engine.connect() as conn:
                assert await conn.scalar(text("SHOW transaction_isolation")) == "read committed"
        finally:
            await engine.dispose()
