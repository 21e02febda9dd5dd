import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from jobmatch.api.deps import OptionalUser, OwnedJob, Recruiter, SessionDep
from jobmatch.models import RemotePolicy
from jobmatch.schemas.job import JobCreate, JobFilters, JobPage, JobRead, JobUpdate
from jobmatch.schemas.text import QueryText
from jobmatch.services import jobs

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("", response_model=JobPage)
async def list_jobs(
    session: SessionDep,
    q: Annotated[QueryText | None, Query(max_length=200, description="Full-text search.")] = None,
    location: Annotated[QueryText | None, Query(max_length=200)] = None,
    remote: RemotePolicy | None = None,
    skills: Annotated[QueryText | None, Query(max_length=1000, description="Comma list.")] = None,
    min_salary: Annotated[int | None, Query(ge=0, le=100_000_000)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[QueryText | None, Query(max_length=200)] = None,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> JobPage:
    """Open jobs, newest first; paginate with `cursor` (or `offset`)."""
    wanted = jobs.skills_filter(skills)
    filters = JobFilters(
        q=q, location=location, remote=remote, skills=wanted, min_salary=min_salary
    )
    items, next_cursor = await jobs.list_jobs(
        session, filters, limit=limit, cursor=cursor, offset=offset
    )
    return JobPage(items=[JobRead.model_validate(j) for j in items], next_cursor=next_cursor)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=JobRead)
async def create_job(data: JobCreate, user: Recruiter, session: SessionDep) -> object:
    """Post a job (recruiters and admins)."""
    return await jobs.create_job(session, user, data)


@router.get("/{job_id}", response_model=JobRead)
async def get_job(job_id: uuid.UUID, session: SessionDep, user: OptionalUser) -> object:
    """One job; closed jobs are visible to their owner and admins only."""
    return await jobs.get_visible_job(session, job_id, user)


@router.patch("/{job_id}", response_model=JobRead)
async def update_job(data: JobUpdate, job: OwnedJob, session: SessionDep) -> object:
    """Edit or close a job (owner or admin)."""
    return await jobs.update_job(session, job, data)


@router.delete("/{job_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_job(job: OwnedJob, session: SessionDep) -> Response:
    """Delete a job (owner or admin)."""
    await jobs.delete_job(session, job)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
