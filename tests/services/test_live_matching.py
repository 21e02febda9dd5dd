"""Issue 7 and 3 on real PostgreSQL and Redis: statistics that follow the jobs, result lists
that follow them too, candidates for a job, skill-gap advice.

Worker steps are called as the worker calls them (service, commit, after-commit flush), in
the test's rolled-back transaction.
"""

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker

from jobmatch.core.config import Settings
from jobmatch.core.security import PasswordService
from jobmatch.matching import CorpusStats
from jobmatch.models import Job, User
from jobmatch.repositories import cvs as cv_rows
from jobmatch.services import candidate_matching, cvs, job_index, live_results, matching
from jobmatch.services import matcher as matcher_module
from jobmatch.services.matcher import Matcher, job_profile
from jobmatch.services.users import create_admin
from tests.factories import PASSWORD, login, post_job, upload_cv, user_with_token

T = TypeVar("T")

# Enough text to be evidence (scoring.text_evidence): APIs built with the job's words.
DEVELOPER_CV = (
    "Senior backend developer. Python, FastAPI, PostgreSQL, Docker. 6 years of experience. "
    "Build APIs with Python and FastAPI on PostgreSQL; Docker and AWS deployments."
)
NURSE_CV = (
    "Registered Nurse\nSkills: patient care, triage, wound care, medication administration\n"
    "8 years of experience in hospital wards.\n"
)
CHEF_JOB = {
    "title": "Pastry Chef",
    "description": "Bake bread, croissants and cakes in a busy bakery.",
    "skills": ["baking"],
}


