from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from jobmatch.api.conditional import etag_matches, poll_response
from jobmatch.api.deps import CurrentUser, RateLimiterDep, SessionDep, SettingsDep, TokenClaims
from jobmatch.models import RemotePolicy
from jobmatch.schemas.job import LOCATION_FILTER
from jobmatch.schemas.match import MatchAccepted, MatchJobsResponse, ResultFilters
from jobmatch.schemas.text import QueryText, Seniority
from jobmatch.services import matching, polling

router = APIRouter(prefix="/match", tags=["match"])


@router.post(
    "",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=MatchAccepted,
    responses={409: {"description": "No CV uploaded yet."}},
)
async def request_match(
    user: CurrentUser,
    session: SessionDep,
    response: Response,
    settings: SettingsDep,
    limiter: RateLimiterDep,
) -> MatchAccepted:
    """Queue a match of my newest CV against open jobs; the same run while one is pending."""
    await limiter.hit(settings.RATE_LIMIT_MATCH_PER_USER, "match", str(user.id))
    run = await matching.request_match(session, user)
    response.headers["Location"] = "/api/match/jobs"
    return MatchAccepted(run_id=run.id, status=run.status)


@router.get(
    "/jobs",
    response_model=MatchJobsResponse,
    responses={304: {"description": "Not modified since the ETag in If-None-Match."}},
)
async def match_jobs(
    request: Request,
    claims: TokenClaims,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    min_score: Annotated[int, Query(ge=0, le=100, description="Only scores >= this.")] = 0,
    remote: RemotePolicy | None = None,
    location: Annotated[
        QueryText | None, Query(max_length=200, description=LOCATION_FILTER)
    ] = None,
    seniority: Seniority | None = None,
    if_none_match: Annotated[str | None, Header(max_length=1000)] = None,
) -> Response:
    """Poll my ranked jobs: send the ETag back in If-None-Match (304 while unchanged) and
    wait Retry-After seconds between polls while a run is queued or running."""
    state = request.app.state
    answer = await polling.poll_matches(
        state.session_factory,
        state.poll_versions,
        state.auth_states,
        claims,
        ResultFilters(limit, min_score, remote, location, seniority),
        lambda etag: etag_matches(if_none_match, etag),
    )
    return poll_response(answer, state.settings.POLL_RETRY_AFTER_SECONDS)
