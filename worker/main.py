"""arq entry point: `arq worker.main.WorkerSettings` or `jobmatch worker`.

Imports the service layer and models, never FastAPI.
"""

import asyncio
import logging
from typing import Any, ClassVar

from arq.connections import RedisSettings
from arq.cron import cron

from jobmatch.core import metrics
from jobmatch.core.config import get_settings
from jobmatch.core.database import create_engine, create_session_factory
from jobmatch.core.heap import freeze_long_lived, thaw
from jobmatch.core.outbox import AfterCommit
from jobmatch.core.tasks import redis_settings
from jobmatch.parsing.isolated import DocumentReader
from jobmatch.services.matcher import Matcher
from jobmatch.services.taxonomy_loading import install_imported_taxonomy
from worker.tasks import index_job, match_candidates, match_jobs, parse_cv, sweep

logger = logging.getLogger("worker")


async def startup(ctx: dict[str, Any]) -> None:
    # Tests hand their own settings in through the worker's ctx.
    settings = ctx.get("settings") or get_settings()
    engine = create_engine(settings, pool_size=min(settings.DB_POOL_SIZE, settings.WORKER_MAX_JOBS))
    ctx["settings"] = settings
    ctx["engine"] = engine
    ctx["session_factory"] = create_session_factory(engine)
    await install_imported_taxonomy(ctx["session_factory"])
    ctx["after_commit"] = AfterCommit(
        ctx["redis"],
        settings.QUEUE_NAME,
        settings.REDIS_KEY_PREFIX,
        settings.POLL_CACHE_SECONDS,
        auth_ttl=settings.AUTH_CACHE_SECONDS,
    )
    ctx["documents"] = DocumentReader(settings.parse_timeout, settings.PARSE_PROCESSES)
    ctx["matcher"] = matcher = Matcher(settings)
    matcher.job_changes = ctx["after_commit"].job_changes
    freeze_long_lived()
    # Candidates are read into the matcher in the background; tasks run meanwhile.
    ctx["warming"] = asyncio.create_task(_warm(matcher, ctx["session_factory"]))
    if settings.WORKER_METRICS_PORT:
        metrics.serve(settings.WORKER_METRICS_PORT, settings.HOST)
    logger.info("worker started on queue %s", settings.QUEUE_NAME, extra={"event": "start"})


async def _warm(matcher: Matcher, factory: Any) -> None:
    try:
        loaded = await matcher.warm(factory)
        logger.info("matcher warmed with %d candidates", loaded, extra={"event": "warm"})
        freeze_long_lived()  # the candidate index lives as long as the worker
    except Exception:  # a cold matcher still works: it reads CVs as jobs need them
        logger.exception("could not warm the matcher")


async def shutdown(ctx: dict[str, Any]) -> None:
    thaw()
    if "warming" in ctx:
        ctx["warming"].cancel()
    if "engine" in ctx:
        await ctx["engine"].dispose()
    if "documents" in ctx:
        ctx["documents"].close()


def _redis_settings() -> RedisSettings:
    settings = get_settings()
    return redis_settings(settings) if settings.REDIS_URL else RedisSettings()


class WorkerSettings:
    """arq reads these at start; values come from jobmatch settings (env, .env)."""

    functions: ClassVar[list[Any]] = [parse_cv, match_jobs, match_candidates, index_job]
    on_startup = startup
    on_shutdown = shutdown
    redis_settings = _redis_settings()
    queue_name = get_settings().QUEUE_NAME
    max_jobs = get_settings().WORKER_MAX_JOBS
    job_timeout = get_settings().WORKER_JOB_TIMEOUT
    max_tries = get_settings().WORKER_MAX_TRIES
    # Low poll delay: a queued match starts well under a second after enqueue.
    poll_delay = get_settings().WORKER_POLL_DELAY
    # Results live in PostgreSQL; keeping none in Redis frees the task id for re-enqueueing.
    keep_result = 0
    # `jobmatch worker --check` and /readyz read this key (it expires one second after).
    health_check_interval = get_settings().WORKER_HEALTH_CHECK_SECONDS
    # SIGTERM: take no new task, let running ones finish for this long, then cancel them
    # (arq puts a cancelled task back in the queue; its run is claimed again, idempotently).
    job_completion_wait = get_settings().WORKER_SHUTDOWN_GRACE_SECONDS
    # One sweep per tick across all workers (the cron's task id is per tick), and one at start.
    cron_jobs: ClassVar[list[Any]] = [
        cron(
            sweep,  # type: ignore[arg-type]
            second=set(range(0, 60, get_settings().SWEEP_INTERVAL_SECONDS)),
            run_at_startup=True,
            max_tries=1,
        )
    ]