class Worker:
    """Runs services as the worker does: own transaction step, then the after-commit work."""

    def __init__(self, client: httpx.AsyncClient, db: AsyncSession, settings: Settings) -> None:
        self.app: Any = client._transport.app  # type: ignore[attr-defined]
        self.db = db
        self.settings = settings
        self.matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 0}))

    async def step(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        result = await work(self.db)
        await self.db.commit()
        await self.app.state.after_commit.flush(self.db)
        return result

    async def index(self, job_id: str) -> live_results.Propagation | None:
        """index_job's two steps, in its order: the statistics, then the lists."""
        key = uuid.UUID(job_id)
        await self.step(lambda s: job_index.count_job(s, self.matcher, key))
        return await self.step(
            lambda s: live_results.propagate(s, self.settings, self.matcher, key)
        )

    async def parse_and_match(
        self, client: httpx.AsyncClient, headers: dict[str, str], text: str
    ) -> None:
        cv_id = (await upload_cv(client, headers, text)).json()["id"]
        await self.step(lambda s: cvs.parse_cv(s, uuid.UUID(cv_id)))
        run_id = (await client.post("/api/match", headers=headers)).json()["run_id"]
        await self.step(
            lambda s: matching.run_match(s, self.settings, self.matcher, uuid.UUID(run_id))
        )

    async def rank_candidates(self, job_id: str) -> None:
        """A candidates run, once index_job has counted the job (the run waits for that)."""
        key = uuid.UUID(job_id)
        await self.step(lambda s: job_index.count_job(s, self.matcher, key))
        run = await candidate_matching.queue_run(self.db, await self.job(job_id))
        assert await self.step(lambda s: candidate_matching.start_run(s, run.id)) is not None
        await self.step(
            lambda s: candidate_matching.compute_run(s, self.settings, self.matcher, run.id)
        )

    async def job(self, job_id: str) -> Job:
        job = await self.db.get(Job, uuid.UUID(job_id), populate_existing=True)
        assert job is not None
        return job

    async def stats(self) -> dict[str, Any]:
        return (await self.matcher.stats(self.db, fresh=True)).to_dict()


async def _expected(before: dict[str, Any], *jobs: Job) -> dict[str, Any]:
    stats = CorpusStats.from_dict(before)
    for job in jobs:
        stats.add(job_profile(job))
    return stats.to_dict()


async def test_statistics_follow_posts_edits_closes_and_deletes(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    before = await worker.stats()
    _, recruiter = await user_with_token(client, "recruiter")
    first = await post_job(client, recruiter)
    second = await post_job(client, recruiter, **CHEF_JOB)
    for job in (first, second):
        await worker.index(job["id"])
    both = await _expected(before, await worker.job(first["id"]), await worker.job(second["id"]))
    assert await worker.stats() == both
    assert both["documents"] == before["documents"] + 2
    assert "croissant" in both["terms"] or "croissants" in both["terms"]

    # A repeated delivery counts nothing twice.
    assert not await worker.step(
        lambda s: job_index.count_job(s, worker.matcher, uuid.UUID(first["id"]))
    )
    assert await worker.stats() == both

    edited = await client.patch(
        f"/api/jobs/{second['id']}",
        json={"description": "Decorate wedding cakes and pastries."},
        headers=recruiter,
    )
    assert edited.status_code == 200
    await worker.index(second["id"])
    after_edit = await _expected(
        before, await worker.job(first["id"]), await worker.job(second["id"])
    )
    assert await worker.stats() == after_edit
    assert "croissants" not in after_edit["terms"]
    assert "croissant" not in after_edit["terms"]

    closed = await client.patch(
        f"/api/jobs/{first['id']}", json={"status": "closed"}, headers=recruiter
    )
    assert closed.status_code == 200
    await worker.index(first["id"])
    assert await worker.stats() == await _expected(before, await worker.job(second["id"]))

    assert (await client.delete(f"/api/jobs/{second['id']}", headers=recruiter)).status_code == 204
    await worker.index(second["id"])
    assert await worker.stats() == before


async def test_a_new_job_reaches_affected_candidates_and_leaves_when_closed(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter, **CHEF_JOB)  # something to rank before the new job
    _, developer = await user_with_token(client)
    _, nurse = await user_with_token(client)
    await worker.parse_and_match(
        client,
        developer,
        "Backend developer. Python, FastAPI, PostgreSQL, Docker. 6 years of experience.",
    )
    await worker.parse_and_match(client, nurse, NURSE_CV)
    first = await client.get("/api/match/jobs", headers=developer)
    assert all(r["job"]["title"] != "Senior Python Developer" for r in first.json()["results"])
    nurse_first = await client.get("/api/match/jobs", headers=nurse)

    job = await post_job(client, recruiter)  # Senior Python Developer: Python, FastAPI...
    placed = await worker.index(job["id"])
    assert placed is not None
    # The pre-filter: the nurse shares nothing with the job and was not scored.
    assert placed.rescored == 1
    assert placed.changed == 1

    polled = await client.get(
        "/api/match/jobs", headers={**developer, "If-None-Match": first.headers["etag"]}
    )
    assert polled.status_code == 200  # a new ETag: the poll picks the change up
    top = polled.json()["results"][0]
    assert top["job"]["id"] == job["id"]
    assert "python" in top["matched_skills"]
    assert top["reasons"]
    unchanged = await client.get(
        "/api/match/jobs", headers={**nurse, "If-None-Match": nurse_first.headers["etag"]}
    )
    assert unchanged.status_code == 304
    # A second delivery of the same version does nothing.
    assert await worker.index(job["id"]) is None

    closed = await client.patch(
        f"/api/jobs/{job['id']}", json={"status": "closed"}, headers=recruiter
    )
    assert closed.status_code == 200
    await worker.index(job["id"])
    after = await client.get(
        "/api/match/jobs", headers={**developer, "If-None-Match": polled.headers["etag"]}
    )
    assert after.status_code == 200
    assert job["id"] not in {r["job"]["id"] for r in after.json()["results"]}


async def test_an_edited_job_is_rescored_in_the_lists_that_show_it(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    job = await post_job(client, recruiter)
    await worker.index(job["id"])
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, "Python developer: Python, FastAPI, Docker.")
    before = (await client.get("/api/match/jobs", headers=developer)).json()["results"]
    assert before[0]["job"]["id"] == job["id"]

    edited = await client.patch(f"/api/jobs/{job['id']}", json=CHEF_JOB, headers=recruiter)
    assert edited.status_code == 200
    placed = await worker.index(job["id"])
    assert placed is not None
    assert placed.rescored == 1
    after = (await client.get("/api/match/jobs", headers=developer)).json()["results"]
    shown = {r["job"]["id"]: r for r in after}
    assert job["id"] not in shown or shown[job["id"]]["score"] < before[0]["score"]


async def test_recruiters_see_ranked_candidates_with_the_polling_contract(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    _, developer = await user_with_token(client)
    _, nurse = await user_with_token(client)
    _, weaker = await user_with_token(client)
    await worker.parse_and_match(
        client,
        developer,
        "Backend developer. Python, FastAPI, PostgreSQL, Docker, AWS. 6 years of experience.",
    )
    await worker.parse_and_match(client, weaker, "Junior developer who knows some Python.")
    await worker.parse_and_match(client, nurse, NURSE_CV)
    job = await post_job(client, recruiter)

    queued = await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)
    assert queued.status_code == 200
    assert queued.json()["status"] == "queued"  # posting the job queued a run
    assert queued.headers["retry-after"] == str(settings.POLL_RETRY_AFTER_SECONDS)
    again = await client.post(f"/api/jobs/{job['id']}/match", headers=recruiter)
    assert again.status_code == 202
    assert again.json()["run_id"] == queued.json()["run_id"]
    assert again.headers["location"] == f"/api/jobs/{job['id']}/candidates"

    run_id = uuid.UUID(again.json()["run_id"])
    await worker.index(job["id"])  # the run waits for the job's count (see the test below)
    await worker.step(lambda s: candidate_matching.start_run(s, run_id))
    await worker.step(lambda s: candidate_matching.compute_run(s, settings, worker.matcher, run_id))
    done = await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)
    body = done.json()
    assert body["status"] == "done"
    assert "retry-after" not in done.headers
    names = [r["candidate"]["email"] for r in body["results"]]
    assert len(names) == 2  # the nurse is not a candidate for this job
    top = body["results"][0]
    assert top["score"] > body["results"][1]["score"]
    assert {"python", "fastapi"} <= set(top["matched_skills"])
    assert top["reasons"]
    assert 0 <= top["score"] <= 100
    assert set(top["breakdown"]) >= {"skills", "text", "title"}
    not_modified = await client.get(
        f"/api/jobs/{job['id']}/candidates",
        headers={**recruiter, "If-None-Match": done.headers["etag"]},
    )
    assert not_modified.status_code == 304

    _, other_recruiter = await user_with_token(client, "recruiter")
    assert (
        await client.get(f"/api/jobs/{job['id']}/candidates", headers=other_recruiter)
    ).status_code == 403
    assert (
        await client.get(f"/api/jobs/{job['id']}/candidates", headers=developer)
    ).status_code == 403
    assert (await client.post(f"/api/jobs/{job['id']}/match", headers=developer)).status_code == 403
    assert (
        await client.get(f"/api/jobs/{uuid.uuid4()}/candidates", headers=recruiter)
    ).status_code == 404

    # A candidate who deletes their CV leaves the list at once (and the ETag changes).
    top_cv = top["candidate"]["cv_id"]
    owner = developer if top["candidate"]["email"] == names[0] else weaker
    assert (await client.delete(f"/api/cv/{top_cv}", headers=owner)).status_code == 204
    gone = await client.get(
        f"/api/jobs/{job['id']}/candidates",
        headers={**recruiter, "If-None-Match": done.headers["etag"]},
    )
    assert gone.status_code == 200
    assert top_cv not in {r["candidate"]["cv_id"] for r in gone.json()["results"]}

    # A deactivated candidate too.
    passwords: PasswordService = worker.app.state.passwords
    admin = await create_admin(db, passwords, "live-admin@example.com", PASSWORD)
    await db.commit()
    admin_headers = await login(client, admin.email)
    remaining = gone.json()["results"][0]["candidate"]
    off = await client.patch(
        f"/api/users/{remaining['user_id']}", json={"is_active": False}, headers=admin_headers
    )
    assert off.status_code == 200
    final = await client.get(f"/api/jobs/{job['id']}/candidates", headers=admin_headers)
    assert final.json()["results"] == []


async def test_a_candidates_run_waits_for_the_jobs_count_and_scores_as_the_candidate_sees_it(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, redis: Any
) -> None:
    """Posting a job queues its candidates run and index_job side by side. A worker that
    takes the run first leaves it queued; index_job sends it again once it has counted the
    job, and the pair then scores the same in the recruiter's list as in the candidate's
    (before, it scored on statistics without the job's words: text 0 in a small corpus).
    The re-sent message has an id of its own: here the first task still holds the run's
    plain id when index_job sends it (arq would drop a second message with that id)."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    chef = await post_job(client, recruiter, **CHEF_JOB)
    await worker.index(chef["id"])
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, DEVELOPER_CV)
    job = await post_job(client, recruiter)  # Senior Python Developer: Python, FastAPI...
    queued = (await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)).json()
    assert queued["status"] == "queued"
    run_id = uuid.UUID(queued["run_id"])
    task_key = f"arq:job:match_candidates:{run_id}"

    assert await worker.step(lambda s: candidate_matching.start_run(s, run_id)) is None
    still = (await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)).json()
    assert still["status"] == "queued"
    assert await redis.exists(task_key)  # as if the skipping task had not returned yet
    await worker.index(job["id"])
    resent = await redis.keys(f"{task_key}:*")  # sent again by index_job, after its commit
    assert resent == [f"{task_key}:1".encode()]  # the run, and the job version counted

    run = await worker.step(lambda s: candidate_matching.start_run(s, run_id))
    assert run is not None
    await worker.step(lambda s: candidate_matching.compute_run(s, settings, worker.matcher, run_id))
    listed = (await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)).json()
    assert listed["status"] == "done"
    [as_recruiter] = listed["results"]
    polled = (await client.get("/api/match/jobs", headers=developer)).json()["results"]
    as_candidate = next(r for r in polled if r["job"]["id"] == job["id"])
    assert as_recruiter["breakdown"]["text"] > 0.5
    assert as_recruiter["score"] == as_candidate["score"]
    assert as_recruiter["breakdown"] == as_candidate["breakdown"]


async def test_closed_jobs_cannot_be_ranked(client: httpx.AsyncClient) -> None:
    _, recruiter = await user_with_token(client, "recruiter")
    job = await post_job(client, recruiter)
    await client.patch(f"/api/jobs/{job['id']}", json={"status": "closed"}, headers=recruiter)
    response = await client.post(f"/api/jobs/{job['id']}/match", headers=recruiter)
    assert response.status_code == 409
    assert "closed" in response.json()["detail"]


async def test_skill_gap_names_the_missing_skills_that_raise_top_scores(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    for title in ("Python Developer", "Backend Engineer", "Platform Engineer"):
        job = await post_job(
            client, recruiter, title=title, skills=["python", "kubernetes", "postgresql"]
        )
        await worker.index(job["id"])
    _, developer = await user_with_token(client)
    await worker.parse_and_match(
        client, developer, "Python developer. Python and PostgreSQL, 5 years."
    )
    body = (await client.get("/api/match/jobs", headers=developer)).json()
    gap = body["skill_gap"]
    assert gap
    assert gap[0]["skill"] == "kubernetes"
    assert gap[0]["points"] > 0
    assert gap[0]["jobs"] == 3
    assert gap[0]["of"] == len(body["results"])
    assert (
        gap[0]["advice"]
        == f"Learn kubernetes: +{gap[0]['points']} on 3 of your top {gap[0]['of']} jobs"
    )


async def test_a_new_place_or_remote_preference_queues_a_new_match(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, "Python developer.")
    response = await client.patch(
        "/api/users/me",
        json={"location": "Berlin", "remote_preference": "remote"},
        headers=developer,
    )
    assert response.status_code == 200
    assert response.json()["location"] == "Berlin"
    assert response.json()["remote_preference"] == "remote"
    polled = await client.get("/api/match/jobs", headers=developer)
    assert polled.json()["status"] == "queued"
    bad = await client.patch("/api/users/me", json={"remote_preference": "moon"}, headers=developer)
    assert bad.status_code == 422


async def test_bulk_counting_equals_counting_job_by_job(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    before = await worker.stats()
    _, recruiter = await user_with_token(client, "recruiter")
    first = await post_job(client, recruiter)
    second = await post_job(client, recruiter, **CHEF_JOB)
    counted = await worker.step(lambda s: job_index.count_unindexed(s, worker.matcher, batch=1))
    assert counted >= 2
    expected = await _expected(
        before, await worker.job(first["id"]), await worker.job(second["id"])
    )
    assert await worker.stats() == expected
    assert await worker.step(lambda s: job_index.count_unindexed(s, worker.matcher)) == 0
    # Counted once: the index task of the same version finds nothing left to do.
    assert not await worker.step(
        lambda s: job_index.count_job(s, worker.matcher, uuid.UUID(first["id"]))
    )


async def test_a_stored_cv_reading_scores_like_the_cv_text(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """The reading stored by the parse (plus the owner's preferences) gives the very values
    the CV text gives, so no worker needs to tokenise a CV again."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    job = await worker.job((await post_job(client, recruiter, remote="onsite"))["id"])
    _, developer = await user_with_token(client)
    await client.patch(
        "/api/users/me",
        json={"location": "Lisbon", "remote_preference": "remote"},
        headers=developer,
    )
    await worker.parse_and_match(client, developer, "Python developer, FastAPI. 4 years.")
    me = (await client.get("/api/users/me", headers=developer)).json()
    cv = await cv_rows.latest_parsed(db, uuid.UUID(me["id"]))
    user = await db.get(User, uuid.UUID(me["id"]))
    assert cv is not None
    assert cv.prepared is not None
    assert user is not None
    stats = await worker.matcher.stats(db)
    stored_matcher, text_matcher = Matcher(settings), Matcher(settings)
    await stored_matcher.know(db, [(cv, user)])
    stored = stored_matcher.candidate_values(job, [(cv, user)], stats)
    cv.prepared = None  # as a CV parsed before readings were stored: read from its text
    await db.flush()
    await text_matcher.know(db, [(cv, user)])
    from_text = text_matcher.candidate_values(job, [(cv, user)], stats)
    assert stored == from_text
    assert 0 < stored[0] < 1


async def test_a_warmed_matcher_knows_every_candidate_without_reading_cvs(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, connection: AsyncConnection
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    job = await worker.job((await post_job(client, recruiter))["id"])
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, "Python developer, FastAPI. 4 years.")
    me = (await client.get("/api/users/me", headers=developer)).json()
    cv = await cv_rows.latest_parsed(db, uuid.UUID(me["id"]))
    user = await db.get(User, uuid.UUID(me["id"]))
    assert cv is not None
    assert user is not None
    factory = async_sessionmaker(
        bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint"
    )
    warmed = Matcher(settings)
    assert await warmed.warm(factory, batch=1) >= 1
    stats = await worker.matcher.stats(db)
    # No know(): the warm-up loaded it (an unknown CV would score 0).
    assert warmed.candidate_values(job, [(cv, user)], stats)[0] > 0


async def test_a_better_job_pushes_the_last_one_out_of_a_full_list(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    small = settings.model_copy(update={"MATCH_RESULTS_KEPT": 2})
    worker = Worker(client, db, small)
    _, recruiter = await user_with_token(client, "recruiter")
    weak = [
        await post_job(client, recruiter, title=title, description="Python.", skills=["python"])
        for title in ("Data Clerk", "Office Assistant")
    ]
    for job in weak:
        await worker.index(job["id"])
    _, developer = await user_with_token(client)
    await worker.parse_and_match(
        client, developer, "Backend developer. Python, FastAPI, PostgreSQL, Docker. 6 years."
    )
    before = (await client.get("/api/match/jobs", headers=developer)).json()["results"]
    assert len(before) == 2
    best = await post_job(client, recruiter)  # Senior Python Developer, FastAPI, PostgreSQL
    await worker.index(best["id"])
    after = (await client.get("/api/match/jobs", headers=developer)).json()["results"]
    assert len(after) == 2
    assert after[0]["job"]["id"] == best["id"]
    assert after[1]["job"]["id"] == before[0]["job"]["id"]  # the former last one left


@pytest.mark.parametrize("bound", [None, "SMALL_CORPUS_DOCUMENTS", "SMALL_CORPUS_CANDIDATES"])
async def test_a_small_corpus_is_read_again_at_once_so_a_new_job_is_scored_on_its_words(
    client: httpx.AsyncClient,
    db: AsyncSession,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    bound: str | None,
) -> None:
    """A worker re-reads the statistics every CORPUS_REFRESH_SECONDS, but those of a small
    corpus (few jobs, few candidates held) on every read: there a new posting's words are
    new, and scoring it on the statistics from before it finds none of them in the CV."""
    small_corpus = bound is None
    if bound is not None:  # as more jobs, or more candidates, than the bound are treated
        monkeypatch.setattr(matcher_module, bound, 0)
    worker = Worker(client, db, settings)
    worker.matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter, **CHEF_JOB)
    _, developer = await user_with_token(client)
    await worker.parse_and_match(
        client, developer, DEVELOPER_CV
    )  # the worker has read the statistics: the chef's job only
    job = await post_job(client, recruiter)  # Senior Python Developer: Python, FastAPI...
    await worker.index(job["id"])
    polled = (await client.get("/api/match/jobs", headers=developer)).json()["results"]
    found = next(r for r in polled if r["job"]["id"] == job["id"])
    if small_corpus:
        assert found["breakdown"]["text"] > 0.5
        assert found["breakdown"]["title"] == 1.0
    else:  # the statistics from before the post: no word of the job is known yet
        assert found["breakdown"]["text"] == 0.0


async def test_reads_that_wait_for_a_statistics_check_share_it(
    engine: AsyncEngine, settings: Settings, sql_statements: list[str]
) -> None:
    """On a small corpus every read is due for a check; reads waiting for one made
    meanwhile take its answer instead of querying PostgreSQL one after another."""
    matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))

    async def read() -> CorpusStats:
        async with AsyncSession(engine) as session:
            return await matcher.stats(session)

    sql_statements.clear()
    read_at_once = await asyncio.gather(*(read() for _ in range(8)))
    assert len({id(stats) for stats in read_at_once}) == 1

    def checks() -> int:
        return sum(s.startswith("SELECT corpus_totals.revision ") for s in sql_statements)

    assert checks() == 1
    await read()  # a later read on a small corpus checks again
    assert checks() == 2


