import uuid
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
