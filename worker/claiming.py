"""arq's worker, taking queued tasks with fewer Redis round trips when several workers run.

A task stays in arq's queue (a sorted set) until it is done, so the head of the queue holds
the tasks the workers are running. At every poll with a free slot, arq reads up to
`queue_read_limit` ids from the head and tries them in turn until its slots are full: WATCH,
EXISTS (in progress?), ZSCORE, then MULTI/PSETEX/EXEC to take it, or UNWATCH when it is
taken: four round trips for every try, and a try for every task this worker or another one
is running. Measured in `make bench` with two workers of four slots: 4.1 tries per task
started, and 24 Redis round trips per match task, half of them tries that found the task
taken.

Here a poll leaves out the ids this worker runs, asks whether the others are in progress
with pipelined EXISTS (16 ids a round trip, until there are enough for the free slots), and
takes each of the rest with one script (CLAIM) doing arq's checks and its PSETEX of the
in-progress key atomically, as WATCH/MULTI/EXEC did: two workers never run one task, a
task deferred to later (score in the future) or gone from the queue is not started. The
rest (running the task, its retries, results, aborts) is arq's. Measured the same way: 11
round trips per task.
"""

from typing import Any

from arq.constants import in_progress_key_prefix
from arq.utils import timestamp_ms
from arq.worker import Worker as ArqWorker
from arq.worker import get_kwargs

from jobmatch.core.config import get_settings
from worker import cpu_affinity
from worker.main import WorkerSettings

EXISTS_CHUNK = 16  # in-progress checks per pipelined round trip

# KEYS: the task's in-progress key, the queue. ARGV: task id, now (ms), in-progress timeout
# (ms). The task's score when this call took it, else nil.
CLAIM = """
if redis.call('exists', KEYS[1]) == 1 then return false end
local score = redis.call('zscore', KEYS[2], ARGV[1])
if not score or tonumber(score) > tonumber(ARGV[2]) then return false end
redis.call('psetex', KEYS[1], ARGV[3], '1')
return score
"""


class Worker(ArqWorker):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._claim_script: Any = None  # registered on the pool at the first claim
        self._claim_pool: Any = None

    async def start_jobs(self, job_ids: list[bytes]) -> None:
        for job_id in await self._unclaimed(job_ids):
            # As arq's: a free slot is taken before the try and given back if it fails.
            await self.sem.acquire()
            if self.job_counter >= self.max_jobs:
                self.sem.release()
                return
            self.job_counter += 1
            try:
                score = await self._claim(job_id)
            except BaseException:  # Redis away, or cancelled: the slot is given back first
                self._give_back_slot()
                raise
            if score is None:  # taken meanwhile, deferred, or done
                self._give_back_slot()
                continue
            task = self.loop.create_task(self.run_job(job_id, score))
            task.add_done_callback(lambda _: self._release_sem_dec_counter_on_complete())
            self.tasks[job_id] = task

    def _give_back_slot(self) -> None:
        self.job_counter -= 1
        self.sem.release()

    async def _unclaimed(self, job_ids: list[bytes]) -> list[str]:
        """The ids, in queue order, of tasks no worker holds, as many as the free slots if
        there are enough (in-progress keys read in chunks: the head of the queue holds what
        the workers run, a few tasks per worker)."""
        free = self.max_jobs - self.job_counter
        running = {job_id for job_id, task in self.tasks.items() if not task.done()}
        others = [job_id for job_id in map(bytes.decode, job_ids) if job_id not in running]
        waiting: list[str] = []
        for start in range(0, len(others), EXISTS_CHUNK):
            if len(waiting) >= free:
                break
            chunk = others[start : start + EXISTS_CHUNK]
            async with self.pool.pipeline(transaction=False) as pipe:
                for job_id in chunk:
                    pipe.exists(in_progress_key_prefix + job_id)
                held = await pipe.execute()
            waiting += [job_id for job_id, taken in zip(chunk, held, strict=True) if not taken]
        return waiting

    async def _claim(self, job_id: str) -> int | None:
        """Mark the task in progress here if it is due and no one holds it; its score."""
        if self._claim_pool is not self.pool:  # EVALSHA, loaded once per pool
            self._claim_script, self._claim_pool = self.pool.register_script(CLAIM), self.pool
        score = await self._claim_script(
            keys=[in_progress_key_prefix + job_id, self.queue_name],
            args=[job_id, timestamp_ms(), int(self.in_progress_timeout_s * 1000)],
        )
        return None if score is None else int(float(score))


def run() -> None:
    """Run one worker with the settings of worker.main until a signal stops it."""
    cpu_affinity.pin(get_settings().WORKER_CPUS)
    Worker(**get_kwargs(WorkerSettings)).run()  # type: ignore[arg-type]