async def test_an_edit_that_changes_nothing_shown_keeps_the_lists_etags(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """PATCH {}, a PATCH repeating the title, or a salary change: no new version, no new
    run, and the candidates' polls still answer 304; a new title changes their ETag."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    job = await post_job(client, recruiter)
    await worker.index(job["id"])
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, DEVELOPER_CV)
    first = await client.get("/api/match/jobs", headers=developer)
    assert job["id"] in {r["job"]["id"] for r in first.json()["results"]}
    etag = first.headers["etag"]
    version = (await worker.job(job["id"])).version

    for body in ({}, {"title": job["title"]}, {"salary_min": 50_000, "salary_max": 70_000}):
        edited = await client.patch(f"/api/jobs/{job['id']}", json=body, headers=recruiter)
        assert edited.status_code == 200, edited.text
        assert (await worker.job(job["id"])).version == version, body
        again = await client.get("/api/match/jobs", headers={**developer, "If-None-Match": etag})
        assert again.status_code == 304, body
    assert (await worker.job(job["id"])).salary_min == 50_000

    renamed = await client.patch(
        f"/api/jobs/{job['id']}", json={"title": "Staff Python Developer"}, headers=recruiter
    )
    assert renamed.status_code == 200
    assert (await worker.job(job["id"])).version == version + 1
    moved = await client.get("/api/match/jobs", headers={**developer, "If-None-Match": etag})
    assert moved.status_code == 200
