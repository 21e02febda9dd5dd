"""Fault tests: real api/worker processes on the session's database and a Redis of their
own (so that FLUSHALL hurts nobody else); rows are committed and truncated afterwards."""

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from jobmatch.core.embedded import EmbeddedRedis
from tests.factories import post_job, upload_cv, user_with_token
from tests.faults.harness import Stack, eventually, jobs_indexed, results_of, truncate_all

JOBS = [
    {},  # the factory's Senior Python Developer
    {"title": "Data Engineer", "description": "Python, SQL, Airflow, Spark and AWS pipelines."},
    {"title": "Frontend Developer", "description": "React, TypeScript, CSS and accessibility."},
    {
        "title": "Registered Nurse",
        "description": "Patient care, phlebotomy and medication administration.",
    },
]


@pytest.fixture(scope="session")
def fault_redis(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    server = EmbeddedRedis(Path(tmp_path_factory.mktemp("fault-redis")))
    yield server.start()
    server.stop()


@pytest.fixture
async def stack(
    tmp_path: Path, database_url: str, fault_redis: str, engine: AsyncEngine
) -> AsyncIterator[Stack]:
    await truncate_all(engine)
    stack = Stack(tmp_path, database_url, fault_redis)
    try:
        yield stack
    finally:
        stack.close()
        await truncate_all(engine)


async def poll(client: httpx.AsyncClient, headers: dict[str, str]) -> dict[str, Any]:
    response = await client.get("/api/match/jobs", headers=headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def candidate_with_results(
    client: httpx.AsyncClient, engine: AsyncEngine, **upload_headers: str
) -> tuple[dict[str, str], str, list[tuple[str, int, int]]]:
    """A recruiter's jobs and a candidate whose first run is done: (headers, run, results)."""
    _, recruiter = await user_with_token(client, "recruiter")
    for job in JOBS:
        await post_job(client, recruiter, **job)
    # The statistics settle first, so that every later run scores with the same ones.
    await eventually(lambda: jobs_indexed(engine), "the jobs to be counted", within=60)
    _, candidate = await user_with_token(client)
    upload = await upload_cv(client, {**candidate, **upload_headers})
    assert upload.status_code == 202, upload.text

    async def done() -> dict[str, Any] | None:
        body = await poll(client, candidate)
        return body if body["status"] in ("done", "failed") else None

    body = await eventually(done, "the first run to finish", within=90)
    assert body["status"] == "done", body
    results = await results_of(engine, body["run_id"])
    assert results, "the first run found no job"
    return candidate, body["run_id"], results


async def request_match(client: httpx.AsyncClient, headers: dict[str, str]) -> str:
    response = await client.post("/api/match", headers=headers)
    assert response.status_code == 202, response.text
    run_id: str = response.json()["run_id"]
    return run_id
