"""A worker's job index holds the open jobs across tasks: rankings must equal a fresh
index over exactly the open jobs' current versions, whatever it held before."""

import uuid

import httpx
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.config import Settings
from jobmatch.core.job_changes import JobChanges
from jobmatch.matching import CorpusStats, JobIndex
from jobmatch.models import CV, Job, User
from jobmatch.repositories import jobs
from jobmatch.services import matching
from jobmatch.services.matcher import Matcher, candidate_profile
from tests.factories import post_job, user_with_token
from tests.services.test_live_matching import NURSE_CV, Worker

TITLES = [
    ("Python Developer", ["python", "django"]),
    ("Data Engineer", ["python", "sql", "spark"]),
    ("Line Cook", ["cooking"]),
    ("Backend Engineer", ["go", "python", "postgresql"]),
]


def _candidate() -> tuple[CV, User]:
    user = User(id=uuid.uuid4(), email="c@example.com", location="Berlin", remote_preference=None)
    cv = CV(id=uuid.uuid4(), skills=["python", "sql"], text="Python developer, SQL, Berlin")
    return cv, user


async def _fresh(db: AsyncSession, matcher: Matcher, stats: CorpusStats) -> list[tuple[float, str]]:
    """The same ranking from an index built now over the open jobs read now."""
    rows = await jobs.by_ids(db, [job_id for job_id, _ in await jobs.open_keys(db)])
    index = JobIndex([matcher.job(row) for row in rows], stats=stats)  # type: ignore[misc]
    cv, user = _candidate()
    found = index.rank_values(candidate_profile(cv, user), limit=100, weights=matcher.weights)
    return [(value, match.job_id) for value, match in found if value > 0]


def _ranked(matcher: Matcher, stats: CorpusStats) -> list[tuple[float, str]]:
    cv, user = _candidate()
    found, _ = matcher.rank_jobs(cv, user, stats, 100)
    return [(value, match.job_id) for value, match in found]


async def test_the_index_follows_posts_edits_and_closes(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 0}))
    stats = CorpusStats()
    _, headers = await user_with_token(client, "recruiter")
    posted = [
        await post_job(client, headers, title=title, skills=skills) for title, skills in TITLES
    ]
    assert await matcher.open_jobs(db) == len(await jobs.open_keys(db))
    assert _ranked(matcher, stats) == await _fresh(db, matcher, stats)

    edited = await client.patch(
        f"/api/jobs/{posted[1]['id']}",
        json={"title": "Pastry Chef", "skills": ["baking"]},
        headers=headers,
    )
    assert edited.status_code == 200
    closed = await client.patch(
        f"/api/jobs/{posted[0]['id']}", json={"status": "closed"}, headers=headers
    )
    assert closed.status_code == 200
    await matcher.open_jobs(db)
    ranked = _ranked(matcher, stats)
    assert ranked == await _fresh(db, matcher, stats)
    assert posted[0]["id"] not in {job_id for _, job_id in ranked}
    job = await db.get(Job, uuid.UUID(posted[1]["id"]))
    assert job is not None
    assert matcher._open[posted[1]["id"]][0] == job.version == 2


async def test_open_jobs_are_reread_at_most_every_refresh_seconds(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    _, headers = await user_with_token(client, "recruiter")
    await post_job(client, headers, title="Python Developer", skills=["python"])
    before = await matcher.open_jobs(db)
    late = await post_job(client, headers, title="Data Engineer", skills=["python", "sql"])
    assert await matcher.open_jobs(db) == before  # within the refresh interval: not re-read
    assert await matcher.open_jobs(db, fresh=True) == before + 1
    assert late["id"] in {job_id for _, job_id in _ranked(matcher, CorpusStats())}


async def test_a_job_change_is_seen_at_once_through_the_change_counter(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, redis: Redis
) -> None:
    matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    matcher.job_changes = JobChanges(redis, settings.REDIS_KEY_PREFIX)
    _, headers = await user_with_token(client, "recruiter")
    first = await post_job(client, headers, title="Python Developer", skills=["python"])
    before = await matcher.open_jobs(db)
    assert await matcher.open_jobs(db) == before  # nothing changed: not re-read
    late = await post_job(client, headers, title="Data Engineer", skills=["python", "sql"])
    assert await matcher.open_jobs(db) == before + 1  # the api moved the counter
    closed = await client.patch(
        f"/api/jobs/{first['id']}", json={"status": "closed"}, headers=headers
    )
    assert closed.status_code == 200
    assert await matcher.open_jobs(db) == before
    ranked = {job_id for _, job_id in _ranked(matcher, CorpusStats())}
    assert late["id"] in ranked
    assert first["id"] not in ranked


DEV_JOBS = [
    ("Senior Python Developer", ["python", "fastapi"]),
    ("Data Engineer", ["python", "sql", "spark"]),
    ("Go Backend Engineer", ["go", "postgresql"]),
    ("Frontend Developer", ["javascript", "react"]),
]


async def test_jobs_with_nothing_in_common_are_no_match(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    for title, skills in DEV_JOBS:
        await post_job(
            client, recruiter, title=title, skills=skills, description=f"{title}. APIs and apps."
        )
    _, nurse = await user_with_token(client)
    await worker.parse_and_match(client, nurse, NURSE_CV)
    body = (await client.get("/api/match/jobs", headers=nurse)).json()
    assert body["status"] == "done"
    assert body["results"] == []  # a value of 0 is no match (live updates agree)


async def test_a_job_deleted_behind_the_workers_view_is_not_stored(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, redis: Redis
) -> None:
    """A delete whose change-counter bump was lost: the run is stale, never failed."""
    worker = Worker(client, db, settings)
    worker.matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    worker.matcher.job_changes = JobChanges(redis, settings.REDIS_KEY_PREFIX)
    _, recruiter = await user_with_token(client, "recruiter")
    kept = await post_job(client, recruiter, title="Python Developer")
    gone = await post_job(client, recruiter)
    _, dev = await user_with_token(client)
    await worker.parse_and_match(client, dev, "Backend developer. Python, FastAPI, PostgreSQL.")
    seen = await redis.get(worker.matcher.job_changes.key)
    assert (await client.delete(f"/api/jobs/{gone['id']}", headers=recruiter)).status_code == 204
    await redis.set(worker.matcher.job_changes.key, seen)  # the bump was lost
    run_id = (await client.post("/api/match", headers=dev)).json()["run_id"]
    run = await worker.step(
        lambda s: matching.run_match(s, settings, worker.matcher, uuid.UUID(run_id))
    )
    assert run is not None
    assert run.status == "done"
    ids = [
        r["job"]["id"] for r in (await client.get("/api/match/jobs", headers=dev)).json()["results"]
    ]
    assert ids == [kept["id"]]


async def test_more_open_jobs_than_the_cache_are_all_indexed(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    matcher = Matcher(settings.model_copy(update={"MATCH_CACHE_SIZE": 100}))
    _, recruiter = await user_with_token(client, "recruiter")
    for n in range(130):
        await post_job(client, recruiter, title=f"Python Developer {n}")
    assert await matcher.open_jobs(db) == len(await jobs.open_keys(db)) >= 130
