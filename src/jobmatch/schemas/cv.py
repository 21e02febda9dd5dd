import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict

from jobmatch.models import CVStatus


class CVAccepted(BaseModel):
    id: uuid.UUID
    status: CVStatus


class CVSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    filename: str
    format: str
    size_bytes: int
    status: CVStatus
    error: str | None
    skills: list[str]
    years_experience: float | None
    seniority: str | None
    created_at: datetime
    parsed_at: datetime | None


class CVRead(CVSummary):
    text_preview: str | None
