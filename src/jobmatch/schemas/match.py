import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from jobmatch.models import RemotePolicy


class MatchAccepted(BaseModel):
    run_id: uuid.UUID
    status: Literal["queued", "running"] = Field(
        description="The pending run: a new one, or the one already queued or running."
    )


class JobSummary(BaseModel):
    id: uuid.UUID
    title: str
    company: str
    location: str | None
    remote: RemotePolicy


BREAKDOWN = (
    "Each score component, 0 to 1 (skills, nice_to_have, text, title, experience, "
    "location); null where it does not apply, e.g. location for a remote job or skills for "
    "a job that lists none: such a component is left out of the score."
)


class MatchResultRead(BaseModel):
    job: JobSummary
    score: Annotated[int, Field(ge=0, le=100)]
    matched_skills: list[str]
    missing_skills: list[str]
    reasons: list[str]
    breakdown: dict[str, float | None] = Field(description=BREAKDOWN)


class SkillAdvice(BaseModel):
    skill: str
    points: int = Field(
        description="Mean score gain on the top jobs this skill raises, for the CV once it "
        "names the skill (in its skills and its text)."
    )
    jobs: int = Field(description="How many of the top jobs it raises.")
    of: int = Field(description="How many top jobs were looked at.")
    advice: str = Field(description='E.g. "Learn kubernetes: +12 on 7 of your top 20 jobs".')


class MatchJobsResponse(BaseModel):
    status: Literal["none", "queued", "running", "done", "failed"] = Field(
        description="Status of the latest run; `none` before the first one."
    )
    run_id: uuid.UUID | None
    cv_id: uuid.UUID | None
    computed_at: datetime | None = Field(
        description="When the shown results were computed (kept while a newer run is pending)."
    )
    error: str | None = None
    results: list[MatchResultRead]
    skill_gap: list[SkillAdvice] = Field(
        default_factory=list,
        description="The missing skills that would raise my top scores most, best first "
        "(computed with the shown results).",
    )


class CandidateSummary(BaseModel):
    user_id: uuid.UUID
    cv_id: uuid.UUID
    full_name: str | None
    email: str


class CandidateResultRead(BaseModel):
    candidate: CandidateSummary
    score: Annotated[int, Field(ge=0, le=100)]
    matched_skills: list[str]
    missing_skills: list[str]
    reasons: list[str]
    breakdown: dict[str, float | None] = Field(description=BREAKDOWN)


class JobCandidatesResponse(BaseModel):
    status: Literal["none", "queued", "running", "done", "failed"] = Field(
        description="Status of the job's latest candidates run; `none` before the first."
    )
    job_id: uuid.UUID
    run_id: uuid.UUID | None
    computed_at: datetime | None
    error: str | None = None
    results: list[CandidateResultRead]


@dataclass(frozen=True, slots=True)
class ResultFilters:
    """What GET /api/match/jobs narrows the ranked results to (already validated)."""

    limit: int = 20
    min_score: int = 0
    remote: RemotePolicy | None = None
    location: str | None = None
    seniority: str | None = None

    @property
    def variant(self) -> str:
        """A short, stable name for this query (part of the ETag and of the cache key)."""
        if (self.min_score, self.remote, self.location, self.seniority) == (0, None, None, None):
            return f"l{self.limit}"
        raw = repr((self.limit, self.min_score, self.remote, self.location, self.seniority))
        return "f" + hashlib.blake2b(raw.encode(), digest_size=8).hexdigest()
