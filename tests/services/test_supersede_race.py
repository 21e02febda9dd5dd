"""supersede_earlier against a live update committing into the list it supersedes: as one
statement (a CTE feeding the DELETE) it missed the rows committed after its snapshot."""

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from jobmatch.models import MatchResult, MatchRun, Role, User
from jobmatch.models.explanation import explanation
from jobmatch.repositories import runs
from tests.services.test_live_matching_races import _posted_job, committed  # noqa: F401

# A hook of this test: a pause at the start of an UPDATE of match_runs, after the statement's
# snapshot is taken and before its FOR UPDATE SKIP LOCKED subquery locks anything. It
# stands for the (sub-millisecond, in production) time between the two.
TRIGGER = [
    """
CREATE OR REPLACE FUNCTION test_pause() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('test.pause', true) = 'on' THEN PERFORM pg_sleep(1); END IF;
  RETURN NULL;
END $$""",
    "DROP TRIGGER IF EXISTS test_pause ON match_runs",
    """
CREATE TRIGGER test_pause BEFORE UPDATE ON match_runs
  FOR EACH STATEMENT EXECUTE FUNCTION test_pause()""",
]


async def test_a_live_update_committing_during_the_supersede_leaves_no_results_behind(
    engine: AsyncEngine,
    committed: list[uuid.UUID],  # noqa: F811
) -> None:
    async with engine.begin() as conn:
        for statement in TRIGGER:
            await conn.execute(text(statement))
    try:
        async with AsyncSession(engine, expire_on_commit=False) as s:
            job = await _posted_job(
                s, committed, title="Chef", company="Bakery", description="Bake.",
                remote="onsite", skills=["baking"],
            )  # fmt: skip
            user = User(email=f"c-{uuid.uuid4().hex[:8]}@example.com", password_hash="x",
                        role=Role.CANDIDATE)  # fmt: skip
            s.add(user)
            await s.flush()
            committed.append(user.id)
            now = datetime.now(UTC)
            shown = MatchRun(user_id=user.id, status="done", created_at=now - timedelta(1))
            ours = MatchRun(user_id=user.id, status="running", created_at=now)
            s.add_all([shown, ours])
            await s.commit()

        async with (
            AsyncSession(engine, expire_on_commit=False) as live,
            AsyncSession(engine, expire_on_commit=False) as worker,
        ):
            # A live update (live_results._place) locked the shown list FOR SHARE
            # (matches.lock_shown) and writes a row into it.
            await live.execute(
                select(MatchRun.id).where(MatchRun.id == shown.id).with_for_update(read=True)
            )
            live.add(MatchResult(run_id=shown.id, job_id=job.id, score=50, value=0.5,
                                 explanation=explanation(matched_skills=[], missing_skills=[],
                                                         reasons=[], breakdown={})))  # fmt: skip
            await live.flush()
            # Our run stores its list and supersedes the shown one.
            await worker.execute(text("SET LOCAL test.pause = 'on'"))
            superseding = asyncio.create_task(runs.supersede_earlier(worker, ours))
            await asyncio.sleep(0.3)  # the statement has started (its snapshot is taken)
            await live.commit()  # the live update commits before the lock is tried
            await superseding
            await worker.commit()

        async with AsyncSession(engine) as s:
            status = await s.scalar(select(MatchRun.status).where(MatchRun.id == shown.id))
            left = await s.scalar(
                select(func.count()).select_from(MatchResult).where(MatchResult.run_id == shown.id)
            )
        assert status == "superseded"
        assert left == 0, "a superseded run kept a result nobody will ever remove"
    finally:
        async with engine.begin() as conn:
            await conn.execute(text("DROP TRIGGER IF EXISTS test_pause ON match_runs"))
