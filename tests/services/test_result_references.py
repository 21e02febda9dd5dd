"""match_results has no foreign keys (models.match.MatchResult): deleting a job or a run,
directly or by a cascade, deletes their results through the statement triggers, and a
writer's locks keep a job from being deleted under rows it is writing."""

import asyncio
import uuid

import pytest
from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from jobmatch.models import CV, CVStatus, Job, JobStatus, MatchResult, MatchRun, Role, User
from jobmatch.models.explanation import explanation
from jobmatch.repositories import jobs, matches
from jobmatch.schemas.job import JobUpdate
from jobmatch.services import jobs as job_service
from tests.services.test_live_matching_races import _posted_job, committed  # noqa: F401


async def _candidate_with_list(
    s: AsyncSession, users: list[uuid.UUID], job_ids: list[uuid.UUID]
) -> tuple[User, CV, MatchRun]:
    """A candidate, their CV and a done run listing these jobs, committed."""
    user = User(email=f"c-{uuid.uuid4().hex[:8]}@example.com", password_hash="x",
                role=Role.CANDIDATE)  # fmt: skip
    s.add(user)
    await s.flush()
    users.append(user.id)
    cv = CV(owner_id=user.id, filename="cv.txt", format="txt", size_bytes=4, content=b"SQL.",
            status=CVStatus.PARSED, skills=["sql"], attempts=1)  # fmt: skip
    s.add(cv)
    await s.flush()
    run = MatchRun(user_id=user.id, cv_id=cv.id, status="done", attempts=1)
    s.add(run)
    await s.flush()
    await matches.upsert_results(s, [_row(run.id, job_id) for job_id in job_ids])
    await s.commit()
    return user, cv, run


def _row(run_id: uuid.UUID, job_id: uuid.UUID) -> dict[str, object]:
    return {"run_id": run_id, "job_id": job_id, "score": 50, "value": 0.5,
            "explanation": explanation(matched_skills=[], missing_skills=[], reasons=[],
                                       breakdown={})}  # fmt: skip


async def _results(s: AsyncSession, **where: uuid.UUID) -> int:
    stmt = select(func.count()).select_from(MatchResult)
    for column, value in where.items():
        stmt = stmt.where(getattr(MatchResult, column) == value)
    return int((await s.execute(stmt)).scalar_one())


async def test_deleting_jobs_runs_cvs_and_users_deletes_their_results(
    engine: AsyncEngine,
    committed: list[uuid.UUID],  # noqa: F811
) -> None:
    async with AsyncSession(engine, expire_on_commit=False) as s:
        first = await _posted_job(s, committed, title="Baker", company="A", description="Bake.",
                                  remote="onsite", skills=["baking"])  # fmt: skip
        second = await _posted_job(s, committed, title="Cook", company="B", description="Cook.",
                                   remote="onsite", skills=["cooking"])  # fmt: skip
        third = await _posted_job(s, committed, title="Chef", company="C", description="Lead.",
                                  remote="onsite", skills=["menus"])  # fmt: skip
        ids = [first.id, second.id, third.id]
        by_run, by_cv, by_user = [await _candidate_with_list(s, committed, ids) for _ in "abc"]

        await s.execute(delete(Job).where(Job.id == first.id))  # a job
        await s.commit()
        assert await _results(s, job_id=first.id) == 0
        assert await _results(s, run_id=by_run[2].id) == 2  # the other jobs stay

        await s.execute(delete(User).where(User.id == second.owner_id))  # jobs by cascade
        await s.commit()
        assert await _results(s, job_id=second.id) == 0

        await s.execute(delete(MatchRun).where(MatchRun.id == by_run[2].id))  # a run
        await s.execute(delete(CV).where(CV.id == by_cv[1].id))  # runs by cascade
        await s.execute(delete(User).where(User.id == by_user[0].id))  # CVs, runs by cascade
        await s.commit()
        for _, _, run in (by_run, by_cv, by_user):
            assert await _results(s, run_id=run.id) == 0
        assert await _results(s, job_id=third.id) == 0


async def test_a_job_deleted_while_a_run_writes_it_takes_the_rows_committed_meanwhile(
    engine: AsyncEngine,
    committed: list[uuid.UUID],  # noqa: F811
) -> None:
    """A run locks its jobs (jobs.lock_open) before writing; a deletion waits for its
    commit and then deletes the rows it wrote: no row outlives its job."""
    async with AsyncSession(engine, expire_on_commit=False) as s:
        job = await _posted_job(s, committed, title="Baker", company="A", description="Bake.",
                                remote="onsite", skills=["baking"])  # fmt: skip
        _, _, run = await _candidate_with_list(s, committed, [])
    async with AsyncSession(engine) as writer, AsyncSession(engine) as deleter:
        assert await jobs.lock_open(writer, [job.id]) == {job.id}
        await matches.upsert_results(writer, [_row(run.id, job.id)])
        deleting = asyncio.create_task(deleter.execute(delete(Job).where(Job.id == job.id)))
        await asyncio.sleep(0.3)
        assert not deleting.done()  # waits for the writer
        await writer.commit()
        await deleting
        await deleter.commit()
        assert await _results(deleter, job_id=job.id) == 0

        # A job deleted before the lock is not there to lock: the writer leaves it out.
        assert await jobs.lock_open(writer, [job.id]) == set()


async def test_a_live_update_keeps_its_job_from_deletion_but_not_from_edits(
    engine: AsyncEngine,
    committed: list[uuid.UUID],  # noqa: F811
) -> None:
    """An edit or a close through the api (services.jobs.update_job) goes on while a live
    update holds the job; a deletion waits for it."""
    async with AsyncSession(engine, expire_on_commit=False) as s:
        job = await _posted_job(s, committed, title="Baker", company="A", description="Bake.",
                                remote="onsite", skills=["baking"])  # fmt: skip
    async with (
        AsyncSession(engine) as live,
        AsyncSession(engine, expire_on_commit=False) as api,
    ):
        assert await jobs.hold_for_results(live, job.id)
        for change in (JobUpdate(title="Head Baker"), JobUpdate(status=JobStatus.CLOSED)):
            # SET LOCAL: the pool may lend another connection for the next transaction.
            await api.execute(text("SET LOCAL lock_timeout = '300ms'"))
            edited = await api.get(Job, job.id)
            assert edited is not None
            await job_service.update_job(api, edited, change)
            await api.commit()  # did not wait
        await api.execute(text("SET LOCAL lock_timeout = '300ms'"))
        with pytest.raises(DBAPIError, match="lock timeout"):
            await api.execute(delete(Job).where(Job.id == job.id))
        await api.rollback()
        await live.commit()
        await api.execute(delete(Job).where(Job.id == job.id))
        await api.commit()
        assert not await jobs.hold_for_results(live, job.id)
