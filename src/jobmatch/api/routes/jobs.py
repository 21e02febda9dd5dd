import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from jobmatch.api.conditional import etag_matches, poll_response
from jobmatch.api.deps import OptionalUser, OwnedJob, Recruiter, SessionDep, SettingsDep
from jobmatch.models import RemotePolicy
from jobmatch.schemas.job import LOCATION_FILTER, JobCreate, JobFilters, JobPage, JobRead, JobUpdate
from jobmatch.schemas.match import JobCandidatesResponse, MatchAccepted
from jobmatch.schemas.text import QueryText
from jobmatch.services import candidate_matching, jobs, polling

router = APIRouter(prefix="/jobs", tags=["jobs"])


@router.get("", response_model=JobPage)
async def list_jobs(
    session: SessionDep,
    q: Annotated[QueryText | None, Query(max_length=200, description="Full-text search.")] = None,
    location: Annotated[
        QueryText | None, Query(max_length=200, description=LOCATION_FILTER)
    ] = None,
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


@router.post(
    "/{job_id}/match",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=MatchAccepted,
    responses={409: {"description": "The job is closed."}},
)
async def match_candidates(job: OwnedJob, session: SessionDep, response: Response) -> object:
    """Queue a ranking of candidates for my job; the same run while one is pending."""
    run = await candidate_matching.request_run(session, job)
    response.headers["Location"] = f"/api/jobs/{job.id}/candidates"
    return MatchAccepted(run_id=run.id, status=run.status)


@router.get(
    "/{job_id}/candidates",
    response_model=JobCandidatesResponse,
    responses={304: {"description": "Not modified since the ETag in If-None-Match."}},
)
async def job_candidates(
    request: Request,
    job: OwnedJob,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    min_score: Annotated[int, Query(ge=0, le=100, description="Only scores >= this.")] = 0,
    if_none_match: Annotated[str | None, Header(max_length=1000)] = None,
) -> Response:
    """Poll my job's ranked candidates (owner or admin): ETag/If-None-Match gives 304 while
    unchanged; wait Retry-After seconds between polls while a run is queued or running."""
    state = request.app.state
    answer = await polling.poll_candidates(
        state.session_factory,
        state.job_poll_versions,
        job.id,
        limit,
        min_score,
        lambda etag: etag_matches(if_none_match, etag),
    )
    return poll_response(answer, settings.POLL_RETRY_AFTER_SECONDS)
