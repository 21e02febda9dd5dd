import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jobmatch.models import JobStatus, RemotePolicy
from jobmatch.schemas.request import RequestBody
from jobmatch.schemas.text import Line64, Line200, LongText, Seniority

SkillList = Annotated[list[Line64], Field(max_length=100)]
Money = Annotated[int, Field(ge=0, le=100_000_000)]

LOCATION_FILTER = (
    'Words that start words of the job\'s location, in order, any case: "NY" finds'
    ' "New York, NY" but not "Germany"; "san fran" finds "San Francisco".'
)


class JobCreate(RequestBody):
    title: Line200
    company: Line200
    description: LongText
    location: Line200 | None = None
    remote: RemotePolicy = RemotePolicy.ONSITE
    employment_type: Line64 | None = None
    seniority: Seniority | None = None
    min_years: Annotated[int, Field(ge=0, le=60)] | None = None
    salary_min: Money | None = None
    salary_max: Money | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    skills: SkillList | None = Field(
        None,
        description="Required skills; extracted from the title and description when omitted, "
        "null or empty.",
    )
    nice_to_have: SkillList = []

    @model_validator(mode="after")
    def _salary_range(self) -> Self:
        if (
            self.salary_min is not None
            and self.salary_max is not None
            and self.salary_min > self.salary_max
        ):
            raise ValueError("salary_min must not exceed salary_max")
        return self


class JobUpdate(RequestBody):
    title: Line200 | None = None
    company: Line200 | None = None
    description: LongText | None = None
    location: Line200 | None = None
    remote: RemotePolicy | None = None
    employment_type: Line64 | None = None
    seniority: Seniority | None = None
    min_years: Annotated[int, Field(ge=0, le=60)] | None = None
    salary_min: Money | None = None
    salary_max: Money | None = None
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] | None = None
    skills: SkillList | None = Field(
        None, description="null or [] re-extracts the skills from the title and description."
    )
    nice_to_have: SkillList | None = None
    status: JobStatus | None = Field(None, description="`closed` takes the job out of matching.")


@dataclass(frozen=True, slots=True)
class JobFilters:
    """The filters of GET /api/jobs, already validated."""

    q: str | None = None
    location: str | None = None
    remote: RemotePolicy | None = None
    skills: Sequence[str] = ()
    min_salary: int | None = None


class JobRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    title: str
    company: str
    description: str
    location: str | None
    remote: RemotePolicy
    employment_type: str | None
    seniority: str | None
    min_years: int | None
    salary_min: int | None
    salary_max: int | None
    currency: str | None
    skills: list[str]
    nice_to_have: list[str]
    status: JobStatus
    created_at: datetime
    updated_at: datetime


class JobPage(BaseModel):
    items: list[JobRead]
    next_cursor: str | None = Field(
        None, description="Pass as `cursor` to get the next page; null on the last page."
    )
