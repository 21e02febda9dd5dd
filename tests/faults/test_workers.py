"""Workers killed, stopped and raced while a match is in flight: every run still ends done,
once, with the same results as an undisturbed run."""

import signal

import pytest
from arq.connections import ArqRedis, RedisSettings, create_pool
from sqlalchemy.ext.asyncio import AsyncEngine

from tests.faults.conftest import candidate_with_results, request_match
from tests.faults.harness import (
    Stack,
    TableLock,
    eventually,
    lock_waiters,
    results_of,
    run_finished,
    run_row,
)

pytestmark = pytest.mark.faults


async def _claimed_and_waiting(engine: AsyncEngine, run_id: str, attempts: int) -> bool:
    """The run is `running` under its `attempts`-th claim, and its workers wait on our lock
    (mid-match: after the claim, before any result is written)."""
    row = await run_row(engine, run_id)
    return (
        row.status == "running"
        and row.attempts == attempts
        and (await lock_waiters(engine) >= attempts)
    )


async def test_worker_killed_mid_match_the_run_still_completes(
    stack: Stack, engine: AsyncEngine
) -> None:
    await stack.start_api()
    first = await stack.start_worker("worker-1")
    async with stack.client() as client:
        candidate, _, expected = await candidate_with_results(client, engine)
        async with TableLock(engine, "jobs"):
            run_id = await request_match(client, candidate)
            await eventually(lambda: _claimed_and_waiting(engine, run_id, 1), "a claimed run")
            first.signal(signal.SIGKILL)
            assert await first.exited() == -signal.SIGKILL
        await stack.start_worker("worker-2")
        # arq re-runs the task once its in-progress key expires (job timeout + 10 s).
        row = await eventually(lambda: run_finished(engine, run_id), "the run to finish", 90)
    assert (row.status, row.attempts, row.error) == ("done", 2, None)
    assert await results_of(engine, run_id) == expected


async def test_sigterm_lets_the_task_in_flight_finish(stack: Stack, engine: AsyncEngine) -> None:
    await stack.start_api()
    worker = await stack.start_worker(WORKER_SHUTDOWN_GRACE_SECONDS="60")
    async with stack.client() as client:
        candidate, _, expected = await candidate_with_results(client, engine)
        async with TableLock(engine, "jobs") as lock:
            run_id = await request_match(client, candidate)
            await eventually(lambda: _claimed_and_waiting(engine, run_id, 1), "a claimed run")
            worker.signal(signal.SIGTERM)

            async def shutting_down() -> bool:
                return worker.logged("shutdown on SIGTERM")

            await eventually(shutting_down, "the worker to take the signal")
            assert worker.alive()  # waiting for its task, not gone
            await lock.release()
            assert await worker.exited() == 0
    row = await run_row(engine, run_id)
    assert (row.status, row.attempts) == ("done", 1)  # finished by the same worker, once
    assert await results_of(engine, run_id) == expected
    assert [t["outcome"] for t in worker.tasks("match_jobs")][-1] == "done"


async def test_sigterm_past_the_grace_period_is_retried_safely(
    stack: Stack, engine: AsyncEngine
) -> None:
    await stack.start_api()
    first = await stack.start_worker("worker-1", WORKER_SHUTDOWN_GRACE_SECONDS="1")
    async with stack.client() as client:
        candidate, _, expected = await candidate_with_results(client, engine)
        async with TableLock(engine, "jobs"):
            run_id = await request_match(client, candidate)
            await eventually(lambda: _claimed_and_waiting(engine, run_id, 1), "a claimed run")
            first.signal(signal.SIGTERM)
            assert await first.exited() == 0  # after the grace period, task cancelled
        assert [t["outcome"] for t in first.tasks("match_jobs")][-1] == "cancelled"
        second = await stack.start_worker("worker-2")
        # arq put the cancelled task back at once: no timeout to wait for.
        row = await eventually(lambda: run_finished(engine, run_id), "the run to finish", 60)
    assert (row.status, row.attempts, row.error) == ("done", 2, None)
    assert await results_of(engine, run_id) == expected
    assert [t["outcome"] for t in second.tasks("match_jobs")] == ["done"]


async def test_two_deliveries_of_one_run_store_one_answer(
    stack: Stack, engine: AsyncEngine
) -> None:
    await stack.start_api()
    # One task at a time each: the second delivery has to go to the other worker.
    workers = [
        await stack.start_worker(
            f"worker-{n}",
            WORKER_MAX_JOBS="1",
            WORKER_JOB_TIMEOUT="60",
            SWEEP_STALE_AFTER_SECONDS="90",
        )
        for n in (1, 2)
    ]
    async with stack.client() as client:
        candidate, _, expected = await candidate_with_results(client, engine)
        async with TableLock(engine, "jobs"):
            run_id = await request_match(client, candidate)
            await eventually(lambda: _claimed_and_waiting(engine, run_id, 1), "a first claim")
            # A re-delivery, as after a lost in-progress marker: same run, another task id.
            redis: ArqRedis = await create_pool(RedisSettings.from_dsn(stack.redis_url))
            try:
                assert await redis.enqueue_job(
                    "match_jobs", run_id, _job_id=f"again:{run_id}", _queue_name=stack.queue
                )
            finally:
                await redis.aclose()
            await eventually(lambda: _claimed_and_waiting(engine, run_id, 2), "a second claim")
        row = await eventually(lambda: run_finished(engine, run_id), "the run to finish", 60)
        # The first delivery must have ended too (superseded), not only the winner.

        async def both_ended() -> list[str] | None:
            lines = [t for w in workers for t in w.tasks("match_jobs")]
            outcomes = sorted(t["outcome"] for t in lines if t["task_args"] == [run_id])
            return outcomes if len(outcomes) == 2 else None

        outcomes = await eventually(both_ended, "both deliveries to end")
    assert (row.status, row.attempts) == ("done", 2)
    assert outcomes == ["done", "superseded"]
    assert await results_of(engine, run_id) == expected
