"""Job postings: create, edit, close, delete, list; canonical skills on every write."""

import asyncio
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox
from jobmatch.core.errors import BadRequest, Forbidden, NotFound
from jobmatch.core.pagination import decode_cursor, encode_cursor
from jobmatch.matching.extraction import extract_skills, normalize_skills
from jobmatch.models import Job, JobStatus, Role, User
from jobmatch.repositories import jobs, matches
from jobmatch.schemas.job import JobCreate, JobFilters, JobUpdate
from jobmatch.services import candidate_matching, job_index

# The fields that change a job's scores (or whether it is listed at all).
MATCHED_FIELDS = frozenset(
    {"title", "description", "location", "remote", "seniority", "min_years", "skills",
     "nice_to_have", "status"}
)  # fmt: skip
# What candidates' result lists show or depend on (JobSummary adds the company): a change
# to anything else (salary, employment type) leaves their polls' ETags alone.
LISTED_FIELDS = MATCHED_FIELDS | {"company"}


async def _required_skills(given: list[str] | None, title: str, description: str) -> list[str]:
    """Canonical skills as given, or extracted from the text when none are given."""
    if given:
        return normalize_skills(given)
    # Extraction is CPU work (~10 ms on a long text): off the event loop.
    return await asyncio.to_thread(extract_skills, f"{title}\n{description}")


def can_edit(user: User, job: Job) -> bool:
    """An admin, or the recruiter who posted the job while still a recruiter (an owner an
    admin made a candidate keeps no hold on the jobs or their candidates)."""
    return user.role == Role.ADMIN or (user.role == Role.RECRUITER and job.owner_id == user.id)


async def create_job(session: AsyncSession, owner: User, data: JobCreate) -> Job:
    """Post a job; required skills are extracted from its text when not given."""
    if owner.role not in (Role.RECRUITER, Role.ADMIN):
        raise Forbidden("Only recruiters can post jobs")
    fields = data.model_dump(exclude={"skills", "nice_to_have"})
    skills = await _required_skills(data.skills, data.title, data.description)
    job = Job(
        **fields,
        owner_id=owner.id,
        skills=skills,
        nice_to_have=[s for s in normalize_skills(data.nice_to_have) if s not in skills],
        status=JobStatus.OPEN,
    )
    session.add(job)
    await session.flush()
    job_index.defer_indexing(session, job)
    await candidate_matching.queue_run(session, job)
    return job


async def get_visible_job(session: AsyncSession, job_id: uuid.UUID, user: User | None) -> Job:
    """An open job for anyone; a closed one only for its owner or an admin."""
    job = await jobs.get(session, job_id)
    if job is None or (job.status != JobStatus.OPEN and (user is None or not can_edit(user, job))):
        raise NotFound("Job not found")
    return job


async def get_editable_job(session: AsyncSession, job_id: uuid.UUID, user: User) -> Job:
    """A job the user may change: 404 if it does not exist (or is hidden), 403 if not theirs."""
    job = await get_visible_job(session, job_id, user)
    if not can_edit(user, job):
        raise Forbidden("Only the recruiter who posted this job, or an admin, can manage it")
    return job


async def update_job(session: AsyncSession, job: Job, data: JobUpdate) -> Job:
    """Apply the fields that were sent; skills stay canonical."""
    # Re-read under a row lock: two concurrent edits must make two versions, or the worker
    # would take the second for the first and never count it.
    await jobs.lock_for_edit(session, job)
    changes = data.model_dump(exclude_unset=True)
    for key in ("title", "company", "description", "remote", "status"):
        if key in changes and changes[key] is None:
            raise BadRequest(f"'{key}' cannot be null")
    if "skills" in changes:
        title = changes.get("title", job.title)
        description = changes.get("description", job.description)
        changes["skills"] = await _required_skills(changes["skills"], title, description)
    if "nice_to_have" in changes:
        changes["nice_to_have"] = normalize_skills(changes["nice_to_have"] or [])
    # Only what differs is a change: a PATCH that repeats the job (or sends {}) bumps no
    # version and leaves every poll's ETag alone.
    changes = {key: value for key, value in changes.items() if getattr(job, key) != value}
    for key, value in changes.items():
        setattr(job, key, value)
    if (
        job.salary_min is not None
        and job.salary_max is not None
        and job.salary_min > job.salary_max
    ):
        raise BadRequest("salary_min must not exceed salary_max")
    if not MATCHED_FIELDS.isdisjoint(changes):
        # The worker re-counts the job, re-ranks it in the candidates' lists (or takes it
        # out of them once closed) and, while it is open, ranks its candidates again.
        job.version += 1
        job_index.defer_indexing(session, job)
        if job.status == JobStatus.OPEN:
            await candidate_matching.queue_run(session, job)
    await session.flush()
    if not LISTED_FIELDS.isdisjoint(changes):
        await _touch_candidates_of(session, job)
    return job


async def delete_job(session: AsyncSession, job: Job) -> None:
    await jobs.lock(session, job)
    await _touch_candidates_of(session, job)
    job_index.defer_unindexing(session, job.id)
    await session.delete(job)
    await session.flush()


async def _touch_candidates_of(session: AsyncSession, job: Job) -> None:
    """Candidates whose results show this job get a new poll version (title, status...)."""
    for user_id in await matches.users_with_job_in_results(session, job.id):
        outbox.touch_poll(session, user_id)


async def list_jobs(
    session: AsyncSession,
    filters: JobFilters,
    *,
    limit: int,
    cursor: str | None,
    offset: int,
) -> tuple[list[Job], str | None]:
    """A page of open jobs, newest first, and the cursor of the next page."""
    if cursor and offset:
        raise BadRequest("Use either cursor or offset, not both")
    after = decode_cursor(cursor) if cursor else None
    items = await jobs.list_open(session, filters, limit=limit + 1, after=after, offset=offset)
    return _page(items, limit)


async def list_owned_jobs(
    session: AsyncSession, owner: User, *, status: JobStatus | None, limit: int, cursor: str | None
) -> tuple[list[Job], str | None]:
    """A page of the owner's jobs, open and closed, newest first, and the next cursor."""
    after = decode_cursor(cursor) if cursor else None
    items = await jobs.list_owned(session, owner.id, status=status, limit=limit + 1, after=after)
    return _page(items, limit)


def _page(items: list[Job], limit: int) -> tuple[list[Job], str | None]:
    """`items` were read with limit + 1: the page, and the cursor when there is more."""
    if len(items) <= limit:
        return items, None
    items = items[:limit]
    return items, encode_cursor(items[-1].created_at, items[-1].id)


def skills_filter(raw: str | None) -> list[str]:
    """A comma list from a query string, as canonical skills."""
    return normalize_skills(part for part in (raw or "").split(",") if part.strip())
