"""GET /api/match/jobs for pollers: from Redis while nothing changed, else from PostgreSQL.

The ETag is the user's poll version (see core.poll_versions) plus the query variant. In the
steady state a poll costs one Redis round trip (auth state, version and cached body in one
MGET) and no PostgreSQL query, whether it ends in 304 or 200.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from jobmatch.core.auth_state import AuthStates
from jobmatch.core.database import SessionFactory
from jobmatch.core.poll_versions import PollVersion, PollVersions
from jobmatch.schemas.match import JobSummary, MatchJobsResponse, MatchResultRead, ResultFilters
from jobmatch.services import auth
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
    version = snap.version
    if version is not None:
        etag = _etag(version.token, variant)
        if is_current(etag):
            return PollAnswer(etag, version.status, None)
        if snap.body is not None:
            return PollAnswer(etag, version.status, snap.body)
    # A read of its own: the poll writes nothing, so there is no transaction to own.
    async with factory() as session:
        view = await match_view(session, user_id, filters)
    body = render(view)
    if version is None:
        # A fresh random token, not a hash of this body: the token is shared by every query
        # variant, so a hash of one variant could equal a tag another variant had before.
        version = PollVersion(uuid.uuid4().hex, view.status)
        if snap.reachable:
            await versions.set_if_absent(user_id, version)
    if snap.reachable:
        await versions.store_body(user_id, variant, version.token, body)
    etag = _etag(version.token, variant)
    return PollAnswer(etag, view.status, None if is_current(etag) else body)
