"""Claims: only the delivery holding the latest claim writes; running a task twice gives the
same rows."""

import uuid

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.models import CV, MatchResult, MatchRun
from jobmatch.services import cvs, matching
from jobmatch.services.matcher import Matcher
from tests.factories import post_job, upload_cv, user_with_token


async def _results(db: AsyncSession, run_id: uuid.UUID) -> list[tuple[uuid.UUID, int, int]]:
    rows = await db.execute(
        select(MatchResult.job_id, MatchResult.value, MatchResult.score)
        .where(MatchResult.run_id == run_id)
        .order_by(MatchResult.value.desc(), MatchResult.job_id)
    )
    return [(job, rank, score) for job, rank, score in rows]


async def _queued_run(client: httpx.AsyncClient, db: AsyncSession) -> uuid.UUID:
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter)
    _, headers = await user_with_token(client)
    cv_id = uuid.UUID((await upload_cv(client, headers)).json()["id"])
    await cvs.parse_cv(db, cv_id)
    return uuid.UUID((await client.get("/api/match/jobs", headers=headers)).json()["run_id"])


async def test_a_later_claim_supersedes_an_earlier_delivery(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    run_id = await _queued_run(client, db)
    first = await matching.start_run(db, run_id)
    assert first is not None
    first_claim = first.attempts
    second = await matching.start_run(db, run_id)  # a re-delivery while the first still runs
    assert second is not None
    assert second.attempts == first_claim + 1
    assert await matching.compute_run(db, settings, Matcher(settings), run_id, first_claim) is None
    assert await _results(db, run_id) == []
    # Nor may the superseded delivery fail it on its way out.
    await matching.fail_run(db, run_id, "Matching failed", first_claim)
    run = await db.get(MatchRun, run_id)
    assert run is not None
    assert run.status == "running"
    done = await matching.compute_run(db, settings, Matcher(settings), run_id, second.attempts)
    assert done is not None
    assert done.status == "done"
    assert await _results(db, run_id)


async def test_running_a_match_twice_gives_the_same_rows(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    run_id = await _queued_run(client, db)
    assert await matching.run_match(db, settings, Matcher(settings), run_id) is not None
    rows = await _results(db, run_id)
    assert rows
    assert (
        await matching.run_match(db, settings, Matcher(settings), run_id) is None
    )  # a duplicate delivery
    assert await _results(db, run_id) == rows
    run = await db.get(MatchRun, run_id)
    assert run is not None
    assert (run.status, run.attempts) == ("done", 1)


async def test_a_superseded_parse_writes_nothing(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    _, headers = await user_with_token(client)
    cv_id = uuid.UUID((await upload_cv(client, headers)).json()["id"])
    first = await cvs.claim_parse(db, cv_id)
    second = await cvs.claim_parse(db, cv_id)
    assert first is not None
    assert second is not None
    assert (first.attempt, second.attempt) == (1, 2)
    assert await cvs.finish_parse(db, first, await cvs.extract(first)) == "superseded"
    cv = await db.get(CV, cv_id)
    assert cv is not None
    assert cv.status == "parsing"
    assert await cvs.finish_parse(db, second, await cvs.extract(second)) == "parsed"
    assert cv.status == "parsed"
    assert await cvs.claim_parse(db, cv_id) is None  # finished: a late delivery does nothing


async def test_a_run_is_not_claimed_while_a_cv_of_its_user_is_being_parsed(
    client: httpx.AsyncClient, db: AsyncSession
) -> None:
    """parse_cv re-enqueues the run once the newer CV is parsed; claiming it before would
    match the older one."""
    run_id = await _queued_run(client, db)
    run = await db.get(MatchRun, run_id)
    assert run is not None
    newer = (await db.execute(select(CV).where(CV.owner_id == run.user_id))).scalar_one()
    newer.status = "parsing"  # as if a second upload were being parsed
    await db.flush()
    assert await matching.start_run(db, run_id) is None
    await db.refresh(run)
    assert run.status == "queued"
    assert run.attempts == 0
    newer.status = "parsed"
    await db.flush()
    claimed = await matching.start_run(db, run_id)
    assert claimed is not None
    assert claimed.status == "running"
    assert claimed.attempts == 1
