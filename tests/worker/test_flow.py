"""The whole journey with a real arq worker on real Redis and PostgreSQL (rows committed)."""

import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from jobmatch.core.config import Settings
from jobmatch.core.tasks import redis_settings
from jobmatch.parsing.isolated import TOO_SLOW
from tests.factories import post_job, upload_cv, user_with_token
from tests.faults.harness import truncate_all
from tests.parsing.documents import slow_pdf
from worker.claiming import Worker
from worker.main import WorkerSettings, shutdown, startup

pytestmark = pytest.mark.worker


@pytest.fixture
async def live_client(running_app: Any, engine: AsyncEngine) -> AsyncIterator[httpx.AsyncClient]:
    """A client whose requests commit for real, so that a separate worker sees the rows."""
    transport = httpx.ASGITransport(app=running_app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client
    await truncate_all(engine)


@pytest.fixture
async def arq_worker(settings: Settings) -> AsyncIterator[Worker]:
    async with _worker(settings) as worker:
        yield worker


@asynccontextmanager
async def _worker(settings: Settings) -> AsyncIterator[Worker]:
    worker = Worker(
        functions=WorkerSettings.functions,
        redis_settings=redis_settings(settings),
        queue_name=settings.QUEUE_NAME,
        on_startup=startup,
        on_shutdown=shutdown,
        poll_delay=settings.WORKER_POLL_DELAY,
        keep_result=0,
        max_tries=settings.WORKER_MAX_TRIES,
        handle_signals=False,
        ctx={"settings": settings},
    )
    run = asyncio.create_task(worker.async_run())
    try:
        yield worker
    finally:
        await worker.close()
        run.cancel()
        await asyncio.gather(run, return_exceptions=True)


async def _poll_until(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], done: set[str]
) -> dict[str, Any]:
    for _ in range(200):
        body: dict[str, Any] = (await client.get(url, headers=headers)).json()
        if body["status"] in done:
            return body
        await asyncio.sleep(0.05)
    raise AssertionError(f"{url} stayed {body['status']}")


async def test_upload_parse_match_results(
    live_client: httpx.AsyncClient, arq_worker: Worker, engine: AsyncEngine
) -> None:
    client = live_client
    _, recruiter = await user_with_token(client, "recruiter")
    python_job = await post_job(client, recruiter)
    nurse_job = await post_job(
        client,
        recruiter,
        title="Registered Nurse",
        description="Patient care, phlebotomy and medication administration.",
    )
    _, candidate = await user_with_token(client)
    upload = await upload_cv(client, candidate)
    assert upload.status_code == 202

    cv = await _poll_until(client, upload.headers["location"], candidate, {"parsed", "failed"})
    assert cv["status"] == "parsed"
    body = await _poll_until(client, "/api/match/jobs", candidate, {"done", "failed"})
    assert body["status"] == "done"
    assert body["cv_id"] == cv["id"]
    ids = [result["job"]["id"] for result in body["results"]]
    assert ids[0] == python_job["id"]
    nurse = [r["score"] for r in body["results"] if r["job"]["id"] == nurse_job["id"]]
    assert nurse == [] or nurse[0] < body["results"][0]["score"]
    assert "python" in body["results"][0]["matched_skills"]

    async with engine.connect() as conn:
        run = (
            await conn.execute(
                text("SELECT status, attempts, finished_at FROM match_runs WHERE id = :id"),
                {"id": body["run_id"]},
            )
        ).one()
        stored = await conn.scalar(
            text("SELECT count(*) FROM match_results WHERE run_id = :id"), {"id": body["run_id"]}
        )
    assert run.status == "done"
    assert run.attempts == 1
    assert stored == len(body["results"])

    # Live: a job posted now reaches the candidate's list by itself, and the recruiter sees
    # the candidate ranked for it; both through the real worker.
    new_job = await post_job(client, recruiter, title="Python Backend Engineer")
    for _ in range(200):
        polled = (await client.get("/api/match/jobs", headers=candidate)).json()
        if new_job["id"] in {r["job"]["id"] for r in polled["results"]}:
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the new job never reached the candidate's results")
    url = f"/api/jobs/{new_job['id']}/candidates"
    ranked = await _poll_until(client, url, recruiter, {"done", "failed"})
    assert ranked["status"] == "done"
    assert [r["candidate"]["cv_id"] for r in ranked["results"]] == [cv["id"]]
    async with engine.connect() as conn:
        counted = await conn.scalar(text("SELECT documents FROM corpus_totals"))
    assert counted == 3  # every open job is in the statistics


async def test_unreadable_cv_ends_failed_with_a_readable_error(
    live_client: httpx.AsyncClient, arq_worker: Worker
) -> None:
    _, candidate = await user_with_token(live_client)
    broken = b"%PDF-1.7\n" + b"\x00garbage" * 100
    upload = await live_client.post(
        "/api/cv", files={"file": ("cv.pdf", broken, "application/pdf")}, headers=candidate
    )
    assert upload.status_code == 202
    cv = await _poll_until(live_client, upload.headers["location"], candidate, {"parsed", "failed"})
    assert cv["status"] == "failed"
    assert "PDF" in cv["error"]
    poll = (await live_client.get("/api/match/jobs", headers=candidate)).json()
    assert poll["status"] == "failed"
    assert poll["error"].startswith("The CV could not be read: ")
    assert poll["results"] == []


async def test_a_cv_slow_to_read_fails_on_its_first_try_with_the_reason(
    live_client: httpx.AsyncClient, settings: Settings
) -> None:
    """A crafted PDF of a few KB that costs seconds a page (30 pages: minutes in a thread)
    is stopped at the worker's PARSE_TIMEOUT_SECONDS and the CV fails at once, no retry."""
    fast = settings.model_copy(update={"PARSE_TIMEOUT_SECONDS": 1.0})
    async with _worker(fast):
        _, candidate = await user_with_token(live_client)
        crafted = slow_pdf(pages=30, operators=100_000)
        upload = await live_client.post(
            "/api/cv", files={"file": ("cv.pdf", crafted, "application/pdf")}, headers=candidate
        )
        assert upload.status_code == 202
        cv = await _poll_until(
            live_client, upload.headers["location"], candidate, {"parsed", "failed"}
        )
    assert cv["status"] == "failed"
    assert cv["error"] == TOO_SLOW.format(seconds=1)
    poll = (await live_client.get("/api/match/jobs", headers=candidate)).json()
    assert poll["error"] == f"The CV could not be read: {cv['error']}"


def test_worker_never_imports_fastapi() -> None:
    code = (
        "import sys, worker.main;"
        "bad = [m for m in sys.modules if m == 'fastapi' or m.startswith('fastapi.')];"
        "assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
