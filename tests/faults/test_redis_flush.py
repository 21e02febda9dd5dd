"""Redis flushed with work pending: PostgreSQL still knows, and the sweeper re-sends it."""

import signal

import pytest
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.factories import upload_cv, user_with_token
from tests.faults.conftest import candidate_with_results, request_match
from tests.faults.harness import Stack, TableLock, eventually, results_of, run_finished, run_row

pytestmark = pytest.mark.faults


async def test_redis_flushed_with_work_pending_everything_completes(
    stack: Stack, engine: AsyncEngine
) -> None:
    await stack.start_api()
    first = await stack.start_worker("worker-1")
    async with stack.client() as client:
        candidate, _, expected = await candidate_with_results(client, engine)
        # A run in flight whose worker then dies, its queue entry flushed with the rest.
        async with TableLock(engine, "jobs"):
            running = await request_match(client, candidate)

            async def claimed() -> bool:
                return bool((await run_row(engine, running)).status == "running")

            await eventually(claimed, "the run to be claimed")
            first.signal(signal.SIGKILL)
            await first.exited()
        # With no worker: a queued run and a queued CV (parse, then its own run).
        _, other = await user_with_token(client)
        upload = await upload_cv(client, other)
        assert upload.status_code == 202
        # The candidate's `running` run is pending: POST /api/match answers it.
        assert await request_match(client, candidate) == running

        redis = Redis.from_url(stack.redis_url)
        try:
            assert await redis.zcard(stack.queue) > 0
            await redis.flushall()
        finally:
            await redis.aclose()

        second = await stack.start_worker("worker-2")
        row = await eventually(lambda: run_finished(engine, running), "the running run", 90)
        assert (row.status, row.error) == ("done", None)

        async def other_done() -> dict[str, str] | None:
            body = (await client.get("/api/match/jobs", headers=other)).json()
            return body if body["status"] == "done" else None

        other_run = await eventually(other_done, "the new CV's run", 90)
    assert await results_of(engine, running) == expected
    assert await results_of(engine, other_run["run_id"])
    sweeps = [line for line in second.lines() if line.get("event") == "sweep"]
    resent = {job for line in sweeps for job in line["resent"]}
    assert f"match_jobs:{running}" in resent
    assert f"parse_cv:{upload.json()['id']}" in resent
