"""What a transaction leaves for after its commit: tasks to enqueue, caches to refresh.

Services only record here (on the session); whoever owns the transaction (the request
dependency, the worker's session scope) commits and then calls `AfterCommit.flush`. Nothing
reaches Redis for a transaction that rolled back, and nothing reaches it before the rows do.
"""

import logging
import uuid
from dataclasses import dataclass, field

from arq import ArqRedis
from redis.exceptions import RedisError
from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.auth_state import AuthState, AuthStates
from jobmatch.core.correlation import request_id_var
from jobmatch.core.job_changes import JobChanges
from jobmatch.core.poll_versions import PollVersions, job_poll_versions
from jobmatch.core.tasks import TaskCall, TaskQueue

logger = logging.getLogger(__name__)

_KEY = "jobmatch.outbox"


@dataclass
class Outbox:
    tasks: list[TaskCall] = field(default_factory=list)
    # user id -> latest run status for pollers ("" when unchanged or unknown)
    polls: dict[uuid.UUID, str] = field(default_factory=dict)
    # job id -> latest candidates run status, for the recruiters polling its candidates
    job_polls: dict[uuid.UUID, str] = field(default_factory=dict)
    auth: dict[uuid.UUID, AuthState] = field(default_factory=dict)
    auth_seen: dict[uuid.UUID, AuthState] = field(default_factory=dict)
    jobs_changed: bool = False


def _outbox(session: AsyncSession) -> Outbox:
    box: Outbox = session.info.setdefault(_KEY, Outbox())
    return box


def defer_task(session: AsyncSession, name: str, *args: str) -> None:
    """Enqueue a task once the transaction has committed (deterministic id: no duplicates)."""
    calls = _outbox(session).tasks
    call = TaskCall(name, args, request_id_var.get())
    if call not in calls:
        calls.append(call)


def touch_poll(session: AsyncSession, user_id: uuid.UUID, status: str | None = None) -> None:
    """The user's poll answer changed: new ETag after commit (`status` of the latest run)."""
    polls = _outbox(session).polls
    polls[user_id] = status or polls.get(user_id, "")


def touch_job_poll(session: AsyncSession, job_id: uuid.UUID, status: str | None = None) -> None:
    """The job's candidates answer changed: new ETag after commit."""
    polls = _outbox(session).job_polls
    polls[job_id] = status or polls.get(job_id, "")


def touch_jobs(session: AsyncSession) -> None:
    """A job was posted, edited, closed or deleted: tell the workers after commit."""
    _outbox(session).jobs_changed = True


def publish_auth(session: AsyncSession, state: AuthState) -> None:
    """The user's role, activity or token version changed: tell the auth cache after commit."""
    _outbox(session).auth[state.user_id] = state


def remember_auth(session: AsyncSession, state: AuthState) -> None:
    """Cache a state that was only read (login): never overwrites a newer published one."""
    _outbox(session).auth_seen[state.user_id] = state


def discard(session: AsyncSession) -> None:
    session.info.pop(_KEY, None)


class AfterCommit:
    """Carries out a committed transaction's outbox; Redis errors are logged, not raised.

    PostgreSQL already holds the truth: a lost task is re-sent by the sweeper or the next
    request, a missed poll bump by the fallback to the database.
    """

    def __init__(
        self, redis: ArqRedis, queue_name: str, key_prefix: str, ttl: int, auth_ttl: int = 300
    ) -> None:
        self.queue = TaskQueue(redis, queue_name)
        self.polls = PollVersions(redis, key_prefix, ttl)
        self.job_polls = job_poll_versions(redis, key_prefix, ttl)
        self.auth = AuthStates(redis, key_prefix, auth_ttl)
        self.job_changes = JobChanges(redis, key_prefix)

    async def flush(self, session: AsyncSession) -> None:
        box: Outbox | None = session.info.pop(_KEY, None)
        if box is None:
            return
        for state in box.auth.values():
            await self._safely(self.auth.publish(state), f"auth state of {state.user_id}")
        for state in box.auth_seen.values():
            await self.auth.remember(state)
        for user_id, status in box.polls.items():
            await self._safely(self.polls.bump(user_id, status), f"poll version of {user_id}")
        for job_id, status in box.job_polls.items():
            await self._safely(self.job_polls.bump(job_id, status), f"poll version of job {job_id}")
        if box.jobs_changed:
            await self._safely(self.job_changes.bump(), "the jobs' change counter")
        for call in box.tasks:
            await self._safely(self.queue.enqueue(call), f"task {call.job_id}")

    @staticmethod
    async def _safely(step: object, what: str) -> None:
        try:
            await step  # type: ignore[misc]
        except (RedisError, OSError):
            logger.exception("after commit: could not update %s", what)
