import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from jobmatch.models import RemotePolicy, RunStatus


class MatchAccepted(BaseModel):
    run_id: uuid.UUID
    status: RunStatus


class JobSummary(BaseModel):
    id: uuid.UUID
    title: str
    company: str
    location: str | None
    remote: RemotePolicy


class MatchResultRead(BaseModel):
    job: JobSummary
    score: Annotated[int, Field(ge=0, le=100)]
    matched_skills: list[str]
    missing_skills: list[str]
    reasons: list[str]
    breakdown: dict[str, float] = Field(description="Each score component, 0 to 1.")


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
