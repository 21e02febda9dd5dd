"""Live results at scale (issue 7): how long one posted job takes to reach every affected
candidate's result list, with 10k candidates, through a real worker process.

Seeds (in its own database) 2,000 open jobs from the real postings, counted into the
statistics, and BENCH_LIVE_CANDIDATES (10,000) candidates cycling over the real resumes,
each with a parsed CV and a finished run holding 100 results (a full list). Then,
BENCH_LIVE_POSTS times, posts a job from a real posting the way the api does (row, then
the index_job task after commit) and waits until the worker has carried it into the
lists, then ranks the job's candidates (a recruiter's list: every candidate scored) and
waits for that run. Prints JSON lines: seconds per post (median, max), candidates
re-scored (the pre-filter's share of all), lists changed, seconds per candidates run.

Run: make bench-live (also run by make bench).
"""

import asyncio
import json
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text

from bench.databases import fresh_database
from bench.matching.datasets import load_postings, load_resumes
from bench.throughput import seed
from bench.throughput.__main__ import processes
from jobmatch.core.config import Settings
from jobmatch.core.database import create_engine, create_session_factory
from jobmatch.core.embedded import start_missing
from jobmatch.core.tasks import INDEX_JOB, MATCH_CANDIDATES, TaskCall, TaskQueue, connect
from jobmatch.matching.experience import extract_years_of_experience
from jobmatch.matching.extraction import extract_skills
from jobmatch.models import CV, Job, JobStatus, MatchResult, MatchRun, Role, RunStatus, User
from jobmatch.models.explanation import explanation
from jobmatch.repositories import candidate_runs
from jobmatch.services import job_index
from jobmatch.services.cvs import prepare
from jobmatch.services.live_results import telling_skills, title_query
from jobmatch.services.matcher import Matcher

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = int(os.environ.get("BENCH_LIVE_CANDIDATES", "10000"))
JOBS = int(os.environ.get("BENCH_LIVE_JOBS", "2000"))
POSTS = int(os.environ.get("BENCH_LIVE_POSTS", "7"))
WARM_SECONDS = float(os.environ.get("BENCH_LIVE_WARM_SECONDS", "60"))
RESULTS_PER_RUN = 100  # full lists, as MATCH_RESULTS_KEPT leaves them
PREFILTERED = (
    "SELECT count(*) FROM cvs WHERE skills && :skills"
    " OR search_vector @@ to_tsquery('english', :terms)"
)


def report(metric: str, value: float, unit: str, **extra: Any) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 3), "unit": unit, **extra}), flush=True
    )


async def seed_candidates(factory: Any, job_ids: list[uuid.UUID]) -> None:
    """Users, parsed CVs and finished runs with full result lists, in bulk."""
    resumes = load_resumes()
    prepared = await asyncio.to_thread(lambda: [_read(r.text) for r in resumes])
    rng = random.Random(3)
    async with factory() as session:
        for start in range(0, CANDIDATES, 1000):
            users, cvs, runs, results = [], [], [], []
            for i in range(start, min(start + 1000, CANDIDATES)):
                user_id, cv_id, run_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
                body, skills, years, reading = prepared[i % len(prepared)]
                users.append({"id": user_id, "email": f"live-{i}@example.com", "is_active": True,
                              "password_hash": "x", "role": Role.CANDIDATE})  # fmt: skip
                cvs.append({"id": cv_id, "owner_id": user_id, "filename": "cv.txt", "format": "txt",
                            "size_bytes": len(body), "content": b"", "status": "parsed",
                            "text": body, "skills": skills, "years_experience": years,
                            "prepared": reading, "attempts": 1})  # fmt: skip
                runs.append({"id": run_id, "user_id": user_id, "cv_id": cv_id,
                             "status": RunStatus.DONE, "attempts": 1,
                             "finished_at": datetime.now(UTC)})  # fmt: skip
                for job_id in rng.sample(job_ids, RESULTS_PER_RUN):
                    value = rng.uniform(0.2, 0.6)
                    results.append({"run_id": run_id, "job_id": job_id, "score": round(value * 100),
                                    "value": value, "explanation": explanation(
                                        matched_skills=[], missing_skills=[], reasons=[],
                                        breakdown={})})  # fmt: skip
            await session.execute(insert(User), users)
            await session.execute(insert(CV), cvs)
            await session.execute(insert(MatchRun), runs)
            await session.execute(insert(MatchResult), results)
            await session.commit()


