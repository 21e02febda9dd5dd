from typing import Annotated

from fastapi import APIRouter, Header, Query, Response, status

from jobmatch.api.conditional import etag_matches
from jobmatch.api.deps import CurrentUser, SessionDep, SettingsDep
from jobmatch.models import RunStatus
from jobmatch.schemas.match import JobSummary, MatchAccepted, MatchJobsResponse, MatchResultRead
from jobmatch.services import matching

router = APIRouter(prefix="/match", tags=["match"])

_POLL_HEADERS = {"Cache-Control": "private, no-cache"}


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=MatchAccepted,
    responses={409: {"description": "No parsed CV yet."}},
)
async def request_match(
    user: CurrentUser, session: SessionDep, response: Response
) -> MatchAccepted:
    """Queue a match of my newest CV against open jobs; the same run while one is pending."""
    run = await matching.request_match(session, user)
    response.headers["Location"] = "/api/match/jobs"
    return MatchAccepted(run_id=run.id, status=run.status)


@router.get(
    "/jobs",
    response_model=MatchJobsResponse,
    responses={304: {"description": "Not modified since the ETag in If-None-Match."}},
)
async def match_jobs(
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    if_none_match: Annotated[str | None, Header(max_length=1000)] = None,
) -> Response | MatchJobsResponse:
    """Poll my ranked jobs: ETag/If-None-Match -> 304, Retry-After while a run is pending."""
    view = await matching.match_view(session, user, limit)
    headers = {**_POLL_HEADERS, "ETag": view.etag}
    if view.latest is not None and view.latest.status in (RunStatus.QUEUED, RunStatus.RUNNING):
        headers["Retry-After"] = str(settings.POLL_RETRY_AFTER_SECONDS)
    if etag_matches(if_none_match, view.etag):
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    body = MatchJobsResponse(
        status=view.latest.status if view.latest else "none",
        run_id=view.latest.id if view.latest else None,
        cv_id=view.cv_id,
        computed_at=view.shown.finished_at if view.shown else None,
        error=view.latest.error if view.latest else None,
        results=[
            MatchResultRead(
                job=JobSummary(
                    id=job.id,
                    title=job.title,
                    company=job.company,
                    location=job.location,
                    remote=job.remote,
                ),
                score=result.score,
                matched_skills=result.matched_skills,
                missing_skills=result.missing_skills,
                reasons=result.reasons,
                breakdown=result.breakdown,
            )
            for result, job in view.results
        ],
    )
    return Response(content=body.model_dump_json(), media_type="application/json", headers=headers)
