"""GET /api/match/jobs for pollers: from Redis while nothing changed, else from PostgreSQL.

The ETag is the user's poll version (see core.poll_versions) plus the query variant. In the
steady state a poll costs one Redis round trip (auth state, version and cached body in one
MGET) and no PostgreSQL query, whether it ends in 304 or 200.
"""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from jobmatch.core.auth_state import AuthStates
from jobmatch.core.database import SessionFactory
from jobmatch.core.poll_versions import PollSnapshot, PollVersion, PollVersions
from jobmatch.schemas.match import (
    CandidateResultRead,
    CandidateSummary,
    JobCandidatesResponse,
    JobSummary,
    MatchJobsResponse,
    MatchResultRead,
    ResultFilters,
)
from jobmatch.services import auth
from jobmatch.services.candidate_matching import CandidatesView, candidates_view
from jobmatch.services.matching import MatchView, match_view

PENDING = ("queued", "running")


@dataclass(frozen=True, slots=True)
class PollAnswer:
    etag: str
    status: str  # the latest run's status; "" when only Redis was asked and it did not know
    body: bytes | None  # None: the client's copy is current (304)

    @property
    def pending(self) -> bool:
        return self.status in PENDING


def _etag(token: str, variant: str) -> str:
    return f'"{token}.{variant}"'


def render(view: MatchView) -> bytes:
    response = MatchJobsResponse(
        status=view.status,
        run_id=view.latest.id if view.latest else None,
        cv_id=view.cv_id,
        computed_at=view.shown.finished_at if view.shown else None,
        error=view.latest.error if view.latest else None,
        skill_gap=view.shown.skill_gap if view.shown else [],
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
    return response.model_dump_json().encode()


async def poll_matches(
    factory: SessionFactory,
    versions: PollVersions,
    states: AuthStates,
    claims: tuple[uuid.UUID, int],
    filters: ResultFilters,
    is_current: Callable[[str], bool],
) -> PollAnswer:
    """Authenticate (token claims + auth state) and answer; `is_current(etag)` says whether
    the client already holds that representation."""
    user_id, token_version = claims
    variant = filters.variant
    # The version is read before PostgreSQL: never a newer tag on older rows.
    snap = await versions.snapshot(user_id, variant, (states.key(user_id),))
    # Redis failing (or hung: each call then costs a socket timeout) is tried only once.
    await auth.principal(
        factory,
        states,
        user_id,
        token_version,
        states.parse(user_id, snap.extra[0]),
        use_cache=snap.reachable,
    )

    async def read() -> tuple[bytes, str]:
        # A read of its own: the poll writes nothing, so there is no transaction to own.
        async with factory() as session:
            view = await match_view(session, user_id, filters)
        return render(view), view.status

    return await _answer(versions, user_id, variant, snap, is_current, read)


async def _answer(
    versions: PollVersions,
    key: uuid.UUID,
    variant: str,
    snap: PollSnapshot,
    is_current: Callable[[str], bool],
    read: Callable[[], Awaitable[tuple[bytes, str]]],
) -> PollAnswer:
    """304 or the cached body while the version stands; else read, cache and answer."""
    version = snap.version
    if version is not None:
        etag = _etag(version.token, variant)
        if is_current(etag):
            return PollAnswer(etag, version.status, None)
        if snap.body is not None:
            return PollAnswer(etag, version.status, snap.body)
    body, status = await read()
    if version is None:
        # A fresh random token, not a hash of this body: the token is shared by every query
        # variant, so a hash of one variant could equal a tag another variant had before.
        version = PollVersion(uuid.uuid4().hex, status)
        if snap.reachable:
            await versions.set_if_absent(key, version)
    if snap.reachable:
        await versions.store_body(key, variant, version.token, body)
    etag = _etag(version.token, variant)
    return PollAnswer(etag, status, None if is_current(etag) else body)


def render_candidates(view: CandidatesView) -> bytes:
    response = JobCandidatesResponse(
        status=view.status,
        job_id=view.job_id,
        run_id=view.latest.id if view.latest else None,
        computed_at=view.shown.finished_at if view.shown else None,
        error=view.latest.error if view.latest else None,
        results=[
            CandidateResultRead(
                candidate=CandidateSummary(
                    user_id=user.id, cv_id=result.cv_id, full_name=user.full_name, email=user.email
                ),
                score=result.score,
                matched_skills=result.matched_skills,
                missing_skills=result.missing_skills,
                reasons=result.reasons,
                breakdown=result.breakdown,
            )
            for result, user in view.results
        ],
    )
    return response.model_dump_json().encode()


async def poll_candidates(
    factory: SessionFactory,
    versions: PollVersions,
    job_id: uuid.UUID,
    limit: int,
    min_score: int,
    is_current: Callable[[str], bool],
) -> PollAnswer:
    """GET /api/jobs/{id}/candidates after the ownership check: the same contract as
    poll_matches, keyed by the job."""
    variant = f"l{limit}m{min_score}"
    snap = await versions.snapshot(job_id, variant)

    async def read() -> tuple[bytes, str]:
        async with factory() as session:
            view = await candidates_view(session, job_id, limit, min_score)
        return render_candidates(view), view.status

    return await _answer(versions, job_id, variant, snap, is_current, read)
