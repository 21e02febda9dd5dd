"""The barrier between runs storing their result lists and live updates reading them.

A run that stores a list holds it shared from its last look at the jobs' change counter to
its commit; a live update passes it (takes it exclusively and gives it back at once) after
the job's change moved that counter and before it reads which lists are shown. So every
run either committed before the update reads the lists (the update finds its list and
writes the job into it) or looks at the counter after the update moved it (and ranks
again with the job). A PostgreSQL advisory lock: transaction-scoped, nothing to clean up
after a crash, and fine behind PgBouncer in transaction mode.
"""

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

# Any fixed int8 unique to this use in the database ("jobmlist" in ASCII).
KEY = 0x6A6F626D6C697374


async def hold(session: AsyncSession) -> None:
    """Hold the barrier shared until the transaction ends (runs never wait for each other;
    they wait only for a live update passing, which takes a moment)."""
    await session.execute(text("SELECT pg_advisory_xact_lock_shared(:key)"), {"key": KEY})


async def pass_through(session: AsyncSession) -> None:
    """Wait until every run holding the barrier now has committed, holding nothing after:
    the exclusive lock is taken in a savepoint that is rolled back at once, which releases
    it, so runs wait for this update only for that moment, never for its whole transaction."""
    savepoint = await session.begin_nested()
    await session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": KEY})
    await savepoint.rollback()
