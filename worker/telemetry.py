"""One log line and one metric observation per task, with the request id that caused it.

`observed` wraps an arq task function: it takes the `request_id` keyword that
core.tasks.TaskQueue sends (falling back to the arq job id), sets it for the task's log
lines and for the tasks it defers, and records the outcome the task returns (`done`,
`parsed`, `failed`, `skipped`, `superseded`) or the way it ended (`retry`, `error`,
`cancelled`).
"""

import asyncio
import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from arq import Retry

from jobmatch.core.correlation import new_request_id, request_id_var, sane_request_id
from jobmatch.core.metrics import TASK_DURATION

logger = logging.getLogger("worker.task")

Task = Callable[..., Awaitable[str]]
_LEVELS = {"error": logging.ERROR, "retry": logging.WARNING, "cancelled": logging.WARNING}


def observed(task: Task) -> Callable[..., Awaitable[str]]:
    name = task.__name__

    @functools.wraps(task)
    async def run(ctx: dict[str, Any], *args: Any, request_id: Any = None, **kwargs: Any) -> str:
        job_id = ctx.get("job_id")
        token = request_id_var.set(sane_request_id(request_id) or job_id or new_request_id())
        started = time.perf_counter()
        outcome = "error"
        try:
            outcome = await task(ctx, *args, **kwargs)
            return outcome
        except Retry:
            outcome = "retry"
            raise
        except asyncio.CancelledError:
            outcome = "cancelled"
            raise
        finally:
            seconds = time.perf_counter() - started
            TASK_DURATION.labels(name, outcome).observe(seconds)
            logger.log(
                _LEVELS.get(outcome, logging.INFO),
                "task %s %s",
                name,
                outcome,
                extra={
                    "event": "task",
                    "task": name,
                    "job_id": job_id,
                    "try": ctx.get("job_try"),
                    "task_args": list(args),
                    "outcome": outcome,
                    "duration_ms": round(seconds * 1000, 2),
                },
            )
            request_id_var.reset(token)

    return run
