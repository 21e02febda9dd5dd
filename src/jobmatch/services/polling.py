"""GET /api/match/jobs for pollers: from Redis while nothing changed, else from PostgreSQL.

The ETag is the user's poll version (see core.poll_versions) plus the query variant, so a
conditional poll is answered with no PostgreSQL query, and an unconditional one from the
rendered body cached for that version.
"""

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core.poll_versions import PollVersion, PollVersions
from jobmatch.schemas.match import JobSummary, MatchJobsResponse, MatchResultRead
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
    session: AsyncSession,
    versions: PollVersions,
    user_id: uuid.UUID,
    limit: int,
    is_current: Callable[[str], bool],
) -> PollAnswer:
    """The poll answer; `is_current(etag)` says whether the client already has that one."""
    variant = f"l{limit}"
    version = await versions.get(user_id)  # before PostgreSQL: never a newer tag on older rows
    if version is not None:
        etag = _etag(version.token, variant)
        if is_current(etag):
            return PollAnswer(etag, version.status, None)
        body = await versions.cached_body(user_id, variant, version.token)
        if body is not None:
            return PollAnswer(etag, version.status, body)
    view = await match_view(session, user_id, limit)
    body = render(view)
    if version is None:
        token = hashlib.blake2b(body, digest_size=12).hexdigest()
        version = PollVersion(token, view.status)
        await versions.set_if_absent(user_id, version)
    await versions.store_body(user_id, variant, version.token, body)
    etag = _etag(version.token, variant)
    return PollAnswer(etag, view.status, None if is_current(etag) else body)
