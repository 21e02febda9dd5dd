"""worker.claiming: several workers on one real Redis queue, each task run once."""

import asyncio
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest
from arq.connections import ArqRedis, create_pool
from arq.constants import in_progress_key_prefix
from arq.worker import func
from redis.exceptions import ResponseError

from jobmatch.core.config import Settings
from jobmatch.core.tasks import redis_settings
from worker.claiming import Worker

pytestmark = pytest.mark.worker


@pytest.fixture
async def queue(settings: Settings) -> AsyncIterator[tuple[ArqRedis, str]]:
    name = f"{settings.QUEUE_NAME}:claiming:{uuid.uuid4().hex[:8]}"
    pool = await create_pool(redis_settings(settings), default_queue_name=name)
    yield pool, name
    keys = [key async for key in pool.scan_iter(match="arq:*claiming-test*")]
    await pool.delete(name, *keys)
    await pool.aclose()


@asynccontextmanager
async def running(
    settings: Settings, name: str, task: Callable[..., Any], max_jobs: int, *, start: bool = True
) -> AsyncIterator[Worker]:
    # Not started: the test calls start_jobs itself, on a pool of the worker's own.
    pool = None if start else await create_pool(redis_settings(settings), default_queue_name=name)
    worker = Worker(
        functions=[func(task, name="claiming_test")],  # type: ignore[list-item]
        redis_pool=pool,
        redis_settings=redis_settings(settings),
        queue_name=name,
        max_jobs=max_jobs,
        poll_delay=0.01,
        keep_result=0,
        handle_signals=False,
    )
    run = asyncio.create_task(worker.async_run()) if start else None
    try:
        yield worker
    finally:
        await worker.close()
        if run is not None:
            run.cancel()
            await asyncio.gather(run, return_exceptions=True)


async def test_two_workers_run_every_task_once_and_share_them(
    settings: Settings, queue: tuple[ArqRedis, str]
) -> None:
    pool, name = queue
    runs: Counter[int] = Counter()
    by_worker: Counter[int] = Counter()

    async def claiming_test(ctx: dict[str, Any], n: int) -> None:
        runs[n] += 1
        by_worker[ctx["worker"]] += 1
        await asyncio.sleep(0.01)

    for n in range(60):
        await pool.enqueue_job("claiming_test", n, _job_id=f"claiming-test-{n}")
    async with (
        running(settings, name, claiming_test, 3) as first,
        running(settings, name, claiming_test, 3) as second,
    ):
        first.ctx["worker"], second.ctx["worker"] = 1, 2
        for _ in range(500):
            if sum(runs.values()) == 60 and not await pool.zcard(name):
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.1)  # a task run twice would show up meanwhile
    assert runs == Counter(range(60))  # each once, none missing
    assert by_worker[1] > 0
    assert by_worker[2] > 0


async def test_tasks_running_here_or_elsewhere_are_skipped_without_a_try(
    settings: Settings, queue: tuple[ArqRedis, str]
) -> None:
    """arq tries every id it read (WATCH/EXISTS/ZSCORE/UNWATCH), those it runs itself and
    those other workers run included; here only a task no one holds is tried."""
    pool, name = queue
    release = asyncio.Event()
    started: list[int] = []

    async def claiming_test(ctx: dict[str, Any], n: int) -> None:
        started.append(n)
        await release.wait()

    for n in range(4):
        await pool.enqueue_job("claiming_test", n, _job_id=f"claiming-test-{n}")
    # Task 1 runs on some other worker: its in-progress key is set, it stays in the queue.
    await pool.psetex(in_progress_key_prefix + "claiming-test-1", 10_000, b"1")
    async with running(settings, name, claiming_test, 2, start=False) as worker:
        worker.ctx = {"redis": worker.pool}  # what async_run's main() sets before polling
        await worker.start_jobs(await pool.zrangebyscore(name, "-inf", "+inf", start=0, num=1))
        assert list(worker.tasks) == ["claiming-test-0"]
        # The next poll reads the head again: 0 (running here) and 1 (elsewhere) are
        # skipped, 2 takes the free slot, 3 waits for a later poll.
        head = await pool.zrangebyscore(name, "-inf", "+inf")
        tried: list[str] = []
        claim = worker._claim

        async def counted(job_id: str) -> int | None:
            tried.append(job_id)
            return await claim(job_id)

        worker._claim = counted  # type: ignore[method-assign]
        await worker.start_jobs(head)
        assert tried == ["claiming-test-2"]
        assert sorted(worker.tasks) == ["claiming-test-0", "claiming-test-2"]
        await asyncio.sleep(0.05)
        assert sorted(started) == [0, 2]
        release.set()
        await asyncio.gather(*worker.tasks.values())


async def _nothing(ctx: dict[str, Any], n: int) -> None:
    return None


async def test_a_claim_takes_only_a_due_task_that_no_one_holds(
    settings: Settings, queue: tuple[ArqRedis, str]
) -> None:
    pool, name = queue
    await pool.enqueue_job("claiming_test", 0, _job_id="claiming-test-0")
    await pool.enqueue_job("claiming_test", 1, _job_id="claiming-test-1", _defer_by=60)
    async with running(settings, name, _nothing, 2, start=False) as worker:
        await pool.psetex(in_progress_key_prefix + "claiming-test-0", 10_000, b"1")
        assert await worker._claim("claiming-test-0") is None  # held elsewhere
        await pool.delete(in_progress_key_prefix + "claiming-test-0")
        assert await worker._claim("claiming-test-1") is None  # due in a minute
        assert await worker._claim("claiming-test-9") is None  # not queued (done)
        score = await pool.zscore(name, "claiming-test-0")
        assert await worker._claim("claiming-test-0") == int(score)
        assert await worker._claim("claiming-test-0") is None  # now held by this claim
        assert await pool.pttl(in_progress_key_prefix + "claiming-test-0") > 0


async def test_a_claim_that_fails_gives_its_slot_back(
    settings: Settings, queue: tuple[ArqRedis, str]
) -> None:
    pool, name = queue
    await pool.set(name, b"not a queue")  # ZSCORE on it fails: WRONGTYPE
    async with running(settings, name, _nothing, 2, start=False) as worker:
        with pytest.raises(ResponseError, match="WRONGTYPE"):
            await worker.start_jobs([b"claiming-test-0"])
        assert worker.job_counter == 0
        assert worker.sem._value == worker.max_jobs + 1  # as arq made it: every slot free
