"""CVs: accept an upload, parse it in the worker, show the owner what was extracted."""

import asyncio
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from jobmatch.core import outbox, tasks
from jobmatch.core.errors import NotFound, UnsupportedMediaType
from jobmatch.matching.extraction import (
    extract_seniority,
    extract_skills,
    extract_years_of_experience,
)
from jobmatch.matching.prepared import PreparedCandidate
from jobmatch.matching.profiles import CandidateProfile
from jobmatch.matching.taxonomy import get_taxonomy
from jobmatch.models import CV, CVStatus, User
from jobmatch.parsing.extraction import ParseError
from jobmatch.parsing.formats import (
    DocumentFormat,
    UnsupportedFormatError,
    detect_format,
    safe_filename,
)
from jobmatch.parsing.isolated import DocumentReader, shared_reader
from jobmatch.repositories import cvs, matches
from jobmatch.services import candidate_matching, matching

PREVIEW_CHARS = 500


async def upload_cv(
    session: AsyncSession, owner: User, data: bytes, filename: str | None, content_type: str | None
) -> CV:
    """Store an upload and queue its parsing (the task is enqueued after commit)."""
    try:
        fmt = detect_format(filename, content_type, data[:8192])
    except UnsupportedFormatError as exc:
        raise UnsupportedMediaType(str(exc)) from exc
    cv = CV(
        owner_id=owner.id,
        filename=safe_filename(filename),
        format=fmt.value,
        size_bytes=len(data),
        content=data,
        status=CVStatus.QUEUED,
        skills=[],
        attempts=0,
    )
    session.add(cv)
    await session.flush()
    # A run is opened now, so that pollers see `queued` (with Retry-After) from the start;
    # parse_cv enqueues its task once the text is extracted.
    await matching.open_run(session, owner.id, cv.id)
    outbox.touch_poll(session, owner.id, "queued")
    outbox.defer_task(session, tasks.PARSE_CV, str(cv.id))
    return cv


async def get_owned_cv(session: AsyncSession, cv_id: uuid.UUID, owner: User) -> CV:
    """The owner's CV; another user's CV is reported as missing, never as forbidden."""
    cv = await cvs.get_owned(session, cv_id, owner.id)
    if cv is None:
        raise NotFound("CV not found")
    return cv


def preview(cv: CV) -> str | None:
    return cv.text[:PREVIEW_CHARS] if cv.text else None


async def list_cvs(session: AsyncSession, owner: User) -> list[CV]:
    return await cvs.list_owned(session, owner.id)


async def delete_cv(session: AsyncSession, cv: CV) -> None:
    """Delete a CV and, by cascade, the runs and results computed from it (and its rows in
    jobs' candidate lists, whose pollers get a new version)."""
    await candidate_matching.touch_jobs_listing(session, cv.owner_id)
    await session.delete(cv)
    await session.flush()
    outbox.touch_poll(session, cv.owner_id)
    # The list shown went with the CV, and the ones before it were superseded: match the
    # newest CV left, so the candidate is not left with no list.
    # One query when a list is still shown (an older CV deleted), as mostly.
    if await matches.latest_done_run(session, cv.owner_id) is not None:
        return
    remaining = await cvs.latest_parsed(session, cv.owner_id)
    if remaining is not None and await matches.pending_run(session, cv.owner_id) is None:
        await matching.queue_run(session, cv.owner_id, remaining.id)


@dataclass(frozen=True, slots=True)
class _Extracted:
    text: str
    skills: list[str]
    years: float | None
    seniority: str | None
    prepared: dict[str, object]  # matching.PreparedCandidate, without the owner's preferences


def prepare(
    text: str, skills: list[str], years: float | None, seniority: str | None
) -> dict[str, object]:
    """A CV's reading for the matcher, stored with it so that no worker tokenises it again."""
    profile = CandidateProfile(frozenset(skills), text, years, seniority)
    return PreparedCandidate.of(profile, get_taxonomy()).to_dict()


def _read(text: str) -> _Extracted:
    skills, years = extract_skills(text), extract_years_of_experience(text)
    seniority = extract_seniority(text)
    return _Extracted(text, skills, years, seniority, prepare(text, skills, years, seniority))


@dataclass(frozen=True, slots=True)
class ParseClaim:
    """A delivery's hold on a CV: only the latest claim (its attempt number) may write."""

    cv_id: uuid.UUID
    attempt: int
    content: bytes
    format: DocumentFormat


@dataclass(frozen=True, slots=True)
class ParseOutcome:
    extracted: _Extracted | None
    error: str | None = None


async def claim_parse(session: AsyncSession, cv_id: uuid.UUID) -> ParseClaim | None:
    """Worker step 1, committed on its own: `parsing`, one more attempt; None when the CV is
    gone or finished (a duplicate delivery does nothing)."""
    cv = await cvs.claim_for_parsing(session, cv_id)
    if cv is None:
        return None
    return ParseClaim(cv.id, cv.attempts, cv.content, DocumentFormat(cv.format))


async def extract(claim: ParseClaim, reader: DocumentReader | None = None) -> ParseOutcome:
    """Worker step 2, outside any transaction, off the event loop: the text, read in a
    child process that is stopped past its time or memory (parsing.isolated), then skills
    and the matcher's reading in a thread."""
    try:
        text = await (reader or shared_reader()).read(claim.content, claim.format)
        return ParseOutcome(await asyncio.to_thread(_read, text))
    except ParseError as exc:
        return ParseOutcome(None, str(exc))


async def finish_parse(session: AsyncSession, claim: ParseClaim, outcome: ParseOutcome) -> str:
    """Worker step 3: store the outcome and queue a match, if this delivery still holds the
    latest claim. Returns `parsed`, `failed` or `superseded`."""
    cv = await cvs.lock(session, claim.cv_id)
    if cv is None or cv.status != CVStatus.PARSING or cv.attempts != claim.attempt:
        return "superseded"  # deleted, finished, or claimed again by a later delivery
    if outcome.extracted is None:
        await fail_parse(session, cv, outcome.error or "The CV could not be read")
        return "failed"
    extracted = outcome.extracted
    await cvs.mark_parsed(
        session,
        cv,
        text=extracted.text,
        skills=extracted.skills,
        years=extracted.years,
        seniority=extracted.seniority,
        prepared=extracted.prepared,
        at=datetime.now(UTC),
    )
    await matching.queue_run(session, cv.owner_id, cv.id)
    return "parsed"


async def parse_cv(
    session: AsyncSession, cv_id: uuid.UUID, reader: DocumentReader | None = None
) -> CV | None:
    """The three worker steps in one transaction (tests, seeding): parse and queue a match."""
    claim = await claim_parse(session, cv_id)
    if claim is None:
        return None
    await finish_parse(session, claim, await extract(claim, reader))
    return await session.get(CV, cv_id)


async def fail_parse(session: AsyncSession, cv: CV, error: str) -> None:
    """Mark a CV failed with a readable reason, and the run waiting for it."""
    await cvs.mark_failed(session, cv, error)
    await matching.fail_runs_waiting_for(session, cv, f"The CV could not be read: {error}")


async def give_up_parse(session: AsyncSession, cv_id: uuid.UUID, attempt: int | None) -> None:
    """After the last attempt: the CV (if still pending, and not claimed since by another
    delivery) ends failed."""
    cv = await cvs.lock(session, cv_id)
    if cv is None or cv.status not in (CVStatus.QUEUED, CVStatus.PARSING):
        return
    if attempt is not None and cv.attempts != attempt:
        return
    await fail_parse(session, cv, "The CV could not be processed, please upload it again")
