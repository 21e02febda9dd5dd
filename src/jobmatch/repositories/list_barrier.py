"""The barrier between runs storing their result lists and live updates reading them.

A run that stores a list holds it shared from its last look at the jobs' change counter to
its commit; a live update moves that counter itself (the api's move may come late, or not
at all) and then passes the barrier (takes it exclusively and gives it back at once)
before it reads which lists are shown. So every run either committed before the update
reads the lists (the update finds its list and writes the job into it) or looks at the
counter after the update moved it (and ranks again with the job). A PostgreSQL advisory
lock: transaction-scoped, nothing to clean up after a crash, fine behind PgBouncer in
transaction mode.
"""

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, AsyncSessionTransaction

# Any fixed int8 unique to this use in the database ("jobmlist" in ASCII).
KEY = 0x6A6F626D6C697374
# How long a live update waits for the runs storing; they hold it for milliseconds.
WAIT_LIMIT = "5s"


async def hold(session: AsyncSession) -> AsyncSessionTransaction:
    """Take the barrier shared, in a savepoint: commit it to hold the barrier until the
    transaction ends, roll it back to give the barrier back at once. Runs never wait for
    each other, but queue behind a live update that waits for the runs holding it."""
    savepoint = await session.begin_nested()
    await session.execute(text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": KEY})
    return savepoint


async def pass_through(session: AsyncSession) -> None:
    """Wait until every run holding the barrier now has committed, holding nothing after:
    the exclusive lock is taken in a savepoint that is rolled back at once, which releases
    it, so runs wait for this update only for that moment, never for its whole transaction.
    A holder stuck for WAIT_LIMIT raises (lock timeout): the task is retried later."""
    savepoint = await session.begin_nested()
    await session.execute(text(f"SET LOCAL lock_timeout = '{WAIT_LIMIT}'"))
    await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": KEY})
    await savepoint.rollback()  # also ends the SET LOCAL
