"""arq's worker, taking queued tasks with fewer Redis round trips when several workers run.

A task stays in arq's queue (a sorted set) until it is done, so the head of the queue holds
the tasks the workers are running. At every poll with a free slot, arq reads up to
`queue_read_limit` ids from the head and tries them in turn until its slots are full: WATCH,
EXISTS (in progress?), ZSCORE, and UNWATCH when the task is taken, four round trips for
every task that this worker or another one is running. Measured in `make bench` with two
workers of four slots: 4.1 tries per task started, and 24 Redis round trips per match task,
half of them tries that found the task taken.

Here a poll leaves out the ids this worker runs and asks whether the others are in progress
with pipelined EXISTS (16 ids a round trip, until there are enough for the free slots), and
hands arq's claim only the rest. The claim itself is arq's, unchanged (WATCH/MULTI/EXEC on
the in-progress key), so two workers never run one task; a task taken between our EXISTS and
the claim costs what it cost before. Measured the same way: 14 round trips per task.
"""

from arq.constants import in_progress_key_prefix
from arq.worker import Worker as ArqWorker
from arq.worker import get_kwargs

from worker.main import WorkerSettings

EXISTS_CHUNK = 16  # in-progress checks per pipelined round trip


class Worker(ArqWorker):
    async def start_jobs(self, job_ids: list[bytes]) -> None:
        free = self.max_jobs - self.job_counter
        running = {job_id for job_id, task in self.tasks.items() if not task.done()}
        others = [job_id for job_id in job_ids if job_id.decode() not in running]
        waiting: list[bytes] = []
        # In chunks, in queue order: the head holds what the workers run, a few per worker.
        for start in range(0, len(others), EXISTS_CHUNK):
            if len(waiting) >= free:
                break
            chunk = others[start : start + EXISTS_CHUNK]
            async with self.pool.pipeline(transaction=False) as pipe:
                for job_id in chunk:
                    pipe.exists(in_progress_key_prefix + job_id.decode())
                held = await pipe.execute()
            waiting += [job_id for job_id, taken in zip(chunk, held, strict=True) if not taken]
        if free > 0 and waiting:
            await super().start_jobs(waiting)  # it stops once the slots are full


def run() -> None:
    """Run one worker with the settings of worker.main until a signal stops it."""
    Worker(**get_kwargs(WorkerSettings)).run()  # type: ignore[arg-type]
