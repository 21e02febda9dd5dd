import uuid
from enum import StrEnum

from sqlalchemy import Computed, ForeignKey, Index, String, Text
from sqlalchemy.dialects.postgresql import ARRAY, TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from jobmatch.models.base import Base, Timestamps, UUIDPrimaryKey


class RemotePolicy(StrEnum):
    ONSITE = "onsite"
    HYBRID = "hybrid"
    REMOTE = "remote"


class JobStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


# Title weighs more than the description in full-text search.
SEARCH_VECTOR_SQL = (
    "setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english', coalesce(company, '')), 'B') || "
    "setweight(to_tsvector('english', coalesce(description, '')), 'C')"
)


class Job(UUIDPrimaryKey, Timestamps, Base):
    __tablename__ = "jobs"

    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    location: Mapped[str | None] = mapped_column(String(200))
    remote: Mapped[RemotePolicy] = mapped_column(String(16), default=RemotePolicy.ONSITE)
    employment_type: Mapped[str | None] = mapped_column(String(64))
    seniority: Mapped[str | None] = mapped_column(String(16))
    min_years: Mapped[int | None]
    salary_min: Mapped[int | None]
    salary_max: Mapped[int | None]
    currency: Mapped[str | None] = mapped_column(String(3))
    skills: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)
    nice_to_have: Mapped[list[str]] = mapped_column(ARRAY(Text), default=list)
    status: Mapped[JobStatus] = mapped_column(String(16), default=JobStatus.OPEN)
    # Bumped by every change that matters to matching; the worker indexes each version once.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    search_vector: Mapped[str] = mapped_column(
        TSVECTOR, Computed(SEARCH_VECTOR_SQL, persisted=True), deferred=True
    )

    __table_args__ = (
        Index("ix_jobs_skills", "skills", postgresql_using="gin"),
        Index("ix_jobs_search_vector", "search_vector", postgresql_using="gin"),
        Index("ix_jobs_status_created", "status", "created_at", "id"),
        Index("ix_jobs_owner_id", "owner_id"),
    )
