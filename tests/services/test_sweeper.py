"""The sweeper against real PostgreSQL: what it re-sends, what it fails, what it leaves."""

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from jobmatch.core.config import Settings
from jobmatch.models import CV, MatchRun
from jobmatch.services import cvs, matching, sweeper
from tests.factories import upload_cv, user_with_token

LATER = timedelta(hours=1)


async def _sweep(db: AsyncSession, settings: Settings, after: timedelta = LATER) -> set[str]:
    report = await sweeper.sweep(db, settings, now=datetime.now(UTC) + after)
    await db.flush()
    return {call.job_id for call in report.resend} | {
        f"failed:{item}" for item in [*report.failed_cvs, *report.failed_runs]
    }


async def test_queued_work_is_resent_only_once_it_waited_too_long(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    _, headers = await user_with_token(client)
    upload = (await upload_cv(client, headers)).json()
    run_id = (await client.get("/api/match/jobs", headers=headers)).json()["run_id"]
    assert f"parse_cv:{upload['id']}" not in await _sweep(db, settings, timedelta(0))
    later = await _sweep(db, settings)
    assert f"parse_cv:{upload['id']}" in later
    # The run waits for its CV: parse_cv sends it, not the sweeper.
    assert f"match_jobs:{run_id}" not in later

    await cvs.parse_cv(db, uuid.UUID(upload["id"]))
    later = await _sweep(db, settings)
    assert f"parse_cv:{upload['id']}" not in later
    assert f"match_jobs:{run_id}" in later


async def test_dead_workers_work_is_resent_then_failed_after_the_last_attempt(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, app: Any
) -> None:
    _, headers = await user_with_token(client)
    upload = (await upload_cv(client, headers)).json()
    await cvs.parse_cv(db, uuid.UUID(upload["id"]))
    run_id = uuid.UUID((await client.get("/api/match/jobs", headers=headers)).json()["run_id"])
    for attempt in range(1, settings.WORKER_MAX_TRIES + 1):
        run = await matching.start_run(db, run_id)  # a worker claims it, then dies
        assert run is not None
        assert run.attempts == attempt
        # Not before the stale threshold (the worker may still be at it).
        assert f"match_jobs:{run_id}" not in await _sweep(db, settings, timedelta(0))
        swept = await _sweep(db, settings)
        if attempt < settings.WORKER_MAX_TRIES:
            assert f"match_jobs:{run_id}" in swept
    assert f"failed:{run_id}" in swept
    run = await db.get(MatchRun, run_id, populate_existing=True)
    assert run is not None
    assert run.status == "failed"
    assert run.error == "Matching did not finish after 3 attempts; please try again"
    await db.commit()
    await app.state.after_commit.flush(db)  # as the worker does: new poll version
    poll = (await client.get("/api/match/jobs", headers=headers)).json()
    assert (poll["status"], poll["error"]) == ("failed", run.error)
    assert f"failed:{run_id}" not in await _sweep(db, settings)  # done with it


async def test_a_cv_whose_parsing_kills_workers_ends_failed_with_its_run(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, app: Any
) -> None:
    _, headers = await user_with_token(client)
    cv_id = uuid.UUID((await upload_cv(client, headers)).json()["id"])
    for _ in range(settings.WORKER_MAX_TRIES):
        assert await cvs.claim_parse(db, cv_id) is not None
    assert f"failed:{cv_id}" in await _sweep(db, settings)
    cv = await db.get(CV, cv_id, populate_existing=True)
    assert cv is not None
    assert cv.status == "failed"
    assert cv.error == "Reading the CV did not finish after 3 attempts; please upload it again"
    await db.commit()
    await app.state.after_commit.flush(db)  # as the worker does: new poll version
    poll = (await client.get("/api/match/jobs", headers=headers)).json()
    assert poll["status"] == "failed"
    assert poll["error"] == f"The CV could not be read: {cv.error}"


def test_the_stale_threshold_follows_the_task_timeout() -> None:
    settings = Settings(WORKER_JOB_TIMEOUT=50, _env_file=None)
    assert settings.sweep_stale_after == 80
    with pytest.raises(ValueError, match="SWEEP_STALE_AFTER_SECONDS must exceed"):
        Settings(
            WORKER_JOB_TIMEOUT=50,
            SWEEP_STALE_AFTER_SECONDS=50,
            _env_file=None,
        )


async def test_a_locked_jobs_table_skips_the_jobs_part_instead_of_waiting(
    engine: AsyncEngine, settings: Settings
) -> None:
    """A sweep must not hold a worker's only slot behind a lock on jobs (migrations, long
    writes): after a second it leaves the jobs for the next tick and finishes the rest."""
    from datetime import UTC, datetime

    from jobmatch.repositories import sweeps

    async with engine.connect() as holder:
        await holder.begin()
        await holder.execute(text("LOCK TABLE jobs IN ACCESS EXCLUSIVE MODE"))
        async with AsyncSession(engine) as session:
            found = await sweeps.jobs_behind_or_none(
                session, changed_before=datetime.now(UTC), limit=10
            )
            assert found == []
            await session.execute(text("SELECT 1"))  # the transaction is still usable
        await holder.rollback()
