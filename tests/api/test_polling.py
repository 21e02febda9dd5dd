"""The polling path: conditional polls cost no PostgreSQL query, full polls a bounded few."""

import uuid

import httpx
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.services import cvs, matching
from jobmatch.services.matcher import Matcher
from tests.factories import post_job, upload_cv, user_with_token

Headers = dict[str, str]


async def _candidate_with_results(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, jobs: int
) -> tuple[Headers, Headers]:
    """A candidate whose match ran against `jobs` fresh Python jobs; (candidate, recruiter)."""
    _, recruiter = await user_with_token(client, "recruiter")
    for i in range(jobs):
        await post_job(client, recruiter, title=f"Python Developer {i}")
    _, headers = await user_with_token(client)
    cv_id = (await upload_cv(client, headers)).json()["id"]
    await cvs.parse_cv(db, uuid.UUID(cv_id))
    run_id = (await client.post("/api/match", headers=headers)).json()["run_id"]
    await matching.run_match(db, settings, Matcher(settings), uuid.UUID(run_id))
    await db.commit()
    # What the worker's after-commit step does: a new poll version for the candidate.
    await _after_commit(client, db)
    return headers, recruiter


async def _after_commit(client: httpx.AsyncClient, db: AsyncSession) -> None:
    app = client._transport.app  # type: ignore[attr-defined]
    await app.state.after_commit.flush(db)


async def test_conditional_poll_runs_no_sql(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, sql_statements: list[str]
) -> None:
    headers, _ = await _candidate_with_results(client, db, settings, jobs=3)
    first = await client.get("/api/match/jobs", headers=headers)
    assert first.status_code == 200
    assert len(first.json()["results"]) == 3
    sql_statements.clear()
    again = await client.get(
        "/api/match/jobs", headers={**headers, "If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.headers["etag"] == first.headers["etag"]
    assert sql_statements == []
    cached = await client.get("/api/match/jobs", headers=headers)
    assert cached.status_code == 200
    assert cached.content == first.content
    assert sql_statements == []


async def test_full_poll_runs_a_bounded_number_of_queries(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, sql_statements: list[str]
) -> None:
    counts = []
    for jobs in (1, 20):
        headers, _ = await _candidate_with_results(client, db, settings, jobs=jobs)
        sql_statements.clear()
        response = await client.get("/api/match/jobs", headers=headers)
        assert len(response.json()["results"]) == jobs
        counts.append(len(sql_statements))
    # The latest run, then its results joined with their jobs: no query per result.
    assert counts == [2, 2]


async def test_closing_a_job_changes_the_etag_and_the_answer(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    headers, recruiter = await _candidate_with_results(client, db, settings, jobs=2)
    first = await client.get("/api/match/jobs", headers=headers)
    closed = first.json()["results"][0]["job"]["id"]
    patch = await client.patch(f"/api/jobs/{closed}", json={"status": "closed"}, headers=recruiter)
    assert patch.status_code == 200
    after = await client.get(
        "/api/match/jobs", headers={**headers, "If-None-Match": first.headers["etag"]}
    )
    assert after.status_code == 200
    assert after.headers["etag"] != first.headers["etag"]
    assert closed not in [r["job"]["id"] for r in after.json()["results"]]


async def test_without_redis_versions_polls_fall_back_to_postgresql(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, redis: Redis
) -> None:
    headers, _ = await _candidate_with_results(client, db, settings, jobs=2)
    first = await client.get("/api/match/jobs", headers=headers)
    async for key in redis.scan_iter(f"{settings.REDIS_KEY_PREFIX}:*"):
        await redis.delete(key)  # as after a Redis restart with nothing kept
    fallback = await client.get("/api/match/jobs", headers=headers)
    assert fallback.status_code == 200
    assert fallback.json() == first.json()
    again = await client.get(
        "/api/match/jobs", headers={**headers, "If-None-Match": fallback.headers["etag"]}
    )
    assert again.status_code == 304


async def test_pending_run_gets_retry_after_on_304_too(client: httpx.AsyncClient) -> None:
    _, headers = await user_with_token(client)
    await upload_cv(client, headers)
    first = await client.get("/api/match/jobs", headers=headers)
    assert first.json()["status"] == "queued"
    again = await client.get(
        "/api/match/jobs", headers={**headers, "If-None-Match": first.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.headers["retry-after"] == "2"
    assert again.headers["cache-control"] == "private, no-cache"


async def test_after_redis_loses_versions_old_tags_of_other_variants_do_not_match(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, redis: Redis
) -> None:
    headers, recruiter = await _candidate_with_results(client, db, settings, jobs=2)
    old = await client.get("/api/match/jobs", params={"limit": 20}, headers=headers)
    second = old.json()["results"][1]["job"]["id"]
    await client.patch(f"/api/jobs/{second}", json={"title": "Renamed"}, headers=recruiter)
    async for key in redis.scan_iter(f"{settings.REDIS_KEY_PREFIX}:poll*"):
        await redis.delete(key)  # a Redis restart: versions and cached bodies gone
    await client.get("/api/match/jobs", params={"limit": 1}, headers=headers)
    again = await client.get(
        "/api/match/jobs",
        params={"limit": 20},
        headers={**headers, "If-None-Match": old.headers["etag"]},
    )
    assert again.status_code == 200
    assert "Renamed" in [r["job"]["title"] for r in again.json()["results"]]


async def test_filters_narrow_the_results_and_have_their_own_etags(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(
        client,
        recruiter,
        title="Remote Python Developer",
        remote="remote",
        location="Lisbon",
        seniority="senior",
    )
    await post_job(
        client,
        recruiter,
        title="Onsite Python Developer",
        remote="onsite",
        location="Porto",
        seniority="junior",
    )
    await post_job(
        client,
        recruiter,
        title="Accountant",
        description="Ledgers and audits.",
        skills=["accounting"],
        location="Porto",
    )
    _, headers = await user_with_token(client)
    cv_id = (await upload_cv(client, headers)).json()["id"]
    await cvs.parse_cv(db, uuid.UUID(cv_id))
    run_id = (await client.post("/api/match", headers=headers)).json()["run_id"]
    await matching.run_match(db, settings, Matcher(settings), uuid.UUID(run_id))
    await db.commit()

    async def titles(**params: object) -> tuple[list[str], str]:
        response = await client.get("/api/match/jobs", params=params, headers=headers)
        assert response.status_code == 200, response.text
        return [r["job"]["title"] for r in response.json()["results"]], response.headers["etag"]

    everything, tag = await titles()
    assert {"Remote Python Developer", "Onsite Python Developer"} <= set(everything)
    remote, remote_tag = await titles(remote="remote")
    assert remote == ["Remote Python Developer"]
    assert (await titles(location="porT"))[0] == [
        t for t in everything if t != "Remote Python Developer"
    ]
    assert (await titles(seniority="Junior"))[0] == ["Onsite Python Developer"]
    scores = (await client.get("/api/match/jobs", headers=headers)).json()["results"]
    top = max(r["score"] for r in scores)
    assert len((await titles(min_score=top))[0]) == sum(r["score"] == top for r in scores)
    assert len({tag, remote_tag}) == 2
    bad = await client.get("/api/match/jobs", params={"min_score": 101}, headers=headers)
    assert bad.status_code == 422
