"""Reproductions from a review of live matching: concurrency and size limits."""

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from redis.asyncio import Redis
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from jobmatch.core.config import Settings
from jobmatch.core.job_changes import JobChanges
from jobmatch.matching import CorpusStats
from jobmatch.models import (
    CV,
    CandidateResult,
    CandidateRun,
    Job,
    JobIndexEntry,
    JobStatus,
    MatchResult,
    MatchRun,
    Role,
    User,
)
from jobmatch.models.explanation import explanation
from jobmatch.repositories import cvs as cv_rows
from jobmatch.repositories import jobs as job_rows
from jobmatch.repositories import list_barrier, matches, runs
from jobmatch.schemas.job import JobUpdate
from jobmatch.services import cvs, job_index, jobs, live_results, matching
from jobmatch.services.matcher import Matcher
from tests.factories import post_job, upload_cv, user_with_token
from tests.services.test_live_matching import Worker


@pytest.fixture
async def committed(engine: AsyncEngine, settings: Settings) -> AsyncIterator[list[uuid.UUID]]:
    """Rows committed for real (concurrency needs two transactions); removed after."""
    users: list[uuid.UUID] = []
    yield users
    async with AsyncSession(engine) as s:
        job_ids = list((await s.execute(select(Job.id).where(Job.owner_id.in_(users)))).scalars())
        for job_id in job_ids:  # out of the statistics again
            await s.execute(delete(Job).where(Job.id == job_id))
            await s.commit()
            await job_index.count_job(s, Matcher(settings), job_id)
            await s.commit()
        await s.execute(delete(User).where(User.id.in_(users)))
        await s.commit()


async def _posted_job(
    session: AsyncSession,
    committed: list[uuid.UUID],
    owner_id: uuid.UUID | None = None,
    **fields: object,
) -> Job:
    """An open job, committed, of this recruiter or of a new one (removed after the test)."""
    if owner_id is None:
        owner = User(
            email=f"r-{uuid.uuid4().hex[:8]}@example.com", password_hash="x", role=Role.RECRUITER
        )
        session.add(owner)
        await session.flush()
        committed.append(owner.id)
        owner_id = owner.id
    job = Job(owner_id=owner_id, nice_to_have=[], status=JobStatus.OPEN, **fields)
    session.add(job)
    await session.commit()
    return job


async def test_two_concurrent_edits_of_a_job_are_both_counted(
    engine: AsyncEngine, settings: Settings, committed: list[uuid.UUID]
) -> None:
    """Two edits that loaded the job before either committed make two versions (the row
    is locked while it is edited), so the worker counts the second one too."""
    matcher = Matcher(settings)
    async with AsyncSession(engine, expire_on_commit=False) as s0:
        job = await _posted_job(
            s0,
            committed,
            title="Pastry Chef",
            company="Bakery",
            description="Bake bread.",
            remote="onsite",
            skills=["baking"],
        )
        await job_index.count_job(s0, matcher, job.id)
        await s0.commit()

    async with (
        AsyncSession(engine, expire_on_commit=False) as tab1,
        AsyncSession(engine, expire_on_commit=False) as tab2,
        AsyncSession(engine, expire_on_commit=False) as worker,
    ):
        first = await tab1.get(Job, job.id)
        second = await tab2.get(Job, job.id)  # both requests loaded version 1
        assert first is not None
        assert second is not None
        await jobs.update_job(tab1, first, JobUpdate(description="Croissants and cakes."))
        await tab1.commit()
        assert await job_index.count_job(worker, matcher, job.id)
        await worker.commit()
        await jobs.update_job(tab2, second, JobUpdate(description="Wedding cakes, sugar art."))
        await tab2.commit()
        assert await job_index.count_job(worker, matcher, job.id)
        await worker.commit()

        now = await worker.get(Job, job.id, populate_existing=True)
        entry = await worker.get(JobIndexEntry, job.id, populate_existing=True)
        assert now is not None
        assert entry is not None
        assert now.version == 3
        assert entry.document == job_index.document(matcher.job(now))


async def test_a_candidate_in_two_lists_does_not_break_the_candidates_poll(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, "Python developer: Python, FastAPI, Docker.")
    job = await post_job(client, recruiter)
    other = await post_job(client, recruiter, title="Python Engineer")
    await worker.rank_candidates(job["id"])
    await worker.rank_candidates(other["id"])
    await worker.rank_candidates(job["id"])  # ranked twice, too
    for job_id in (job["id"], other["id"]):
        polled = await client.get(f"/api/jobs/{job_id}/candidates", headers=recruiter)
        assert polled.status_code == 200, polled.text
        assert len(polled.json()["results"]) == 1