async def main() -> None:
    database_url, redis_url, servers = start_missing(
        os.environ.get("DATABASE_URL"), os.environ.get("REDIS_URL"), ROOT / ".bench" / "servers"
    )
    try:
        url = await fresh_database(database_url, "jobmatch_bench_live")
        names = {"REDIS_KEY_PREFIX": "jobmatch-live", "QUEUE_NAME": "jobmatch-live:queue"}
        settings = Settings(_env_file=None, DATABASE_URL=url, REDIS_URL=redis_url, **names)  # type: ignore[arg-type]
        engine = create_engine(settings)
        factory = create_session_factory(engine)
        started = time.perf_counter()
        owner = await seed.seed_recruiter(factory, settings)
        await seed.seed_jobs(factory, owner, JOBS)
        async with factory() as session:
            await job_index.count_unindexed(session, Matcher(settings))
            await session.commit()
            job_ids = list((await session.execute(text("SELECT id FROM jobs"))).scalars())
        await seed_candidates(factory, job_ids)
        report(
            "live_seed_seconds",
            time.perf_counter() - started,
            "s",
            jobs=JOBS,
            candidates=CANDIDATES,
        )

        env = {**os.environ, "DATABASE_URL": url, "REDIS_URL": redis_url, **names,
               "ENVIRONMENT": "local", "LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)}  # fmt: skip
        redis = await connect(settings)
        queue = TaskQueue(redis, settings.QUEUE_NAME)
        postings = [p for p in load_postings() if p.title.strip() and p.requirements.strip()]
        picks = random.Random(5).sample(postings, POSTS)
        timings, rescored, changed, ranking = [], [], [], []
        with processes(env, [sys.executable, "-m", "jobmatch", "worker"]):
            # The worker starts and reads every candidate in the background (its warm-up).
            await asyncio.sleep(WARM_SECONDS)
            for posting in picks:
                job = Job(id=uuid.uuid4(), owner_id=owner, title=posting.title[:200],
                          company="Bench Co", description=posting.description,
                          skills=extract_skills(f"{posting.title}\n{posting.requirements}"),
                          nice_to_have=[], status=JobStatus.OPEN, version=1)  # fmt: skip
                async with factory() as session:
                    session.add(job)
                    await session.commit()
                began = time.perf_counter()
                await queue.enqueue(TaskCall(INDEX_JOB, (str(job.id), "1")))
                while True:
                    async with engine.connect() as conn:
                        done = await conn.scalar(
                            text("SELECT propagated_version FROM job_index WHERE job_id = :id"),
                            {"id": job.id},
                        )
                    if done == 1:
                        break
                    await asyncio.sleep(0.01)
                timings.append(time.perf_counter() - began)
                async with engine.connect() as conn:
                    lists = await conn.scalar(
                        text("SELECT count(*) FROM match_results WHERE job_id = :id"),
                        {"id": job.id},
                    )
                    scored = await conn.scalar(
                        text(PREFILTERED),
                        {"skills": telling_skills(job), "terms": title_query(job)},
                    )
                changed.append(lists)
                rescored.append(scored)
                # The recruiter's list of the same job: every candidate ranked.
                async with factory() as session:
                    run = await candidate_runs.insert_queued(session, job.id)
                    await session.commit()
                assert run is not None
                began = time.perf_counter()
                await queue.enqueue(TaskCall(MATCH_CANDIDATES, (str(run.id),)))
                while True:
                    async with engine.connect() as conn:
                        status = await conn.scalar(
                            text("SELECT status FROM candidate_runs WHERE id = :id"),
                            {"id": run.id},
                        )
                    if status in (RunStatus.DONE, RunStatus.FAILED):
                        break
                    await asyncio.sleep(0.01)
                ranking.append(time.perf_counter() - began)
                assert status == RunStatus.DONE, status
        await redis.aclose()
        await engine.dispose()
        report("live_post_to_lists_median", statistics.median(timings), "s", posts=POSTS,
               max_s=round(max(timings), 3), candidates=CANDIDATES, target="< 5")  # fmt: skip
        report("live_candidates_rescored_median", statistics.median(rescored), "candidates",
               share=round(statistics.median(rescored) / CANDIDATES, 3))  # fmt: skip
        report("live_lists_changed_median", statistics.median(changed), "lists")
        report("candidates_run_median", statistics.median(ranking), "s", runs=POSTS,
               max_s=round(max(ranking), 3), candidates=CANDIDATES)  # fmt: skip
    finally:
        servers.stop()


def _read(body: str) -> tuple[str, list[str], float | None, dict[str, object]]:
    """What the parse stores for a CV: skills, years and the matcher's reading."""
    skills, years = extract_skills(body), extract_years_of_experience(body)
    return body, skills, years, prepare(body, skills, years, None)


if __name__ == "__main__":
    asyncio.run(main())