async def test_a_job_entering_thousands_of_lists_is_written_in_batches(db: AsyncSession) -> None:
    """5 parameters a row: one statement for 7,000 rows would pass asyncpg's 32,767 and
    never reach PostgreSQL; in batches every row is written (no foreign key refuses these
    made-up ids: see models.match.MatchResult)."""
    rows = [
        {
            "run_id": uuid.uuid4(),
            "job_id": uuid.uuid4(),
            "score": 1,
            "value": 0.1,
            "explanation": explanation(
                matched_skills=[], missing_skills=[], reasons=[], breakdown={}
            ),
        }
        for _ in range(7000)
    ]
    await matches.upsert_results(db, rows)
    written = select(func.count()).where(MatchResult.run_id.in_([row["run_id"] for row in rows]))
    assert (await db.execute(written)).scalar_one() == 7000
    await db.rollback()
    assert await matches.latest_done_runs(db, [uuid.uuid4() for _ in range(33_000)]) == {}


async def _job_and_parsed_cv(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings, text: str
) -> tuple[Job, CV, User, CorpusStats]:
    """A posted job, and a candidate's CV parsed and matched by the worker, with the
    statistics the worker used."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    job_id = (await post_job(client, recruiter))["id"]
    await worker.index(job_id)  # counted into the statistics
    job = await worker.job(job_id)
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, text)
    me = (await client.get("/api/users/me", headers=developer)).json()
    user = await db.get(User, uuid.UUID(me["id"]))
    cv = await cv_rows.latest_parsed(db, uuid.UUID(me["id"]))
    assert cv is not None
    assert user is not None
    return job, cv, user, await worker.matcher.stats(db)


async def test_a_stored_reading_of_another_format_is_read_from_the_text(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    job, cv, user, stats = await _job_and_parsed_cv(
        client, db, settings, "Python developer, FastAPI. 4 years."
    )
    fresh = Matcher(settings)
    await fresh.know(db, [(cv, user)])
    expected = fresh.candidate_values(job, [(cv, user)], stats)
    cv.prepared = {"format": 1, "terms": {"old": 1}}  # an older layout
    await db.flush()
    other = Matcher(settings)
    await other.know(db, [(cv, user)])
    assert other.candidate_values(job, [(cv, user)], stats) == expected
    assert expected[0] > 0


async def _data_engineer(
    session: AsyncSession, committed: list[uuid.UUID], owner_id: uuid.UUID | None = None
) -> Job:
    return await _posted_job(
        session,
        committed,
        owner_id,
        title="Data Engineer",
        company="Acme",
        description="Spark and SQL.",
        remote="remote",
        skills=["sql"],
    )


async def test_match_runs_storing_the_same_jobs_do_not_wait_for_each_other(
    engine: AsyncEngine, committed: list[uuid.UUID]
) -> None:
    """Every run locks the jobs it stores; two runs (two workers) sharing a popular job go
    on at once, while closing (the api's own path, or any UPDATE) or deleting the job waits
    for them: no result is stored for a job closed meanwhile."""
    async with AsyncSession(engine, expire_on_commit=False) as s0:
        job = await _data_engineer(s0, committed)

    async with (
        AsyncSession(engine) as run1,
        AsyncSession(engine) as run2,
        AsyncSession(engine, expire_on_commit=False) as recruiter,
    ):
        assert await job_rows.lock_open(run1, [job.id]) == {job.id}
        await run2.execute(text("SET LOCAL lock_timeout = '2s'"))
        assert await job_rows.lock_open(run2, [job.id]) == {job.id}
        changes = [
            lambda mine: jobs.update_job(recruiter, mine, JobUpdate(status=JobStatus.CLOSED)),
            lambda _: recruiter.execute(
                update(Job).where(Job.id == job.id).values(status=JobStatus.CLOSED)
            ),
            lambda _: recruiter.execute(delete(Job).where(Job.id == job.id)),
        ]
        for change in changes:
            await recruiter.execute(text("SET LOCAL lock_timeout = '300ms'"))
            mine = await recruiter.get(Job, job.id, populate_existing=True)
            with pytest.raises(DBAPIError, match="lock timeout"):
                await change(mine)
            await recruiter.rollback()
        await run1.rollback()
        await run2.rollback()
        mine = await recruiter.get(Job, job.id, populate_existing=True)
        assert mine is not None
        await jobs.update_job(recruiter, mine, JobUpdate(status=JobStatus.CLOSED))
        await recruiter.commit()  # once the runs are done, the close goes through


async def test_an_explained_pair_is_the_same_with_or_without_the_chosen_query(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """explain() skips reading a CV's terms back once candidate_values chose its query;
    the score, reasons and breakdown are those of the full reading."""
    job, cv, user, stats = await _job_and_parsed_cv(
        client, db, settings, "Backend developer: Python, FastAPI, PostgreSQL, APIs. 4 years."
    )
    assert stats.documents > 0
    matcher = Matcher(settings)
    await matcher.know(db, [(cv, user)])
    matcher._candidates.compact()  # in the main arrays, as nearly every CV of a warm worker
    weights = matcher.weights
    assert matcher._candidates.query_of(str(cv.id), stats, weights.query_terms) is None
    before = matcher.explain(job, cv, user, stats)  # from the CV's terms
    [value] = matcher.candidate_values(job, [(cv, user)], stats)
    assert matcher._candidates.query_of(str(cv.id), stats, weights.query_terms)  # chosen now
    after = matcher.explain(job, cv, user, stats)  # from the chosen query
    assert after == before
    assert after[0] == pytest.approx(value)
    assert after[1].breakdown["text"] > 0
    assert after[1].reasons


async def test_a_job_posted_while_a_run_ranks_is_in_the_run_that_replaces_the_list(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """The job reaches the lists while the candidate's new run is ranking on a view of the
    jobs taken before it: the live update lands in the previous run, which the new one
    replaces. The run sees the jobs' change counter move and ranks again."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    _, developer = await user_with_token(client)
    await worker.parse_and_match(
        client, developer, "Backend developer. Python, FastAPI, PostgreSQL. 6 years."
    )
    matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    matcher.job_changes = worker.app.state.after_commit.job_changes
    run_id = uuid.UUID((await client.post("/api/match", headers=developer)).json()["run_id"])
    run = await worker.step(lambda s: matching.start_run(s, run_id))
    assert run is not None
    took_view = matcher.open_jobs
    posted: dict[str, str] = {}

    async def view_then_a_new_job(session: AsyncSession, *, fresh: bool = False) -> int:
        held = await took_view(session, fresh=fresh)
        if not posted:  # right after this run took its view of the jobs
            posted.update(await post_job(client, recruiter))
            placed = await worker.index(posted["id"])
            assert placed is not None
            assert placed.changed == 1  # into the list of the previous run
        return held

    matcher.open_jobs = view_then_a_new_job  # type: ignore[method-assign]
    done = await worker.step(
        lambda s: matching.compute_run(s, settings, matcher, run_id, run.attempts)
    )
    assert done is not None
    assert done.status == "done"
    polled = (await client.get("/api/match/jobs", headers=developer)).json()
    assert polled["run_id"] == str(run_id)
    assert posted["id"] in {r["job"]["id"] for r in polled["results"]}


async def test_a_finished_run_drops_the_results_of_earlier_runs(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """Only the newest done run is ever shown: earlier runs' lists (a candidate's jobs, a
    job's candidates) are removed when a newer one is stored, so the tables stay one list
    per user and per job however often they are matched again."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    job = await post_job(client, recruiter)
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, "Python developer, FastAPI. 4 years.")
    first = (await client.get("/api/match/jobs", headers=developer)).json()
    assert first["results"]
    again = uuid.UUID((await client.post("/api/match", headers=developer)).json()["run_id"])
    await worker.step(lambda s: matching.run_match(s, settings, worker.matcher, again))
    second = (await client.get("/api/match/jobs", headers=developer)).json()
    assert second["run_id"] == str(again) != first["run_id"]
    assert second["results"] == first["results"]

    async def rows(table: type[MatchResult] | type[CandidateResult], run_id: str) -> int:
        found = await db.scalar(
            select(func.count()).select_from(table).where(table.run_id == uuid.UUID(run_id))
        )
        return int(found or 0)

    assert await rows(MatchResult, first["run_id"]) == 0
    assert await rows(MatchResult, second["run_id"]) == len(second["results"])
    # Replaced runs are superseded: a user keeps one done run however often matched, so
    # the next run's clean-up (and the lookup of the newest) does not grow with history.
    third = uuid.UUID((await client.post("/api/match", headers=developer)).json()["run_id"])
    await worker.step(lambda s: matching.run_match(s, settings, worker.matcher, third))
    me = uuid.UUID((await client.get("/api/users/me", headers=developer)).json()["id"])
    found = await db.execute(select(MatchRun.id, MatchRun.status).where(MatchRun.user_id == me))
    statuses = {run_id: status for run_id, status in found.all()}
    assert statuses == {
        uuid.UUID(first["run_id"]): "superseded",
        again: "superseded",
        third: "done",
    }
    assert (await client.get("/api/match/jobs", headers=developer)).json()["run_id"] == str(third)

    await worker.rank_candidates(job["id"])
    listed = (await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)).json()
    assert listed["results"]
    await worker.rank_candidates(job["id"])
    relisted = (await client.get(f"/api/jobs/{job['id']}/candidates", headers=recruiter)).json()
    assert relisted["run_id"] != listed["run_id"]
    assert await rows(CandidateResult, listed["run_id"]) == 0
    assert await rows(CandidateResult, relisted["run_id"]) == len(relisted["results"])
    listed_run = await db.get(CandidateRun, uuid.UUID(listed["run_id"]), populate_existing=True)
    assert listed_run is not None
    assert listed_run.status == "superseded"


async def test_a_live_update_and_a_run_replacing_the_list_it_writes_into(
    engine: AsyncEngine, committed: list[uuid.UUID]
) -> None:
    """A live update reads a candidate's list (run R), scores, then writes; meanwhile the
    candidate's new run S may store its list and supersede R. S does not wait for a live
    update that locked R: R stays done (not shown: S is newer) until the next run takes
    it, write included; a live update after S's commit finds R superseded, writes
    nothing there."""
    async with AsyncSession(engine, expire_on_commit=False) as s0:
        job = await _data_engineer(s0, committed)
        user = User(email=f"c-{uuid.uuid4().hex[:8]}@example.com", password_hash="x")
        s0.add(user)
        await s0.flush()
        committed.append(user.id)
        shown = MatchRun(user_id=user.id, status="done", attempts=1)
        s0.add(shown)
        await s0.commit()
        newer = MatchRun(user_id=user.id, status="running", attempts=1)
        s0.add(newer)
        await s0.commit()

    def row(run_id: uuid.UUID) -> dict[str, object]:
        return {"run_id": run_id, "job_id": job.id, "score": 80, "value": 0.8,
                "explanation": explanation(matched_skills=["sql"], missing_skills=[],
                                           reasons=[], breakdown={})}  # fmt: skip

    async with (
        AsyncSession(engine) as live,
        AsyncSession(engine) as run,
        AsyncSession(engine) as reader,
    ):
        assert await matches.lock_shown(live, [shown.id]) == {shown.id}
        await runs.supersede_earlier(run, newer)  # no wait: the locked list is left done
        await run.commit()
        await matches.upsert_results(live, [row(shown.id)])
        await live.commit()
        left = await reader.scalar(
            select(func.count()).select_from(MatchResult).where(MatchResult.run_id == shown.id)
        )
        assert left == 1
        assert await reader.scalar(select(MatchRun.status).where(MatchRun.id == shown.id)) == "done"

        await runs.supersede_earlier(run, newer)  # the next run to store takes it
        await run.commit()
        left = await reader.scalar(
            select(func.count()).select_from(MatchResult).where(MatchResult.run_id == shown.id)
        )
        assert left == 0  # what the live update wrote went with the superseded list
        assert await matches.lock_shown(live, [shown.id]) == set()  # nothing to write into
        await live.rollback()


async def test_a_run_queued_later_but_done_first_keeps_its_list_and_stays_shown(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """Run A is running when run B is queued (a new CV, a new preference); B finishes
    first, A last. The poll and the live updates both take B, the newest by creation, and
    A's storing removes only lists of runs created before A: B keeps its list."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter)
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, "Python developer, FastAPI. 4 years.")
    me = uuid.UUID((await client.get("/api/users/me", headers=developer)).json()["id"])

    a = uuid.UUID((await client.post("/api/match", headers=developer)).json()["run_id"])
    started_a = await worker.step(lambda s: matching.start_run(s, a))
    # A is running when a new CV is uploaded and parsed: it queues run B beside A.
    cv_id = (await upload_cv(client, developer, "Python and SQL developer. 5 years.")).json()["id"]
    await worker.step(lambda s: cvs.parse_cv(s, uuid.UUID(cv_id)))
    newest = await matches.latest_run(db, me)
    assert newest is not None
    b = newest.id
    assert b != a
    assert started_a is not None
    await worker.step(lambda s: matching.run_match(s, settings, worker.matcher, b))
    await worker.step(
        lambda s: matching.compute_run(s, settings, worker.matcher, a, started_a.attempts)
    )
    polled = (await client.get("/api/match/jobs", headers=developer)).json()
    assert polled["run_id"] == str(b)
    assert polled["results"]
    assert await matches.latest_done_runs(db, [me]) == {me: b}


async def test_a_job_carried_while_a_run_replaces_the_list_reaches_the_new_list(
    client: httpx.AsyncClient,
    db: AsyncSession,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A live update read the candidate's list (run R); before it writes, the candidate's
    new run S, ranked on a view of the jobs from before the post, stores its list and
    supersedes R. The update finds R superseded and places the job in S instead: the
    candidate sees it without waiting for another run."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    _, developer = await user_with_token(client)
    await worker.parse_and_match(
        client, developer, "Backend developer. Python, FastAPI, PostgreSQL. 6 years."
    )
    shown = (await client.get("/api/match/jobs", headers=developer)).json()["run_id"]
    stale = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    await stale.open_jobs(db)  # its view of the jobs: before the post
    run_id = uuid.UUID((await client.post("/api/match", headers=developer)).json()["run_id"])
    posted = await post_job(client, recruiter)
    tails = matches.run_tails
    stored: list[object] = []

    async def new_list_stored_first(
        session: AsyncSession, run_ids: list[uuid.UUID], job_id: uuid.UUID
    ) -> dict[uuid.UUID, tuple[int, float, uuid.UUID]]:
        if not stored:  # the update has read R; S is stored before it writes
            assert uuid.UUID(shown) in run_ids
            stored.append(await matching.run_match(session, settings, stale, run_id))
        return await tails(session, run_ids, job_id)

    monkeypatch.setattr(matches, "run_tails", new_list_stored_first)
    placed = await worker.index(posted["id"])
    assert stored
    assert stored[0] is not None
    assert placed is not None
    assert placed.changed == 1
    polled = (await client.get("/api/match/jobs", headers=developer)).json()
    assert polled["run_id"] == str(run_id)
    assert posted["id"] in {r["job"]["id"] for r in polled["results"]}
    left = await db.scalar(
        select(func.count()).select_from(MatchResult).where(MatchResult.run_id == uuid.UUID(shown))
    )
    assert left == 0


async def test_deleting_the_cv_behind_the_list_matches_the_previous_cv_again(
    client: httpx.AsyncClient, db: AsyncSession, settings: Settings
) -> None:
    """The list shown goes with its CV and the earlier lists were superseded: the poll does
    not show a superseded run, and a run for the newest CV left is queued."""
    worker = Worker(client, db, settings)
    _, recruiter = await user_with_token(client, "recruiter")
    await post_job(client, recruiter)
    _, developer = await user_with_token(client)
    await worker.parse_and_match(client, developer, "Python developer, FastAPI. 4 years.")
    first = (await client.get("/api/match/jobs", headers=developer)).json()
    second_cv = (await upload_cv(client, developer, "Python and SQL developer. 5 years.")).json()
    await worker.step(lambda s: cvs.parse_cv(s, uuid.UUID(second_cv["id"])))
    rerun = uuid.UUID((await client.post("/api/match", headers=developer)).json()["run_id"])
    await worker.step(lambda s: matching.run_match(s, settings, worker.matcher, rerun))
    replaced = await db.get(MatchRun, uuid.UUID(first["run_id"]), populate_existing=True)
    assert replaced is not None
    assert replaced.status == "superseded"

    deleted = await client.delete(f"/api/cv/{second_cv['id']}", headers=developer)
    assert deleted.status_code == 204, deleted.text
    polled = await client.get("/api/match/jobs", headers=developer)
    assert polled.status_code == 200, polled.text
    assert polled.json()["status"] == "queued"
    assert polled.json()["cv_id"] == first["cv_id"]
    again = uuid.UUID(polled.json()["run_id"])
    await worker.step(lambda s: matching.run_match(s, settings, worker.matcher, again))
    shown = (await client.get("/api/match/jobs", headers=developer)).json()
    assert shown["status"] == "done"
    assert shown["results"] == first["results"]


async def test_storing_a_run_does_not_deadlock_with_deleting_the_cv_of_both_runs(
    engine: AsyncEngine, committed: list[uuid.UUID]
) -> None:
    """Runs re-matched on one CV: deleting the CV cascades over the old run and then waits
    for the new one, which a worker is storing. The worker leaves the old run alone rather
    than wait for it (SKIP LOCKED), so both go through."""
    async with AsyncSession(engine, expire_on_commit=False) as s0:
        user = User(email=f"c-{uuid.uuid4().hex[:8]}@example.com", password_hash="x")
        s0.add(user)
        await s0.flush()
        committed.append(user.id)
        cv = CV(owner_id=user.id, filename="cv.txt", format="txt", size_bytes=4,
                content=b"SQL.", status="parsed", skills=["sql"], attempts=1)  # fmt: skip
        s0.add(cv)
        await s0.flush()
        s0.add(MatchRun(user_id=user.id, cv_id=cv.id, status="done", attempts=1))
        await s0.commit()
        newer = MatchRun(user_id=user.id, cv_id=cv.id, status="running", attempts=1)
        s0.add(newer)
        await s0.commit()

    async with AsyncSession(engine) as worker, AsyncSession(engine) as api:
        mine = await runs.lock(worker, MatchRun, newer.id)  # as compute_run stores under it
        assert mine is not None

        async def delete_cv() -> None:
            await api.execute(delete(CV).where(CV.id == cv.id))  # locks the old run, waits
            await api.commit()

        async def store() -> None:
            await asyncio.sleep(0.3)  # the delete is waiting for our run by now
            await runs.supersede_earlier(worker, mine)
            await worker.commit()

        await asyncio.wait_for(asyncio.gather(delete_cv(), store()), 10)
    async with AsyncSession(engine) as check:
        left = await check.scalar(select(func.count()).where(MatchRun.user_id == user.id))
        assert left == 0


async def _stored(
    engine: AsyncEngine, settings: Settings, matcher: Matcher, run_id: uuid.UUID
) -> None:
    """The worker's second step of a claimed run (attempt 1), committed: done."""
    async with AsyncSession(engine, expire_on_commit=False) as run:
        done = await matching.compute_run(run, settings, matcher, run_id, 1)
        await run.commit()
    assert done is not None
    assert done.status == "done"


async def _listed(session: AsyncSession, run_id: uuid.UUID) -> set[uuid.UUID]:
    """The jobs in a run's list."""
    found = await session.execute(select(MatchResult.job_id).where(MatchResult.run_id == run_id))
    return set(found.scalars())


async def _candidate_rematched(
    engine: AsyncEngine, committed: list[uuid.UUID]
) -> tuple[MatchRun, MatchRun]:
    """A data engineer's parsed CV with a shown (done) run and a newer one running."""
    async with AsyncSession(engine, expire_on_commit=False) as s0:
        user = User(email=f"c-{uuid.uuid4().hex[:8]}@example.com", password_hash="x")
        s0.add(user)
        await s0.flush()
        committed.append(user.id)
        text_ = "Data engineer. SQL, Spark, Python. 5 years."
        cv = CV(owner_id=user.id, filename="cv.txt", format="txt", size_bytes=len(text_),
                content=text_.encode(), status="queued", skills=[], attempts=0)  # fmt: skip
        s0.add(cv)
        await s0.commit()
        await cvs.parse_cv(s0, cv.id)
        await s0.commit()
        shown = MatchRun(user_id=user.id, cv_id=cv.id, status="done", attempts=1)
        s0.add(shown)
        await s0.commit()
        newer = MatchRun(user_id=user.id, cv_id=cv.id, status="running", attempts=1)
        s0.add(newer)
        await s0.commit()
    return shown, newer


async def _propagating_to_the_barrier(
    live: AsyncSession, reader: AsyncSession, settings: Settings, job_id: uuid.UUID
) -> "asyncio.Task[live_results.Propagation | None]":
    """The job's live update, started in `live`, once it waits at the list barrier (or is
    done, or 4 s passed)."""
    pid = await live.scalar(text("SELECT pg_backend_pid()"))
    updating = asyncio.create_task(
        live_results.propagate(live, settings, Matcher(settings), job_id)
    )
    waiting = text(
        "SELECT count(*) FROM pg_locks WHERE pid = :pid AND locktype = 'advisory' AND NOT granted"
    ).bindparams(pid=pid)
    for _ in range(200):
        if updating.done() or await reader.scalar(waiting):
            break
        await asyncio.sleep(0.02)
    await reader.rollback()
    return updating


async def _both_committed(
    storing: "asyncio.Task[MatchRun | None]",
    run: AsyncSession,
    updating: "asyncio.Task[live_results.Propagation | None]",
    live: AsyncSession,
) -> live_results.Propagation:
    """The run stored (done) and committed, then the live update: what it did."""
    done = await asyncio.wait_for(storing, 10)
    assert done is not None
    assert done.status == "done"
    await run.commit()
    placed = await asyncio.wait_for(updating, 10)
    await live.commit()
    assert placed is not None
    return placed


async def test_a_job_posted_while_a_run_stores_its_list_reaches_that_list(
    engine: AsyncEngine,
    committed: list[uuid.UUID],
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The candidate's new run S has ranked and looked at the jobs' change counter for the
    last time; a job is posted, and its live update runs, before S commits. The update
    waits for S (the list barrier) and writes the job into S's list: without that, it
    wrote into the list S replaces, and the job was missing until the next run."""
    shown, newer = await _candidate_rematched(engine, committed)
    stored_yet = asyncio.Event()
    at_store = asyncio.Event()
    lock_open = job_rows.lock_open

    async def pause_before_storing(session: AsyncSession, job_ids: list[uuid.UUID]) -> object:
        at_store.set()  # S holds the barrier and looked at the counter: the job comes now
        await stored_yet.wait()
        return await lock_open(session, job_ids)

    monkeypatch.setattr(job_rows, "lock_open", pause_before_storing)
    async with (
        AsyncSession(engine, expire_on_commit=False) as run,
        AsyncSession(engine, expire_on_commit=False) as live,
        AsyncSession(engine) as reader,
    ):
        storing = asyncio.create_task(
            matching.compute_run(run, settings, Matcher(settings), newer.id, 1)
        )
        await asyncio.wait_for(at_store.wait(), 10)
        async with AsyncSession(engine, expire_on_commit=False) as recruiter:
            job = await _data_engineer(recruiter, committed)
        # Until the update waits for S (or, without the barrier, is done).
        updating = await _propagating_to_the_barrier(live, reader, settings, job.id)
        stored_yet.set()
        placed = await _both_committed(storing, run, updating, live)
        assert placed.changed == 1
        listed = await _listed(reader, newer.id)
        assert job.id in listed
        assert await reader.scalar(select(MatchRun.status).where(MatchRun.id == shown.id)) == (
            "superseded"
        )


async def test_a_live_update_waiting_for_a_run_storing_does_not_hold_its_job(
    engine: AsyncEngine,
    committed: list[uuid.UUID],
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review of 2eb7b0b: a live update of job J took J's lock (kept from deletion) before
    waiting at the list barrier for a run storing its list; deleting the recruiter then
    deleted their other job J2 and waited for J, while the run, holding the barrier,
    waited for J2 (jobs.lock_open): a deadlock, whose victim could be the deletion. The
    update now holds J only from after the barrier to its commit."""
    _, newer = await _candidate_rematched(engine, committed)
    stored_yet = asyncio.Event()
    at_store = asyncio.Event()
    lock_open = job_rows.lock_open
    to_lock: list[uuid.UUID] = []

    async def pause_before_storing(session: AsyncSession, job_ids: list[uuid.UUID]) -> object:
        at_store.set()  # the run holds the barrier
        to_lock.extend(job_ids)
        await stored_yet.wait()
        return await lock_open(session, job_ids)

    async with AsyncSession(engine, expire_on_commit=False) as s0:
        older = await _data_engineer(s0, committed)  # J2, in the run's ranking
    monkeypatch.setattr(job_rows, "lock_open", pause_before_storing)
    async with (
        AsyncSession(engine, expire_on_commit=False) as run,
        AsyncSession(engine, expire_on_commit=False) as live,
        AsyncSession(engine) as admin,
        AsyncSession(engine) as reader,
    ):
        storing = asyncio.create_task(
            matching.compute_run(run, settings, Matcher(settings), newer.id, 1)
        )
        await asyncio.wait_for(at_store.wait(), 10)
        async with AsyncSession(engine, expire_on_commit=False) as recruiter:
            job = await _data_engineer(recruiter, committed, older.owner_id)  # J
        updating = await _propagating_to_the_barrier(live, reader, settings, job.id)
        assert not updating.done()  # waiting for the run storing

        await admin.execute(text("SET LOCAL lock_timeout = '3s'"))
        await admin.execute(delete(User).where(User.id == older.owner_id))  # J2, then J
        await admin.commit()  # neither job was held: no wait, no deadlock

        stored_yet.set()
        placed = await _both_committed(storing, run, updating, live)
        assert placed.changed == 0  # its job went before it wrote anything
        left = select(func.count()).select_from(MatchResult)
        assert await reader.scalar(left.where(MatchResult.job_id.in_([job.id, older.id]))) == 0
        assert older.id in to_lock  # the run did wait for J2


async def test_a_job_carried_before_a_run_stores_is_in_the_list_it_stores(
    engine: AsyncEngine,
    committed: list[uuid.UUID],
    settings: Settings,
    redis: Redis,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The candidate's new run S has ranked and found the jobs' change counter unmoved; a
    job is posted and carried into the list S is about to replace before S takes its run's
    lock. S looks at the counter once more under the list barrier, sees it moved and ranks
    again: its list has the job."""
    shown, newer = await _candidate_rematched(engine, committed)
    changes = JobChanges(redis, settings.REDIS_KEY_PREFIX)
    matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    matcher.job_changes = changes
    lock = runs.lock
    posted: list[Job] = []

    async def a_job_carried_first(session: AsyncSession, *args: object) -> object:
        if not posted:
            async with (
                AsyncSession(engine, expire_on_commit=False) as recruiter,
                AsyncSession(engine) as live,
            ):
                posted.append(await _data_engineer(recruiter, committed))
                await changes.bump()  # as the api does after its commit
                placed = await live_results.propagate(
                    live, settings, Matcher(settings), posted[0].id
                )
                await live.commit()
                assert placed is not None
                assert placed.changed == 1  # into the shown list, the one S replaces
        return await lock(session, *args)

    monkeypatch.setattr(runs, "lock", a_job_carried_first)
    await _stored(engine, settings, matcher, newer.id)
    async with AsyncSession(engine) as reader:
        assert posted
        listed = await _listed(reader, newer.id)
        assert posted[0].id in listed
        status = await reader.scalar(select(MatchRun.status).where(MatchRun.id == shown.id))
        assert status == "superseded"


@pytest.mark.parametrize("api_bump", ["late", "lost"])
async def test_an_edit_carried_before_its_counter_moved_is_in_the_new_list(
    engine: AsyncEngine,
    committed: list[uuid.UUID],
    settings: Settings,
    redis: Redis,
    monkeypatch: pytest.MonkeyPatch,
    api_bump: str,
) -> None:
    """A job of no interest to the candidate is edited into one of interest; before the
    api moves the change counter (or the move is lost), a delivery for the job's earlier
    version carries the edit into the shown list, while the candidate's new run S is
    about to store. The update moves the counter itself: S looks, sees it and ranks again
    (from a review: the update carries the job as it is, not the version it was sent for)."""
    shown, newer = await _candidate_rematched(engine, committed)
    changes = JobChanges(redis, settings.REDIS_KEY_PREFIX)
    async with AsyncSession(engine, expire_on_commit=False) as recruiter:
        job = await _posted_job(recruiter, committed, title="Pastry Chef", company="Bakery",
                                description="Croissants and tarts.", remote="onsite",
                                skills=["baking"])  # fmt: skip
    await changes.bump()
    async with AsyncSession(engine) as s:
        await job_index.count_job(s, Matcher(settings), job.id)
        await s.commit()
    matcher = Matcher(settings.model_copy(update={"CORPUS_REFRESH_SECONDS": 3600}))
    matcher.job_changes = changes
    live_matcher = Matcher(settings)
    live_matcher.job_changes = changes
    lock = runs.lock
    carried: list[object] = []

    async def edited_and_carried_first(session: AsyncSession, *args: object) -> object:
        if not carried:
            async with AsyncSession(engine) as api:  # the edit commits, its bump not yet
                await api.execute(
                    update(Job)
                    .where(Job.id == job.id)
                    .values(
                        title="Data Engineer",
                        description="Spark and SQL.",
                        remote="remote",
                        skills=["sql"],
                        version=Job.version + 1,
                    )
                )
                await api.commit()
            async with AsyncSession(engine) as live:  # the earlier version's delivery
                carried.append(await live_results.propagate(live, settings, live_matcher, job.id))
                await live.commit()
        return await lock(session, *args)

    monkeypatch.setattr(runs, "lock", edited_and_carried_first)
    await _stored(engine, settings, matcher, newer.id)
    async with AsyncSession(engine) as reader:
        assert carried
        assert carried[0] is not None
        if api_bump == "late":
            await changes.bump()
        async with AsyncSession(engine) as s:  # the edit's own delivery: nothing left to do
            assert await live_results.propagate(s, settings, live_matcher, job.id) is None
        listed = await _listed(reader, newer.id)
        assert job.id in listed
        status = await reader.scalar(select(MatchRun.status).where(MatchRun.id == shown.id))
        assert status == "superseded"


async def test_the_list_barrier_is_held_given_back_and_waited_for_with_a_limit(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run keeps the barrier to its commit, or gives it back at once (while it ranks
    again); a live update passes it only when no run holds it, and gives up on a holder
    stuck past the limit (its task is retried)."""
    monkeypatch.setattr(list_barrier, "WAIT_LIMIT", "200ms")
    async with AsyncSession(engine) as run, AsyncSession(engine) as live:
        held = await list_barrier.hold(run)
        await held.rollback()  # given back: the update goes through
        await asyncio.wait_for(list_barrier.pass_through(live), 5)
        held = await list_barrier.hold(run)
        await held.commit()  # kept to the end of the run's transaction
        with pytest.raises(DBAPIError, match="lock timeout"):
            await list_barrier.pass_through(live)
        await live.rollback()
        await run.commit()
        await asyncio.wait_for(list_barrier.pass_through(live), 5)
        again = await asyncio.wait_for(list_barrier.hold(run), 5)  # the update held nothing
        await again.commit()
        await run.commit()
        await live.commit()
